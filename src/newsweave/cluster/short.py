"""Short-text mode: headline-only and title feeds (a handful of words per article).

A title has too few words for the learned linker's long-text signals (TF-IDF cosine to a story's
120-word leads, coverage of its core): trained on Multi-News leads, it keeps a title out of a big
story whenever the title happens to use other words than the story's last members, and a big
event ends up split into dozens of stories. Two things change for short texts:

1. **Joining**: an article with at most `linker.SHORT_KEYS` keys is a short text; the decider's
   join probability has its own threshold for it (`ClusterConfig.short_join_probability`).
2. **Merging**: a story whose members are short texts (on average at most `SHORT_KEYS` keys per
   article) is described by *how often* each key occurs in it: a story about a console launch
   has the console's name in nine titles out of ten, whatever else each title says. Two such
   stories whose count x IDF key vectors point the same way (cosine at least
   `ClusterConfig.short_merge_similarity`) are merged by the merge pass (`merge.py`), repeatedly,
   so the pieces of a split event come together as they grow. Counts are linear, not
   sublinear as in the linker's profiles: the few keys shared by most members must dominate.

Both thresholds come from `data/story_linker.json` (chosen on held-out Multi-News *training*
streams of title-like texts by `benchmarks/train_story_linker.py`); see benchmarks/CLUSTERING.md
for what was looked at on dev.
"""

from __future__ import annotations

import math

from .linker import SHORT_KEYS


def is_short_item(keys: dict[str, int]) -> bool:
    """A headline or title: at most `SHORT_KEYS` words and numbers (and at least one)."""
    return 0 < len(keys) <= SHORT_KEYS


def is_short_story(state) -> bool:
    """A story of short texts: its key counts add up to at most `SHORT_KEYS` per article (a
    story keeps its most frequent keys only, so a long-text story's sum is far above that)."""
    return state.n > 0 and 0 < sum(state.entities.values()) <= SHORT_KEYS * state.n


def key_vector(keys: dict[str, int], model) -> tuple[dict[str, float], float]:
    """Count x IDF weights of a story's keys and their norm."""
    idf, unknown = model.idf, model.unknown_idf
    w = {k: c * idf.get(k, unknown) for k, c in keys.items() if c > 0}
    return w, math.sqrt(sum(v * v for v in w.values())) or 1.0


def key_cosine(a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]) -> float:
    """Cosine of two `key_vector`s."""
    (wa, na), (wb, nb) = a, b
    if len(wa) > len(wb):
        wa, wb = wb, wa
    return sum(v * wb[k] for k, v in wa.items() if k in wb) / (na * nb)


__all__ = ["is_short_item", "is_short_story", "key_cosine", "key_vector"]
