"""A speech verb after a person's name and an unclosed description of them (issue 12, session 22):

    Dr Mara Ellison, lead author of the report at Harwick University explained: "..."

With no comma to close the description, the parser reads a word of it as a verb ("lead" with
Ellison as its subject), gives the speech verb no subject, and the name next to the verb is the
institution at the end of the description. That institution is the object of a preposition, so
`attribution._nearby_name` no longer takes it (near-fresh seed gold, seed28: a university named as
the speaker of its researcher's words), and this module gives the quotation to the person the
sentence opens on. The person is the speaker only when all of these hold, else the quotation stays
unknown:
- the sentence opens on a name that the story knows as a person, or on an honorific ("Dr",
  "Professor", "Mrs") and a name (the tagger mistypes uncommon names: the seed28 researcher's
  was typed as something other than a person);
- a comma follows the name, and then a description of at most 16 words runs up to the verb, with no
  comma, semicolon, colon, dash or quotation mark in it and no other name of a person;
- the description has a noun among its first three words (a role: "lead author", "head of", "a
  professor"), so that "Ellison, at last, said" or a list of names is not read as one.
"""

from __future__ import annotations

from .entities import TITLES
from .quote_parse import _pos

_MAX_WORDS = 16
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame rev reverend".split())
_STOPS = {",", ";", ":", "—", "–", "-", "(", ")", '"', "“", "”", "'", "‘", "’", "``", "''"}


def object_of_preposition(tok) -> bool:
    """Whether the proper noun `tok` (or the name it is a word of) is the object of a preposition
    ("at Harwick University"): an institution or place, not the one speaking."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def opening_name(cue, base: int, ctx) -> str | None:
    """The person the sentence of the subject-less speech verb `cue` opens on, when only a
    description of them stands between (module docstring), else None."""
    sent = cue.sent
    words = [t for t in sent if t.i < cue.i and not t.is_space]
    i = 0
    while i < len(words) and _pos(words[i]) == "PROPN" and words[i].lower_.rstrip(".") in TITLES:
        i += 1  # "Dr", "Professor"
    start = i
    while i < len(words) and _pos(words[i]) == "PROPN":
        i += 1
    if i == start or i >= len(words) or words[i].text != ",":
        return None
    last = words[i - 1]
    name = ctx.entity_at(base + last.idx, base + last.idx + len(last.text), ("person",))
    if name is None:
        # an honorific makes a name the tagger missed or mistyped a person ("Dr Dagny Aasen")
        if not any(t.lower_.rstrip(".") in _HONORIFICS for t in words[:start]):
            return None
        name = ctx.entity_at(base + last.idx, base + last.idx + len(last.text)) or " ".join(t.text for t in words[start:i])
    description = words[i + 1 :]
    if not description or len(description) > _MAX_WORDS or any(t.text in _STOPS for t in description):
        return None
    if not any(_pos(t) == "NOUN" for t in description[:3]):
        return None
    if any(_pos(t) == "PROPN" and ctx.entity_at(base + t.idx, base + t.idx + len(t.text), ("person",)) for t in description):
        return None
    return name
