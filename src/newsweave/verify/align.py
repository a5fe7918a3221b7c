"""Citations computed by newsweave, not trusted from the model: which source sentences does a
generated sentence rest on?

`SourceIndex` holds TF-IDF vectors of every sentence of every article (the extractive
summarizer's `CitationSpace`). `align(text)` takes the most similar source sentence, then greedily
adds the sentences that cover most of what is still unexplained (content words, numbers), up to
`max_sources`, so a sentence that fuses two facts cites both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..summarize.extractive import CitationSpace
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
    """Built once per story from its documents; `align()` per generated sentence."""

    def __init__(self, documents: Sequence[Document], *, space: CitationSpace | None = None) -> None:
        self.space = space or CitationSpace(tuple(documents))
        self.keys = [_keys(s.text) for s in self.space.sentences]
        self.idf = {t: float(self.space.space.idf[j]) for t, j in self.space.space.vocab.items()}

    @property
    def sentences(self) -> list[Sentence]:
        return self.space.sentences

    def similarities(self, text: str) -> np.ndarray:
        """Cosine of `text` against every source sentence (zeros when nothing is shared)."""
        vec = self.space.space.query(content_terms(text))
        if vec is None:
            return np.zeros(len(self.space.sentences))
        return np.asarray(self.space.space.matrix @ vec).ravel()

    def align(self, text: str, *, max_sources: int = 3, min_similarity: float = 0.08, pool: int = 25) -> Alignment:
        sims = self.similarities(text)
        if not len(sims) or sims.max() < min_similarity:
            return Alignment((), ())
        order = [int(i) for i in np.argsort(-sims, kind="stable")[:pool] if sims[i] >= min_similarity]
        chosen = [order[0]]
        wanted = _keys(text)
        uncovered = wanted - self.keys[order[0]]
        while uncovered and len(chosen) < max_sources:
            def gain(i: int) -> float:
                return sum(self.idf.get(t, 2.0) for t in uncovered & self.keys[i])

            best = max((i for i in order if i not in chosen), key=gain, default=None)
            if best is None or gain(best) <= 0:
                break
            chosen.append(best)
            uncovered -= self.keys[best]
        return Alignment(tuple(self.space.sentences[i] for i in chosen), tuple(round(float(sims[i]), 4) for i in chosen))
