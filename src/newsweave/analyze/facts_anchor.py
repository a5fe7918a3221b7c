"""Figure anchors: two sentences of different articles that state the same specific figure are lifted to the bar.

The fact grouping (`facts.group_sentences`) misses most often by UNDER-grouping: the core fact told by another
outlet in other words sits under the similarity bar ("on pace to leave by Aug. 31" / "decided to adhere to his
August 31 deadline"; "the 52-48 vote on her nomination" / "a narrow 52-48 vote confirmed her").
Learned pair judges over word-overlap features did not separate those pairs from same-topic pairs (sessions 11,
16, 17). What such pairs often do share is a specific figure the two outlets agree on: a calendar day, a vote
tally, an amount with its unit. This module finds those anchors and, for a pair of sentences of different
articles that shares one, whose figures do not disagree (the agreement check already ran, `blocked`) and whose
similarity is at least half the bar (the floor the agreement check itself reads), raises the similarity to the
bar, so the usual average-linkage grouping can join them (it still refuses a chain whose other pairs are far).

Anchors, read from each sentence's core (`fact_similarity.core_text`, without the attribution tail):
- a month and day ("Aug. 31", "August 31"), not one used as an event's name ("the Jan. 6 riot");
- a tally of two numbers joined by a dash ("52-48", "220-211");
- a quantity with a unit written in digits (`quantities`: "$350 billion", "10 percent" / "10%", "850,000 jobs");
  numbers in words ("two cases") are too common to pin a claim. Two quantities anchor when their units match and
  their values are compatible (`quantities.compatible`: "$350 billion" / "$349 billion").

Measured (session 18, benchmarks/ANALYSIS.md "Session 18 (facts"): on the annotated pairs of the older short
fact sets (NeuS `facts_dev`...`_h`, AllSides `_l`, `_m`, `_n`), of the cross-article pairs the grouping leaves
apart with a similarity in [0.5 x bar, bar), 15 share an anchor and 13 of them are the same claim (178 of 1,009 in
the band as a whole); the two that are not: seat counts that differ by one around a shared total, and "two cases".
Status right on those sets 547 -> 567 of 804, groups right / wrong 78 / 41 -> 83 / 41; the long-article sets
(`_i`, `_j`, `_k`) lost 2 and gained 1 before the lift was kept to short stories (`facts_regime.short_story`), as
the pair judge is: in a long article close figures recur across different claims (two wrecks' lengths). The
half-the-bar floor is the agreement check's own, not tuned; two variants were run (the name-like figures and the
short-story rule were added after reading the first run's three new errors). Those are development figures: the
pairs were read on those sets. On the sealed fresh AllSides set `facts_dev_o` (10 stories, 86 sentences, labelled
before any run, scored once with 200aad0 in the same session) it changed no status: 51 vs 51 of 86 (54 vs 54 after
one gold fix, a rewrite counted once), groups 12 right
/ 6 wrong both, one more same-claim pair put together (35 vs 34 of 85). No gain on unseen stories, so it is OFF by
default (`group_sentences(anchors=False)`); it is kept as an option because it costs nothing where it does not fire
and its pairs are precise.
"""

from __future__ import annotations

import re

import numpy as np

from ..lang.en import MONTHS
from ..types import Sentence
from .fact_similarity import core_text

_MONTH = {m[:3]: k + 1 for k, m in enumerate(MONTHS)}
_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*)\.?\s+(\d{1,2})\b(?!,?\s*\d{3,})")
_TALLY = re.compile(r"(?<![\d.,$])\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b(?![\d.,%-])")
# "the Jan. 6 riot", "the Nov. 3 election": a date that names an event, shared by every story about it.
_EVENT_NAME_AFTER = re.compile(r"(?i)^\s+(?:attacks?|riots?|insurrection|elections?|primar(?:y|ies)|massacre|bombings?|terror|commission|rally)\b")


def anchors(text: str) -> tuple[set[tuple], list]:
    """(days and tallies, quantities with a unit in digits) stated by `text`'s core."""
    from .quantities import quantities

    core = core_text(text)
    marks: set[tuple] = set()
    for m in _DAY.finditer(core):
        day = int(m.group(2))
        if 1 <= day <= 31 and not _EVENT_NAME_AFTER.match(core[m.end():]):
            marks.add(("day", _MONTH[m.group(1).lower()[:3]], day))
    for m in _TALLY.finditer(core):
        marks.add(("tally", int(m.group(1)), int(m.group(2))))
    qs = [q for q in quantities(core) if q.unit and not q.in_words and not _name_like(core, q)]
    return marks, qs


def _name_like(core: str, q) -> bool:
    """A figure that is part of a name, not an amount: "Covid-19 vaccine" (a number glued to a word before it),
    "30 Rock" (a capitalised unit word)."""
    before = core[q.start - 1] if q.start > 0 else " "
    return before == "-" or before.isalnum() or any(w[:1].isupper() for w in q.surface.split()[1:])


def share_anchor(a: tuple[set[tuple], list], b: tuple[set[tuple], list]) -> bool:
    """Do two sentences' anchors (`anchors`) share a day, a tally or a compatible quantity of one unit, with no
    quantity of a shared unit that disagrees?"""
    from .quantities import compatible

    (ma, qa), (mb, qb) = a, b
    same_unit = [(x, y) for x in qa for y in qb if x.unit == y.unit]
    if any(not compatible(x, y) for x, y in same_unit) and not any(compatible(x, y) for x, y in same_unit):
        return False
    return bool(ma & mb) or any(compatible(x, y) for x, y in same_unit)


def anchor_lift(sentences: list[Sentence], sims: np.ndarray, doc_of: list[int], threshold: float, blocked: np.ndarray,
                *, floor: float = 0.5) -> np.ndarray:
    """`sims` with every cross-article pair that shares an anchor, is not `blocked` and sits in
    [floor x threshold, threshold) raised to `threshold` (see the module docstring)."""
    docs = np.asarray(doc_of)
    band = (sims >= floor * threshold) & (sims < threshold) & (docs[:, None] != docs[None, :]) & ~blocked
    pairs = np.argwhere(np.triu(band, 1))
    if not len(pairs):
        return sims
    out = np.array(sims, dtype=float)
    cache: dict[int, tuple] = {}
    for i, j in pairs.tolist():
        for k in (i, j):
            if k not in cache:
                cache[k] = anchors(sentences[k].text)
        if (cache[i][0] or cache[i][1]) and (cache[j][0] or cache[j][1]) and share_anchor(cache[i], cache[j]):
            out[i, j] = out[j, i] = threshold
    return out
