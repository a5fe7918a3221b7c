"""The pipeline: one object that turns articles into story reports, the ingest steps over it,
the story-id rule, story history, and the registries of swappable stages.

    from newsweave.pipeline import Pipeline
    report = Pipeline.from_settings(settings).report(articles)

Nothing heavy is imported here; stages load on first use.
"""

from __future__ import annotations

from .core import Pipeline, build_report
from .ids import publication_order, story_id_for

__all__ = ["Pipeline", "build_report", "publication_order", "story_id_for"]
