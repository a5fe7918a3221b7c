"""Online story clustering (see `online.py`): articles in publication order join the best matching
story within a time window, or start their own; the merge pass (`merge.py`) joins two stories that
turn out to be one. `make_item(article, vector)` is what ingest and `eval cluster` feed it."""

from __future__ import annotations

from typing import Protocol

from .features import article_entities, entities, lead_text
from .merge import Merge, find_merges
from .online import Assignment, ClusterConfig, ClusterItem, OnlineClusterer, StoryState, cluster_stream
from .terms import article_keys


def make_item(article, vector) -> ClusterItem:
    """One article as the clusterer sees it: its embedding, names, key words and numbers, date."""
    return ClusterItem(article.id, vector, article_entities(article), article.published, dict(article_keys(article)))


class Clusterer(Protocol):
    def assign(self, item: ClusterItem) -> Assignment: ...


__all__ = [
    "Assignment",
    "ClusterConfig",
    "ClusterItem",
    "Clusterer",
    "Merge",
    "article_keys",
    "find_merges",
    "make_item",
    "OnlineClusterer",
    "StoryState",
    "article_entities",
    "cluster_stream",
    "entities",
    "lead_text",
]
