"""Cross-source analysis as a list of steps, each declaring what it needs and what it sets.

The default steps compute exactly what `analyze.StoryAnalyzer.analyze` computes (a test holds
them equal); a change to that wiring belongs here too.

    steps = default_steps(StoryAnalyzer())            # the models (spaCy, similarity) load once
    report = run_steps(steps, report)                 # facts, entities, quotes, conflicts, …

A step reads products from an `AnalysisState` (`documents`, and whatever earlier steps set) and
returns the products it sets; products named like a `StoryReport` field (facts, conflicts, quotes,
entities, timeline, derivations) end up in the report. `run_steps` orders the steps by their
needs, so a new step is one class plus one line in `registry.analysis_steps` (or one entry in the
list a caller passes to `Pipeline(steps=...)`); a step whose needs nobody sets is refused up front.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, ClassVar, Protocol

from ..errors import ConfigError
from ..types import StoryReport

REPORT_FIELDS = ("facts", "conflicts", "quotes", "entities", "timeline", "derivations")


class AnalysisStep(Protocol):
    name: ClassVar[str]
    needs: ClassVar[tuple[str, ...]]
    sets: ClassVar[tuple[str, ...]]

    def run(self, state: "AnalysisState") -> dict[str, Any]: ...


class AnalysisState:
    """The products of the steps run so far, by name (`documents` to start with)."""

    def __init__(self, report: StoryReport) -> None:
        self.report = report
        self.products: dict[str, Any] = {"documents": report.documents, "summary": report.summary}

    def __getitem__(self, name: str) -> Any:
        return self.products[name]


class FactGroupsStep:
    name, needs, sets = "fact_groups", ("documents",), ("fact_groups",)

    def __init__(self, analyzer=None) -> None:
        self.similarity, self.threshold = analyzer.similarity, analyzer.fact_threshold

    def run(self, state: AnalysisState) -> dict[str, Any]:
        from ..analyze.facts import group_sentences

        return {"fact_groups": group_sentences(state["documents"], threshold=self.threshold, similarity=self.similarity)}


class FactsStep:
    name, needs, sets = "facts", ("documents", "fact_groups", "sources"), ("facts",)

    def __init__(self, analyzer=None) -> None:
        pass

    def run(self, state: AnalysisState) -> dict[str, Any]:
        from ..analyze.facts import facts_from_groups

        return {"facts": facts_from_groups(state["documents"], state["fact_groups"], sources=state["sources"])}


class EntitiesStep:
    name, needs, sets = "entities", ("documents",), ("entity_index", "entities")

    def __init__(self, analyzer=None) -> None:
        self.tagger = analyzer.tagger

    def run(self, state: AnalysisState) -> dict[str, Any]:
        from ..analyze.entities import build_entities

        docs = state["documents"]
        index = build_entities(docs, self.tagger.tag(docs))
        return {"entity_index": index, "entities": index.entities}


class QuotesStep:
    name, needs, sets = "quotes", ("documents", "entity_index"), ("quotes",)

    def __init__(self, analyzer=None) -> None:
        self.extractor = analyzer.quotes  # shares the tagger's spaCy model

    def run(self, state: AnalysisState) -> dict[str, Any]:
        return {"quotes": self.extractor.extract(state["documents"], state["entity_index"])}


class ConflictsStep:
    name, needs, sets = "conflicts", ("documents", "fact_groups", "sources", "quotes", "entity_index"), ("conflicts",)

    def __init__(self, analyzer=None) -> None:
        pass

    def run(self, state: AnalysisState) -> dict[str, Any]:
        from ..analyze.conflicts import date_conflicts, framing_conflicts, value_conflicts

        docs = state["documents"]
        conflicts = tuple(value_conflicts(docs)) + tuple(date_conflicts(docs, state["fact_groups"], sources=state["sources"]))
        conflicts += tuple(framing_conflicts(docs, state["quotes"], state["entity_index"].kinds))
        return {"conflicts": conflicts}


class TimelineStep:
    name, needs, sets = "timeline", ("documents", "fact_groups"), ("timeline",)

    def __init__(self, analyzer=None) -> None:
        self.nlp = getattr(analyzer.tagger, "nlp", None)  # tense from the tagger's parse

    def run(self, state: AnalysisState) -> dict[str, Any]:
        from ..analyze.timeline import build_timeline

        return {"timeline": build_timeline(state["documents"], state["fact_groups"], nlp=self.nlp)}


class DerivationsStep:
    name, needs, sets = "derivations", ("documents",), ("derivations", "sources")

    def __init__(self, analyzer=None) -> None:
        pass

    def run(self, state: AnalysisState) -> dict[str, Any]:
        from ..analyze.corroboration import SourceMap
        from ..analyze.copy_sources import derivations_of

        docs = state["documents"]
        derivations = derivations_of(docs)  # found once: the summarizer asked first
        # Which outlets are independent sources (a copy counts as its original's outlet).
        return {"derivations": derivations, "sources": SourceMap.build((d.article for d in docs), derivations)}


def default_steps(analyzer=None) -> list[AnalysisStep]:
    """Every step in `registry.analysis_steps`, built with the models of `analyzer` (a
    `StoryAnalyzer`; a new one if None), so the options a StoryAnalyzer takes (tagger, similarity,
    threshold) apply here too. A step factory takes the analyzer as its one argument."""
    from .registry import analysis_steps

    if analyzer is None:
        from ..analyze import StoryAnalyzer

        analyzer = StoryAnalyzer()
    return [analysis_steps.create(name, analyzer) for name in analysis_steps.names()]


def order_steps(steps: Sequence[AnalysisStep]) -> list[AnalysisStep]:
    """The steps in an order where every need is set before it is read (stable otherwise)."""
    available = {"documents", "summary"}
    pending = list(steps)
    ordered: list[AnalysisStep] = []
    while pending:
        ready = next((s for s in pending if set(s.needs) <= available), None)
        if ready is None:
            missing = sorted({n for s in pending for n in s.needs} - available - {x for s in pending for x in s.sets})
            names = ", ".join(s.name for s in pending)
            raise ConfigError(f"analysis steps {names} need {', '.join(missing) or 'each other'}, which no step sets", hint="add the steps that set them (see newsweave.pipeline.registry.analysis_steps)")
        ordered.append(ready)
        available.update(ready.sets)
        pending.remove(ready)
    return ordered


def run_steps(steps: Sequence[AnalysisStep], report: StoryReport) -> StoryReport:
    """Run the steps over `report` and return it with the analysis fields they set."""
    state = AnalysisState(report)
    for step in order_steps(steps):
        out = step.run(state)
        unexpected = set(out) - set(step.sets)
        if unexpected:
            raise ConfigError(f"analysis step {step.name} set {sorted(unexpected)} without declaring it", hint="list every product in the step's `sets`")
        state.products.update(out)
    fields = {name: state.products[name] for name in REPORT_FIELDS if name in state.products}
    return dataclasses.replace(report, **fields)
