"""Second look for lone articles: a one-article story is offered again to the stories that have
grown since, and joins one *as a story merge*.

An article that the decider turned away (join probability below the threshold) started a story
of its own, and its assignment is final. Stories keep growing after that: more key words, a
firmer centroid, other candidates gone. At every merge pass the learned linker (the same scorer
and decider that placed the article, `OnlineClusterer.link`) is asked again, about each lone
article near a story that changed since the last pass, with the lone story itself out of the
candidates. When the decider now says join with at least `relink_probability` (chosen on held-out
Multi-News *training* streams by `benchmarks/train_story_linker.py`, never on dev), the lone
story is merged into that story: a recorded story merge event like any other ("story B merged
into A", the reason names the probability), its article keeps its row and follows its story.
No article of a story of two or more is ever moved.

What a lone story is: one article, not a short text (short-text stories have their own merge by
key profiles, `short.py`). Which lone stories are looked at: those among the `NEAREST` closest
(by centroid) to each story created, joined or merged since the last pass, those created since
then, and those whose best candidate at their last look has changed since (grown, or absorbed by
a merge): a lone story whose neighbours did not change would get the same answer as before, but
the story it nearly joined may grow without the lone story being among its `NEAREST` lone ones.
The best candidate of each look is remembered by the clusterer that asked (`BEST_ATTR`: ingest
makes one clusterer per batch, so across batches only the `NEAREST` rule applies).

The threshold rises with the number of candidate stories (`relink_threshold`): its logit grows by
`relink_slope` per e-fold of candidates above `REF_CANDIDATES`, and falls as much below. On
held-out training streams, the decider's probability on a second look means less the more
stories there are: of the looks at probability 0.3-0.4, about 9 in 10 chose the right story with
fewer than 120 candidates and about 1 in 2 with more (static, Multi-News training clusters
3900-4799; the decider was trained on teacher-forced streams, where the candidates are whole true
stories, not the fragments a real run leaves). Threshold and slope are chosen together by
`benchmarks/train_story_linker.py` on held-out training streams of 100 and 300 stories.

FLOOR (session 23). Below REF_CANDIDATES the bar falls no further than the bar at `floor`
candidates (`ClusterConfig.relink_floor_candidates`, default REF_CANDIDATES: the bar at
REF_CANDIDATES), unless at least GROWN_SHARE (0.5) of the look's scored candidates hold two or
more articles: then the fall is as before. Why: in a new, small store (9-17 candidate stories)
the bar for a long text had fallen to 0.02-0.03 and unrelated articles were relinked into one
story (tests/cluster/test_relink_small_store.py). The fall below REF_CANDIDATES was chosen on
training streams in which every story has 2+ documents, so a lone article's story was always
there to be found; in a young store most candidates are lone stories themselves and a low
probability is mostly wrong, while in a dated feed's small windows of a grown store (AllSides)
most candidates have grown and the low bar was right. Measured with
`benchmarks/relink_small_stores.py` (BCubed F1 on full streams, their first N articles and all
runs of N consecutive articles, N = 10, 20, 40). The floor was fitted on the relink stage's
training clusters 3000-3299 over {0, 10, 25, 50, 100}: 100 best on every window size (lead
windows of 10: 0.947 with no floor, 0.985 at 25, 0.997 at 100), full streams unchanged at every
value. GROWN_SHARE was set, not fitted (the training windows never reach it); 0.3 and 0.5 were
both run on dev and gave the same full-stream figures. Figures against the session-start code:
the docstring of benchmarks/relink_small_stores.py.

A long lone article (`LONG_KEYS` keys or more: a lead or full text, not a headline) has a
threshold of its own (`relink_long_probability`, and `relink_long_slope`, its rise per e-fold of
candidates above REF_CANDIDATES; below, it falls with `relink_slope` like a short text's): on real
runs over held-out training streams the decider's probability on a second look means more for a
long text (100-story lead streams, clusters 6600-7799: looks at probability 0.15-0.3 chose the
right story 77 times in 102; first sentences 72 in 142), and less as the stream grows. Both are
chosen by the same script (issue 16's eighth session); without them a long text has the common bar.

YOUNG (session 26). The long-text bar applies once the stream has seen YOUNG_STREAM articles (the
clusterer's `seq`: articles assigned and merges made since the store began, the same number whether
the stream came in one ingest or many); before that a long text has the common bar. Why: the
long-text bar was chosen on grown streams (above), and a stream ingested in small batches has a
second look after each batch: Multi-News dev in three `newsweave ingest` runs of 75 placed lone
articles at probability 0.16-0.23 into a lone article or a two-article story of another event
after the first run (3 of its 7 relinks wrong; in one run of 225 the first look comes with 95
stories, 1 of 14 relinks wrong). A look at seq YOUNG_STREAM or more is unchanged (every look of
an ingest whose batches hold 256 articles: ingest's batch size). Figures: benchmarks/CLUSTERING.md
"Session 26".

Every look can be told to a `relink_log(row, candidate_rows, features)` method of the clusterer
(`look_features` of each candidate: diagnostics in `benchmarks/train_relink.py`). A second-look
judge trained on such looks of real runs was measured in issue 16's sixth session and removed after e9f3df6: it did not beat
the decider's probability with `relink_threshold` on held-out training streams
(benchmarks/CLUSTERING.md).
"""

