"""A name set off by a dash right before the speech verb, after another name the parser took for
the subject (issue 12, session 23, brief S8). Fictional wording:

    – Ada Vance named harbour master of the Port Trust -- Tom Reed emails the crews: “Ada
    joined the Trust as a deckhand in 2004. ...”

Newsletter items open with a headline ("X named editor of Y", "X back to Z"), then a dash, then
the item itself ("Tom Reed emails the crews: “...”"). When the item runs on from the line before
in one sentence, the parser can read headline and item as one clause: the headline's name becomes
the subject of the speech verb and the name after the dash its apposition, so the words were given to the person the headline is about (near-fresh seed gold, seed32: one
wrong speaker, a new editor for the editor-in-chief who announced her). The name after the dash
is the speaker only when all of these hold, else the parse's subject stands:
- the subject is a proper noun outside quotations, and it has a proper-noun apposition that a
  dash ("--", "—", "–") opens and that ends right before the speech verb;
- a dash is a separator: a hyphen inside a name ("Lloyd-Jones") does not count.
When the writer meant the dashed name as the same person, either name is right and the rule
changes nothing that matters.
Written after reading seed32's wrong speaker (tuning).
"""

from __future__ import annotations

from .quote_parse import _pos

_DASHES = frozenset(("—", "–", "--", "―"))


def dashed_apposition(subj, verb, outside=lambda tok: True):
    """The proper-noun apposition of the subject `subj` that a dash opens right before `verb`
    (module docstring), else None."""
    if subj is None or _pos(subj) != "PROPN" or not outside(subj) or subj.i >= verb.i:
        return None
    for appos in subj.children:
        if appos.dep_ != "appos" or _pos(appos) != "PROPN" or not outside(appos):
            continue
        if appos.right_edge.i != verb.i - 1 or appos.i <= subj.i:
            continue
        opener = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
        if opener is None or opener.text not in _DASHES or opener.i <= subj.i:
            continue
        return appos
    return None
