"""Cross-source analysis: facts and conflicts, quotes, entities, timeline, derivations.

`StoryAnalyzer` owns the models (spaCy for entities, static or MiniLM embeddings for fact similarity) and
loads each once; reuse one analyzer for many stories. `analyze_documents(report)` is the one-call
version used by `newsweave.api.analyze`.
"""

from __future__ import annotations

import dataclasses

from ..errors import ConfigError
from ..types import StoryReport
from .conflicts import date_conflicts, framing_conflicts, value_conflicts
from .corroboration import SourceMap
from .derivation import find_derivations
from .entities import EntityTagger, SpacyEntityTagger, build_entities
from .fact_similarity import SIMILARITIES, SentenceSimilarity, make_similarity
from .facts import DEFAULT_THRESHOLD, facts_from_groups, group_sentences
from .quotes import QuoteExtractor
from .timeline import build_timeline

__all__ = ["StoryAnalyzer", "analyze_documents", "find_derivations"]


class StoryAnalyzer:
    """Fills a `StoryReport`'s analysis fields.

    Options (keyword-only): `tagger` (entity tagger, default spaCy), `similarity` (sentence
    similarity for facts: "auto" (default: "static" embeddings distilled from MiniLM plus TF-IDF
    when model2vec is installed, else "lexical"), "lexical" (TF-IDF only), "static", "embedding"
    (TF-IDF + MiniLM), "claim" (experimental learned same-claim scorer), or an object with `.matrix(sentences)`), `fact_threshold` (similarity that
    makes two sentences one fact; default per similarity, `facts.DEFAULT_THRESHOLD`).
    """

    def __init__(self, *, tagger: EntityTagger | None = None, similarity: str | SentenceSimilarity = "auto", fact_threshold: float | None = None, llm_model: str | None = None) -> None:
        self.tagger = tagger or SpacyEntityTagger()
        self.quotes = QuoteExtractor(self.tagger)  # shares the tagger's spaCy model when it has one
        if isinstance(similarity, str):
            if similarity not in SIMILARITIES:
                raise ConfigError(f"unknown fact similarity {similarity!r}", hint="use 'auto' (default), 'lexical' (fast), 'static', 'embedding' (MiniLM) or 'claim' (experimental)")
            similarity = make_similarity(similarity, llm_model=llm_model)  # llm_model: the "judged" similarity's local model
        self.similarity = similarity
        # Embedding cosines run higher than TF-IDF ones, so the same-fact bar depends on the similarity.
        self.fact_threshold = fact_threshold if fact_threshold is not None else DEFAULT_THRESHOLD.get(getattr(similarity, "name", ""), 0.3)

    def analyze(self, report: StoryReport) -> StoryReport:
        """In: a report with documents (and a summary). Out: the same report with facts,
        conflicts, quotes, entities, timeline and derivations filled in."""
        docs = report.documents
        derivations = find_derivations(docs)
        sources = SourceMap.build((d.article for d in docs), derivations)
        fg = group_sentences(docs, threshold=self.fact_threshold, similarity=self.similarity)
        facts = facts_from_groups(docs, fg, sources=sources)
        index = build_entities(docs, self.tagger.tag(docs))
        quotes = self.quotes.extract(docs, index)
        conflicts = tuple(value_conflicts(docs)) + tuple(date_conflicts(docs, fg, sources=sources)) + tuple(framing_conflicts(docs, quotes, index.kinds))
        return dataclasses.replace(
            report,
            facts=facts,
            conflicts=conflicts,
            quotes=quotes,
            entities=index.entities,
            timeline=build_timeline(docs, fg, nlp=getattr(self.tagger, "nlp", None)),
            derivations=derivations,
        )


def analyze_documents(report: StoryReport, *, analyzer: StoryAnalyzer | None = None) -> StoryReport:
    """Return `report` with the analysis fields filled in (a new analyzer unless one is given)."""
    return (analyzer or StoryAnalyzer()).analyze(report)
