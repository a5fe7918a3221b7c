"""Same claim or same topic? A small learned judgement over a pair of sentences of one story.

The fact grouping used to put a fixed bar on one similarity (mean of the story's TF-IDF cosine and
a static-embedding cosine). On short stories that works; on long ones (the Corbyn example, full
Multi-News articles) thousands of cross-article pairs share the topic, and a fixed bar lets many of
them through. `ClaimScorer` turns the two cosines plus cheap, story-relative evidence into the
probability that two sentences of different articles state the same claim:

- the cosines themselves, and how far the pair stands out in its story (z-score among all
  cross-article pairs) and against the other sentences of the same two articles (margin over the
  runner-up on each side, mutual best match): "the closest thing the other article says" is much
  better evidence than "close in absolute terms" when every sentence is about the same topic;
- shared content terms (count, Jaccard), shared and one-sided figures, a negation on one side only,
  the length ratio, how early each sentence comes in its article, and the story's size.

The weights are a logistic regression trained by `benchmarks/train_claim_scorer.py` on REAL
training data (Multi-News train clusters with their human summaries: two sentences of different
articles that both align best to one summary sentence are the same claim; aligned to different
summary sentences, or not at all, they are not) and shipped as JSON
(`newsweave/data/claim_scorer.json`); no training library is needed to use it. Features are
computed here, by the same code at training and at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..shipped import shipped_model

# Every feature `pair_features` computes; a trained scorer names the ones it uses.
CLAIM_FEATURES = (
    "lex", "emb", "mean", "z", "margin", "mutual", "shared_terms", "jaccard",
    "shared_figure", "figure_one_side", "negation_mismatch", "length_ratio",
    "first_pos", "last_pos", "story_size", "mean_x_size", "same_predicate",
)

_NEGATION = re.compile(r"\b(?:not|no|never|n['’]t|none|nobody|nothing|neither|nor|without|denied|denies|deny|refused|refuses|rejected|rejects)\b", re.I)


def pair_features(term_sets: list[set[str]], doc_of: list[int], position: list[int], lex: np.ndarray, emb: np.ndarray,
                  negated: list[bool], predicates: list[set[str]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Features of every cross-article pair (i < j). Returns (pairs as an (m, 2) index array,
    features as an (m, len(CLAIM_FEATURES)) array).

    `term_sets`: each sentence's content terms (figures as "#..." terms, as `fact_similarity.fact_terms`
    gives them); `doc_of`: article index; `position`: index of the sentence among its article's fact
    sentences; `lex`, `emb`: the TF-IDF and embedding cosine matrices; `negated`: a negation word;
    `predicates`: each sentence's main-predicate stems (`main_predicates`), or None (feature 0)."""
    n = len(doc_of)
    docs = np.asarray(doc_of)
    cross = docs[:, None] != docs[None, :]
    pairs = np.argwhere(np.triu(cross, 1))
    if not len(pairs):
        return pairs.reshape(0, 2), np.zeros((0, len(CLAIM_FEATURES)))
    lex = np.asarray(lex, dtype=float)
    emb = np.clip(np.asarray(emb, dtype=float), 0.0, 1.0)
    mean = 0.5 * (lex + emb)
    vals = mean[cross]
    mu, sd = float(vals.mean()), float(vals.std()) or 1.0
    i, j = pairs[:, 0], pairs[:, 1]
    m_ij = mean[i, j]
    # how much j beats the other sentences of its article as i's match, and the reverse
    margin, arg = best_match_margins(mean, docs, pairs)
    mutual = ((arg[i, docs[j]] == j) & (arg[j, docs[i]] == i)).astype(float)
    shared = np.array([len(term_sets[a] & term_sets[b]) for a, b in pairs], dtype=float)
    union = np.array([len(term_sets[a] | term_sets[b]) for a, b in pairs], dtype=float)
    figs = [{t for t in s if t.startswith("#")} for s in term_sets]
    shared_fig = np.array([1.0 if figs[a] & figs[b] else 0.0 for a, b in pairs])
    one_side = np.array([1.0 if bool(figs[a]) != bool(figs[b]) else 0.0 for a, b in pairs])
    neg = np.array([1.0 if negated[a] != negated[b] else 0.0 for a, b in pairs])
    lens = np.array([max(1, len(s)) for s in term_sets], dtype=float)
    ratio = np.minimum(lens[i], lens[j]) / np.maximum(lens[i], lens[j])
    pos = np.asarray(position, dtype=float)
    first = np.log1p(np.minimum(pos[i], pos[j]))
    last = np.log1p(np.maximum(pos[i], pos[j]))
    size = np.full(len(pairs), np.log(n))
    same_pred = np.array([1.0 if predicates and predicates[a] & predicates[b] else 0.0 for a, b in pairs])
    feats = np.column_stack([lex[i, j], emb[i, j], m_ij, (m_ij - mu) / sd, margin, mutual, np.log1p(shared),
                             shared / np.maximum(union, 1.0), shared_fig, one_side, neg, ratio, first, last, size, m_ij * size, same_pred])
    return pairs, feats


