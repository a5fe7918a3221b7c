"""Online story clustering: each article, in publication order, joins the best matching story or
starts its own. Assignments are final (an article never moves later) and there is no outlier bin;
two stories that turn out to be one are merged whole by the merge pass (`merge.py`).

Candidates: only stories seen within `window_days` of the article's date, so the same topic
months apart becomes a separate story; undated articles are matched against the `max_candidates`
most recently active stories. The `top_k` candidates closest by embedding are then decided on by
`method`:
- `learned` (default): the story linker (`linker.py`): a scorer trained on several similarities
  ranks them, minus `time_penalty` per day of gap, and a join-or-new classifier decides;
- `cosine` (the method before issue 16, kept as a baseline): cosine to the centroid plus a small
  named-entity bonus, minus `time_decay` per day, joined above `threshold`.

Per-story state (`StoryState`) is small and fixed-size (centroid sum, count, top entities, dates),
so the store keeps it in the database and loads only the candidates a batch needs: the cost per
article depends on how many stories are active in the window, not on the size of the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import numpy as np

from .linker import SHORT_KEYS
from .linker import decider_features, pair_features, profile, sigmoid  # here, not per call: ~5% of ingest
from .state import Assignment, ClusterItem, StoryState, new_story_state  # re-exported: records live in state.py


MERGE_ROUNDS = 8  # merge-pass rounds at most (each story merges at most once per round)


@dataclass(frozen=True)
class ClusterConfig:
    """`method="learned"` uses the shipped story linker (trained on Multi-News train, not on dev);
    window and time penalty are priors, not learned. The `cosine` settings were tuned on the dev
    clustering sets before issue 16 (see benchmarks/CLUSTERING.md)."""

    method: str = "learned"  # learned | cosine
    time_penalty: float = 3.0  # learned: logit penalty per day of gap (a prior: tried 1 and 3 on AllSides, the only dated dev set)
    top_k: int = 100  # learned: candidates (closest by embedding) the linker scores (20 up to e9f3df6: wider finds more split-off articles, CLUSTERING.md)
    join_probability: float | None = None  # learned: decider probability to join (None: the model's)
    merge_probability: float | None = None  # learned: merger probability to merge (None: the model's)
    short_join_probability: float | None = None  # learned: join probability for a short text (short.py; None: the model's)
    short_merge_similarity: float | None = None  # learned: key-profile cosine to merge short-text stories (None: the model's)
    relink_probability: float | None = None  # learned: join probability for a lone article's second look (relink.py; None: the model's)
    relink_slope: float | None = None  # learned: how much the second look's threshold rises with the candidates (relink.py; None: the model's)
    relink_long_probability: float | None = None  # learned: the second look's probability for a long text (relink.LONG_KEYS+ keys; None: the model's)
    relink_long_slope: float | None = None  # learned: that threshold's slope above relink.REF_CANDIDATES candidates (None: the model's)
    relink_floor_candidates: int | None = None  # the second look's bar stops falling below this many candidates (relink.py FLOOR; None: relink.REF_CANDIDATES; 0: no floor)
    relink_young_articles: int | None = None  # below this many articles seen a long text has the common second-look bar (relink.py YOUNG; None: relink.YOUNG_STREAM; 0: never)
    relink_floor_grown: float | None = None  # that floor is lifted when this share of a look's scored candidates hold 2+ articles (None: relink.GROWN_SHARE; > 1: never)
    model_family: str = "static"  # which model of data/story_linker.json: static | minilm | hashing
    threshold: float = 0.45  # minimum match score to join a story
    entity_weight: float = 0.05  # score bonus at full entity overlap
    window_days: int = 7  # how far from a story's first/last article an article may be
    max_candidates: int = 3000  # most recently active stories tried for undated articles
    entity_top_k: int = 10  # re-rank only the best cosine candidates with entities
    time_decay: float = 0.1  # score penalty per day between the article and the story's dates


def _ordinal(d: dt.date | None) -> float:
    return float(d.toordinal()) if d is not None else np.nan


class OnlineClusterer:
    """Holds the candidate stories of one batch and assigns items to them, one at a time.

    `assign(item) -> Assignment`; `states()` gives the stories created or changed so far.
    `story_id_for(item)` names a new story (deterministic: from its first article).
    """

    def __init__(self, candidates: list[StoryState] | tuple[StoryState, ...] = (), *, config: ClusterConfig | None = None, dim: int | None = None, seq: int = 0, story_id_for=None, model=None, profile_cache=None) -> None:
        self.config = config or ClusterConfig()
        # Story profiles shared across clusterers (ingest makes one per batch): a mapping with
        # get/setitem keyed by (id, seq, n, number of keys); every change to a story's keys
        # gives it a new seq, so a key never names two different profiles.
        self._profile_cache = profile_cache
        self.story_id_for = story_id_for or (lambda item: "s" + item.article_id)
        self.seq = seq
        self._states: list[StoryState] = []
        self._changed: set[int] = set()
        self._touched: set[int] = set()  # changed since the last merge pass
        self._dim = dim
        self._cap = 0
        self._unit: np.ndarray | None = None
        self._first = np.zeros(0)
        self._last = np.zeros(0)
        self._seq = np.zeros(0)
        self._alive = np.zeros(0, dtype=bool)
        self._weights: dict[int, object] = {}  # row -> the linker's story profile, cached
        self._row_of: dict[str, int] = {}
        self.model = model
        if self.config.method == "learned" and model is None:
            from .linker import load_model

            self.model = load_model(self.config.model_family)
        if self.model is not None:
            self.join_probability = self.config.join_probability if self.config.join_probability is not None else self.model.join_probability
            short = self.config.short_join_probability if self.config.short_join_probability is not None else self.model.short_join_probability
            self.short_join_probability = short if short is not None else self.join_probability
        for state in candidates:
            self._append(state)
            self.seq = max(self.seq, state.seq)

    # -- index maintenance -------------------------------------------------------------------
    def _grow(self, dim: int) -> None:
        cap = max(64, self._cap * 2)
        unit = np.zeros((cap, dim), dtype=np.float32)
        first, last, seqs = np.full(cap, np.nan), np.full(cap, np.nan), np.zeros(cap)
        alive = np.zeros(cap, dtype=bool)
        n = len(self._states)
        if self._unit is not None:
            unit[:n], first[:n], last[:n], seqs[:n], alive[:n] = self._unit[:n], self._first[:n], self._last[:n], self._seq[:n], self._alive[:n]
        self._unit, self._first, self._last, self._seq, self._alive, self._cap = unit, first, last, seqs, alive, cap

    def _set_row(self, row: int, state: StoryState) -> None:
        norm = float(np.linalg.norm(state.centroid_sum))
        self._unit[row] = state.centroid_sum / norm if norm > 0 else 0.0
        self._first[row] = _ordinal(state.first_seen)
        self._last[row] = _ordinal(state.last_seen)
        self._seq[row] = state.seq
        self._alive[row] = True
        self._weights.pop(row, None)
        self._row_of[state.id] = row

    def _append(self, state: StoryState) -> int:
        if self._dim is None:
            self._dim = int(state.centroid_sum.shape[0])
        if len(self._states) >= self._cap:
            self._grow(self._dim)
        row = len(self._states)
        self._states.append(state)
        self._set_row(row, state)
        return row

    # -- matching ------------------------------------------------------------------------------
    def _candidate_mask(self, item: ClusterItem, n: int) -> np.ndarray:
        cfg = self.config
        if item.published is None:
            mask = self._alive[:n].copy()
            alive = int(mask.sum())
            if alive > cfg.max_candidates:
                seqs = np.where(mask, self._seq[:n], -np.inf)
                cutoff = np.partition(seqs, n - cfg.max_candidates)[n - cfg.max_candidates]
                mask &= seqs >= cutoff
            return mask
        day = float(item.published.toordinal())
        first, last = self._first[:n], self._last[:n]
        undated = np.isnan(last)
        with np.errstate(invalid="ignore"):
            inside = (day >= first - cfg.window_days) & (day <= last + cfg.window_days)
        return (inside | undated) & self._alive[:n]

    def _gaps(self, item: ClusterItem, rows: np.ndarray) -> np.ndarray:
        if item.published is None:
            return np.zeros(len(rows))
        day = float(item.published.toordinal())
        with np.errstate(invalid="ignore"):
            gap = np.maximum(0.0, np.maximum(self._first[rows] - day, day - self._last[rows]))
        return np.nan_to_num(gap, nan=0.0)

    def story_profile(self, row: int):
        """The linker's view of a story (weighted keys, norm, core), cached until it changes."""
        p = self._weights.get(row)
        if p is None:
            state, shared = self._states[row], self._profile_cache
            key = (state.id, state.seq, state.n, len(state.entities))
            p = shared.get(key) if shared is not None else None
            if p is None:
                p = profile(state.entities, self.model)
                if shared is not None:
                    shared[key] = p
            self._weights[row] = p
        return p

    def link(self, item: ClusterItem) -> tuple[int, float]:
        """The learned decision: (best row, join probability), (-1, 0.0) without candidates."""
        row, p, _ = self.link_counted(item)
        return row, p

    def link_counted(self, item: ClusterItem) -> tuple[int, float, int]:
        """`link`, and how many stories were candidates (in the window, alive)."""
        row, p, count, _ = self.link_detail(item)
        return row, p, count

    def link_detail(self, item: ClusterItem) -> tuple[int, float, int, tuple | None]:
        """`link_counted`, and the scored candidates: (rows, pair features, scorer logits) in
        embedding order (None without a candidate)."""
        n = len(self._states)
        if n == 0:
            return -1, 0.0, 0, None
        cfg = self.config
        mask = self._candidate_mask(item, n)
        count = int(mask.sum())
        if count == 0:
            return -1, 0.0, 0, None
        sims = np.where(mask, self._unit[:n] @ item.vector, -np.inf)
        k = min(cfg.top_k, count)
        rows = np.argpartition(-sims, k - 1)[:k] if k < n else np.flatnonzero(mask)
        rows = rows[np.argsort(-sims[rows], kind="stable")]
        feats = pair_features(profile(item.keys, self.model), sims[rows], [self.story_profile(int(r)) for r in rows], [self._states[int(r)].n for r in rows], self.model)
        logits = self.model.scorer.logit(feats) - cfg.time_penalty * self._gaps(item, rows)
        best = int(np.argmax(logits))
        p = float(sigmoid(self.model.decider.logit(decider_features(logits, feats, best, count))))
        return int(rows[best]), p, count, (rows, feats, logits)

    def score(self, item: ClusterItem) -> tuple[int, float]:
        """Best candidate row and its score (-1, -inf when there is none)."""
        n = len(self._states)
        if n == 0:
            return -1, float("-inf")
        cfg = self.config
        sims = self._unit[:n] @ item.vector
        mask = self._candidate_mask(item, n)
        if not mask.any():
            return -1, float("-inf")
        sims = np.where(mask, sims, -np.inf)
        if cfg.time_decay and item.published is not None:
            day = float(item.published.toordinal())
            with np.errstate(invalid="ignore"):
                gap = np.maximum(0.0, np.maximum(self._first[:n] - day, day - self._last[:n]))
            sims = sims - cfg.time_decay * np.nan_to_num(gap, nan=0.0)
        k = min(cfg.entity_top_k, int(mask.sum()))
        top = np.argpartition(-sims, k - 1)[:k] if k < n else np.arange(n)
        best_row, best = -1, float("-inf")
        for row in top:
            s = float(sims[row])
            if s == float("-inf"):
                continue
            if item.entities and cfg.entity_weight:
                story_entities = self._states[row].entities
                shared = sum(1 for e in item.entities if e in story_entities)
                s += cfg.entity_weight * min(1.0, shared / min(len(item.entities), 4))
            if s > best or (s == best and row < best_row):
                best_row, best = int(row), s
        return best_row, best

    def assign(self, item: ClusterItem) -> Assignment:
        if self._dim is None:
            self._dim = int(item.vector.shape[0])
        self.seq += 1
        if self.model is not None:
            row, best = self.link(item)
            join = row >= 0 and best >= (self.short_join_probability if 0 < len(item.keys) <= SHORT_KEYS else self.join_probability)
        else:
            row, best = self.score(item)
            join = row >= 0 and best >= self.config.threshold
        if join:
            state = self._states[row].joined(item, self.seq)
            self._states[row] = state
            self._set_row(row, state)
            self._changed.add(row)
            self._touched.add(row)
            return Assignment(item.article_id, state.id, False, best)
        state = new_story_state(self.story_id_for(item), item, self.seq)
        row = self._append(state)
        self._changed.add(row)
        self._touched.add(row)
        return Assignment(item.article_id, state.id, True, best if row >= 0 else 0.0)

    def changed_states(self) -> list[StoryState]:
        """Stories created, joined or grown by a merge since this clusterer was made (not the
        absorbed ones: see `merge_pass`)."""
        return [self._states[i] for i in sorted(self._changed) if self._alive[i]]

    def all_states(self) -> list[StoryState]:
        return [s for i, s in enumerate(self._states) if self._alive[i]]

    def merge_pass(self, *, all_stories: bool = False) -> list:
        """Merge stories that turn out to be one (only pairs involving a story created, joined or
        merged since the last pass, or since this clusterer was made; every pair of the stories it
        holds with `all_stories`). Returns `Merge`s; the kept story's state absorbs the other's, the
        absorbed story stops being a candidate. No article is reassigned individually."""
        from .merge import find_merges
        from .relink import relink_pass

        if self.model is None:
            return []
        n = len(self._states)
        rows = range(n) if all_stories else self._touched
        seen = set(rows)  # every story changed since the last pass, or in this one
        done: list = []
        # Rounds until nothing merges (each story merges at most once per round): an event split
        # into several pieces comes together in one pass. Merges are returned in order, so a
        # story kept in one round and absorbed in a later one resolves through the chain.
        for _ in range(MERGE_ROUNDS):
            changed = sorted(i for i in rows if self._alive[i])
            self._touched = set()
            merges = find_merges(self._states, alive=self._alive[:n], unit=self._unit[:n], rows=changed, profiles=self.story_profile, config=self.config, model=self.model)
            for merge in merges:
                self.absorb(self._row_of[merge.keep_id], self._row_of[merge.absorbed_id])
            done += merges
            seen |= self._touched
            if not merges:
                break
            rows = set(self._touched)
        # Then a second look for lone articles near what changed (relink.py), as story merges.
        cfg = self.config
        relink = cfg.relink_probability if cfg.relink_probability is not None else self.model.relink_probability
        slope = cfg.relink_slope if cfg.relink_slope is not None else self.model.relink_slope
        long = cfg.relink_long_probability if cfg.relink_long_probability is not None else self.model.relink_long_probability
        long_slope = cfg.relink_long_slope if cfg.relink_long_slope is not None else self.model.relink_long_slope
        floor = {} if cfg.relink_floor_candidates is None else {"floor": cfg.relink_floor_candidates}
        if cfg.relink_floor_grown is not None:
            floor["grown"] = cfg.relink_floor_grown
        if cfg.relink_young_articles is not None:
            floor["young"] = cfg.relink_young_articles
        return done + relink_pass(self, seen, relink, slope=slope, long_threshold=long, long_slope=long_slope, **floor)

    def absorb(self, keep: int, gone: int) -> None:
        """Row `keep`'s story absorbs row `gone`'s whole (a merge); `gone` stops being a candidate."""
        self.seq += 1
        state = self._states[keep].absorbed(self._states[gone], self.seq)
        self._states[keep] = state
        self._set_row(keep, state)
        self._alive[gone] = False
        self._unit[gone] = 0.0
        self._changed.add(keep)
        self._changed.discard(gone)
        self._touched.add(keep)


