"""Summarizers: one module per method. The registry `pipeline.registry.summarizers` maps names
(`--method`) to them: `summarizers.create("lead", settings)`."""

from __future__ import annotations

from typing import Protocol

from ..types import Document, Summary


class Summarizer(Protocol):
    def summarize(self, documents: list[Document] | tuple[Document, ...], *, words: int = 120, story_id: str = "") -> Summary: ...
