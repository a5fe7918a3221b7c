"""Registries: one name → one factory, so a new stage is one new file plus one registry line, and
the CLI's choices come from here instead of being repeated in argparse.

    from newsweave.pipeline.registry import summarizers
    summarizers.names()                 # ("extractive", "lead", "lexrank", "llm", "textrank")
    summarizer = summarizers.create("lead", settings)

Factories are given as "module:attribute" strings and imported on first use, so listing the
choices (for `--help`) loads nothing heavy.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..errors import ConfigError


class Registry:
    """Named factories of one kind of stage. A factory is a callable or a lazy "module:attr"."""

    def __init__(self, kind: str, hint: str = "") -> None:
        self.kind = kind
        self.hint = hint
        self._entries: dict[str, str | Callable[..., Any]] = {}
        self._help: dict[str, str] = {}

    def register(self, name: str, factory: str | Callable[..., Any], *, help: str = "") -> None:
        self._entries[name] = factory
        self._help[name] = help

    def names(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def describe(self, name: str) -> str:
        return self._help.get(name, "")

    def factory(self, name: str) -> Callable[..., Any]:
        try:
            entry = self._entries[name]
        except KeyError:
            raise ConfigError(f"unknown {self.kind} {name!r}", hint=f"choose from {', '.join(self.names())}") from None
        if isinstance(entry, str):
            module, _, attr = entry.partition(":")
            entry = getattr(importlib.import_module(module), attr)
        return entry

    def create(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return self.factory(name)(*args, **kwargs)

    def __contains__(self, name: object) -> bool:
        return name in self._entries


# -- the registries ---------------------------------------------------------------------------------
# Each factory takes the Settings (and keyword options where noted).

segmenters = Registry("segmenter")
segmenters.register("rule", "newsweave.pipeline.stages:rule_segmenter", help="rule-based sentence splitter (default)")
segmenters.register("paragraph", "newsweave.pipeline.stages:paragraph_segmenter", help="each paragraph taken as one sentence, not split further (for text already one sentence per line)")

summarizers = Registry("summarizer")
summarizers.register("extractive", "newsweave.pipeline.stages:extractive_summarizer", help="learned extractive summary with citations (default)")
summarizers.register("llm", "newsweave.pipeline.stages:llm_summarizer", help="fluent LLM summary, every sentence verified and cited")
summarizers.register("lead", "newsweave.pipeline.stages:lead_summarizer", help="first sentences of each article, round-robin (baseline)")
summarizers.register("lexrank", "newsweave.pipeline.stages:lexrank_summarizer", help="sumy LexRank (baseline)")
summarizers.register("textrank", "newsweave.pipeline.stages:textrank_summarizer", help="sumy TextRank (baseline)")

embedders = Registry("embedder")
# Each calls `embed.make_embedder(name)`, which owns the details.
embedders.register("auto", "newsweave.pipeline.stages:auto_embedder", help="the best installed embedder")
embedders.register("static", "newsweave.pipeline.stages:static_embedder", help="static word vectors distilled from MiniLM (fast)")
embedders.register("minilm", "newsweave.pipeline.stages:minilm_embedder", help="all-MiniLM-L6-v2 sentence embeddings")
embedders.register("hashing", "newsweave.pipeline.stages:hashing_embedder", help="hashed words and bigrams (fast, no model)")

clusterers = Registry("clusterer")
clusterers.register("online", "newsweave.pipeline.stages:online_clusterer", help="online clustering by headline+lead, names and dates (default)")
clusterers.register("given", "newsweave.pipeline.stages:given_labels_clusterer", help="stories given by the caller (article id → label)")

analysis_steps = Registry("analysis step")
for _name, _help in (
    ("fact_groups", "groups of sentences that state the same thing"),
    ("facts", "facts with the outlets that carry them"),
    ("entities", "people, organisations, places (spaCy)"),
    ("quotes", "who said what"),
    ("conflicts", "numbers, dates and framings the outlets disagree on"),
    ("timeline", "dated events"),
    ("derivations", "which articles copy which"),
):
    analysis_steps.register(_name, f"newsweave.pipeline.analysis:{_name.title().replace('_', '')}Step", help=_help)

__all__ = ["Registry", "analysis_steps", "clusterers", "embedders", "segmenters", "summarizers"]
