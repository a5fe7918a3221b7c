"""The online clusterer with the cosine method (before the learned linker), the cheap entity finder, the hashing embedder and the clustering metrics."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from newsweave.cluster import ClusterConfig, ClusterItem, OnlineClusterer, cluster_stream, entities
from newsweave.embed import HashingEmbedder
from newsweave.eval.cluster_metrics import cluster_scores

D = dt.date(2025, 3, 12)

HEADLINES = [
    ("Port Alder footbridge collapses into the harbour, fourteen injured", D, "bridge"),
    ("Kettlewick reservoir bursts its banks after heavy rain floods valley", D, "flood"),
    ("Fourteen injured as Port Alder harbour footbridge collapses", D + dt.timedelta(days=1), "bridge"),
    ("Kettlewick valley flooded as reservoir banks burst in heavy rain", D + dt.timedelta(days=1), "flood"),
    ("Port Alder footbridge collapse: harbour inquiry into injured fourteen", D + dt.timedelta(days=2), "bridge"),
]


def items(embedder, rows):
    vectors = embedder.embed([r[0] for r in rows])
    return [ClusterItem(f"a{i}", vectors[i], entities(r[0]), r[1]) for i, r in enumerate(rows)]


def test_same_event_joins_and_different_events_do_not():
    out = cluster_stream(items(HashingEmbedder(), HEADLINES), config=ClusterConfig(method="cosine", threshold=0.25, entity_weight=0.0))
    labels = [a.story_id for a in out]
    assert labels[0] == labels[2] == labels[4]
    assert labels[1] == labels[3]
    assert labels[0] != labels[1]
    assert [a.new_story for a in out] == [True, True, False, False, False]


def test_same_topic_months_apart_is_a_new_story():
    later = [(HEADLINES[0][0], D + dt.timedelta(days=120), "bridge")]
    out = cluster_stream(items(HashingEmbedder(), HEADLINES + later), config=ClusterConfig(method="cosine", threshold=0.25, window_days=7))
    assert out[-1].new_story and out[-1].story_id != out[0].story_id


def test_assignments_never_change_as_more_articles_arrive():
    embedder = HashingEmbedder()
    first = cluster_stream(items(embedder, HEADLINES[:3]), config=ClusterConfig(method="cosine", threshold=0.25))
    more = cluster_stream(items(embedder, HEADLINES), config=ClusterConfig(method="cosine", threshold=0.25))
    assert [a.story_id for a in more[:3]] == [a.story_id for a in first]


def test_nothing_matches_means_own_story_not_an_outlier_bin():
    vectors = np.eye(4, dtype=np.float32)
    out = cluster_stream([ClusterItem(f"a{i}", vectors[i]) for i in range(4)])
    assert len({a.story_id for a in out}) == 4 and all(a.new_story for a in out)


def test_changed_states_hold_centroid_counts_and_dates():
    c = OnlineClusterer(config=ClusterConfig(method="cosine", threshold=0.25))
    for item in items(HashingEmbedder(), HEADLINES):
        c.assign(item)
    states = {s.id: s for s in c.changed_states()}
    sizes = sorted(s.n for s in states.values())
    assert sizes == [2, 3]
    bridge = max(states.values(), key=lambda s: s.n)
    assert bridge.first_seen == D and bridge.last_seen == D + dt.timedelta(days=2)
    assert "port" in bridge.entities or "alder" in bridge.entities


def test_undated_articles_only_see_the_most_recent_stories():
    vectors = np.tile(np.array([[1.0, 0.0]], dtype=np.float32), (3, 1))
    c = OnlineClusterer([], config=ClusterConfig(method="cosine", threshold=0.9, max_candidates=1))
    c.assign(ClusterItem("a0", vectors[0]))
    c.assign(ClusterItem("a1", np.array([0.0, 1.0], dtype=np.float32)))
    # a0's story is identical but no longer among the 1 most recently active stories.
    assert c.assign(ClusterItem("a2", vectors[2])).new_story


def test_cheap_entities_skip_sentence_openers():
    found = entities("The mayor spoke. Helen Okafor visited Port Alder with the Transport Safety Board.")
    assert {"okafor", "port", "alder", "transport", "safety", "board"} <= found
    # "Helen" opens a sentence, so it could be any capitalised word: left out on purpose.
    assert "helen" not in found and "the" not in found and "mayor" not in found
    assert entities("all lower case text here") == frozenset()


def test_hashing_embedder_is_deterministic_and_normalised():
    e = HashingEmbedder()
    a = e.embed(["Harbour footbridge collapses", "Harbour footbridge collapses", "", "Reservoir floods valley"])
    assert a.dtype == np.float32 and a.shape == (4, e.dim)
    assert np.allclose(a[0], a[1]) and np.isclose(np.linalg.norm(a[0]), 1.0)
    assert not a[2].any()
    assert float(a[0] @ a[3]) < 0.2


def test_bcubed_and_pairwise_known_values():
    # gold: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}
    s = cluster_scores(["x", "x", "y", "y", "y"], ["a", "a", "a", "b", "b"])
    # BCubed precision: items 1,2 -> 1; items 3 -> 1/3; 4,5 -> 2/3 each  => (2 + 1/3 + 4/3)/5
    assert s.bcubed_precision == pytest.approx((2 + 1 / 3 + 4 / 3) / 5)
    # recall: 1,2 -> 2/3; 3 -> 1/3; 4,5 -> 1 => (4/3 + 1/3 + 2)/5
    assert s.bcubed_recall == pytest.approx((4 / 3 + 1 / 3 + 2) / 5)
    # pairs: predicted {12, 34, 35, 45}, gold {12, 13, 23, 45}; shared {12, 45}
    assert s.pairwise_precision == pytest.approx(0.5) and s.pairwise_recall == pytest.approx(0.5)
    perfect = cluster_scores(["p", "p", "q"], ["a", "a", "b"])
    assert perfect.bcubed_f1 == 1.0 and perfect.pairwise_f1 == 1.0


def test_empty_scores_zero():
    s = cluster_scores([], [])
    assert s.bcubed_f1 == 0.0 and s.pairwise_f1 == 0.0 and s.n_items == 0
