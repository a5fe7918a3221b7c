"""Figures that are a part of a group, and rates read as lengths (issue 12, session 10 part 2, from
the training value listing): a count listed with one more member
of its group ("four women and a teenage girl", "a teenager and two men", "Joel Vell, director of the
centre, and two researchers") is a part of the group, so it is not compared with the group's total in
another article; a sentence opening "Of these" gives parts; "miles per gallon" is no length.

Tried and dropped (training listing, reports outside the tuning sample read by hand): a lower-case
singular noun before a plural as the counted noun ("400 photo albums": albums) removed 15 reports and
added 15 others (a right unit made "10 felony counts" comparable with "two counts of attempted
extortion"); two distances compared only when measured from one named place ("five miles from their
neighborhood" / "23 miles north of Washington") removed 3 reports outside the sample, all real ("the
capital" / "Tegucigalpa", "the airbus" / "the aircraft" name one place or thing in other words)."""

from __future__ import annotations

import re

_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\b", re.I)

_PERSON_UNIT = re.compile(r"(?:er|or|ist|ian|ant|ent|officer|child|children|girl|boy|teen)$")
_PERSON = re.compile(r"\b(?:girl|boy|man|woman|child|teenager|teen|baby|infant|driver|officer|student|teacher|pilot|passenger|friend|relative|"
                     r"son|daughter|wife|husband|mother|father)\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
_MEMBER_BEFORE = re.compile(r"(?:^|[,;:(—–])(?P<clause>[^,;:(—–]*?)\s(?:and|plus)\s+$", re.I)
_MEMBER_AFTER = re.compile(r"^\s+and\s+(?:an?|one|another)\s+(?:[a-z-]+\s+){0,2}?(?:girl|boy|man|woman|child|teenager|teen|baby|infant|driver|officer|student|teacher|pilot|passenger|friend|relative)\b", re.I)


def with_member(text: str, start: int, unit_end: int, unit: str) -> bool:
    """A count listed with one more member of the group ("four women and a teenage girl", "a
    teenager and two men", "Joel Vell and two researchers"): a part of the group, not its total."""
    if not (unit == "people" or _PERSON_UNIT.search(unit)):
        return False  # "a review board and six inquiries" are no group
    if _MEMBER_AFTER.match(text[unit_end:unit_end + 60]):
        return True
    window = text[max(0, start - 80): start]
    m = _MEMBER_BEFORE.search(window)
    if not m:
        return False
    clause = m.group("clause")
    if not clause.strip() and re.search(r",\s*(?:and|plus)\s+$", window) and not _FIGURE.search(window):
        return True  # "Joel Vell, director of the centre, and two researchers": a named member, then the others
    # the member before "and" is a noun phrase of its own, not a figure or a verb phrase ("killed 12 and 31 others")
    return bool(clause.strip()) and _PERSON.search(clause) is not None and not _FIGURE.search(clause) \
        and len(clause.split()) <= 6 and not re.search(r"\b(?:was|were|is|are|has|have|had|killed|injured|said|says)\b", clause, re.I)


_PER = re.compile(r"\s*(?:per|an?|/)\s*(?P<per>gallon|hour|h|hr|litre|liter)\b", re.I)


def length_rate(rest: str) -> str:
    """"miles per gallon", "miles per hour", "km/h" after a length word: a rate, not a length
    ("lowered by six miles per gallon" is no distance); "" otherwise."""
    m = _PER.match(rest)
    if not m:
        return ""
    return "mpg" if m.group("per").lower() in ("gallon", "litre", "liter") else "speed"


# A sentence that opens by pointing at a group just given gives parts of it ("Of these, five adults
# and 10 children were killed in a fire", "Among them, two children").
PART_SENTENCE = re.compile(r"^\W*(?:of|among)\s+(?:these|them|those|whom)\b", re.I)
