"""Engines: WHERE the one pipeline runs (`newsweave.pipeline`), never a second pipeline.

    from newsweave.engines import get_engine
    engine = get_engine("ray", address="127.0.0.1:6379")   # or "local" (the default)
    with open_store(url) as store:
        run = engine.run(["archive/"], store=store, settings=settings)   # EngineRun
        report = run.report                                               # pipeline.ingest.IngestReport

- `local` (`engines.local.LocalEngine`): today's in-process ingest (`pipeline.ingest.ingest`).
- `ray` (`engines.ray.RayEngine`): reading, cleaning, segmenting, embedding and MinHash signatures
  as parallel Ray Data stages over input shards; story clustering on the driver with the same
  clusterer, fed the same articles in the same order from the precomputed vectors (so the stories
  are the same); summaries and analyses of the changed stories on actors, written back through the
  store interface in batched units of work. Ray is imported only there (`pip install newsweave[ray]`).

Both keep the store's guarantee: a killed run leaves a consistent store (stories whose report is
not written stay marked dirty) and running again finishes the job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ConfigError

ENGINES = ("local", "ray")


@dataclass(frozen=True)
class EngineRun:
    """What one engine run did: the ingest counts, the near-duplicate pairs found (when asked),
    and the seconds spent per stage (wall seconds on the driver; `worker_seconds`: CPU seconds
    summed over the workers, per stage, for engines that have workers)."""

    report: object  # pipeline.ingest.IngestReport
    near_duplicates: tuple = ()
    stage_seconds: dict = field(default_factory=dict)
    worker_seconds: dict = field(default_factory=dict)
    workers: int = 1
    worker_peak_mb: dict = field(default_factory=dict)  # "stage pid N" → peak resident MB of that worker


def finished(report, problems, done, failed, started: float):
    """The ingest report of a run: read problems split into skipped (errors) and warnings, the
    stories summarized or failed, and the seconds since `started` (a `time.perf_counter()`)."""
    import dataclasses
    import time

    return dataclasses.replace(
        report,
        skipped=tuple(p for p in problems if p.level == "error"),
        warnings=tuple(p for p in problems if p.level != "error"),
        summarized=tuple(done),
        failed=tuple(failed),
        seconds=time.perf_counter() - started,
    )


def get_engine(name: str = "local", *, address: str | None = None, workers: int | None = None):
    """The engine called `name`: `local` or `ray` (`address`: a Ray cluster, e.g. `auto`,
    `127.0.0.1:6379` or `ray://host:10001`; default RAY_ADDRESS, else `auto`)."""
    if name == "local":
        from .local import LocalEngine

        return LocalEngine()
    if name == "ray":
        from .ray import RayEngine

        return RayEngine(address=address, workers=workers)
    raise ConfigError(f"unknown engine {name!r}", hint=f"choose from {', '.join(ENGINES)}")


__all__ = ["ENGINES", "EngineRun", "get_engine"]
