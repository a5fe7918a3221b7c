"""Stage results computed elsewhere (on Ray workers, or earlier in the same run), handed to the
pipeline's ingest steps as the stages they came from, so the driver runs the very same
`pipeline.ingest` code on them.

`ShippedVectors` differs from `pipeline.stages.PrecomputedEmbedder` on purpose: it returns each
vector bit for bit as the embedder produced it (PrecomputedEmbedder re-normalises, which can move
the last bit of a float32 and, in a rare tie, a clustering decision), and it falls back to the
real embedder for a text it was not given instead of failing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..types import Article, Document


class ShippedDocuments:
    """A `Segmenter` that returns the Document already computed for an article (by id), and
    segments with `fallback` any article it was not given."""

    def __init__(self, documents: Mapping[str, Document], fallback) -> None:
        self.documents = documents
        self.fallback = fallback

    def split(self, article: Article) -> Document:
        doc = self.documents.get(article.id)
        return doc if doc is not None and doc.article == article else self.fallback.split(article)


class ShippedVectors:
    """An `Embedder` with the vectors already computed by `embedder` (by text); same `name`."""

    def __init__(self, vectors: Mapping[str, object], embedder) -> None:
        self.vectors = vectors
        self.embedder = embedder
        self.name = embedder.name

    def embed(self, texts: Sequence[str]):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        extra = dict(zip(missing, self.embedder.embed(missing))) if missing else {}
        rows = [self.vectors[t] if t in self.vectors else extra[t] for t in texts]
        if not rows:
            return self.embedder.embed([])
        return np.stack(rows).astype(np.float32, copy=False)
