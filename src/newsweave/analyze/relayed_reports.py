"""A quotation inside a clause that a news report relays, with a named subject of its own
(issue 12, session 22, brief Q5). Fictional wording:

    Harbour master Ada Vance described “a worrying rise in near misses” on Tuesday, the Coast
    Gazette reported.

The only speech verb governing the quoted words is "reported", whose subject is the outlet; the
clause that holds them has its own named subject ("Ada Vance described ..."). The words may be
hers (the outlet relays them) or the outlet's own phrase: two names compete and the parse does not
say which one spoke, so the speaker is unknown. The quoted words must be the object or complement
of that verb (what the named person "addressed"); a quoted phrase around it ("would hold a news
conference “following the president's return”", the agency's words) keeps the outlet. Only the verb "report" is read so: a clause under
"said" is the sayer's own account ("Vance said Reed was “unfit”": Vance's words).
Written after reading seed30's wrong speakers (tuning).
"""

from __future__ import annotations

from .quote_parse import _pos

_REPORT = frozenset("report reports reported reporting".split())
_OBJECTS = ("dobj", "attr", "oprd", "ccomp", "xcomp")  # the quoted words are what the named subject did or said


def relayed(cue, quoted, outside) -> bool:
    """Whether a quotation's top words hang under "reported" through a verb with a named subject."""
    if cue.lower_ not in _REPORT:
        return False
    for tok in quoted:
        verb = tok.head
        if tok.dep_ not in _OBJECTS or verb.i == cue.i or _pos(verb) not in ("VERB", "AUX") or not outside(verb):
            continue
        if any(a.i == cue.i for a in verb.ancestors) and any(c.dep_ in ("nsubj", "nsubjpass") and _pos(c) == "PROPN" and outside(c) for c in verb.children):
            return True
    return False
