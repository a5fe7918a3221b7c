"""The subject of a finite clause that the parser hung on "after"/"before"/"because" as a
preposition (issue 12, session 22, brief Q4). Fictional wording:

    The harbour board has apologised to the ferry crews after a guest on one of its radio
    shows called them “lazy.”

The parser reads "after a guest ..." as a prepositional phrase and makes "called" a clause with no
subject of its own; `attribution.subject_of` then climbs to the main clause and gives the words to
the board. A finite verb (past or present tense) always has a subject: when an adverbial clause's
verb has none, and the word opening it is a subordinating word parsed as a preposition whose
object comes before the verb, that object is the subject ("a guest", a description: unknown).
Written after reading seed29's wrong speakers (tuning).
"""

from __future__ import annotations

_SUBORDINATORS = frozenset("after before because since until till when while whereas although though once as".split())


def misparsed_subject(verb, outside=lambda tok: True):
    """The object of a subordinator parsed as a preposition that is really `verb`'s subject, else None."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    head = verb.head
    lo, hi = min(head.i, verb.i), verb.i
    for tok in verb.doc[lo + 1 : hi]:
        if tok.dep_ == "prep" and tok.lower_ in _SUBORDINATORS and tok.head.i == head.i and tok.i > head.i:
            objs = [c for c in tok.children if c.dep_ == "pobj" and c.i < verb.i and outside(c)]
            if objs and not any(t.lower_ in _SUBORDINATORS and t.dep_ in ("prep", "mark") for t in verb.doc[tok.i + 1 : verb.i]):
                return objs[0]
    return None
