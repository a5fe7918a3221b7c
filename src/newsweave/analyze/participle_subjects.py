"""A saying participle after a dash or comma whose subject the parser took from the words before the
dash: "Minister Ada Vance on Monday faulted the council's stance on the pier as “odd” — warning that
“there will be a vote” ..." (issue 12, session 28, brief S21).

A bare participle (no auxiliary) that opens a clause after a comma or a dash is an adjunct of the
main clause: "X faulted ..., warning that “...”" is X warning. When the parser reads the main verb
as a modifier, it makes the participle the sentence's root and gives it the noun before the dash as
subject ("stance ... — warning"), and the attribution resolved that noun (a thing: unknown). The
subject is then the main clause's: the first noun subject in the sentence, before the stolen one,
of a finite verb before the participle.

`stolen_subject(verb, outside)` gives that token when all of these hold, else None:
- the speech verb is a participle (VBG) with no auxiliary, right after a comma, a dash or "--";
- the parse gives it a noun subject that stands before that comma or dash (not "..., Reed warning":
  an absolute with its own subject right before it);
- an earlier word outside quotations is the subject (nsubj) of a finite verb (past or present
  tense) that stands before the participle, and that subject is a proper noun or a personal
  pronoun (the speaker resolution decides who it is, with its usual guards).
Measured in benchmarks/ANALYSIS.md "Session 28 (quotes, second: ...; brief S21)".
"""

from __future__ import annotations

from .quote_parse import _pos

_BREAKS = frozenset({",", "—", "–", "--", "―"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})


def stolen_subject(verb, outside):
    """The main clause's subject for a bare participle after a comma or dash whose parsed subject
    stands before that comma or dash ("X faulted the stance ... — warning that “...”": X), or None."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text not in _BREAKS:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "is warning": a finite clause with its own subject
    stolen = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i - 1]
    if not stolen or any(c.dep_ in ("nsubj", "nsubjpass") and c.i == verb.i - 1 for c in verb.children):
        return None
    for tok in verb.doc[verb.sent.start : stolen[0].i]:  # (its subtree may hold the whole misparsed main clause)
        if tok.dep_ != "nsubj" or not outside(tok) or tok.head.tag_ not in _FINITE or tok.head.i >= verb.i:
            continue
        if _pos(tok) == "PROPN" or tok.lower_ in _PERSONAL:
            return tok
        return None  # the first subject is something else: not a guess
    return None
