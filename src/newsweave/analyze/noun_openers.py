"""A sentence that opens on a plural noun spelled like a speech verb ("States have ...", "Reports
show ...") is not an inverted attribution (issue 12, session 23, brief S8). Fictional wording:

    “Too many towns have been too slow to act,” Ada Vance said. “We will not wait.” States have
    spent only a fraction of the grants.

`attribution._is_cue` accepts a capitalised speech word that opens its sentence whatever its tag,
because the tagger sometimes calls the "Said" of "Said Ellis: ..." a proper noun. The same door
let in "States" (a plural noun, the subject of "have spent") as a speech verb with no subject:
the bare quotation before it then counted as cued and stayed unknown instead of continuing the
paragraph's speaker (near-fresh seed gold, seed32: one missing speaker, a press secretary's second
quoted sentence). A sentence-opening word is no cue when the parse reads it as a common noun that
is the subject of another word; a mistagged "Said" has no verb to be the subject of.
Written after reading seed32's missing speakers (tuning).
"""

from __future__ import annotations

_NOUN_TAGS = frozenset(("NN", "NNS"))


def noun_subject(tok) -> bool:
    """Whether `tok` is a common noun the parse makes the subject of another word ("States have
    spent ..."), not a speech verb."""
    return tok.tag_ in _NOUN_TAGS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i
