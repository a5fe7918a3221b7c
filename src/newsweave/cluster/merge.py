"""The merge pass: two stories that turn out to be one are joined whole; no article moves alone.

An article's assignment is final, so when a story was started by an article that the linker could
not yet place (the first report of an event phrased differently, a short headline), the event ends
up as two stories. Once both have grown, their centroids and key words converge; the merger (a
learned model in `data/story_linker.json`, trained on pairs of partial stories from the
Multi-News training split) scores each pair of nearby stories, and pairs above
`ClusterConfig.merge_probability` (default: the model's, chosen on held-out training streams) are merged, best first. The larger story (then the older one)
keeps its id; the other is *absorbed*.

    merges = find_merges(states)   # -> [Merge(keep_id, absorbed_id, probability, reason)]

The merger scores each pair without the stream's own words (`common_keys`: keys held by a
quarter or more of the live stories; session 24): its IDF was learned on older articles, so the
words every story of a topical feed shares (a president, a pandemic) weighed as rare shared words
and merged unrelated stories (benchmarks/CLUSTERING.md "Session 24").

What the caller (ingest / store) does with a merge: record it as a story history event
("story B merged into A", with the reason), store A's merged state (`StoryState.absorbed`), and
resolve B to A from then on (B's articles keep their rows; B's id redirects to A). The clusterer
does the same in memory (`OnlineClusterer.merge_pass`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

NEIGHBOURS = 5  # nearest stories (by centroid) tried for each changed story
SHORT_NEIGHBOURS = 20  # the same for a story of short texts (an event split in many pieces)
MIN_DENSE = 0.3  # centroid cosine below which two stories are never compared
MIN_SIZE = 2  # a story is merged only once it has this many articles: a lone article already
# had its chance with the linker, and one article's centroid is not a story's
SHORT_MIN_SIZE = 1  # the same for two stories of short texts (short.py)
# Words of the stream (session 24): a key held by at least COMMON_SHARE of the live stories (and by
# COMMON_MIN of them) says nothing about which story; the merger scores each pair without them.
COMMON_SHARE = 0.25
COMMON_MIN = 4


@dataclass(frozen=True)
class Merge:
    keep_id: str
    absorbed_id: str
    probability: float
    reason: str

    def __iter__(self):  # (keep_id, absorbed_id, reason), as the store wants it
        return iter((self.keep_id, self.absorbed_id, self.reason))


def _top(vector: tuple[dict[str, float], float], n: int = 2) -> list[str]:
    """The `n` heaviest keys of a `short.key_vector`."""
    return [k for k, _ in sorted(vector[0].items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _overlap(a, b, window: int) -> bool:
    """Could stories a and b be one event in time? (undated stories always could)"""
    if a.first_seen is None or b.first_seen is None:
        return True
    return a.first_seen.toordinal() - window <= b.last_seen.toordinal() and b.first_seen.toordinal() - window <= a.last_seen.toordinal()


def _gap_days(a, b) -> float:
    if a.first_seen is None or b.first_seen is None:
        return 0.0
    return float(max(0, a.first_seen.toordinal() - b.last_seen.toordinal(), b.first_seen.toordinal() - a.last_seen.toordinal()))


def common_keys(states: Sequence, alive) -> frozenset[str]:
    """The keys held by at least COMMON_SHARE (and COMMON_MIN) of the live `states`: the words of
    the stream itself, not of one story. The linker's IDF comes from older training articles, so a
    word of the day (a new disease, a new president) weighs as a rare shared word between any two
    stories of a topical feed: in a spring-2021 politics feed two three-article stories (a vaccine
    donation and a president's first 100 days) were merged on such words at probability 0.93."""
    live = [s for s, a in zip(states, alive) if a]
    held: Counter = Counter()
    for state in live:
        held.update(state.entities.keys())
    need = max(COMMON_MIN, COMMON_SHARE * len(live))
    return frozenset(k for k, c in held.items() if c >= need)


def merge_features(small, dense: float, big, small_n: int, big_n: int, model) -> np.ndarray:
    """`small`, `big`: the two stories' linker profiles (`linker.profile`)."""
    from .linker import MAX_SIZE, pair_features

    row = pair_features(small, np.array([dense]), [big], [big_n], model)[0]
    return np.concatenate([row, [np.log1p(min(small_n, MAX_SIZE))]])


def find_merges(
    states: Sequence,
    *,
    config=None,
    model=None,
    rows: Sequence[int] | None = None,
    alive: np.ndarray | None = None,
    unit: np.ndarray | None = None,
    profiles: Callable[[int], object] | None = None,
) -> list[Merge]:
    """Pairs of `states` to merge, best first, each story in at most one merge per pass.

    `rows`: only pairs involving these indices are considered (default: all). `alive`, `unit`,
    `profiles` let the clusterer pass what it already holds (live mask, unit centroids, the
    linker's profile per row); by default they are computed from the states.
    """
    from .linker import load_model, profile, sigmoid
    from .online import ClusterConfig
    from .short import is_short_story, key_cosine, key_vector

    config = config or ClusterConfig()
    model = model or load_model(config.model_family)
    n = len(states)
    if n < 2:
        return []
    if unit is None:
        sums = np.stack([np.asarray(s.centroid_sum, dtype=np.float32) for s in states])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        unit = np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)
    alive = np.ones(n, dtype=bool) if alive is None else alive
    if profiles is None:
        cache: dict[int, object] = {}

        def profiles(row: int):
            if row not in cache:
                cache[row] = profile(states[row].entities, model)
            return cache[row]

    # Pairs are scored without the stream's common words (`common_keys`), when there are any.
    common = common_keys(states, alive)
    plain_profiles: dict[int, object] = {}

    def merge_profile(row: int):
        if not common:
            return profiles(row)
        if row not in plain_profiles:
            plain_profiles[row] = profile({k: c for k, c in states[row].entities.items() if k not in common}, model)
        return plain_profiles[row]

    threshold = config.merge_probability if config.merge_probability is not None else model.merge_probability
    short_threshold = config.short_merge_similarity if config.short_merge_similarity is not None else model.short_merge_similarity
    short_rows: dict[int, bool] = {}
    key_vectors: dict[int, tuple] = {}

    def short(row: int) -> bool:
        if row not in short_rows:
            short_rows[row] = short_threshold <= 1.0 and is_short_story(states[row])
        return short_rows[row]

    # A story of short texts may be merged from its first article on (SHORT_MIN_SIZE): a title
    # that missed its event's story has too few words for the linker, but its key profile meets
    # the grown story's. Any other pair needs MIN_SIZE articles on both sides.
    big = np.array([s.n >= MIN_SIZE for s in states])
    alive = alive & np.array([bool(big[i]) or (s.n >= SHORT_MIN_SIZE and short(i)) for i, s in enumerate(states)])
    rows = [r for r in (range(n) if rows is None else rows) if alive[r]]
    if not rows:
        return []
    sims = unit[rows] @ unit.T

    def keys_of(row: int):
        if row not in key_vectors:
            key_vectors[row] = key_vector(states[row].entities, model)
        return key_vectors[row]

    # (probability or key cosine, centroid cosine, threshold, kind) per pair
    scored: dict[tuple[int, int], tuple[float, float, float, str]] = {}
    by_key: dict[str, list[int]] | None = None  # a short story's top key -> short stories holding it

    def sharing_top_key(r: int) -> list[int]:
        nonlocal by_key
        if by_key is None:
            by_key = {}
            for row in np.flatnonzero(alive):
                if short(int(row)):
                    for key in _top(keys_of(int(row))):
                        by_key.setdefault(key, []).append(int(row))
        return [c for key in _top(keys_of(r)) for c in by_key.get(key, ()) if c != r]

    for i, r in enumerate(rows):
        sim = np.where(alive, sims[i], -np.inf)
        sim[r] = -np.inf
        k = min(SHORT_NEIGHBOURS if short(r) else NEIGHBOURS, n - 1)
        near = [int(c) for c in np.argpartition(-sim, k - 1)[:k]]
        if short(r):  # vectors of titles can be far apart: also the stories sharing its top key
            near += sharing_top_key(r)
        for c in near:
            d = float(sim[c])
            if c == r or not alive[c] or (min(r, c), max(r, c)) in scored:
                continue
            if d < MIN_DENSE and not (short(r) and short(c)):
                continue
            if not _overlap(states[r], states[c], config.window_days):
                continue
            if short(r) and short(c):
                # Short-text stories: their key-count profiles (short.py), no time penalty
                # beyond the window (titles of one event run over days).
                scored[(min(r, c), max(r, c))] = (key_cosine(keys_of(r), keys_of(c)), d, short_threshold, "key profiles")
                continue
            if not (big[r] and big[c]):
                continue
            small, large = (r, c) if (states[r].n, -states[r].seq) < (states[c].n, -states[c].seq) else (c, r)
            x = merge_features(merge_profile(small), d, merge_profile(large), states[small].n, states[large].n, model)
            logit = float(model.merger.logit(x)) - config.time_penalty * _gap_days(states[r], states[c])
            scored[(min(r, c), max(r, c))] = (float(sigmoid(logit)), d, threshold, "merge probability")
    merges, used = [], set()
    for (a, b), (p, d, cut, kind) in sorted(scored.items(), key=lambda kv: (-(kv[1][0] - kv[1][2]), kv[0])):
        if p < cut or a in used or b in used:
            continue
        # The larger story keeps its id; on equal size the one joined less recently.
        keep, gone = (a, b) if (states[a].n, -states[a].seq) >= (states[b].n, -states[b].seq) else (b, a)
        used.update((a, b))
        reason = f"stories converged: {kind} {p:.2f}, centroid cosine {d:.2f}, {states[gone].n} article(s) joined {states[keep].n}"
        merges.append(Merge(states[keep].id, states[gone].id, p, reason))
    return merges