from __future__ import annotations

import math

import numpy as np

from .merge import Merge
from .online import ClusterItem
from .short import is_short_story

NEAREST = 5  # lone stories looked at around each changed story
LONG_KEYS = 30  # a lone article with this many keys is a long text (a lead or full text, not a headline)
REF_CANDIDATES = 100  # candidate count at which the threshold is `relink_probability` itself
YOUNG_STREAM = REF_CANDIDATES  # below this many articles seen (the clusterer's seq) a long text has the common bar (YOUNG)
GROWN_SHARE = 0.5  # the floor is lifted for a look where at least this share of the scored candidates hold 2+ articles (FLOOR)
BEST_ATTR = "_relink_best"  # on the clusterer: lone story's row -> its best candidate's row at its last look


def _remembered(clusterer) -> dict[int, int]:
    best = getattr(clusterer, BEST_ATTR, None)
    if best is None:
        best = {}
        setattr(clusterer, BEST_ATTR, best)
    return best


def lone_rows(clusterer, touched) -> list[int]:
    """Rows of the lone (one-article, long-text) stories worth a second look, in row order."""
    n = len(clusterer._states)
    alive = clusterer._alive[:n]
    lone = np.array([bool(alive[i]) and s.n == 1 and not is_short_story(s) for i, s in enumerate(clusterer._states)])
    if not lone.any():
        return []
    touched = [r for r in sorted(touched) if alive[r]]
    picked = {r for r in touched if lone[r]}
    # Lone stories whose best candidate at their last look changed or was absorbed since.
    changed = set(touched)
    picked |= {r for r, b in _remembered(clusterer).items() if r < n and lone[r] and (b in changed or not alive[b])}
    if touched:
        sims = clusterer._unit[touched] @ clusterer._unit[:n].T
        sims[:, ~lone] = -np.inf
        k = min(NEAREST, int(lone.sum()))
        for i, r in enumerate(touched):
            sims[i, r] = -np.inf
            for c in np.argpartition(-sims[i], k - 1)[:k]:
                if np.isfinite(sims[i, c]):
                    picked.add(int(c))
    return sorted(picked)


LOOK_FEATURES = ("scorer_logit", "logit_gap_to_best", "log_candidates")  # after linker.PAIR_FEATURES, per candidate of a look


def look_features(feats: np.ndarray, logits: np.ndarray, count: int) -> np.ndarray:
    """The features of each candidate of one look, as `relink_log` is told them (rows:
    candidates; LOOK_FEATURES appended to the pair features)."""
    logits = np.asarray(logits, dtype=np.float64)
    extra = np.column_stack([logits, logits - logits.max(), np.full(len(logits), math.log1p(count))])
    return np.hstack([np.asarray(feats, dtype=np.float64), extra])


