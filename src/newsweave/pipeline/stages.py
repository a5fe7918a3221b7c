"""The stage interfaces (one-method Protocols) and the factories the registries name.

Every stage has a plain default and a do-nothing or pass-through version:

| stage       | default                 | do-nothing / given                         |
|-------------|-------------------------|--------------------------------------------|
| Segmenter   | `RuleSegmenter`         | `ParagraphSegmenter` (one sentence a line)  |
| Summarizer  | extractive              | `LeadSummarizer` (first sentences)          |
| Embedder    | MiniLM / hashing        | `PrecomputedEmbedder` (vectors given)       |
| Clusterer   | `OnlineClusterer`       | `GivenLabelsClusterer` (stories given)      |

Factories take the `Settings` (some take keyword options) and import their stage on first use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from ..config import Settings
from ..types import Article, Document, Sentence, Summary, content_id


@runtime_checkable
class Segmenter(Protocol):
    """Article in, Document (sentences with exact offsets into `article.text`) out."""

    def split(self, article: Article) -> Document: ...


@runtime_checkable
class Summarizer(Protocol):
    def summarize(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> Summary: ...


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> Any: ...


class Clusterer(Protocol):
    """Assigns articles, in publication order, to stories (see `cluster.OnlineClusterer`)."""

    def assign(self, item: Any) -> Any: ...


class ParagraphSegmenter:
    """The do-nothing splitter: each non-empty line (paragraph) is one sentence."""

    def split(self, article: Article) -> Document:
        sentences, start, i = [], 0, 0
        for line in article.text.split("\n"):
            end = start + len(line)
            s, e = start, end
            while s < e and article.text[s].isspace():
                s += 1
            while e > s and article.text[e - 1].isspace():
                e -= 1
            if e > s:
                sentences.append(Sentence(article.id, i, s, e, article.text[s:e]))
                i += 1
            start = end + 1
        return Document(article, tuple(sentences))


class PrecomputedEmbedder:
    """Vectors the caller already has (e.g. from a GPU job), looked up by text; `name` says which
    model made them, so a database never mixes vectors of two models."""

    def __init__(self, vectors: Mapping[str, Sequence[float]], *, name: str) -> None:
        import numpy as np

        self.name = name
        self._vectors = {text: np.asarray(v, dtype=np.float32) for text, v in vectors.items()}

    def embed(self, texts: Sequence[str]):
        import numpy as np

        from ..errors import InputError

        missing = [t for t in texts if t not in self._vectors]
        if missing:
            raise InputError(f"no precomputed vector for {len(missing)} text(s), e.g. {missing[0][:60]!r}", hint="give a vector for every article's headline+lead (cluster.lead_text)")
        rows = np.stack([self._vectors[t] for t in texts]) if texts else np.zeros((0, 1), dtype=np.float32)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return (rows / np.where(norms == 0, 1, norms)).astype(np.float32)


class GivenLabelsClusterer:
    """Stories given by the caller (ingest with known stories): `labels` maps article id → story
    label, and all articles of one label join one story. Story ids follow the one rule (`pipeline.ids`): a label's story is named
    after its first article; `known` maps labels to stories that exist already. An article without
    a label starts its own story. Keeps the same clustering state as the online clusterer, so a
    database filled this way can later take unlabelled articles. Same interface as
    `cluster.OnlineClusterer`."""

    def __init__(self, labels: Mapping[str, str], states: Sequence[Any] = (), *, known: Mapping[str, str] | None = None, seq: int = 0) -> None:
        self.labels = dict(labels)
        self.seq = seq
        self.known = dict(known or {})
        self._states = {s.id: s for s in states}
        self._changed: dict[str, None] = {}

    def story_id(self, article_id: str) -> str:
        from .ids import first_article_story_id

        label = self.labels.get(article_id)
        if label is None:
            return first_article_story_id(article_id)
        return self.known.setdefault(label, first_article_story_id(article_id))

    def assign(self, item: Any):
        from ..cluster import Assignment
        from ..cluster.online import new_story_state

        self.seq += 1
        story_id = self.story_id(item.article_id)
        state = self._states.get(story_id)
        new = state is None
        self._states[story_id] = new_story_state(story_id, item, self.seq) if new else state.joined(item, self.seq)
        self._changed[story_id] = None
        return Assignment(item.article_id, story_id, new, 1.0)

    def changed_states(self) -> list[Any]:
        return [self._states[i] for i in self._changed]


# -- factories named by the registries -----------------------------------------------------------


def rule_segmenter(settings: Settings | None = None) -> Segmenter:
    from ..text.segment import RuleSegmenter

    return RuleSegmenter()


def paragraph_segmenter(settings: Settings | None = None) -> Segmenter:
    return ParagraphSegmenter()


def extractive_summarizer(settings: Settings | None = None) -> Summarizer:
    from ..summarize.extractive import ExtractiveSummarizer

    return ExtractiveSummarizer()


def llm_summarizer(settings: Settings | None = None) -> Summarizer:
    from ..summarize.llm import make_llm_summarizer

    return make_llm_summarizer(settings or Settings())


def lead_summarizer(settings: Settings | None = None) -> Summarizer:
    from ..summarize.lead import LeadSummarizer

    return LeadSummarizer()


def lexrank_summarizer(settings: Settings | None = None) -> Summarizer:
    from ..summarize.sumy_rank import SumySummarizer

    return SumySummarizer("lexrank")


def textrank_summarizer(settings: Settings | None = None) -> Summarizer:
    from ..summarize.sumy_rank import SumySummarizer

    return SumySummarizer("textrank")


def auto_embedder(settings: Settings | None = None) -> Embedder:
    from ..embed import make_embedder

    return make_embedder("auto")


def static_embedder(settings: Settings | None = None) -> Embedder:
    from ..embed import make_embedder

    return make_embedder("static")


def minilm_embedder(settings: Settings | None = None) -> Embedder:
    from ..embed import make_embedder

    return make_embedder("minilm")


def hashing_embedder(settings: Settings | None = None) -> Embedder:
    from ..embed import make_embedder

    return make_embedder("hashing")


def online_clusterer(settings: Settings | None = None, **options: Any):
    from ..cluster import OnlineClusterer

    return OnlineClusterer(**options)


def given_labels_clusterer(settings: Settings | None = None, *, labels: Mapping[str, str], states: Sequence[Any] = (), known: Mapping[str, str] | None = None, seq: int = 0):
    return GivenLabelsClusterer(labels, states, known=known, seq=seq)


__all__ = [
    "Clusterer", "Embedder", "GivenLabelsClusterer", "ParagraphSegmenter", "PrecomputedEmbedder", "Segmenter", "Summarizer", "content_id",
]
