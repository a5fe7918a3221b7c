"""Word importance: how likely each word of a cluster is to appear in a human summary of it.

ROUGE, and a reader, reward a summary for the words of the story that matter. This module
estimates, for every stemmed word of a cluster (stop words included: summaries use them too),
the probability that a human summary of the cluster uses it, from:

- where and how often the cluster uses the word: share of documents, count, count in the leads,
  earliest position, whether it is in a first sentence;
- a lexical prior learned from Multi-News training clusters: for each common word, the share of
  clusters whose summary kept it when the sources had it ("said" and "photo" are rarely kept,
  "killed" and "president" usually are), and how common the word is;
- the sentence ranker's scores of the sentences that carry it.

A small gradient-boosted tree classifier combines these. It is trained by
`benchmarks/train_word_model.py` and shipped with its prior as JSON
(`newsweave/data/word_model.json`); loading needs no pickle and no training library.

A second tree model (optional in the same file: `pair_trees`) estimates, for every pair of adjacent
words of the cluster, the probability that the human summary uses that bigram, from the two words'
probabilities and where and how often the cluster uses the pair (PAIR_FEATURES). Without it a pair
is weighed by the product of its words' probabilities, which overrates pairs of likely words that a
summary uses apart ("the" + "president").

The summarizer then picks sentences that cover the most probable words (and word pairs) per word
of length, in the spirit of concept-coverage summarizers (Gillick & Favre 2009) with learned word
weights (Hong & Nenkova 2014).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..shipped import shipped_model
from ..text.tokens import STOP_WORDS, stem, words
from .ranker import eval_forest, forest_arrays

WORD_FEATURES = (
    "doc_share",  # share of documents using the word
    "log_count",  # log(1 + occurrences in the cluster)
    "log_lead_count",  # log(1 + occurrences in the first three sentences of documents)
    "first_index",  # log(1 + earliest sentence index)
    "first_relative",  # earliest relative position in a document
    "in_first",  # appears in some document's first sentence
    "stop",  # a stop word
    "number",  # all digits
    "prior_logit",  # learned P(kept in the summary | in the sources), as a logit
    "prior_log_n",  # log(1 + number of training clusters with the word)
    "n_docs_log",
    "chars",  # length of the stem
    "lead_share",  # share of documents using the word in their first three sentences
    "max_score",  # best standardised ranker score of a sentence carrying the word
    "mean_score",  # mean standardised ranker score of the sentences carrying it
    "specificity",  # log count in the cluster minus log prior count (a TF-IDF)
)


PAIR_FEATURES = (
    "p_first",  # the word model's probability of the pair's first word
    "p_second",  # ... and of its second word
    "p_product",
    "p_min",
    "stop_first",  # the first word is a stop word
    "stop_second",
    "doc_share",  # share of documents using the pair
    "log_count",  # log(1 + occurrences of the pair in the cluster)
    "log_lead_count",  # log(1 + occurrences in the first three sentences of documents)
    "first_index",  # log(1 + earliest sentence index)
    "first_relative",  # earliest relative position in a document
    "in_first",  # appears in some document's first sentence
    "lead_share",  # share of documents using the pair in their first three sentences
    "max_score",  # best standardised ranker score of a sentence carrying the pair
    "mean_score",  # mean standardised ranker score of the sentences carrying it
    "n_docs_log",
)


def standardise(scores: np.ndarray) -> np.ndarray:
    """Scores as z-scores within the cluster (all zero for fewer than two)."""
    if len(scores) < 2:
        return np.zeros(len(scores))
    return (scores - scores.mean()) / (scores.std() + 1e-9)


def sentence_terms(text: str) -> list[str]:
    """Every word of `text`, lower-cased and stemmed, stop words kept, in order."""
    return [stem(w) for w in words(text)]


@dataclass(frozen=True)
class WordPrior:
    """Per-stem logit of P(kept in summary | in sources) and log(1 + clusters seen)."""

    table: dict[str, tuple[float, float]]
    default_logit: float

    def get(self, term: str) -> tuple[float, float]:
        return self.table.get(term, (self.default_logit, 0.0))


def _occurrences(units: list, sentence_docs: list[int], sentence_index: list[int], doc_lengths: list[int], z: np.ndarray) -> dict:
    """Where the cluster uses each unit (a term, or a pair of adjacent terms): per unit, [docs,
    count, lead count, first index, first relative position, in a first sentence, lead docs, max
    z-score, sum of z-scores, n]; `units[i]` are sentence i's units."""
    stats: dict = {}
    for row, items in enumerate(units):
        k = sentence_docs[row]
        i = sentence_index[row]
        rel = i / max(doc_lengths[k], 1)
        for t in items:
            a = stats.get(t)
            if a is None:
                a = stats[t] = [set(), 0, 0, i, rel, 0, set(), -9.0, 0.0, 0]
            a[0].add(k)
            a[1] += 1
            if i < 3:
                a[2] += 1
                a[6].add(k)
            a[3] = min(a[3], i)
            a[4] = min(a[4], rel)
            if i == 0:
                a[5] = 1
            a[7] = max(a[7], float(z[row]))
            a[8] += float(z[row])
            a[9] += 1
    return stats


