"""Online story clustering (see `online.py`): articles in publication order join the best matching
story within a time window, or start their own."""

from __future__ import annotations

from typing import Protocol

from .features import article_entities, entities, lead_text
from .online import Assignment, ClusterConfig, ClusterItem, OnlineClusterer, StoryState, cluster_stream


class Clusterer(Protocol):
    def assign(self, item: ClusterItem) -> Assignment: ...


__all__ = [
    "Assignment",
    "ClusterConfig",
    "ClusterItem",
    "Clusterer",
    "OnlineClusterer",
    "StoryState",
    "article_entities",
    "cluster_stream",
    "entities",
    "lead_text",
]
