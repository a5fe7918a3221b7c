"""When a leading title word is part of a name (issue 12, session 14).

`entities.strip_title` drops a leading title so that "Senator Vale" and "Vale" are one person. A title
stands before a person's name; when a later word of the name is the head noun of an institution or a
place, the first word is not a title but the start of that name: "Justice Department", "General
Assembly", "Major League Baseball", "King County", "Queen Mary Hospital". Stripping it left a bare head
noun ("Department", "Assembly") or a cut name ("League Baseball") as an entity of its own, which the
reader cannot place.

Found by pooling the first-run errors of every entity gold set (benchmarks/ANALYSIS.md, "Session 14"):
the bare "Department" of "Justice Department" was listed on six sets from three sources (NeuS, AllSides,
PolNeAR: `_k`, `_p`, `_q`, `_t`, `_y`, `_z3`), "Assembly" on `_z4`, "League Baseball" on `_m`; the scorer
was fixed for this in session 13, the product was not. Measured on all 29 sets at once: 74 -> 66 noise
in the top 15, 2,737 -> 2,744 gold entities found, no set loses one.
"""

from __future__ import annotations

# Head nouns of institutions and places: a name holding one after its first word is no person's.
# Newspaper words ("Post", "Times") are left out: they are also surnames ("Judge Emily Post").
INSTITUTION_HEADS = frozenset(
    """department departments assembly league committee commission council court agency bureau ministry
    office administration board authority service services institute university college school hospital
    foundation association corporation county district caucus corps guard army navy police museum church
    cathedral library centre center bank fund union academy chamber senate house congress parliament
    legislature tribunal""".split()
)


def title_starts_name(rest: list[str]) -> bool:
    """True when the words after a leading title make it part of a name, not a person's title:
    some word of `rest` is a capitalised institution or place head noun ("Justice" + ["Department"],
    "Major" + ["League", "Baseball"]); "President" + ["Vale"] is a title before a name."""
    return any(w[:1].isupper() and w.lower().rstrip(".,;:") in INSTITUTION_HEADS for w in rest)
