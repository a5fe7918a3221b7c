"""Citations: for a summary sentence, the sentence itself and the sentence in every other article
that says the same thing (TF-IDF cosine over every sentence, numbers compatible)."""

from __future__ import annotations

import numpy as np

from ..text.numbers import numbers_compatible
from ..text.tokens import content_terms
from ..types import Citation, Document, Sentence
from .features import TfidfSpace


class CitationSpace:
    """TF-IDF over every sentence of every article (not just the ranking window), for finding the
    sentences in other articles that say the same thing as a given sentence."""

    def __init__(self, documents: tuple[Document, ...]) -> None:
        self.sentences = [s for d in documents for s in d.sentences]
        self.doc_index = np.array([k for k, d in enumerate(documents) for _ in d.sentences], dtype=np.int32)
        self.row = {(s.article_id, s.index): i for i, s in enumerate(self.sentences)}
        self.space = TfidfSpace.fit([content_terms(s.text) for s in self.sentences])
        self.n_docs = len(documents)

    def citations_for(self, sentence: Sentence, minimum: float) -> tuple[Citation, ...]:
        """`sentence` first, then per other article its best match with cosine >= `minimum`,
        skipped when the two report different numbers (those are conflicts, not support)."""
        i = self.row[(sentence.article_id, sentence.index)]
        m = self.space.matrix
        sims = np.asarray((m @ m[i].T).todense()).ravel()
        cites = [_cite(sentence)]
        # Only the sentences over the threshold are looked at (linear in the number of sentences,
        # not in sentences x documents), grouped by document, best first.
        near = np.flatnonzero(sims >= minimum)
        near = near[self.doc_index[near] != self.doc_index[i]]
        near = near[np.lexsort((-sims[near], self.doc_index[near]))]
        tried: dict[int, int] = {}
        done: set[int] = set()
        for j in near:
            d = int(self.doc_index[j])
            if d in done or tried.get(d, 0) >= 3:
                continue
            tried[d] = tried.get(d, 0) + 1
            if numbers_compatible(sentence.text, self.sentences[j].text):
                cites.append(_cite(self.sentences[int(j)]))
                done.add(d)
        return tuple(cites)


def _cite(sentence: Sentence) -> Citation:
    return Citation(sentence.article_id, sentence.start, sentence.end, sentence.index)
