"""The local engine (the default): the pipeline in this process, as `newsweave ingest` always ran.

`ingest` IS `pipeline.ingest.ingest`. `run` does the same steps one after the other so each can be
timed, and can also find near-duplicates across the whole input (`engines.dedup`).
"""

from __future__ import annotations

import time

from ..config import Settings
from . import EngineRun, finished


class LocalEngine:
    name = "local"

    def ingest(self, inputs, *, store, settings: Settings | None = None, on_progress=None, batch_size: int = 256, summarize: bool = True):
        """Exactly `pipeline.ingest.ingest` (returns its `IngestReport`)."""
        from ..pipeline.ingest import ingest

        return ingest(inputs, store=store, settings=settings, on_progress=on_progress, batch_size=batch_size, summarize=summarize)

    def run(self, inputs, *, store, settings: Settings | None = None, on_progress=None, batch_size: int = 256, summarize: bool = True, near_duplicates: bool = False) -> EngineRun:
        """Read → (MinHash signatures) → cluster in batches → refresh changed stories, timed per
        stage. The same steps and stages as `ingest`; the counts in `report` are the same."""
        from ..cluster import lead_text
        from ..pipeline import Pipeline
        from ..pipeline.ingest import embedder_for, ingest, read_inputs, refresh_stories

        settings = settings or Settings()
        started = time.perf_counter()
        stages: dict[str, float] = {}
        t = time.perf_counter()
        articles, problems = read_inputs(inputs, on_progress)
        stages["read"] = time.perf_counter() - t

        pairs: tuple = ()
        if near_duplicates:
            from .dedup import near_duplicates as find, signature

            t = time.perf_counter()
            sigs = [signature(a.text) for a in articles]
            stages["minhash"] = time.perf_counter() - t
            t = time.perf_counter()
            pairs = tuple(find([a.id for a in articles], sigs))
            stages["lsh"] = time.perf_counter() - t

        pipeline = Pipeline.from_settings(settings)
        embedder = embedder_for(store, settings)
        # Segmenting and embedding are timed on their own (as the Ray engine's workers time them);
        # clustering then finds them done, through the same stages ingest uses.
        t = time.perf_counter()
        documents = {a.id: pipeline.segmenter.split(a) for a in articles}
        stages["segment"] = time.perf_counter() - t
        t = time.perf_counter()
        vectors = {}
        for start in range(0, len(articles), batch_size):
            chunk = articles[start : start + batch_size]
            texts = [lead_text(a) for a in chunk]
            vectors.update(zip(texts, embedder.embed(texts)))
        stages["embed"] = time.perf_counter() - t

        from .shipped import ShippedDocuments, ShippedVectors

        t = time.perf_counter()
        staged = Pipeline.from_settings(settings, segmenter=ShippedDocuments(documents, pipeline.segmenter))
        report = ingest(articles, store=store, settings=settings, pipeline=staged, embedder=ShippedVectors(vectors, embedder), on_progress=on_progress, batch_size=batch_size, summarize=False)
        stages["cluster"] = time.perf_counter() - t
        done, failed = [], []
        if summarize:
            t = time.perf_counter()
            done, failed = refresh_stories(store, pipeline=pipeline, on_progress=on_progress)
            stages["summarize+analyze"] = time.perf_counter() - t
        report = finished(report, problems, done, failed, started)
        return EngineRun(report=report, near_duplicates=pairs, stage_seconds=stages, workers=1)
