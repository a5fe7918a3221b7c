"""Whose family a family word is: the person named nearest before it in the sentence.

`entities.build_entities` keeps a bare surname apart from a full name that a family word accompanies ("Ivanka
Trump is known to have her father's ear": "Trump" alone may be the father). Until session 23 any family word
anywhere in the sentence counted, so a spokeswoman quoted on someone else's family lost her surname's join: a
sentence crediting her, by full name, with the news that a senator died with his wife and daughter beside him left her
later bare surname a person of its own, listed twice and the quotation's speaker a bare surname (AllSides dev story
6009, found by brief E4). Now the family word belongs to the one named nearest before it in the same sentence (the
senator), or, with none before, the first named after it (a place owns none); only a person's full name is guarded.
"""

from __future__ import annotations

import re
from collections import defaultdict


def family_guarded(kept, sentence_span, strip_title, family: re.Pattern, kind_of: dict[str, str]) -> set[str]:
    """The names (`strip_title`d) a family word in their sentence belongs to. `kept`: the story's mentions;
    `sentence_span(m)`: (article id, sentence start, sentence text) of a mention's sentence, or None."""
    by_sentence: dict[tuple[str, int], list] = defaultdict(list)
    text_of: dict[tuple[str, int], str] = {}
    for m in kept:
        span = sentence_span(m)
        # any named one but a place may own the family word ("Warner" tagged an organisation in one sentence is
        # still the man whose wife it is); only a person's full name is guarded
        if span is None or "place" in (m.kind, kind_of.get(strip_title(m.text))):
            continue
        key = (span[0], span[1])
        by_sentence[key].append(m)
        text_of[key] = span[2]
    guarded: set[str] = set()
    for key, people in by_sentence.items():
        start = key[1]
        people.sort(key=lambda m: m.start)
        for hit in family.finditer(text_of[key]):
            at = start + hit.start()
            before = [m for m in people if m.end <= at]
            owner = before[-1] if before else next((m for m in people if m.start >= at + len(hit.group(0))), None)
            if owner is not None and kind_of.get(strip_title(owner.text)) == "person":
                guarded.add(strip_title(owner.text))
    return guarded


__all__ = ["family_guarded"]
