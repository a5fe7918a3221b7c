"""Score whole candidate summaries (in the spirit of MatchSum / SgSum, with small features).

The coverage selection (`coverage.py`) can give several candidate summaries of one cluster: the
greedy summary, and the greedy run again from each of the next best openings. A linear model over
summary-level features (`SUMMARY_FEATURES`) picks one. It is trained by
`benchmarks/train_summary_scorer.py` on Multi-News training clusters, the target being the
candidate's ROUGE against the human summary minus the mean of its cluster's candidates, and
shipped as JSON (`newsweave/data/summary_scorer.json`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..shipped import shipped_model
from .features import FEATURE_NAMES, ClusterFeatures

SUMMARY_FEATURES = (
    "coverage",  # summed weight of the distinct words in the first `words` words, per word
    "pair_coverage",  # summed weight products of the distinct word pairs, per word
    "token_weight",  # mean weight of the words (repeats included): how much is worth saying
    "distinct",  # distinct words / words: how little the summary repeats itself
    "mean_z",  # mean standardised ranker score of its sentences
    "max_z",
    "first_share",  # share of its sentences that open their article
    "position",  # mean 1 / (1 + index in article)
    "docs",  # share of the cluster's documents it takes a sentence from
    "sentences_log",  # log number of sentences
    "fill",  # words / budget (under 1 when the candidates ran out)
    "centroid_sim",  # mean cosine to the cluster centroid
    "support_mass",  # mean cross-document support
    "opening_rank",  # 0 for the greedy summary, k for the run from the k-th opening
)


def candidate_features(cf: ClusterFeatures, scores: np.ndarray, terms: list[list[str]], weight: dict, chosen: list[int], words: int, rank: int) -> list[float]:
    """One row of SUMMARY_FEATURES for a candidate (`chosen`, in the order chosen)."""
    seq: list[str] = []
    kept: list[int] = []
    for j in chosen:
        if len(seq) >= words:
            break
        seq.extend(terms[j])
        kept.append(j)
    seq = seq[:words]
    n = max(len(seq), 1)
    distinct = set(seq)
    cov = sum(weight.get(t, 0.0) for t in distinct)
    pairs = sum(weight.get(a, 0.0) * weight.get(b, 0.0) for a, b in set(zip(seq, seq[1:])))
    z = (scores - scores.mean()) / (scores.std() + 1e-9) if len(scores) > 1 else np.zeros(len(scores))
    kept = kept or [0]
    f = cf.features
    col = FEATURE_NAMES.index
    return [
        cov / n,
        pairs / n,
        sum(weight.get(t, 0.0) for t in seq) / n,
        len(distinct) / n,
        float(np.mean(z[kept])),
        float(np.max(z[kept])),
        float(np.mean(f[kept, col("is_first")])),
        float(np.mean(f[kept, col("position")])),
        len({int(cf.doc_index[j]) for j in kept}) / max(len(cf.documents), 1),
        float(np.log(len(kept))),
        len(seq) / max(words, 1),
        float(np.mean(f[kept, col("centroid_sim")])),
        float(np.mean(f[kept, col("support_mass")])),
        float(rank),
    ]


@dataclass(frozen=True)
class SummaryScorer:
    """score(x) = x @ weights after standardising with the training mean and scale."""

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def score(self, x: np.ndarray) -> np.ndarray:
        return ((x - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.weights)

    @classmethod
    def from_json(cls, data: dict) -> "SummaryScorer":
        if tuple(data.get("features", ())) != SUMMARY_FEATURES:
            raise ValueError("summary scorer features do not match this version of newsweave")
        return cls(tuple(data["weights"]), tuple(data["mean"]), tuple(data["scale"]))


def load_default_summary_scorer() -> SummaryScorer | None:
    """The shipped scorer, or None when it is missing or was made for other features."""
    return shipped_model("summary_scorer.json", SummaryScorer.from_json)
