"""Citations computed by newsweave, not trusted from the model: which source sentences could a
generated sentence (or one clause of it) rest on?

`SourceIndex` holds sublinear TF-IDF vectors of every sentence of every article and ranks them by
cosine to a query text. `candidates(text)` gives the most similar sentences, best first; the
grounding verifier (`verify.grounding`) then keeps the first one that alone states the clause.
`align(text)` (the older, multi-sentence alignment) is kept for the lexical verifier's callers.

The TF-IDF lives here rather than being borrowed from the extractive summarizer, so that `verify`
does not import from `summarize`, a stage above it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..text.numbers import numbers_in
from ..text.tokens import content_terms
from ..types import Document, Sentence


@dataclass(frozen=True)
class Alignment:
    """Supporting sentences, best first, with their TF-IDF cosine to the generated sentence."""

    sentences: tuple[Sentence, ...]
    similarities: tuple[float, ...]

    @property
    def best(self) -> Sentence | None:
        return self.sentences[0] if self.sentences else None


def _keys(text: str) -> set[str]:
    return set(content_terms(text)) | {"#" + n for n in numbers_in(text)}


class SourceIndex:
    """Built once per story from its documents; `candidates()` / `align()` per generated text."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._sentences = [s for d in documents for s in d.sentences]
        term_lists = [content_terms(s.text) for s in self._sentences]
        df: Counter[str] = Counter()
        for terms in term_lists:
            df.update(set(terms))
        self.vocab = {t: j for j, t in enumerate(df)}
        n = max(len(term_lists), 1)
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        self.matrix = np.zeros((len(term_lists), len(self.vocab)), dtype=np.float32)
        for i, terms in enumerate(term_lists):
            for term, count in Counter(terms).items():
                self.matrix[i, self.vocab[term]] = (1.0 + math.log(count)) * self.idf[term]
        norms = np.linalg.norm(self.matrix, axis=1)
        norms[norms == 0] = 1.0
        self.matrix /= norms[:, None]
        self.keys = [_keys(s.text) for s in self._sentences]

    @property
    def sentences(self) -> list[Sentence]:
        return self._sentences

    def similarities(self, text: str) -> np.ndarray:
        """Cosine of `text` against every source sentence (zeros when nothing is shared)."""
        vec = np.zeros(len(self.vocab), dtype=np.float32)
        for term, count in Counter(content_terms(text)).items():
            j = self.vocab.get(term)
            if j is not None:
                vec[j] = (1.0 + math.log(count)) * self.idf[term]
        norm = float(np.linalg.norm(vec))
        if not norm or not len(self._sentences):
            return np.zeros(len(self._sentences))
        return self.matrix @ (vec / norm)

    def candidates(self, text: str, *, k: int = 8, min_similarity: float = 0.1) -> list[Sentence]:
        """Up to `k` source sentences most similar to `text`, best first (ties in source order)."""
        sims = self.similarities(text)
        order = np.argsort(-sims, kind="stable")[:k]
        return [self._sentences[int(i)] for i in order if sims[i] >= min_similarity]

    def align(self, text: str, *, max_sources: int = 3, min_similarity: float = 0.08, pool: int = 25) -> Alignment:
        """The most similar sentence, then greedily the sentences that cover most of what is still
        unexplained (content words, numbers), up to `max_sources`."""
        sims = self.similarities(text)
        if not len(sims) or sims.max() < min_similarity:
            return Alignment((), ())
        order = [int(i) for i in np.argsort(-sims, kind="stable")[:pool] if sims[i] >= min_similarity]
        chosen = [order[0]]
        uncovered = _keys(text) - self.keys[order[0]]
        while uncovered and len(chosen) < max_sources:
            def gain(i: int) -> float:
                return sum(self.idf.get(t, 2.0) for t in uncovered & self.keys[i])

            best = max((i for i in order if i not in chosen), key=gain, default=None)
            if best is None or gain(best) <= 0:
                break
            chosen.append(best)
            uncovered -= self.keys[best]
        return Alignment(tuple(self._sentences[i] for i in chosen), tuple(round(float(sims[i]), 4) for i in chosen))