def cluster_stream(items, *, config: ClusterConfig | None = None, merge_every: int = 256, model=None) -> list[Assignment]:
    """Cluster a whole stream in memory (used by `eval cluster`): same algorithm as ingest, with a
    merge pass after every `merge_every` items (ingest merges after each batch). Each returned
    assignment's `story_id` is the story the article ends up in (after merges): articles of an
    absorbed story follow it whole."""
    clusterer = OnlineClusterer(config=config, model=model)
    assignments, parent = [], {}
    for i, item in enumerate(items, 1):
        assignments.append(clusterer.assign(item))
        if merge_every and i % merge_every == 0:
            for merge in clusterer.merge_pass():
                parent[merge.absorbed_id] = merge.keep_id
    for merge in clusterer.merge_pass():
        parent[merge.absorbed_id] = merge.keep_id

    def final(story_id: str) -> str:
        while story_id in parent:
            story_id = parent[story_id]
        return story_id

    return [replace(a, story_id=final(a.story_id)) for a in assignments]


def config_for(embedder_name: str, *, method: str = "learned") -> ClusterConfig:
    """The defaults for an embedder: the linker weights of its family; for the `cosine` method the
    thresholds tuned before issue 16 (cosines from hashed words run lower than MiniLM's)."""
    from .linker import model_family

    if method == "cosine":
        if embedder_name.startswith("hashing"):
            return ClusterConfig(method="cosine", threshold=0.2, entity_weight=0.0, time_decay=0.1)
        return ClusterConfig(method="cosine")
    return ClusterConfig(model_family=model_family(embedder_name))
