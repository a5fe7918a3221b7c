"""Cross-source analysis: facts and conflicts, quotes, entities, timeline, derivations."""

from __future__ import annotations

from ..types import StoryReport


def analyze_documents(report: StoryReport) -> StoryReport:
    """Return `report` with the analysis fields filled in. (Placeholder until issue 4 lands.)"""
    return report
