"""Online story clustering: each article, in publication order, joins the best matching story or
starts its own. Assignments are final (an article never moves later) and there is no outlier bin.

A story is matched on
- the cosine between the article's headline+lead embedding and the story's centroid (mean of its
  members' unit vectors),
- a bonus for shared named entities (capitalised names), and
- time: only stories seen within `window_days` of the article's date are candidates, so the same
  topic months apart becomes a separate story. Undated articles are matched against the
  `max_candidates` most recently active stories.

Per-story state (`StoryState`) is small and fixed-size (centroid sum, count, top entities, dates),
so the store keeps it in the database and loads only the candidates a batch needs: the cost per
article depends on how many stories are active in the window, not on the size of the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import numpy as np

from .features import merge_counts


@dataclass(frozen=True)
class ClusterConfig:
    """Tuned on the dev clustering sets (see benchmarks/CLUSTERING.md)."""

    threshold: float = 0.45  # minimum match score to join a story
    entity_weight: float = 0.05  # score bonus at full entity overlap
    window_days: int = 7  # how far from a story's first/last article an article may be
    max_candidates: int = 3000  # most recently active stories tried for undated articles
    entity_top_k: int = 10  # re-rank only the best cosine candidates with entities
    time_decay: float = 0.1  # score penalty per day between the article and the story's dates


@dataclass(frozen=True)
class ClusterItem:
    """One article as the clusterer sees it."""

    article_id: str
    vector: np.ndarray  # unit float32
    entities: frozenset[str] = frozenset()
    published: dt.date | None = None


@dataclass(frozen=True)
class StoryState:
    """What the clusterer keeps per story (and the store persists)."""

    id: str
    centroid_sum: np.ndarray  # float32 sum of member unit vectors
    n: int
    entities: dict[str, int] = field(default_factory=dict)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    seq: int = 0  # activity clock: larger = more recently joined

    def joined(self, item: ClusterItem, seq: int) -> "StoryState":
        dates = [d for d in (self.first_seen, self.last_seen, item.published) if d is not None]
        return replace(
            self,
            centroid_sum=self.centroid_sum + item.vector,
            n=self.n + 1,
            entities=merge_counts(self.entities, item.entities),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
            seq=seq,
        )


@dataclass(frozen=True)
class Assignment:
    article_id: str
    story_id: str
    new_story: bool
    score: float


def new_story_state(story_id: str, item: ClusterItem, seq: int) -> StoryState:
    return StoryState(
        id=story_id,
        centroid_sum=item.vector.astype(np.float32).copy(),
        n=1,
        entities=merge_counts({}, item.entities),
        first_seen=item.published,
        last_seen=item.published,
        seq=seq,
    )


def _ordinal(d: dt.date | None) -> float:
    return float(d.toordinal()) if d is not None else np.nan


class OnlineClusterer:
    """Holds the candidate stories of one batch and assigns items to them, one at a time.

    `assign(item) -> Assignment`; `states()` gives the stories created or changed so far.
    `story_id_for(item)` names a new story (deterministic: from its first article).
    """

    def __init__(self, candidates: list[StoryState] | tuple[StoryState, ...] = (), *, config: ClusterConfig | None = None, dim: int | None = None, seq: int = 0, story_id_for=None) -> None:
        self.config = config or ClusterConfig()
        self.story_id_for = story_id_for or (lambda item: "s" + item.article_id)
        self.seq = seq
        self._states: list[StoryState] = []
        self._changed: set[int] = set()
        self._dim = dim
        self._cap = 0
        self._unit: np.ndarray | None = None
        self._first = np.zeros(0)
        self._last = np.zeros(0)
        self._seq = np.zeros(0)
        for state in candidates:
            self._append(state)
            self.seq = max(self.seq, state.seq)

    # -- index maintenance -------------------------------------------------------------------
    def _grow(self, dim: int) -> None:
        cap = max(64, self._cap * 2)
        unit = np.zeros((cap, dim), dtype=np.float32)
        first, last, seqs = np.full(cap, np.nan), np.full(cap, np.nan), np.zeros(cap)
        n = len(self._states)
        if self._unit is not None:
            unit[:n], first[:n], last[:n], seqs[:n] = self._unit[:n], self._first[:n], self._last[:n], self._seq[:n]
        self._unit, self._first, self._last, self._seq, self._cap = unit, first, last, seqs, cap

    def _set_row(self, row: int, state: StoryState) -> None:
        norm = float(np.linalg.norm(state.centroid_sum))
        self._unit[row] = state.centroid_sum / norm if norm > 0 else 0.0
        self._first[row] = _ordinal(state.first_seen)
        self._last[row] = _ordinal(state.last_seen)
        self._seq[row] = state.seq

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
            mask = np.ones(n, dtype=bool)
            if n > cfg.max_candidates:
                cutoff = np.partition(self._seq[:n], n - cfg.max_candidates)[n - cfg.max_candidates]
                mask &= self._seq[:n] >= cutoff
            return mask
        day = float(item.published.toordinal())
        first, last = self._first[:n], self._last[:n]
        undated = np.isnan(last)
        with np.errstate(invalid="ignore"):
            inside = (day >= first - cfg.window_days) & (day <= last + cfg.window_days)
        return inside | undated

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
        row, best = self.score(item)
        if row >= 0 and best >= self.config.threshold:
            state = self._states[row].joined(item, self.seq)
            self._states[row] = state
            self._set_row(row, state)
            self._changed.add(row)
            return Assignment(item.article_id, state.id, False, best)
        state = new_story_state(self.story_id_for(item), item, self.seq)
        self._changed.add(self._append(state))
        return Assignment(item.article_id, state.id, True, best if row >= 0 else 0.0)

    def changed_states(self) -> list[StoryState]:
        """Stories created or joined since this clusterer was made."""
        return [self._states[i] for i in sorted(self._changed)]

    def all_states(self) -> list[StoryState]:
        return list(self._states)


def cluster_stream(items, *, config: ClusterConfig | None = None) -> list[Assignment]:
    """Cluster a whole stream in memory (used by `eval cluster`): same algorithm as ingest."""
    clusterer = OnlineClusterer(config=config)
    return [clusterer.assign(item) for item in items]


def config_for(embedder_name: str) -> ClusterConfig:
    """The tuned defaults for an embedder (cosines from hashed words run lower than MiniLM's)."""
    if embedder_name.startswith("hashing"):
        return ClusterConfig(threshold=0.2, entity_weight=0.0, time_decay=0.1)
    return ClusterConfig()
