"""Ingest (kept under its old name): see `newsweave.pipeline.ingest`.

    from newsweave.store import open_store
    from newsweave.stream import ingest
    with open_store() as store:
        report = ingest(["feeds/"], store=store)
"""

from __future__ import annotations

from .pipeline.ids import publication_order, story_id_for
from .pipeline.ingest import IngestReport, ProgressCallback, cluster_batch, ingest, read_new, refresh_stories, story_title

__all__ = ["IngestReport", "ProgressCallback", "cluster_batch", "ingest", "publication_order", "read_new", "refresh_stories", "story_id_for", "story_title"]