def relink_threshold(threshold: float, slope: float, candidates: int, *, rise: float | None = None, floor: int = REF_CANDIDATES) -> float:
    """The join probability a second look needs with `candidates` candidate stories: `threshold`
    at REF_CANDIDATES, its logit `slope` higher per e-fold more candidates (lower per e-fold fewer,
    down to `floor` candidates: below that the bar is the bar at `floor`; see FLOOR in the module
    docstring). `rise`: another slope above REF_CANDIDATES only (a long text's: steeper as
    candidates grow, while below REF_CANDIDATES its bar falls no faster than a short text's)."""
    candidates = max(candidates, floor)
    if rise is not None and candidates > REF_CANDIDATES:
        slope = rise
    if not slope or candidates <= 0 or candidates == REF_CANDIDATES or threshold <= 0.0 or threshold >= 1.0:
        return threshold
    logit = math.log(threshold / (1.0 - threshold)) + slope * math.log(candidates / REF_CANDIDATES)
    return 1.0 / (1.0 + math.exp(-logit))


def relink_pass(clusterer, touched, threshold: float, *, slope: float = 0.0, long_threshold: float | None = None, long_slope: float | None = None,
                floor: int = REF_CANDIDATES, grown: float = GROWN_SHARE, young: int = YOUNG_STREAM) -> list[Merge]:
    """Merge each lone story that the linker now places in another story with probability >=
    `relink_threshold(threshold, slope, candidates, floor=floor)` into that story (see the module
    docstring); for a long lone article `long_threshold` and `long_slope` (its rise above
    REF_CANDIDATES) when given. The floor is lifted (no floor) for a look where at least `grown`
    of the scored candidates hold 2+ articles (> 1: never lifted). While the clusterer's seq is
    below `young` (articles seen) a long lone article has the common bar (YOUNG; 0: never).
    A clusterer with a `relink_log(row, candidate_rows, features)` method is told of every look
    (diagnostics: `look_features` of each candidate).
    Updates `clusterer` in place."""
    if threshold > 1.0:
        return []
    log = getattr(clusterer, "relink_log", None)
    done: list[Merge] = []
    memory = _remembered(clusterer)
    for row in lone_rows(clusterer, touched):
        if not clusterer._alive[row]:
            continue
        state = clusterer._states[row]
        item = ClusterItem(state.id, clusterer._unit[row].copy(), keys=dict(state.entities), published=state.first_seen)
        clusterer._alive[row] = False  # not a candidate for itself
        best, p, count, scored = clusterer.link_detail(item)
        clusterer._alive[row] = True
        if best >= 0 and log is not None:
            rows, feats, logits = scored
            log(row, rows, look_features(feats, logits, count))
        # The floor is lifted when at least `grown` of the scored candidates hold 2+ articles (FLOOR).
        lift = best >= 0 and grown <= 1.0 and float(np.mean([clusterer._states[int(r)].n > 1 for r in scored[0]])) >= grown
        long = len(state.entities) >= LONG_KEYS
        # A young stream (fewer than `young` articles seen): a long text has the common bar (YOUNG).
        long = long and clusterer.seq >= young
        base = long_threshold if long and long_threshold is not None else threshold
        rise = long_slope if long and long_slope is not None else None
        if best < 0 or p < relink_threshold(base, slope, count, rise=rise, floor=0 if lift else floor):
            if best >= 0:
                memory[row] = best
            continue
        memory.pop(row, None)
        keep = clusterer._states[best]
        reason = f"lone article placed on a second look: join probability {p:.2f}, 1 article joined {keep.n}"
        clusterer.absorb(best, row)
        done.append(Merge(keep.id, state.id, p, reason))
    return done


__all__ = ["BEST_ATTR", "GROWN_SHARE", "YOUNG_STREAM", "LONG_KEYS", "LOOK_FEATURES", "NEAREST", "REF_CANDIDATES", "look_features", "lone_rows", "relink_pass", "relink_threshold"]
