"""The static embedder distilled from MiniLM: shape, normalisation, speed class, and that it puts the
same event closer than a different one (fictional headlines written here)."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from newsweave.embed import make_embedder
from newsweave.errors import ConfigError

pytestmark = pytest.mark.slow


def test_vectors_are_unit_rows_and_deterministic(static_embedder):
    texts = ["Port Alder footbridge collapses into harbour, fourteen hurt", "", "Kettlewick reservoir bursts its banks"]
    a, b = static_embedder.embed(texts), static_embedder.embed(texts)
    assert a.dtype == np.float32 and a.shape == (3, 256)
    assert np.array_equal(a, b)
    assert np.isclose(np.linalg.norm(a[0]), 1.0, atol=1e-5) and not a[1].any()
    assert static_embedder.embed([]).shape == (0, 256)


def test_same_event_is_closer_than_another_event(static_embedder):
    v = static_embedder.embed(["Port Alder footbridge collapses into harbour, fourteen hurt", "Fourteen injured as Kestrel Footbridge falls into Port Alder harbour", "Kettlewick reservoir bursts its banks after days of rain"])
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.1


def test_embeds_thousands_of_headlines_per_second(static_embedder):
    texts = [f"Council {i} approves cycle lanes after a vote on parking in the town centre" for i in range(2000)]
    t0 = time.perf_counter()
    static_embedder.embed(texts)
    # MiniLM manages ~10-200 a second on this kind of machine; the static model thousands.
    assert 2000 / (time.perf_counter() - t0) > 1000


def test_clusters_the_fictional_stream(static_embedder):
    from newsweave.eval.cluster_metrics import evaluate_clustering

    out = evaluate_clustering(Path(__file__).parents[1] / "cluster" / "data" / "linker_stream.jsonl", embedder=static_embedder, baselines=())
    assert out["newsweave"]["bcubed_precision"] == 1.0 and out["newsweave"]["bcubed_f1"] >= 0.9
    assert out["_meta"]["embedder"] == "minilm-static-256"


def test_make_embedder_names():
    assert make_embedder("static").name == "minilm-static-256"
    with pytest.raises(ConfigError):
        make_embedder("nope")
