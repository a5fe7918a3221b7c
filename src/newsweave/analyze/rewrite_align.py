"""Rewrites the lead run misses: a source's sentences restated after a lead-in of the copy's own, or
in another order, for `derivation.py`.

`rewrite.lead_run` needs the two first sentences to meet and the copy to follow the source step by
step from there. Two real kinds of rewrite break that (benchmarks/ANALYSIS.md, "Copies on real
gold (session 12)"):

- **own lead-in**: the copy opens with a sentence of its own ("Looks like …", a headline-style
  teaser) and then restates the source's sentences in order, some of them heavily reworded;
- **reordered**: an aggregator restates each of the source's sentences but moves them (the
  not-guilty plea first, the amount later).

Both keep what independent reports of one event do not: *every* sentence of the shorter text has a
counterpart in the other. Two outlets writing up the same wire facts meet on the lead fact and on
one or two details, then each says something the other does not (a quotation, background, its own
angle), so some of their sentences are left without a counterpart. The evidence here is that
coverage, over the first `ALIGN_SENTENCES` countable sentences (quotations already left out):

- `monotone_cover`: every sentence of the shorter text matched, in order, at >= `COVER_FLOOR`, one
  of them at >= `COVER_PEAK` (one sentence clearly restated, the rest following it);
- `permuted_cover`: every sentence of the shorter text matched one-to-one (best first, any order)
  at >= `PERMUTED_FLOOR`, one of them at >= `PERMUTED_PEAK` (order is no evidence here, so the
  floor is higher).

The shorter text needs at least `ALIGN_MIN` countable sentences: a one- or two-sentence excerpt
covered by another text is what two leads of one event look like (many AllSides pairs), so it says
nothing. Thresholds were chosen on the existing copies gold (ANALYSIS.md gives the sweep).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

ALIGN_SENTENCES = 10
ALIGN_MIN = 3
COVER_FLOOR = 0.25
COVER_PEAK = 0.6
PERMUTED_FLOOR = 0.3
PERMUTED_PEAK = 0.45


def _monotone(sims: list[list[float]], floor: float) -> list[tuple[int, int]]:
    """The in-order alignment covering every row at >= floor with the largest total, or []."""
    n, m = len(sims), len(sims[0])
    neg = float("-inf")
    # best[i][j]: best total matching rows < i into columns < j, every row matched.
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    take = [[False] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[0][j] = 0.0
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            skip = best[i][j - 1]
            v = sims[i - 1][j - 1]
            use = best[i - 1][j - 1] + v if v >= floor and best[i - 1][j - 1] > neg else neg
            if use > skip:
                best[i][j], take[i][j] = use, True
            else:
                best[i][j] = skip
    if best[n][m] == neg:
        return []
    out, i, j = [], n, m
    while i > 0:
        if take[i][j]:
            out.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        else:
            j -= 1
    return out[::-1]


def _one_to_one(sims: list[list[float]], floor: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matches, best first, at >= floor."""
    cells = sorted(((v, i, j) for i, row in enumerate(sims) for j, v in enumerate(row) if v >= floor), reverse=True)
    rows, cols, out = set(), set(), []
    for _, i, j in cells:
        if i not in rows and j not in cols:
            rows.add(i)
            cols.add(j)
            out.append((i, j))
    return sorted(out)


def could_align(row_bags: Sequence[Counter], other_terms: set, weight: Callable[[str], float]) -> bool:
    """A cheap necessary test for `aligned_rewrite`, from the shorter text's side (`row_bags`) and the
    set of terms of the other text's first `ALIGN_SENTENCES` countable sentences.

    The similarity is a harmonic mean of two containments, so it is at most twice the share of a
    sentence's weight found in the other sentence, which is at most the share found anywhere in the
    other text's lead: a sentence below half the lowest floor can have no counterpart."""
    rows = list(row_bags[:ALIGN_SENTENCES])
    if len(rows) < ALIGN_MIN:
        return False
    best = 0.0
    for bag in rows:
        total = sum(c * weight(t) for t, c in bag.items())
        inside = sum(c * weight(t) for t, c in bag.items() if t in other_terms)
        share = inside / total if total else 0.0
        if share < min(COVER_FLOOR, PERMUTED_FLOOR) / 2:
            return False
        best = max(best, share)
    return best >= min(COVER_PEAK, PERMUTED_PEAK) / 2


def aligned_rewrite(
    a_bags: Sequence[Counter],
    b_bags: Sequence[Counter],
    similarity: Callable[[Counter, Counter], float],
) -> tuple[list[tuple[int, int, float]], str]:
    """([(a position, b position, similarity)], kind) when the shorter text's sentences all have a
    counterpart in the other (`monotone_cover`, then `permuted_cover`); ([], "") otherwise.

    `a_bags` / `b_bags`: the countable sentences (no quotations) of each text, in order."""
    a, b = list(a_bags[:ALIGN_SENTENCES]), list(b_bags[:ALIGN_SENTENCES])
    if min(len(a), len(b)) < ALIGN_MIN:
        return [], ""
    flip = len(a) > len(b)
    rows, cols = (b, a) if flip else (a, b)
    sims = [[similarity(r, c) for c in cols] for r in rows]
    peak = max(max(row) for row in sims)
    n = len(rows)
    found, kind = [], ""
    if peak >= COVER_PEAK:
        found = _monotone(sims, COVER_FLOOR)
        kind = "in order" if found else ""
    if not found and peak >= PERMUTED_PEAK:
        matches = _one_to_one(sims, PERMUTED_FLOOR)
        if len(matches) == n and any(sims[i][j] >= PERMUTED_PEAK for i, j in matches):
            in_order = all(j1 < j2 for (_, j1), (_, j2) in zip(matches, matches[1:]))
            found, kind = matches, "in order" if in_order else "in another order"
    if not found:
        return [], ""
    return [((j, i, sims[i][j]) if flip else (i, j, sims[i][j])) for i, j in found], kind
