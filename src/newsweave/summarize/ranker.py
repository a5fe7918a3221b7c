"""Sentence scorers: hand-set linear weights, or a learned model shipped as JSON.

The learned model is a small gradient-boosted tree ensemble or a linear model, stored as plain
JSON (`newsweave/data/ranker.json`) so loading needs no pickle and no training library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

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
        out = np.full(x.shape[0], self.base)
        for tree in self.trees:
            out += self.learning_rate * eval_tree(tree, x)
        return out


def eval_tree(tree: dict, x: np.ndarray) -> np.ndarray:
    feature = np.asarray(tree["feature"])
    threshold = np.asarray(tree["threshold"])
    left = np.asarray(tree["left"])
    right = np.asarray(tree["right"])
    value = np.asarray(tree["value"])
    node = np.zeros(x.shape[0], dtype=np.int64)
    for _ in range(64):
        leaf = left[node] < 0
        if leaf.all():
            break
        f = feature[node]
        go_left = x[np.arange(x.shape[0]), np.where(leaf, 0, f)] <= threshold[node]
        node = np.where(leaf, node, np.where(go_left, left[node], right[node]))
    return value[node]


def ranker_from_json(data: dict) -> SentenceRanker:
    if data.get("kind") == "trees":
        return TreeEnsembleRanker(data["trees"], float(data["base"]), float(data["learning_rate"]), tuple(data["features"]))
    return LinearRanker(dict(data["weights"]), float(data.get("bias", 0.0)))


def load_ranker(path: str | Path) -> SentenceRanker:
    return ranker_from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def load_default_ranker() -> SentenceRanker:
    """The shipped learned ranker if present and compatible, else hand-set weights."""
    try:
        text = resources.files("newsweave").joinpath("data/ranker.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return LinearRanker()
    data = json.loads(text)
    if any(name not in FEATURE_NAMES for name in data.get("features", [])):
        return LinearRanker()
    return ranker_from_json(data)
