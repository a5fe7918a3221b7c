"""A rewrite that credits its source in its first sentence and splits the source's lead up, for `derivation.py`.

An aggregator restating another outlet's scoop often opens "X is doing Y, the Harbour Post reported"
and then spreads the rest of the source's long first sentence over two or three short sentences of
its own, in other words. Sentence by sentence nothing reaches the lead bars of `rewrite.lead_run`
(a short copy sentence against a long source sentence scores low on the harmonic overlap), so the
pair was missed and its claims counted the copy as a second outlet (issue 12: "a rewrite counted as
a second source"; AllSides held-out 5985 since session 11).

The rule, for a pair where one article names the other's outlet as its source:
- the credit sits in the copy's FIRST sentence: the news itself is given as the other's reporting
  (an article that credits another outlet for one detail further down reports on its own);
- the copy's first two or three countable sentences, taken together, restate the source's first one
  or two, at the bar credited leads already take (`derivation.credited_rewrite_threshold`, 0.35);
- every copy sentence of that opening restates the source's opening: at least half of its weighted
  content words occur there (`OWN_SHARE`). A follow-up that credits the scoop in its first sentence
  and then reports on its own stops at its second sentence (`tests/analyze/test_derivation_credited_lead.py`).

Measured (session 19, `benchmarks/copies_quality.py`): of the 16 credited pairs on every copies gold
set, the six whose credit is in the first sentence are all rewrites (the four credited `none` pairs
credit in sentences 2-3); on the 355 uncredited same-event `none` pairs the merged-opening overlap
alone reaches 0.45 for 50, so the first-sentence credit carries the precision, not the overlap.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..types import Document
from .rewrite_credit import _CREDIT, _names_this_outlet, outlet_names

COPY_SPAN = 3  # the copy's opening: its first two or three countable sentences
SOURCE_SPAN = 2  # the source's opening: its first one or two
OWN_SHARE = 0.5  # each copy sentence of the opening: this share of its weight found in the source's


def credits_in_first_sentence(copy: Document, source: Document) -> bool:
    """Does `copy` name `source`'s outlet with a crediting word in its first sentence?"""
    if not copy.sentences:
        return False
    text, outlet = copy.article.text, source.article.outlet
    end = copy.sentences[0].end
    for name in outlet_names(outlet):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text[:end]):
            if not _names_this_outlet(text, m, outlet):
                continue
            if _CREDIT.search(text, m.end(), min(m.end() + 40, end + 1)) or _CREDIT.search(text[max(0, m.start() - 30) : m.start()]):
                return True
    return False


def split_lead(
    copy_bags: Sequence[Counter],
    source_bags: Sequence[Counter],
    similarity: Callable[[Counter, Counter], float],
    weight: Callable[[str], float],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """(copy position, source position, similarity) for each sentence of the copy's opening when its
    first 2-3 countable sentences together restate the source's first 1-2 (see the module); else [].

    `copy_bags` / `source_bags`: the countable sentences (no quotations) of each text, in order."""
    best: tuple[float, int, int] | None = None
    for nc in range(2, min(COPY_SPAN, len(copy_bags)) + 1):
        for ns in range(1, min(SOURCE_SPAN, len(source_bags)) + 1):
            merged_source = sum(source_bags[:ns], Counter())
            v = similarity(sum(copy_bags[:nc], Counter()), merged_source)
            if v < threshold:
                continue
            if not all(_inside(bag, merged_source, weight) >= OWN_SHARE for bag in copy_bags[:nc]):
                continue
            if best is None or v > best[0]:
                best = (v, nc, ns)
    if best is None:
        return []
    v, nc, ns = best
    out = []
    for i in range(nc):
        j = max(range(ns), key=lambda k: similarity(copy_bags[i], source_bags[k]))
        out.append((i, j, v))
    return out


def _inside(bag: Counter, other: Counter, weight: Callable[[str], float]) -> float:
    """Share of `bag`'s weighted content words that `other` holds too."""
    total = sum(c * weight(t) for t, c in bag.items())
    shared = sum(min(c, other[t]) * weight(t) for t, c in bag.items() if t in other)
    return shared / total if total else 0.0
