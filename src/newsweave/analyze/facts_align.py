"""Recall for long articles: a sentence under the bar joins the group of its clear best match.

In a 30-sentence article the same claim told in other words ("served Pine-Sol instead of apple
juice" / "mistook the household cleaner for apple juice") sits well under any cosine bar that keeps
apart the many sentences on the same topic, so shared facts come out "unique" (issue 12; on the
full-text fact set `facts_dev_i`, 21 shared sentences shown unique). `clear_best` takes, for a
sentence of one long article, its closest sentence in another long article when

- it is the closest by a clear margin over the runner-up in that article (one way: the partner
  may be the closest of several sentences, as when one sentence sums up what the other article
  tells over three; requiring the match both ways found none of the misses of `facts_dev_i`,
  whose partner is nearly always closer to another sentence of the first article);
- it is not far under the bar (`FLOOR` x the bar);
- the two share an anchor: a name (a capitalised word inside the sentence) or a figure that no
  more than `MAX_SHARE` of the story's long-article sentences carry ("Corbyn", "Labour" in the Corbyn
  story are its topic, not a claim's); figures that disagree have already zeroed the pair
  (`agreement_penalty`), so they still veto;
- both articles are long (`MIN_SENTENCES` fact sentences each): in a 3-sentence excerpt every
  sentence has a closest match and the margin means little (on the NeuS fact sets, without this
  gate, status accuracy falls from 395 to 337 of 659).

`attach` (the grouping's pass 3, `facts.group_sentences(align=True)`) then puts a sentence still in
no multi-article group into the largest group holding its match. The similarity the grouping reports
(`FactGroups.sims`) and the two-pass groups the timeline reads are untouched.
"""

from __future__ import annotations

import re

import numpy as np

from .fact_similarity import core_text

# Defaults: see benchmarks/ANALYSIS.md, Facts, session 11 part 2 (chosen on the tuning sets).
FLOOR = 0.7  # x the bar: the least similarity an aligned pair may have
MARGIN = 0.04  # over the runner-up, on both sides
MIN_SENTENCES = 8  # fact sentences in each of the two articles
MAX_SHARE = 0.3  # an anchor carried by more than this share of the long articles' sentences is the story's topic

_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b|\b[A-Z]{2,}\b")
_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*\d|(?<![\w.])\d")
_COMMON = frozenset(
    "The A An In On At But And Or If As It He She They We I You This That These Those His Her Their Its Our My Your "
    "Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday When While After Before Then There Here "
    "What Who Why How For With From By To Of Not No So Yet Also One Two Three".split())


def anchors(text: str) -> set[str]:
    """Names (capitalised words not opening the sentence, common function words left out) and
    figures of a sentence's core, lower-cased, possessives folded."""
    core = core_text(text)
    out = set()
    for m in _NAME.finditer(core):
        w = m.group(0)
        if m.start() == 0 or w in _COMMON:
            continue
        out.add(re.sub(r"['’]s?$", "", w).lower())
    out.update("#" + m.group(0).rstrip(".,").replace(",", "") for m in _FIGURE.finditer(core))
    return out


def clear_best(sims: np.ndarray, doc_of: list[int], texts: list[str], threshold: float, *, floor: float = FLOOR,
               margin: float = MARGIN, min_sentences: int = MIN_SENTENCES, max_share: float | None = MAX_SHARE) -> list[tuple[int, int]]:
    """One-way pairs (i, j), i and j of two long articles: j is i's closest sentence in j's article
    by a clear `margin` over the runner-up, at least `floor` x the bar and under it, sharing an
    anchor (a name or a figure). Many-to-one: j may also be the closest of other sentences (a
    sentence that sums up what the other article says over several)."""
    out: list[tuple[int, int]] = []
    docs = np.asarray(doc_of)
    members = {d: np.where(docs == d)[0] for d in set(doc_of)}
    long_docs = [d for d, m in members.items() if len(m) >= min_sentences]
    if len(long_docs) < 2:
        return out
    cache = {i: anchors(texts[i]) for d in long_docs for i in members[d]}
    if max_share is not None:  # an anchor most sentences of the story carry is its topic, not a claim's
        counts: dict[str, int] = {}
        for x in cache.values():
            for w in x:
                counts[w] = counts.get(w, 0) + 1
        common = {w for w, k in counts.items() if k > max_share * len(cache)}
        cache = {i: x - common for i, x in cache.items()}

    def anchor(i: int) -> set[str]:
        return cache[i]

    for a in long_docs:
        for b in long_docs:
            if a == b:
                continue
            rb = members[b]
            for i in members[a]:
                row = sims[i, rb]
                k = int(np.argmax(row))
                s = float(row[k])
                second = float(np.partition(row, -2)[-2]) if len(row) > 1 else 0.0
                if s >= threshold or s < floor * threshold or s - second < margin:
                    continue
                j = int(rb[k])
                if anchor(int(i)) & anchor(j):
                    out.append((int(i), j))
    return out


def attach(groups: list[list[int]], pairs: list[tuple[int, int]], doc_of: list[int], blocked: np.ndarray) -> list[list[int]]:
    """Pass 3 of the grouping: a sentence still in no multi-article group joins the largest group
    holding its clear best match `j` (`clear_best`), or forms a pair with it, unless the agreement
    check blocks it against a member (figures or named sources that disagree). Best pairs are not
    re-ranked: each sentence joins at most one group."""
    groups = [list(g) for g in groups]
    multi = {x for g in groups if len({doc_of[y] for y in g}) > 1 for x in g}
    taken: set[int] = set()
    for i, j in pairs:
        if i in multi or i in taken:
            continue
        holding = [g for g in groups if j in g]
        g = max(holding, key=len) if holding else None
        if g is None:
            continue
        if blocked[i, g].any():
            continue
        g.append(i)
        g.sort()
        taken.add(i)
    # a sentence that joined a group leaves its singleton
    out = [g for g in groups if not (len(g) == 1 and g[0] in taken)]
    out.sort(key=len, reverse=True)
    return out
