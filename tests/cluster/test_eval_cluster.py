"""`newsweave eval cluster` on a small fictional stream, and the MiniLM embedder."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsweave.cli import main

DATA = Path(__file__).parent / "data" / "fictional_stream.jsonl"


def test_eval_cluster_json_has_every_system(capsys):
    assert main(["eval", "cluster", "--data", str(DATA), "--embedder", "hashing", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(k for k in out if not k.startswith("_")) == ["newsweave", "newsweave-cosine", "agglomerative", "hdbscan"]
    for system in ("newsweave", "newsweave-cosine", "agglomerative", "hdbscan"):
        r = out[system]
        for key in ("bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_f1"):
            assert 0.0 <= r[key] <= 1.0
        assert r["articles_per_second"] > 0
    # The same headline months later is a separate story: never merged with the March one.
    assert out["newsweave"]["bcubed_precision"] == 1.0
    assert out["_meta"]["articles"] == 10 and out["_meta"]["gold_clusters"] == 4


def test_eval_cluster_table_and_bad_file(tmp_path, capsys):
    assert main(["eval", "cluster", "--data", str(DATA), "--embedder", "hashing"]) == 0
    assert "newsweave" in capsys.readouterr().out
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\nnot json\n', encoding="utf-8")
    assert main(["eval", "cluster", "--data", str(bad), "--embedder", "hashing"]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:1" in err and "Traceback" not in err


@pytest.mark.slow
def test_minilm_puts_the_same_event_closer(minilm):
    v = minilm.embed(["Port Alder footbridge collapses into harbour, fourteen hurt", "Fourteen injured as Kestrel Footbridge falls into Port Alder harbour", "Kettlewick reservoir bursts its banks after days of rain"])
    assert v.shape == (3, 384) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2


@pytest.mark.slow
def test_minilm_clusters_the_fictional_stream(minilm):
    from newsweave.eval.cluster_metrics import evaluate_clustering

    out = evaluate_clustering(DATA, embedder=minilm)
    assert out["newsweave"]["bcubed_f1"] >= 0.8 and out["newsweave"]["bcubed_precision"] == 1.0
