"""Reading order for chosen summary sentences: by relative position in their articles, a
sentence that leans on the one before kept right after it, the latest development first, and
never a quotation as the opening."""

from __future__ import annotations

from .features import FEATURE_NAMES, ClusterFeatures
from .introductions import introductions_first
from .standalone import NEEDS_PREVIOUS


def reading_order(cf: ClusterFeatures, chosen: list[int]) -> list[int]:
    """Reading order: by relative position in the source article, dangling after referent."""
    rel = FEATURE_NAMES.index("relative_position")
    # (session 14, leading with the news) sentences at the same relative position (two articles'
    # openings) go closest to the cluster's centroid first, not by article order: an earlier
    # article's feature hook opened before a later one's lead (neus 61, val100 47943;
    # benchmarks/lead_news.py: opening states the development 159 -> 161/187, none lost).
    # Rounded: two centralities equal but for float noise keep article order.
    central = FEATURE_NAMES.index("centroid_sim")
    ranked = sorted(chosen, key=lambda i: (cf.features[i, rel], -round(float(cf.features[i, central]), 9), int(cf.doc_index[i]), cf.sentences[i].index))
    # Keep each dangling sentence directly after its predecessor when both are chosen.
    dangling = cf.context == NEEDS_PREVIOUS
    result: list[int] = []
    pending = set(chosen)
    by_key = {(cf.sentences[i].article_id, cf.sentences[i].index): i for i in chosen}
    for i in ranked:
        if i not in pending:
            continue
        if dangling[i] and (cf.sentences[i].article_id, cf.sentences[i].index - 1) in by_key:
            prev = by_key[(cf.sentences[i].article_id, cf.sentences[i].index - 1)]
            if prev in pending:
                continue  # emitted with its predecessor
        result.append(i)
        pending.discard(i)
        nxt = by_key.get((cf.sentences[i].article_id, cf.sentences[i].index + 1))
        while nxt is not None and nxt in pending and dangling[nxt]:
            result.append(nxt)
            pending.discard(nxt)
            nxt = by_key.get((cf.sentences[nxt].article_id, cf.sentences[nxt].index + 1))
    result.extend(i for i in ranked if i in pending)
    # The opening pick from the latest reports leads (with the sentence it leans on).
    # (The pick may have given its place up to a fuller sentence chosen later: then the first
    # chosen sentence from the pool leads, and none when none is left; heldout12.)
    first = next((i for i in chosen if i in cf.lead_pool), None)
    if first is not None and first in result and len(result) > 1:
        k = result.index(first)
        group = [first]
        while k + len(group) < len(result) and dangling[result[k + len(group)]] and adjacent(cf, result[k + len(group) - 1], result[k + len(group)]):
            group.append(result[k + len(group)])
        # chosen sentences right before it in its article come first ("X has left the country."
        # then "X left on Monday ..."), not after it
        while (cf.sentences[group[0]].article_id, cf.sentences[group[0]].index - 1) in by_key:
            group.insert(0, by_key[(cf.sentences[group[0]].article_id, cf.sentences[group[0]].index - 1)])
        result = group + [i for i in result if i not in group]
    # A summary does not open on a quotation: the first statement in reading order leads.
    if result and result[0] not in cf.lead_pool and cf.sentences[result[0]].text[:1] in "\"“'‘":
        k = next((k for k, i in enumerate(result) if not dangling[i] and cf.sentences[i].text[:1] not in "\"“'‘"), None)
        if k:
            group = [result[k]]
            while k + len(group) < len(result) and dangling[result[k + len(group)]]:
                group.append(result[k + len(group)])
            result = group + [i for i in result if i not in group]
    # A sentence that leans on its predecessor appears only right after it.
    kept: list[int] = []
    for i in result:
        if dangling[i] and not (kept and adjacent(cf, kept[-1], i)):
            continue
        kept.append(i)
    return introductions_first(cf, kept)  # a sentence after the one that names what it needs (readability)

def adjacent(cf: ClusterFeatures, prev: int, i: int) -> bool:
    a, b = cf.sentences[prev], cf.sentences[i]
    return a.article_id == b.article_id and a.index + 1 == b.index