def word_features(sentence_terms_: list[list[str]], sentence_docs: list[int], sentence_index: list[int], doc_lengths: list[int], scores: np.ndarray, prior: WordPrior) -> tuple[list[str], np.ndarray]:
    """The cluster's distinct terms and one feature row (WORD_FEATURES) per term.

    `sentence_terms_[i]` are sentence i's terms, from document `sentence_docs[i]` at index
    `sentence_index[i]`; `doc_lengths[d]` is document d's number of sentences; `scores` are the
    ranker's scores of the sentences.
    """
    n_docs = max(len(doc_lengths), 1)
    stats = _occurrences(sentence_terms_, sentence_docs, sentence_index, doc_lengths, standardise(scores))
    terms = list(stats)
    x = np.zeros((len(terms), len(WORD_FEATURES)))
    log_docs = math.log(n_docs)
    for j, t in enumerate(terms):
        a = stats[t]
        logit, log_n = prior.get(t)
        log_count = math.log1p(a[1])
        x[j] = (
            len(a[0]) / n_docs,
            log_count,
            math.log1p(a[2]),
            math.log1p(a[3]),
            a[4],
            a[5],
            1.0 if t in STOP_WORDS else 0.0,
            1.0 if t.isdigit() else 0.0,
            logit,
            log_n,
            log_docs,
            len(t),
            len(a[6]) / n_docs,
            a[7],
            a[8] / a[9],
            log_count - log_n,
        )
    return terms, x


def pair_features(sentence_terms_: list[list[str]], sentence_docs: list[int], sentence_index: list[int], doc_lengths: list[int], scores: np.ndarray, weight: dict[str, float]) -> tuple[list[tuple[str, str]], np.ndarray]:
    """The cluster's distinct pairs of adjacent terms and one feature row (PAIR_FEATURES) per pair;
    `weight` are the word model's probabilities of the terms; the rest as in `word_features`."""
    n_docs = max(len(doc_lengths), 1)
    units = [list(zip(terms, terms[1:])) for terms in sentence_terms_]
    stats = _occurrences(units, sentence_docs, sentence_index, doc_lengths, standardise(scores))
    pairs = list(stats)
    x = np.zeros((len(pairs), len(PAIR_FEATURES)))
    log_docs = math.log(n_docs)
    for j, (first, second) in enumerate(pairs):
        a = stats[(first, second)]
        p, q = weight.get(first, 0.0), weight.get(second, 0.0)
        x[j] = (
            p,
            q,
            p * q,
            min(p, q),
            1.0 if first in STOP_WORDS else 0.0,
            1.0 if second in STOP_WORDS else 0.0,
            len(a[0]) / n_docs,
            math.log1p(a[1]),
            math.log1p(a[2]),
            math.log1p(a[3]),
            a[4],
            a[5],
            len(a[6]) / n_docs,
            a[7],
            a[8] / a[9],
            log_docs,
        )
    return pairs, x


@dataclass
class WordImportance:
    """Boosted trees over WORD_FEATURES giving P(word in a human summary)."""

    trees: list[dict]
    base: float
    prior: WordPrior
    # Boosted trees over PAIR_FEATURES giving P(bigram in a human summary); None: no pair model.
    pair_trees: list[dict] | None = None
    pair_base: float = 0.0

    def probabilities(self, x: np.ndarray, key: str = "trees") -> np.ndarray:
        forests = self.__dict__.setdefault("_forests", {})
        if key not in forests:
            forests[key] = forest_arrays(getattr(self, key))
        raw = (self.base if key == "trees" else self.pair_base) + eval_forest(forests[key], x)
        return 1.0 / (1.0 + np.exp(-raw))

    def pair_weights(self, sentence_terms_: list[list[str]], sentence_docs: list[int], sentence_index: list[int], doc_lengths: list[int], scores: np.ndarray, weight: dict[str, float]) -> dict[tuple[str, str], float] | None:
        """P(bigram in a human summary) for every pair of adjacent terms, or None without a pair model."""
        if not self.pair_trees:
            return None
        pairs, x = pair_features(sentence_terms_, sentence_docs, sentence_index, doc_lengths, scores, weight)
        if not pairs:
            return {}
        return dict(zip(pairs, self.probabilities(x, "pair_trees").tolist()))

    def weights(self, sentence_terms_: list[list[str]], sentence_docs: list[int], sentence_index: list[int], doc_lengths: list[int], scores: np.ndarray) -> dict[str, float]:
        terms, x = word_features(sentence_terms_, sentence_docs, sentence_index, doc_lengths, scores, self.prior)
        if not terms:
            return {}
        return dict(zip(terms, self.probabilities(x).tolist()))

    @classmethod
    def from_json(cls, data: dict) -> "WordImportance":
        if tuple(data.get("features", ())) != WORD_FEATURES:
            raise ValueError("word model features do not match this version of newsweave")
        prior = WordPrior({t: (float(v[0]), float(v[1])) for t, v in data["prior"].items()}, float(data["prior_default_logit"]))
        pair_trees = None
        if "pair_trees" in data:
            if tuple(data.get("pair_features", ())) != PAIR_FEATURES:
                raise ValueError("word model pair features do not match this version of newsweave")
            pair_trees = list(data["pair_trees"])
        return cls(list(data["trees"]), float(data["base"]), prior, pair_trees, float(data.get("pair_base", 0.0)))


def load_word_model(path: str | Path) -> WordImportance:
    return WordImportance.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def load_default_word_model() -> WordImportance | None:
    """The shipped model, or None when it is missing or was made for other features."""
    return shipped_model("word_model.json", WordImportance.from_json)
