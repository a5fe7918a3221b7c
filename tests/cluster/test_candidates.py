"""How many candidate stories the learned linker scores (`ClusterConfig.top_k`): a story that
shares an article's rare words but whose centroid is farther than 20 other stories' is found only
when the candidate list is wide enough. Fictional texts, hand-made vectors (no embedder, no model
download: the shipped linker weights are package data)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import numpy as np

from newsweave.cluster import ClusterConfig, ClusterItem, OnlineClusterer, StoryState
from newsweave.cluster.terms import text_keys

DAY = dt.date(2025, 10, 2)
TRUE_STORY = [
    "Quarrymen at Bellhaven strike over the closure of the Ostrick granite pit; the Harlow & Penn union says 212 jobs go in March.",
    "Bellhaven's Ostrick granite pit to shut in March with 212 jobs lost, Harlow & Penn union calls a strike of quarrymen.",
]
ARTICLE = "Strike at Ostrick granite pit: Bellhaven quarrymen walk out as Harlow & Penn union fights 212 job losses."
DECOYS = [
    f"Council of Ward {i} debates parking charges, the library's opening hours and a new bus shelter on the high street."
    for i in range(30)
]


def _vector(dim: int, axis: int, lean: float) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    v[0], v[axis] = lean, np.sqrt(1.0 - lean**2)
    return v


def _clusterer(config: ClusterConfig) -> OnlineClusterer:
    """30 decoy stories whose centroids are nearer the article (cosine 0.60) than the true
    story's (0.45); only the true story shares the article's words."""
    dim = 40
    states = []
    for i, text in enumerate(DECOYS):
        states.append(StoryState(id=f"ward{i}", centroid_sum=_vector(dim, 2 + i, 0.60) * 2, n=2, entities=dict(Counter(text_keys(text)) + Counter(text_keys(text))), first_seen=DAY, last_seen=DAY, seq=i + 1))
    keys = Counter()
    for text in TRUE_STORY:
        keys.update(text_keys(text))
    states.append(StoryState(id="quarry", centroid_sum=_vector(dim, 1, 0.45) * 2, n=2, entities=dict(keys), first_seen=DAY, last_seen=DAY, seq=31))
    return OnlineClusterer(states, config=config, seq=31)


def _link(config: ClusterConfig) -> tuple[str, float, int]:
    c = _clusterer(config)
    item = ClusterItem("a1", _vector(40, 0, 1.0), keys=dict(text_keys(ARTICLE)), published=DAY)
    row, p, count, scored = c.link_detail(item)
    return c._states[row].id, p, len(scored[0])


def test_default_scores_more_candidates_than_the_twenty_nearest():
    assert ClusterConfig().top_k >= 60
    story, _, scored = _link(ClusterConfig())
    assert scored == 31  # every story of the window, fewer than top_k
    assert story == "quarry"


def test_with_twenty_candidates_the_story_with_the_shared_words_is_not_seen():
    story, _, scored = _link(replace(ClusterConfig(), top_k=20))
    assert scored == 20
    assert story != "quarry" and story.startswith("ward")


def test_the_wider_list_joins_the_article_to_its_story():
    c = _clusterer(ClusterConfig())
    a = c.assign(ClusterItem("a1", _vector(40, 0, 1.0), keys=dict(text_keys(ARTICLE)), published=DAY))
    assert a.story_id == "quarry" and not a.new_story
