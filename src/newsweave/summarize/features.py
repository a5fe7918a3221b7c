"""Sentence features for multi-document extractive ranking.

`ClusterFeatures.build(documents)` computes, for every sentence of every document, a row of
features that say how much the sentence matters across the whole cluster: centrality against the
cluster, how many *other* outlets carry the same content, position in its article, length, and
whether the sentence looks like boilerplate. The ranker (hand-set or learned weights) turns a row
into a score. The same TF-IDF matrix serves redundancy checks and citation matching.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from ..lang.en import BOILERPLATE, DANGLING, PRONOUN_ATTRIBUTION  # noqa: F401  (English patterns: the language pack)
from ..text.tfidf import TfidfSpace  # noqa: F401  (moved to text/: the analysis uses it too)
from ..text.tokens import content_terms, words
from ..types import Document, Sentence

FEATURE_NAMES = (
    "centroid_sim",  # cosine to the cluster's TF-IDF centroid
    "doc_centroid_sim",  # cosine to its own document's centroid
    "support_docs",  # share of other documents with a similar sentence (cos >= 0.3)
    "support_mass",  # mean over other documents of the best cosine match
    "position",  # 1 / (1 + index)
    "relative_position",  # index / number of sentences
    "is_first",
    "log_words",
    "too_short",  # fewer than 8 words
    "too_long",  # more than 55 words
    "has_quote",
    "has_digit",
    "dangling",  # starts with a pronoun or connective that needs a referent
    "boilerplate",  # looks like site chrome, captions, or a call to action
    "doc_quality",  # the document's own similarity to the rest of the cluster
    "title_sim",  # cosine to the titles / first sentences of all documents
    "proper_share",  # share of capitalised non-initial words
    "ends_cleanly",  # ends with a terminator
    "n_docs_log",
    "question",
)

_QUOTE = re.compile(r"[\"“”]|(?:^|\s)'[A-Z]")


@dataclass
class ClusterFeatures:
    documents: tuple[Document, ...]
    sentences: list[Sentence]
    doc_index: np.ndarray  # document index of each sentence
    matrix: sparse.csr_matrix  # L2-normalised TF-IDF rows
    features: np.ndarray  # (n_sentences, len(FEATURE_NAMES))
    word_counts: np.ndarray  # word tokens: a length feature ("4.6", "co-founder" are two tokens)
    # Per sentence, does it stand alone in a summary (summarize/standalone.py)? Set by the summarizer.
    context: np.ndarray | None = None
    # Set by the summarizer (summarize/development.py): sentences that may open the summary (from
    # the articles reporting the latest development; empty: any) and sentences never chosen
    # (stale previews' forward-looking sentences, opinion pieces' claims).
    lead_pool: frozenset = frozenset()
    excluded: frozenset = frozenset()
    # {last sentence of a quotation over several sentences: (its sentences, stands alone)}
    blocks: dict = field(default_factory=dict)
    # Words each sentence spends of the budget, counted as a reader and `newsweave eval summarize`
    # count them (whitespace-separated); None: `word_counts`. `budget_words` gives either.
    lengths: np.ndarray | None = None

    @classmethod
    def build(cls, documents: tuple[Document, ...] | list[Document]) -> "ClusterFeatures":
        documents = tuple(documents)
        sentences = [s for d in documents for s in d.sentences]
        doc_index = np.array([i for i, d in enumerate(documents) for _ in d.sentences], dtype=np.int32)
        terms = [content_terms(s.text) for s in sentences]
        space = TfidfSpace.fit(terms)
        matrix = space.matrix
        n = len(sentences)
        n_docs = len(documents)
        feats = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
        word_counts = np.array([len(words(s.text)) for s in sentences], dtype=np.float64)
        if n == 0:
            return cls(documents, sentences, doc_index, matrix, feats, word_counts, lengths=word_counts.copy())

        centroid = np.asarray(matrix.mean(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        centroid_sim = matrix @ (centroid / norm) if norm else np.zeros(n)

        # Document centroids stay sparse (n_docs x vocabulary), so memory is linear in the input.
        member = sparse.csr_matrix((np.ones(n), (doc_index, np.arange(n))), shape=(n_docs, n))
        counts = np.maximum(np.asarray(member.sum(axis=1)).ravel(), 1.0)
        doc_centroids = sparse.csr_matrix(sparse.diags(1.0 / counts) @ member @ matrix)
        cn = np.sqrt(np.asarray(doc_centroids.multiply(doc_centroids).sum(axis=1)).ravel())
        cn[cn == 0] = 1.0
        doc_centroids = sparse.csr_matrix(sparse.diags(1.0 / cn) @ doc_centroids)
        doc_sim = np.asarray(matrix.multiply(doc_centroids[doc_index]).sum(axis=1)).ravel()
        # document quality: mean cosine of each document's centroid with the others' (through
        # their sum, never the n_docs x n_docs matrix)
        if n_docs > 1:
            total = np.asarray(doc_centroids.sum(axis=0)).ravel()
            self_sim = np.asarray(doc_centroids.multiply(doc_centroids).sum(axis=1)).ravel()
            doc_quality = (doc_centroids @ total - self_sim) / (n_docs - 1)
        else:
            doc_quality = np.ones(n_docs)

        # Support from other documents: best match per other document, in row blocks (never the
        # dense n x n similarity matrix; issue 18).
        support_docs, support_mass = _support(matrix, doc_index, n_docs)

        title_terms = []
        for d in documents:
            title_terms.extend(content_terms(d.article.title or (d.sentences[0].text if d.sentences else "")))
        title_vec = space.query(title_terms)
        title_sim = matrix @ title_vec if title_vec is not None else np.zeros(n)

        positions = np.array([s.index for s in sentences], dtype=np.float64)
        lengths = np.array([len(d.sentences) for d in documents], dtype=np.float64)[doc_index]
        for i, s in enumerate(sentences):
            text = s.text
            toks = text.split()
            caps = sum(1 for t in toks[1:] if t[:1].isupper())
            feats[i, FEATURE_NAMES.index("has_quote")] = 1.0 if _QUOTE.search(text) else 0.0
            feats[i, FEATURE_NAMES.index("has_digit")] = 1.0 if any(c.isdigit() for c in text) else 0.0
            feats[i, FEATURE_NAMES.index("dangling")] = 1.0 if DANGLING.match(text) or PRONOUN_ATTRIBUTION.search(text) else 0.0
            feats[i, FEATURE_NAMES.index("boilerplate")] = 1.0 if BOILERPLATE.search(text) else 0.0
            feats[i, FEATURE_NAMES.index("proper_share")] = caps / max(len(toks) - 1, 1)
            feats[i, FEATURE_NAMES.index("ends_cleanly")] = 1.0 if text.rstrip("\"'”’)").endswith((".", "!", "?")) else 0.0
            feats[i, FEATURE_NAMES.index("question")] = 1.0 if text.rstrip("\"'”’)").endswith("?") else 0.0
        col = FEATURE_NAMES.index
        feats[:, col("centroid_sim")] = centroid_sim
        feats[:, col("doc_centroid_sim")] = doc_sim
        feats[:, col("support_docs")] = support_docs
        feats[:, col("support_mass")] = support_mass
        feats[:, col("position")] = 1.0 / (1.0 + positions)
        feats[:, col("relative_position")] = positions / np.maximum(lengths, 1)
        feats[:, col("is_first")] = (positions == 0).astype(np.float64)
        feats[:, col("log_words")] = np.log1p(word_counts)
        feats[:, col("too_short")] = (word_counts < 8).astype(np.float64)
        feats[:, col("too_long")] = (word_counts > 55).astype(np.float64)
        feats[:, col("doc_quality")] = doc_quality[doc_index]
        feats[:, col("title_sim")] = title_sim
        feats[:, col("n_docs_log")] = math.log(n_docs)
        lengths = np.array([len(s.text.split()) for s in sentences], dtype=np.float64)
        return cls(documents, sentences, doc_index, matrix, feats, word_counts, lengths=lengths)

    @property
    def budget_words(self) -> np.ndarray:
        """Words each sentence spends of the budget: whitespace-separated, as the summary's reader
        and the evaluation's cut count them (token counts overstate "1,175", "U.S.-based" and
        "co-founder", so a summary that the tokens call full could end 10-20 words short)."""
        return self.word_counts if self.lengths is None else self.lengths

    def similarity(self, i: int, j: int) -> float:
        return float(self.matrix[i].multiply(self.matrix[j]).sum())


# Rows per block of the blocked similarity product: a block is at most BLOCK x n floats.
BLOCK = 256


def _support(matrix: sparse.csr_matrix, doc_index: np.ndarray, n_docs: int) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence: the share of other documents holding a sentence with cosine >= 0.3, and the
    mean over other documents of the best cosine. Computed from the sparse product of a block of
    rows with all rows, so memory is O(BLOCK x n + nnz), not O(n^2) or O(n x n_docs)."""
    n = matrix.shape[0]
    others = max(n_docs - 1, 1)
    support_docs = np.zeros(n)
    support_mass = np.zeros(n)
    mt = sparse.csc_matrix(matrix.T)
    for lo in range(0, n, BLOCK):
        hi = min(lo + BLOCK, n)
        block = sparse.coo_matrix(matrix[lo:hi] @ mt)
        if block.nnz == 0:
            continue
        rows, cols, vals = block.row, block.col, block.data
        docs = doc_index[cols]
        keep = (docs != doc_index[lo + rows]) & (vals > 0)
        rows, docs, vals = rows[keep], docs[keep], vals[keep]
        if not len(vals):
            continue
        # best value per (row, other document): sort by key then value, take each key's last
        key = rows.astype(np.int64) * n_docs + docs
        order = np.lexsort((vals, key))
        key, vals, rows = key[order], vals[order], rows[order]
        last = np.r_[key[1:] != key[:-1], True]
        best, best_rows = vals[last], rows[last]
        support_mass[lo:hi] = np.bincount(best_rows, weights=best, minlength=hi - lo) / others
        support_docs[lo:hi] = np.bincount(best_rows[best >= 0.3], minlength=hi - lo) / others
    return support_docs, support_mass


