"""Which moment of a moving figure a number gives, read from the words around it (for the value
conflicts, `quantities(..., forms=True)`), and what "toll" means.

A count that an article itself reports as moving is not in conflict with another article's lower
figure: "the death toll rose to 33" (or "raising the toll to eight", "bringing the official toll
to 16", "78 deaths, up from 70") tells the reader that the toll was lower before, so "killed 29"
elsewhere is an earlier moment of the same count, not an incompatible claim. Such a figure is
`"risen"` and is not compared with a figure at or below it in another article
(`conflicts._moments_apart`); it still conflicts with a higher count elsewhere ("rose to 33" against
"at least 40 killed"). Its range is not widened: a widened range would let it join the class of a
part of the toll. A figure the article marks as superseded ("up from 70", "earlier put
the toll at 11", "an initial estimate of about 50") is `"past"` and is compared with nothing (it still shows that its sentence gives that figure, for the
echo rule of `conflicts._echoed`).
Two tolls both stated as current ("stood at 120" / "killed at least 241") still conflict, as the
gold rules say.

An age is no count: "Tom Vell, 53, of Belmar" (a bare number set off by commas after a word, the
form news gives ages in) and "girls aged between seven and 10" took the unit of the count before
them ("three victims" -> 53 killed).

"Toll" is a death toll unless it names a road fee ("toll road", "toll booth", "toll-free"): the
new toll road's "41-mile stretch" is no count of the dead.

Kinds from the training value listing (issue 12, session 10); fictional tests in
`tests/analyze/test_quantities_moments.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the figures these rules read (`quantities.Quantity`), imported only for the type
    from .quantities import Quantity

# "toll" not followed by a word that makes it a fee or a road.
NOT_ROAD = r"(?![\s-]+(?:road|way|booth|plaza|bridge|lane|free|tunnel|collect|charge|fee|gate|tag|rate|increase|hike|operator|revenue|highway|express|authority)\w*)"
TOLL = re.compile(rf"\btoll\b{NOT_ROAD}", re.I)

_RISE_VERB = (r"(?:rose|rise[sn]?|rising|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:es|ed|ing)|"
              r"rais(?:es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)|went up|gone up|soar(?:s|ed|ing)?|mount(?:s|ed|ing)?)")
# (not "grow to": "can grow to 17 metres" is a size, not a count that moved)
# "... rose to 33", "raising the death toll to eight", "bringing the official death toll to 16"
_RISEN_BEFORE = re.compile(rf"\b{_RISE_VERB}(?:\s+(?:the|its|their|an?|official|overall|confirmed|death|casualty|toll|total|number|count|of|dead))*\s+to\s+"
                           r"(?:(?:about|around|nearly|almost|at least|more than|some|roughly)\s+)?$", re.I)
# "78 deaths from 122 cases, up from 70": the figure before "up from" has risen
_UP_FROM_AFTER = re.compile(r"^[^.;:!?]{0,120}?,?\s+(?:up|rising|climbing)\s+from\b", re.I)
# "up from 70", "rose from 20", "an initial estimate of about 50", "earlier put the toll at 11"
_PAST_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|risen|climbed|jumped|increased|raised|revised|fell|dropped)\s+from"
    r"|\b(?:initial|original|earlier|previous|first)\s+(?:\w+\s+){0,2}(?:estimate|figure|count|toll|tally)s?\s+(?:of|at|was)"
    r"|\b(?:initially|originally|earlier|first)\s+(?:\w+\s+){0,4}(?:at|as)"
    r")\s+(?:(?:about|around|nearly|almost|some|roughly|at least|more than)\s+)?$", re.I)


def moment(text: str, start: int, end: int) -> str:
    """"past", "risen" or "" for the number at text[start:end] (see the module docstring)."""
    before = text[max(0, start - 70): start]
    if _PAST_BEFORE.search(before):
        return "past"
    if _RISEN_BEFORE.search(before) or _UP_FROM_AFTER.match(text[end:end + 140]):
        return "risen"
    return ""


_AGE_APPOSITION = re.compile(r"[A-Za-z][.'’]?\s*,\s*$")
_AGE_AFTER = re.compile(r"\s*(?:[,.;)]|and\b|$)")
_AGED_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:(?:between|from)\s+(?:\w+\s+(?:and|to)\s+)?)?$", re.I)


def is_age(text: str, start: int, end: int) -> bool:
    """Is the bare number at text[start:end] an age ("Vell, 53, of Belmar"; "aged between seven and 10")?"""
    raw = text[start:end].strip()
    if _AGED_BEFORE.search(text[max(0, start - 30): start]):
        return True
    return (raw.isdigit() and len(raw) <= 3 and int(raw) <= 120 and bool(_AGE_APPOSITION.search(text[max(0, start - 4): start]))
            and bool(_AGE_AFTER.match(text[end:end + 6])))


_INCREMENT_AFTER = re.compile(r"^\S+(?:\s+(?:thousand|million|billion|hundred|dozen))?\s+(?P<word>other|more|additional|further|extra|remaining|new)\b", re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|an additional|a further|an extra|other)\s*$", re.I)


def increment(text: str, q: Quantity) -> bool:
    """Is the figure an addition to a total, not the total ("eight other languages", "three more
    bodies", "another 3 million")? Compared with a total it looks like a conflict; it is compared
    only with another addition ("11 other nations" / "10 other nations"). "Other" figures placed by
    their own words ("68 other deaths in the Caribbean") count that place and are no addition."""
    after = _INCREMENT_AFTER.match(text[q.start:])
    if after and after.group("word").lower() == "other":
        return not q.place
    return bool(after or _INCREMENT_BEFORE.search(text[: q.start]))


def moments_apart(a: Quantity, b: Quantity) -> bool:
    """Two moments of one moving figure, not a conflict: a superseded figure ("up from 70") is
    compared with nothing, and a figure the article reports as risen ("the toll rose to 33") is not
    compared with a figure at or below it elsewhere, an earlier moment (`quantity_moments`)."""
    if "past" in (a.moment, b.moment):
        return True
    return (a.moment == "risen" and b.high <= a.value) or (b.moment == "risen" and a.high <= b.value)
