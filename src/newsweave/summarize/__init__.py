"""Summarizers: one module per method. `make_summarizer(settings)` picks one."""

from __future__ import annotations

from typing import Protocol

from ..config import Settings
from ..types import Document, Summary


class Summarizer(Protocol):
    def summarize(self, documents: list[Document] | tuple[Document, ...], *, words: int = 120, story_id: str = "") -> Summary: ...


def make_summarizer(settings: Settings) -> Summarizer:
    """The summarizer the settings ask for (`method`: extractive | llm)."""
    if settings.method == "llm":
        from .llm import make_llm_summarizer  # issue 7

        return make_llm_summarizer(settings)
    from .extractive import ExtractiveSummarizer

    return ExtractiveSummarizer()
