"""The learned story linker: which story an article belongs to, and whether it belongs to any.

Two small logistic models over several similarities, in the manner of Miranda et al. (2018) and
Santos et al. (2022), trained by `benchmarks/train_story_linker.py` on same-story / different-story
pairs from the Multi-News *training* split and shipped as `data/story_linker.json`:

1. the **scorer** ranks the candidate stories of an article on `pair_features` (dense cosine of
   headline+lead to the story centroid, TF-IDF cosine and coverage of the story's key words both
   ways, the rarest shared word, shared and conflicting numbers, story size, text length, and how
   far each similarity is from the best candidate's);
2. the **decider** takes the best candidate's scores (and the runner-up's) and says join or
   start a new story. It was trained with negative samples: articles whose true story was hidden
   from the candidates, so "looks like a story but is not it" is learned, not guessed;
3. the **merger** scores two stories (the smaller one as the "article") for the merge pass.

Time is not learned (the training data is undated): it is a window plus a fixed score penalty per
day of gap (see `ClusterConfig`). The dense cosine depends on the embedder, so the file holds one
set of weights per embedder family; the MiniLM embedder uses the static model's weights (the
static model is distilled from it, so their cosines have a similar scale) with join, merge and
second-look thresholds of its own, chosen on MiniLM vectors of the held-out training streams.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

PAIR_FEATURES = (
    "dense_cos",
    "tfidf_cos",
    "coverage_item",
    "coverage_story",
    "rarest_shared",
    "shared_rare",
    "shared_numbers",
    "number_conflict",
    "log_story_size",
    "log_item_keys",
    "short",
    "dense_short",
    "tfidf_short",
    "dense_gap_to_best",
    "tfidf_gap_to_best",
)
DECIDER_FEATURES = ("best_logit", "second_logit", "margin", "best_dense", "best_tfidf", "best_coverage", "log_candidates", "short", "log_story_size")
SHORT_KEYS = 10  # an item with at most this many keys is a short text (headline, title)
RARE_IDF = 6.0  # a word this rare (in about 1 of 400+ documents) counts as a rare shared word
CORE_KEYS = 10  # a story's core: its keys with the highest count x IDF
# Story sizes are capped where the training data stops (Multi-News clusters have at most 10
# articles): a logistic weight must not extrapolate to a 400-article story.
MAX_SIZE = 10


@dataclass(frozen=True)
class Logistic:
    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def from_json(cls, data: dict) -> "Logistic":
        return cls(tuple(data["features"]), np.array(data["mean"]), np.array(data["scale"]), np.array(data["coef"]), float(data["intercept"]))

    def logit(self, x: np.ndarray) -> np.ndarray:
        return ((np.asarray(x, dtype=np.float64) - self.mean) / self.scale) @ self.coef + self.intercept


@dataclass(frozen=True)
class LinkerModel:
    idf: dict[str, float]
    unknown_idf: float
    scorer: Logistic
    decider: Logistic
    merger: Logistic
    join_probability: float = 0.5  # decider probability needed to join (chosen on held-out training streams)
    merge_probability: float = 0.9  # merger probability needed to merge (idem)
    # Short-text mode (short.py), chosen on held-out training streams of title-like texts:
    short_join_probability: float | None = None  # decider probability to join for a short item (None: join_probability)
    short_merge_similarity: float = 1.01  # key-profile cosine to merge two short-text stories (> 1: off)
    relink_probability: float = 1.01  # decider probability for a lone article's second look (relink.py; > 1: off)
    relink_slope: float = 0.0  # rise of that threshold's logit per e-fold of candidates above relink.REF_CANDIDATES (relink.py)
    relink_long_probability: float | None = None  # the second look's probability for a long text (relink.LONG_KEYS+ keys; None: relink_probability)
    relink_long_slope: float | None = None  # that threshold's slope above relink.REF_CANDIDATES candidates (below: relink_slope; None: relink_slope)

    def weight(self, key: str) -> float:
        return self.idf.get(key, self.unknown_idf)


def model_family(embedder_name: str) -> str:
    """`hashing`, `minilm` (the transformer itself: static weights, thresholds of its own) or
    `static` (the distilled model, named `minilm-static-*`, and anything else)."""
    if embedder_name.startswith("hashing"):
        return "hashing"
    return "minilm" if embedder_name.startswith("minilm") and "static" not in embedder_name else "static"


def parse_model(data: dict, family: str) -> LinkerModel:
    """One family's model. A family without weights of its own (`minilm`) names whose it uses
    (`weights_of`) and keeps its own thresholds; a file without the family falls back to static."""
    part = data["models"].get(family) or data["models"]["static"]
    weights = data["models"][part["weights_of"]] if "weights_of" in part else part
    return LinkerModel(
        idf=data["idf"],
        unknown_idf=float(data["unknown_idf"]),
        scorer=Logistic.from_json(weights["scorer"]),
        decider=Logistic.from_json(weights["decider"]),
        merger=Logistic.from_json(weights["merger"]),
        join_probability=float(part.get("thresholds", {}).get("join_probability", 0.5)),
        merge_probability=float(part.get("thresholds", {}).get("merge_probability", 0.9)),
        short_join_probability=part.get("thresholds", {}).get("short_join_probability"),
        short_merge_similarity=float(part.get("thresholds", {}).get("short_merge_similarity", 1.01)),
        relink_probability=float(part.get("thresholds", {}).get("relink_probability", 1.01)),
        relink_slope=float(part.get("thresholds", {}).get("relink_slope", 0.0)),
        relink_long_probability=part.get("thresholds", {}).get("relink_long_probability"),
        relink_long_slope=part.get("thresholds", {}).get("relink_long_slope"),
    )


@lru_cache(maxsize=4)
def load_model(family: str = "static") -> LinkerModel:
    """The shipped model for an embedder family (`static`, `minilm` or `hashing`), read once."""
    text = resources.files("newsweave.data").joinpath("story_linker.json").read_text(encoding="utf-8")
    return parse_model(json.loads(text), family)


def weighted(keys: dict[str, int], model: LinkerModel) -> dict[str, float]:
    """Sublinear count x IDF weights of a bag of keys."""
    return {k: (1.0 + math.log(c)) * model.weight(k) for k, c in keys.items() if c > 0}


@dataclass(frozen=True)
class Profile:
    """What the features need of one story (or article), computed once per state, not per pair."""

    weights: dict[str, float]
    keys: frozenset[str]
    norm: float
    core: frozenset[str]
    has_numbers: bool
    idf_total: float


def profile(keys: dict[str, int], model: LinkerModel) -> Profile:
    idf, unknown = model.idf, model.unknown_idf
    w = {k: (1.0 + math.log(c)) * idf.get(k, unknown) for k, c in keys.items() if c > 0}
    total = sum(idf.get(k, unknown) for k in w)
    return Profile(w, frozenset(w), math.sqrt(sum(v * v for v in w.values())) or 1.0, frozenset(core(w)), any(k[0] == "#" for k in w), total or 1.0)


def core(w: dict[str, float], n: int = CORE_KEYS) -> tuple[str, ...]:
    return tuple(k for k, _ in sorted(w.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def pair_features(item: Profile, dense: np.ndarray, stories: list[Profile], sizes: list[int], model: LinkerModel) -> np.ndarray:
    """Features of one item against each candidate story (rows in `PAIR_FEATURES` order).

    `item`: the item's profile (`profile(keys)`); `dense`: its cosine to each story's centroid;
    `stories`: each story's profile; `sizes`: each story's article count.
    """
    item_w, item_keys = item.weights, item.keys
    idf, unknown = model.idf, model.unknown_idf
    item_idf = item.idf_total
    short = 1.0 if len(item_w) <= SHORT_KEYS else 0.0
    log_keys = math.log1p(len(item_w))
    rows = []
    for d, story, size in zip(dense.tolist(), stories, sizes):
        sw = story.weights
        dot = idf_sum = rarest = 0.0
        shared_rare = shared_numbers = 0
        for key in sorted(item_keys & story.keys):  # sorted: the same sums whatever the hash seed
            dot += item_w[key] * sw[key]
            w = idf.get(key, unknown)
            if key[0] == "#":
                shared_numbers += 1
                idf_sum += w
                continue
            idf_sum += w
            if w > rarest:
                rarest = w
            if w >= RARE_IDF:
                shared_rare += 1
        tfidf = dot / (item.norm * story.norm)
        coverage_story = len(story.core & item_keys) / len(story.core) if story.core else 0.0
        conflict = 1.0 if item.has_numbers and story.has_numbers and not shared_numbers else 0.0
        rows.append((d, tfidf, idf_sum / item_idf, coverage_story, rarest / 10.0, math.log1p(shared_rare), math.log1p(shared_numbers), conflict, math.log1p(min(size, MAX_SIZE)), log_keys, short, d * short, tfidf * short, 0.0, 0.0))
    out = np.array(rows, dtype=np.float64).reshape(len(rows), len(PAIR_FEATURES))
    if rows:
        out[:, 13] = out[:, 0] - out[:, 0].max()
        out[:, 14] = out[:, 1] - out[:, 1].max()
    return out


def decider_features(logits: np.ndarray, feats: np.ndarray, best: int, n_candidates: int) -> np.ndarray:
    """The join-or-new features of the best candidate `best` (a row of `feats`/`logits`)."""
    second = np.partition(logits, -2)[-2] if len(logits) > 1 else -10.0
    second = max(float(second), -10.0)
    b = float(logits[best])
    return np.array([b, second, b - second, feats[best, 0], feats[best, 1], feats[best, 2], math.log1p(n_candidates), feats[best, 10], feats[best, 8]])


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))