def _reporting_stems() -> frozenset[str]:
    from ..text.tokens import stem

    return frozenset(stem(w) for w in "say said says tell told add added announce announced report reported write wrote state stated claim claimed".split())



def main_predicates(parsed) -> set[str]:
    """Stems of a parsed sentence's main predicates: the root verb and its conjuncts, or, when the
    root is a verb of saying with a clausal complement ("X said Y rose"), that complement's verb."""
    from ..text.tokens import stem

    reporting = _reporting_stems()
    out: set[str] = set()
    for sent in parsed.sents:
        root = sent.root
        for v in [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
            st = stem(v.text.lower())
            comps = [c for c in v.children if c.dep_ in ("ccomp", "xcomp")]
            if st in reporting and comps:
                out.update(stem(c.text.lower()) for c in comps)
            else:
                out.add(st)
    return out


def negation(text: str) -> bool:
    return bool(_NEGATION.search(text))


@dataclass(frozen=True)
class ClaimScorer:
    """Logistic regression over some of `CLAIM_FEATURES` (standardised with the training mean and scale)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def probability(self, feats: np.ndarray) -> np.ndarray:
        """`feats`: all `CLAIM_FEATURES` columns, as `pair_features` gives them."""
        feats = feats[:, [CLAIM_FEATURES.index(f) for f in self.features]]
        z = ((feats - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def matrix(self, term_sets, doc_of, position, lex, emb, negated, predicates=None) -> np.ndarray:
        """(n, n) probability that sentences i and j (of different articles) state one claim; 0 within an article."""
        n = len(doc_of)
        out = np.zeros((n, n))
        pairs, feats = pair_features(term_sets, doc_of, position, lex, emb, negated, predicates)
        if len(pairs):
            p = self.probability(feats)
            out[pairs[:, 0], pairs[:, 1]] = p
            out[pairs[:, 1], pairs[:, 0]] = p
        return out

    @classmethod
    def from_json(cls, data: dict) -> "ClaimScorer":
        features = tuple(data.get("features", ()))
        if not features or any(f not in CLAIM_FEATURES for f in features) or len(data["weights"]) != len(features):
            raise ValueError("claim scorer features do not match this version of newsweave")
        return cls(features, tuple(data["weights"]), float(data["bias"]), tuple(data["mean"]), tuple(data["scale"]))


def load_claim_scorer() -> ClaimScorer | None:
    """The shipped scorer, or None when it is missing or was made for other features."""
    return shipped_model("claim_scorer.json", ClaimScorer.from_json)


def best_match_margins(sim: np.ndarray, docs: np.ndarray, pairs: np.ndarray, *, stable: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """For each cross-article pair (i, j) of `pairs`: by how much j beats the runner-up sentence of
    its article as i's match, and i as j's (the smaller of the two), and `arg`, the best-matching
    sentence of each sentence in each article ((n, n_docs), -1 where none)."""
    n, n_docs = len(docs), int(docs.max()) + 1
    best = np.full((n, n_docs), -1.0)
    second = np.zeros((n, n_docs))
    arg = np.full((n, n_docs), -1)
    for d in range(n_docs):
        cols = np.where(docs == d)[0]
        if not len(cols):
            continue
        sub = sim[:, cols]
        order = np.argsort(-sub, axis=1, kind="stable") if stable else np.argsort(-sub, axis=1)
        best[:, d] = sub[np.arange(n), order[:, 0]]
        arg[:, d] = cols[order[:, 0]]
        if len(cols) > 1:
            second[:, d] = sub[np.arange(n), order[:, 1]]
    i, j = pairs[:, 0], pairs[:, 1]
    m_ij = sim[i, j]
    runner_i = np.where(arg[i, docs[j]] == j, second[i, docs[j]], best[i, docs[j]])
    runner_j = np.where(arg[j, docs[i]] == i, second[j, docs[i]], best[j, docs[i]])
    return np.minimum(m_ij - runner_i, m_ij - runner_j), arg
