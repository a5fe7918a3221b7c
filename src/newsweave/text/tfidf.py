"""Sublinear TF-IDF over one cluster's sentences, shared by the summarizer and the analysis
(moved from `summarize.features` so that no analysis step imports from the summarizer)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse


@dataclass(frozen=True)
class TfidfSpace:
    """Sublinear TF-IDF over one cluster's sentences; rows are L2-normalised."""

    matrix: sparse.csr_matrix
    vocab: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, term_lists: list[list[str]]) -> "TfidfSpace":
        df: Counter[str] = Counter()
        for terms in term_lists:
            df.update(set(terms))
        vocab = {term: j for j, term in enumerate(df)}
        n = max(len(term_lists), 1)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in vocab]) if vocab else np.zeros(0)
        rows, cols, vals = [], [], []
        for i, terms in enumerate(term_lists):
            for term, count in Counter(terms).items():
                j = vocab[term]
                rows.append(i)
                cols.append(j)
                vals.append((1.0 + math.log(count)) * idf[j])
        m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(term_lists), len(vocab)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return cls(sparse.csr_matrix(sparse.diags(1.0 / norms) @ m), vocab, idf)

    def query(self, terms: list[str]) -> np.ndarray | None:
        """A normalised dense vector for `terms` in this space, or None if nothing matches."""
        vec = np.zeros(len(self.vocab))
        for term, count in Counter(terms).items():
            j = self.vocab.get(term)
            if j is not None:
                vec[j] = (1.0 + math.log(count)) * self.idf[j]
        norm = np.linalg.norm(vec)
        return vec / norm if norm else None
