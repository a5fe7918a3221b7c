"""Reworded rewrites (a lead restated sentence by sentence) and quotation spans, for `derivation.py`.

An aggregator that rewrites another outlet's story rewords every sentence, so no sentence is close
enough to be called copied, and it often names no source. What it keeps is the *order*: its first
sentence restates the source's first sentence, its next sentence restates the same or the next
source sentence, and so on down the lead. Two outlets writing up the same wire facts
independently meet on the lead fact, then go their own ways (another fact second, a quotation, a
background paragraph), so their leads do not run in parallel. `lead_run` looks for that parallel
run: measured on real clusters in benchmarks/copies_quality.py (ANALYSIS.md, "Copies").

Sentences that are mostly quotation are left out before any of this (`mostly_quoted`): two outlets
quoting one statement say what a third party said, in the same words, and are not copying each
other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..types import Document
from .quote_phase import closes_lost_quote

# How far into each text the parallel run is looked for, and how much of the copy's opening
# it must cover: a rewrite restates the source's lead; 6 sentences is a news lead and more.
LEAD_SENTENCES = 10
LEAD_SPAN = 6
LEAD_SHARE = 0.6


def lead_run(
    copy_bags: Sequence[Counter],
    source_bags: Sequence[Counter],
    similarity: Callable[[Counter, Counter], float],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """The parallel run from the top of both texts, as (copy position, source position, similarity).

    `copy_bags` / `source_bags`: the countable sentences (no quotations) of each text, in order.
    The copy's first sentence must restate the source's first; each next copy sentence must
    restate the next source sentence or, when the copy splits one long source sentence in two,
    the same one. Each step needs `threshold` and must be the best match of its copy sentence or
    of its source sentence among the leads (a sentence that fits a later sentence better is not
    the next step of a rewrite). Returns [] unless the run covers at least `LEAD_SHARE` of the
    copy's first `LEAD_SPAN` sentences and at least two sentences."""
    cs, ss = list(copy_bags[:LEAD_SENTENCES]), list(source_bags[:LEAD_SENTENCES])
    if len(cs) < 2 or not ss:
        return []
    first = similarity(cs[0], ss[0])
    if first < threshold:  # the cheap test: most pairs of articles stop here
        return []
    sims = [[similarity(c, s) for s in ss] for c in cs]
    col_best = [max(sims[i][j] for i in range(len(cs))) for j in range(len(ss))]

    def step(i: int, j: int) -> bool:
        v = sims[i][j]
        return v >= threshold and (v >= max(sims[i]) - 1e-9 or v >= col_best[j] - 1e-9)

    if not step(0, 0):
        return []
    run = [(0, 0, sims[0][0])]
    i, j = 0, 0
    while i + 1 < len(cs):
        if j + 1 < len(ss) and step(i + 1, j + 1):
            i, j = i + 1, j + 1
        elif step(i + 1, j):
            i += 1
        else:
            break
        run.append((i, j, sims[i][j]))
    if len(run) < 2 or len(run) < LEAD_SHARE * min(len(cs), LEAD_SPAN):
        return []
    return run


_QUOTE_MARK = re.compile(r'[“”"]|\n\s*\n')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks, quote marks paired in order.

    Pairing is sequential, so a short quote ('calling her "Tiny"') cannot shift every later pair
    out of phase. News conventions: a quotation running over several paragraphs reopens each
    paragraph without closing the previous one, so a paragraph break (or a new opening mark)
    ends an open quote; a quote still open at the end of a (truncated) text runs to its end."""
    spans: list[tuple[int, int]] = []
    start, last = -1, 0  # last: where the previous mark (or paragraph break) ended
    for m in _QUOTE_MARK.finditer(text):
        mark, prev, last = m.group(), last, m.end()
        if mark == "\u201c":
            if start >= 0:
                spans.append((start, m.start()))
            start = m.start()
        elif mark == "\u201d" or mark == '"':
            if start >= 0:
                spans.append((start, m.end()))
                start = -1
            elif mark == '"' and closes_lost_quote(text, m.start(), m.end()):
                spans.append((prev, m.end()))  # its opening mark was lost (quote_phase.py)
            elif mark == '"':
                start = m.start()
        elif start >= 0:  # paragraph break
            spans.append((start, m.start()))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def mostly_quoted(doc: Document) -> set[int]:
    """Indexes of sentences at least half of whose characters are inside quotation marks."""
    out: set[int] = set()
    spans = quote_spans(doc.article.text)
    if not spans:
        return out
    k = 0  # spans and sentences are both in text order: one sweep
    for i, s in enumerate(doc.sentences):
        while k < len(spans) and spans[k][1] <= s.start:
            k += 1
        inside, j = 0, k
        while j < len(spans) and spans[j][0] < s.end:
            inside += max(0, min(spans[j][1], s.end) - max(spans[j][0], s.start))
            j += 1
        if inside >= 0.5 * max(len(s.text), 1):
            out.add(i)
    return out
