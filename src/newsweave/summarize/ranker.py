"""Sentence scorers: hand-set linear weights, or a learned model shipped as JSON.

The learned model is a small gradient-boosted tree ensemble or a linear model, stored as plain
JSON (`newsweave/data/ranker.json`) so loading needs no pickle and no training library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from ..shipped import shipped_model
from .features import FEATURE_NAMES

HAND_WEIGHTS = {
    "centroid_sim": 2.0,
    "support_docs": 1.2,
    "support_mass": 1.5,
    "position": 0.8,
    "is_first": 0.3,
    "too_short": -1.0,
    "too_long": -0.4,
    "dangling": -0.3,
    "boilerplate": -2.5,
    "doc_quality": 1.0,
    "title_sim": 0.6,
    "question": -0.5,
    "ends_cleanly": 0.2,
}


class SentenceRanker(Protocol):
    def score(self, features: np.ndarray) -> np.ndarray: ...


@dataclass
class LinearRanker:
    weights: dict[str, float] = field(default_factory=lambda: dict(HAND_WEIGHTS))
    bias: float = 0.0

    def score(self, features: np.ndarray) -> np.ndarray:
        w = np.array([self.weights.get(name, 0.0) for name in FEATURE_NAMES])
        return features @ w + self.bias


@dataclass
class TreeEnsembleRanker:
    """Gradient-boosted regression trees: score = base + lr * sum(tree(x))."""

    trees: list[dict]
    base: float
    learning_rate: float
    feature_names: tuple[str, ...]

    def score(self, features: np.ndarray) -> np.ndarray:
        cols = [FEATURE_NAMES.index(n) for n in self.feature_names]
        x = features[:, cols]
        if self.__dict__.get("_forest") is None:
            self.__dict__["_forest"] = forest_arrays(self.trees)
        return self.base + self.learning_rate * eval_forest(self.__dict__["_forest"], x)


def eval_tree(tree: dict, x: np.ndarray) -> np.ndarray:
    # The JSON lists become arrays once per tree, not on every call (this was most of the
    # summarizer's time on small stories).
    arrays = tree.get("_arrays")
    if arrays is None:
        arrays = tree["_arrays"] = tuple(np.asarray(tree[k]) for k in ("feature", "threshold", "left", "right", "value"))
    feature, threshold, left, right, value = arrays
    node = np.zeros(x.shape[0], dtype=np.int64)
    for _ in range(64):
        leaf = left[node] < 0
        if leaf.all():
            break
        f = feature[node]
        go_left = x[np.arange(x.shape[0]), np.where(leaf, 0, f)] <= threshold[node]
        node = np.where(leaf, node, np.where(go_left, left[node], right[node]))
    return value[node]


def forest_arrays(trees: list[dict]) -> tuple[np.ndarray, ...]:
    """All trees as padded (trees x nodes) arrays: feature, threshold, left, right, value."""
    width = max((len(t["feature"]) for t in trees), default=1)
    out = []
    for key, fill, dtype in (("feature", 0, np.int64), ("threshold", 0.0, np.float64), ("left", -1, np.int64), ("right", -1, np.int64), ("value", 0.0, np.float64)):
        a = np.full((len(trees), width), fill, dtype=dtype)
        for k, t in enumerate(trees):
            a[k, : len(t[key])] = t[key]
        out.append(a)
    return tuple(out)


def eval_forest(arrays: tuple[np.ndarray, ...], x: np.ndarray, block: int = 1024) -> np.ndarray:
    """Sum over all trees of each row's leaf value: the trees are walked together, one level at
    a time (a few array operations per level instead of per tree), in blocks of rows so memory
    stays O(trees x block)."""
    feature, threshold, left, right, value = arrays
    n_trees = feature.shape[0]
    total = np.zeros(x.shape[0])
    if n_trees == 0 or x.shape[0] == 0:
        return total
    t = np.arange(n_trees)[:, None]
    for lo in range(0, x.shape[0], block):
        xb = x[lo : lo + block]
        rows = np.arange(xb.shape[0])[None, :]
        node = np.zeros((n_trees, xb.shape[0]), dtype=np.int64)
        for _ in range(64):
            child = left[t, node]
            leaf = child < 0
            if leaf.all():
                break
            f = np.where(leaf, 0, feature[t, node])
            go_left = xb[rows, f] <= threshold[t, node]
            node = np.where(leaf, node, np.where(go_left, child, right[t, node]))
        total[lo : lo + block] = value[t, node].sum(axis=0)
    return total


def ranker_from_json(data: dict) -> SentenceRanker:
    if data.get("kind") == "trees":
        return TreeEnsembleRanker(data["trees"], float(data["base"]), float(data["learning_rate"]), tuple(data["features"]))
    return LinearRanker(dict(data["weights"]), float(data.get("bias", 0.0)))


def load_ranker(path: str | Path) -> SentenceRanker:
    return ranker_from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def load_default_ranker() -> SentenceRanker:
    """The shipped learned ranker if present and compatible, else hand-set weights."""
    return shipped_model("ranker.json", _compatible_ranker) or LinearRanker()


def _compatible_ranker(data: dict) -> SentenceRanker:
    if any(name not in FEATURE_NAMES for name in data.get("features", [])):
        raise ValueError("ranker features do not match this version of newsweave")
    return ranker_from_json(data)
