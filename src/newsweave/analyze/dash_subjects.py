"""A reporting verb right after a description set off by dashes, the subject before the dashes
(issue 12, session 20, brief D):

    After the council closed the pier, its Harbour Board — the body the council set up to run
    the port — said on Monday that the repairs would take a year. “The Board found ...”

A long description between dashes misleads the parser: the subject is hung on an earlier clause
(as a bare dependent) and the verb after the closing dash has no subject, so the report and the
quotation that continues it stayed unknown although the sentence names the speaker (story-level
seed gold: one, seed23). The noun before the opening dash is the verb's subject only when all of
these hold, else nothing changes:
- the verb comes right after the closing dash and the parse gives it no subject;
- the opening dash comes right after a noun or proper noun that is outside quotations, is not
  the object of a preposition, a possessive or an object of a verb, and has the description
  (an apposition or a relative clause) as a dependent that ends right at the closing dash.
"""

from __future__ import annotations

from .quote_parse import _pos

_DASHES = frozenset(("—", "–", "--", "―"))
_NOT_SUBJECT = frozenset({"pobj", "poss", "dobj", "iobj", "dative", "agent", "attr", "oprd"})


def dashed_subject(verb, outside=lambda tok: True):
    """The noun before a dash-set description right before the subject-less `verb` (module
    docstring), else None."""
    if verb.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    close = verb.doc[verb.i - 1]
    if close.text not in _DASHES:
        return None
    for tok in reversed(verb.doc[verb.sent.start : close.i]):
        if tok.text in _DASHES:
            noun = verb.doc[tok.i - 1] if tok.i > verb.sent.start else None
            if noun is None or _pos(noun) not in ("NOUN", "PROPN") or not outside(noun) or noun.dep_ in _NOT_SUBJECT:
                return None
            described = [c for c in noun.children if c.dep_ in ("appos", "relcl") and c.i > tok.i and c.right_edge.i == close.i - 1]
            return noun if described else None
    return None
