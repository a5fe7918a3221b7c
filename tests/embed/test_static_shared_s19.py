"""Two static embedders in one process share one loaded model (session 19: start-up of a cold run)."""

from __future__ import annotations

import numpy as np


def test_a_second_embedder_reuses_the_loaded_model(static_embedder):
    from newsweave.embed.static import StaticEmbedder

    other = StaticEmbedder()
    assert other._load() is static_embedder._load()
    texts = ["Pellbrook ferry resumes sailing after storm", "Quarrington council opens new library"]
    assert np.array_equal(other.embed(texts), static_embedder.embed(texts))
