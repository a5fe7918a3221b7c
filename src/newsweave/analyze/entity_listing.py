"""Which of a story's entities are listed to the reader (issue 12, session 14).

A bare surname that two or more people named in full in the story share ("Floyd" beside George and
Bridgett Floyd, "Warner" beside John and Jeanne Warner) and that the name-joining rules left unresolved
(`entity_shared`: a family word is near, so no mention is given to either person) names nobody in
particular: listed on its own it is a line the reader cannot place, and a surface two people share is
noise by the gold rules. It is not listed; it stays in `EntityIndex.everyone`, so quote and speaker
look-ups do not move (the same place the unshipped span check, `entity_check`, acts).

Found by pooling the first-run errors of every entity gold set (benchmarks/ANALYSIS.md, "Session 14"):
"Floyd" (`_r`) and "Warner" (`_s`) were each left as a one-off after their first run; measured on all
29 sets at once: top-15 noise -2, gold entities found +2 (the freed slots), no set loses one. Where it
also fires, each full name is listed beside the bare surname ("Trump" with Donald and Ivanka Trump,
"Cruz" with Ted, Heidi and Rafael Cruz), so no person leaves the list.
"""

from __future__ import annotations

from ..types import Entity


def unplaced_surnames(entities: tuple[Entity, ...], titles: frozenset[str]) -> set[str]:
    """Names of one-word person entities that are the last word of two or more person entities named in
    full with different first names (a title is no first name: "Senator Vale" and "Ama Vale" are one)."""
    firsts: dict[str, set[str]] = {}
    for e in entities:
        words = e.name.split()
        if e.kind == "person" and len(words) >= 2 and words[0].lower().rstrip(".") not in titles:
            firsts.setdefault(words[-1], set()).add(words[0])
    return {e.name for e in entities if e.kind == "person" and len(e.name.split()) == 1 and len(firsts.get(e.name, ())) >= 2}


def listed(entities: tuple[Entity, ...], titles: frozenset[str]) -> tuple[Entity, ...]:
    """The entities shown to the reader, in the same order: all but the unplaced shared surnames."""
    hidden = unplaced_surnames(entities, titles)
    return tuple(e for e in entities if e.name not in hidden) if hidden else entities
