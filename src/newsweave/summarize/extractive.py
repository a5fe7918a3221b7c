"""Multi-document extractive summarizer: rank, select without repetition, order, cite.

1. `ClusterFeatures` gives every sentence a feature row (centrality, cross-outlet support,
   position, length, boilerplate, ...).
2. A `SentenceRanker` turns rows into scores: a learned model shipped with the package when
   present (`newsweave/data/ranker.json`, trained by `benchmarks/train_ranker.py`), otherwise
   hand-set weights.
3. Greedy selection under the word budget skips sentences too similar to ones already chosen
   (maximal marginal relevance), and never lets a dangling sentence ("He later said ...")
   appear without the sentence before it.
4. Chosen sentences are ordered for reading: by relative position in their articles, keeping a
   dangling sentence right after its referent.
5. Each summary sentence cites its own source sentence first, then the best-matching sentence
   from every other article that says the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..types import Citation, Document, Sentence, Summary, SummarySentence
from .features import FEATURE_NAMES, ClusterFeatures
from .ranker import SentenceRanker, load_default_ranker

# Two sentences whose TF-IDF cosine passes this say the same thing (redundancy and citations).
REDUNDANCY = 0.55
CITATION_MIN = 0.42


@dataclass
class ExtractiveSummarizer:
    """The default `Summarizer`. `ranker` may be swapped for any object with `score(features)`."""

    ranker: SentenceRanker | None = None
    redundancy: float = REDUNDANCY
    citation_min: float = CITATION_MIN
    method: str = "extractive"

    def __post_init__(self) -> None:
        if self.ranker is None:
            self.ranker = load_default_ranker()

    def rank(self, documents: Sequence[Document]) -> tuple[ClusterFeatures, np.ndarray]:
        """Features and a score per sentence (higher is more summary-worthy)."""
        cf = ClusterFeatures.build(tuple(documents))
        scores = self.ranker.score(cf.features) if len(cf.sentences) else np.zeros(0)
        return cf, scores

    def select(self, cf: ClusterFeatures, scores: np.ndarray, words: int) -> list[int]:
        """Indices of chosen sentences, within `words` words (at least one sentence)."""
        order = np.argsort(-scores, kind="stable")
        chosen: list[int] = []
        used = 0
        dangling_col = FEATURE_NAMES.index("dangling")
        position_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
        for i in order:
            i = int(i)
            if i in chosen:
                continue
            unit = [i]
            if cf.features[i, dangling_col] and cf.sentences[i].index > 0:
                prev = position_of.get((cf.sentences[i].article_id, cf.sentences[i].index - 1))
                if prev is not None and prev not in chosen:
                    unit = [prev, i]
            cost = sum(int(cf.word_counts[j]) for j in unit)
            if chosen and used + cost > words:
                if used >= words * 0.95:
                    break
                continue
            if not chosen and cost > words * 1.6 and len(order) > 1:
                continue  # a monster sentence should not be the whole summary
            if any(self._redundant(cf, j, chosen) for j in unit):
                continue
            chosen.extend(j for j in unit if j not in chosen)
            used += cost
        return chosen

    def _redundant(self, cf: ClusterFeatures, i: int, chosen: list[int]) -> bool:
        if not chosen:
            return False
        sims = cf.matrix[chosen] @ cf.matrix[i].T
        return bool(sims.max() >= self.redundancy)

    def order(self, cf: ClusterFeatures, chosen: list[int]) -> list[int]:
        """Reading order: by relative position in the source article, dangling after referent."""
        rel = FEATURE_NAMES.index("relative_position")
        ranked = sorted(chosen, key=lambda i: (cf.features[i, rel], int(cf.doc_index[i]), cf.sentences[i].index))
        # Keep each dangling sentence directly after its predecessor when both are chosen.
        dangling = FEATURE_NAMES.index("dangling")
        result: list[int] = []
        pending = set(chosen)
        by_key = {(cf.sentences[i].article_id, cf.sentences[i].index): i for i in chosen}
        for i in ranked:
            if i not in pending:
                continue
            if cf.features[i, dangling] and (cf.sentences[i].article_id, cf.sentences[i].index - 1) in by_key:
                prev = by_key[(cf.sentences[i].article_id, cf.sentences[i].index - 1)]
                if prev in pending:
                    continue  # emitted with its predecessor
            result.append(i)
            pending.discard(i)
            nxt = by_key.get((cf.sentences[i].article_id, cf.sentences[i].index + 1))
            while nxt is not None and nxt in pending and cf.features[nxt, dangling]:
                result.append(nxt)
                pending.discard(nxt)
                nxt = by_key.get((cf.sentences[nxt].article_id, cf.sentences[nxt].index + 1))
        result.extend(i for i in ranked if i in pending)
        # A dangling sentence must not open the summary.
        if result and cf.features[result[0], dangling] and len(result) > 1:
            first_clean = next((k for k, i in enumerate(result) if not cf.features[i, dangling]), None)
            if first_clean:
                result.insert(0, result.pop(first_clean))
        return result

    def citations_for(self, cf: ClusterFeatures, i: int) -> tuple[Citation, ...]:
        """The sentence itself, then the best match (cosine >= citation_min) in each other article."""
        own = cf.sentences[i]
        cites = [_cite(own)]
        sims = np.asarray((cf.matrix @ cf.matrix[i].T).todense()).ravel()
        for d in range(len(cf.documents)):
            if d == cf.doc_index[i]:
                continue
            mask = np.flatnonzero(cf.doc_index == d)
            if mask.size == 0:
                continue
            j = int(mask[np.argmax(sims[mask])])
            if sims[j] >= self.citation_min:
                cites.append(_cite(cf.sentences[j]))
        return tuple(cites)

    def summarize(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> Summary:
        """Summarize `documents` in about `words` words; every sentence is cited."""
        cf, scores = self.rank(documents)
        if not cf.sentences:
            return Summary(story_id, self.method, (), ("no sentences to summarize",))
        chosen = self.order(cf, self.select(cf, scores, words))
        sentences = tuple(
            SummarySentence(text=cf.sentences[i].text, citations=self.citations_for(cf, i), support="extracted")
            for i in chosen
        )
        return Summary(story_id, self.method, sentences)


def _cite(sentence: Sentence) -> Citation:
    return Citation(sentence.article_id, sentence.start, sentence.end, sentence.index)
