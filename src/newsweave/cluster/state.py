"""What the online clusterer holds: an article as it sees it (`ClusterItem`), the small fixed-size
state it keeps per story (`StoryState`, which the store persists) and its decision per article
(`Assignment`). Split out of `online.py`; `online` re-exports all of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import numpy as np

from .features import merge_counts
from .terms import merged_keys, top_keys


@dataclass(frozen=True)
class ClusterItem:
    """One article as the clusterer sees it."""

    article_id: str
    vector: np.ndarray  # unit float32
    entities: frozenset[str] = frozenset()
    published: dt.date | None = None
    keys: dict[str, int] = field(default_factory=dict)  # words and numbers (terms.article_keys)


@dataclass(frozen=True)
class StoryState:
    """What the clusterer keeps per story (and the store persists)."""

    id: str
    centroid_sum: np.ndarray  # float32 sum of member unit vectors
    n: int
    # Top key counts: the linker's words and numbers (learned), or names (cosine method).
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
            entities=merged_keys(self.entities, item.keys) if item.keys else merge_counts(self.entities, item.entities),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
            seq=seq,
        )

    def absorbed(self, other: "StoryState", seq: int) -> "StoryState":
        """This story after a merge with `other` (whose articles all come along, unchanged)."""
        dates = [d for d in (self.first_seen, self.last_seen, other.first_seen, other.last_seen) if d is not None]
        return replace(
            self,
            centroid_sum=self.centroid_sum + other.centroid_sum,
            n=self.n + other.n,
            entities=merged_keys(self.entities, other.entities),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
            seq=max(seq, self.seq, other.seq),
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
        entities=top_keys(item.keys) if item.keys else merge_counts({}, item.entities),
        first_seen=item.published,
        last_seen=item.published,
        seq=seq,
    )


__all__ = ["Assignment", "ClusterItem", "StoryState", "new_story_state"]
