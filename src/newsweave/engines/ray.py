"""The Ray engine: the same pipeline, its parallel stages on a Ray cluster (`pip install
newsweave[ray]`; Ray is imported here and nowhere else).

    ray start --head --port 6379                     # or an existing cluster
    newsweave ingest PATH... --engine ray --ray-address 127.0.0.1:6379 --db postgresql://...

What runs where:

1. Read (Ray Data tasks, one per input shard: a file, or a byte range of a big JSONL file).
2. Segment, embed headline+lead, MinHash signature (Ray Data stage on a pool of actors; each
   actor loads the segmenter and the embedding model once, `map_batches` with a callable class).
3. On the driver: shards merged back into input order, exact duplicates dropped by content id
   (as `read_paths` does), near-duplicates found by LSH over the signatures, then story clustering
   by the SAME `pipeline.ingest.ingest` code as the local engine, fed the same articles in the same
   order, with the vectors and sentences the workers computed (`engines.shipped`): clustering is
   sequential by nature and cheap once the vectors exist, so it stays on one process and the
   stories are the local engine's stories.
4. Summaries and analyses of the changed (dirty) stories: a Ray Data stage on actors that each
   build one `Pipeline` (spaCy and the models loaded once per actor); the driver writes the reports
   back through the store interface, `write_every` stories per unit of work. A report is saved only
   if its story is still at the version it was computed for; a story whose report is not written
   (worker or driver killed) stays dirty, and the next run (any engine) finishes it.
"""

from __future__ import annotations

import logging
import os
import pickle
import socket
import time
import warnings

from ..config import Settings
from ..errors import ConfigError
from . import EngineRun, finished


def _ray():
    try:
        import ray
    except ImportError:
        raise ConfigError("the ray engine needs Ray, which is not installed", hint="pip install 'newsweave[ray]', or use --engine local") from None
    return ray


_connected_to: str | None = None


def connect(address: str | None = None):
    """Connect this process to the Ray cluster at `address` (default RAY_ADDRESS, else `auto`: the
    cluster started on this machine by `ray start`). Never starts a cluster of its own."""
    global _connected_to
    ray = _ray()
    address = address or os.environ.get("RAY_ADDRESS") or "auto"
    if ray.is_initialized():
        if _connected_to in (address, None):
            return ray
        ray.shutdown()  # asked for another cluster
    hint = "start one with `ray start --head --port 6379` (or scripts/ray.sh) and pass --ray-address HOST:PORT"
    host, _, port = address.rpartition(":")
    if host and port.isdigit() and "://" not in address:
        try:  # fail in seconds, not after Ray's long retry loop
            socket.create_connection((host, int(port)), timeout=5).close()
        except OSError as exc:
            raise ConfigError(f"cannot reach the Ray cluster at {address} ({exc.strerror or exc})", hint=hint) from None
    try:
        ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING, configure_logging=True)
    except Exception as exc:  # noqa: BLE001 - ConnectionError, RuntimeError, ValueError: all mean "not reachable"
        raise ConfigError(f"cannot connect to the Ray cluster at {address}: {str(exc).splitlines()[0][:200]}", hint=hint) from None
    _connected_to = address
    warnings.filterwarnings("ignore", module=r"ray\.data\..*")
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    return ray


# -- stage functions and actors (run on the workers) --------------------------------------------------


CHUNK = 128  # articles per row handed from reading to the prepare actors


def _read_shards(batch):
    """Ray Data task: read the shards in `batch` (one row per shard). Each shard's articles leave
    in chunks of CHUNK, one output block each, so one big file still feeds every prepare actor."""
    import numpy as np

    from .shards import read_shard

    for index, blob in zip(batch["shard"], batch["spec"]):
        started = time.process_time()
        items = read_shard(pickle.loads(blob))
        spent = time.process_time() - started
        parts = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)] or [[]]
        for number, part in enumerate(parts):
            yield {"shard": np.asarray([index]), "part": np.asarray([number]), "payload": np.asarray([pickle.dumps(part, protocol=5)], dtype=object), "read_s": np.asarray([spent / len(parts)])}


def _memory(n: int) -> dict:
    """Columns naming the worker process and its peak resident memory so far (MB), for the
    benchmark's per-worker figures."""
    import resource

    import numpy as np

    return {"pid": np.full(n, os.getpid()), "peak_mb": np.full(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


class _Prepare:
    """Ray Data actor: segment, embed headline+lead, MinHash. Models load once, in __init__."""

    def __init__(self, settings: Settings, embedder: str, signatures: bool) -> None:
        from ..pipeline.registry import embedders, segmenters

        self.segmenter = segmenters.create(settings.segmenter, settings)
        self.embedder = embedders.create(embedder, settings)
        self.signatures = signatures

    def __call__(self, batch):
        import numpy as np

        from ..cluster import lead_text
        from ..types import ReadProblem

        out, timing = [], {"segment_s": 0.0, "embed_s": 0.0, "minhash_s": 0.0}
        for blob in batch["payload"]:
            items = pickle.loads(blob)
            articles = [x for x in items if not isinstance(x, ReadProblem)]
            t = time.process_time()
            docs = [self.segmenter.split(a) for a in articles]  # by position: a text read twice has two sources
            timing["segment_s"] += time.process_time() - t
            t = time.process_time()
            texts = [lead_text(a) for a in articles]
            vectors = self.embedder.embed(texts) if texts else []
            timing["embed_s"] += time.process_time() - t
            t = time.process_time()
            sigs = []
            if self.signatures:
                from .dedup import signature

                sigs = [signature(a.text) for a in articles]
            timing["minhash_s"] += time.process_time() - t
            prepared, k = [], 0
            for x in items:
                if isinstance(x, ReadProblem):
                    prepared.append(x)
                else:
                    prepared.append((docs[k], texts[k], vectors[k], sigs[k] if sigs else None))
                    k += 1
            out.append(pickle.dumps(prepared, protocol=5))
        n = len(out)
        return {"shard": batch["shard"], "part": batch["part"], "payload": np.asarray(out, dtype=object), "read_s": batch["read_s"],
                **{k: np.full(n, v / max(n, 1)) for k, v in timing.items()}, **_memory(n)}


class _Report:
    """Ray Data actor: the report of each story in the batch, by one Pipeline (models loaded once)."""

    def __init__(self, settings: Settings) -> None:
        from ..pipeline import Pipeline

        self.pipeline = Pipeline.from_settings(settings)

    def __call__(self, batch):
        import numpy as np

        out, seconds = [], []
        for blob in batch["payload"]:
            story_id, version, documents = pickle.loads(blob)
            started = time.process_time()
            try:
                report = self.pipeline.report_documents(documents, story_id=story_id, keep_summary_on_failure=True)
                result = (story_id, version, report, None)
            except Exception as exc:  # noqa: BLE001 - one story failing must not stop the others
                result = (story_id, version, None, f"summary failed: {type(exc).__name__}: {exc}")
            seconds.append(time.process_time() - started)
            out.append(pickle.dumps(result, protocol=5))
        return {"payload": np.asarray(out, dtype=object), "report_s": np.asarray(seconds), **_memory(len(out))}


# -- the engine (runs on the driver) ----------------------------------------------------------------------


class RayEngine:
    name = "ray"

    def __init__(self, *, address: str | None = None, workers: int | None = None, write_every: int = 64, shard_bytes: int | None = None) -> None:
        self.address = address
        self.workers = workers
        self.write_every = write_every
        self.shard_bytes = shard_bytes

    def _connect(self):
        ray = connect(self.address)
        workers = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        return ray, workers

    def ingest(self, inputs, *, store, settings: Settings | None = None, on_progress=None, batch_size: int = 256, summarize: bool = True):
        """Like `pipeline.ingest.ingest`, on the cluster; returns its `IngestReport`."""
        return self.run(inputs, store=store, settings=settings, on_progress=on_progress, batch_size=batch_size, summarize=summarize).report

    def run(self, inputs, *, store, settings: Settings | None = None, on_progress=None, batch_size: int = 256, summarize: bool = True, near_duplicates: bool = False) -> EngineRun:

        from ..pipeline import Pipeline
        from ..pipeline.ingest import embedder_for, ingest, stored_embedder_choice
        from ..types import Article
        from .shards import SHARD_BYTES, Shard, merge_shards, plan_shards
        from .shipped import ShippedDocuments, ShippedVectors

        ray, workers = self._connect()
        settings = settings or Settings()
        started = time.perf_counter()
        stages: dict[str, float] = {}
        cost: dict[str, float] = {}
        peaks: dict[str, float] = {}

        given = [x for x in ([inputs] if isinstance(inputs, Article) else inputs if not isinstance(inputs, (str, os.PathLike)) else [inputs])]
        paths = [x for x in given if not isinstance(x, Article)]
        records = [x for x in given if isinstance(x, Article)]
        problems, shards = plan_shards(paths, shard_bytes=self.shard_bytes or SHARD_BYTES)
        specs = [Shard("<records>")] + shards  # given Article records go first, as read_inputs puts them
        embedder = embedder_for(store, settings)  # resolves `auto` against the store, as ingest does
        choice = stored_embedder_choice(embedder.name)

        # 1-2. read → segment, embed, MinHash: parallel stages, streamed back to the driver.
        t = time.perf_counter()
        rows = [{"shard": i, "spec": pickle.dumps(s, protocol=5)} for i, s in enumerate(specs) if i > 0]
        results: dict[int, list] = {}
        parts: dict[int, dict[int, list]] = {}
        if rows:
            # Every chunk a reading task yields becomes its own block (blocks are cut at this
            # size), so the chunks of one big file spread over all the prepare actors.
            ray.data.DataContext.get_current().target_max_block_size = 1
            ds = ray.data.from_items(rows, override_num_blocks=len(rows))
            # Reading asks for another CPU share than preparing, so Ray Data keeps the two stages
            # apart (fused, a whole file would be prepared by the one actor that read it); the
            # actors take 0.9 CPU each so reading tasks always find room beside a full pool.
            ds = ds.map_batches(_read_shards, batch_size=1, batch_format="numpy", num_cpus=0.1)
            ds = ds.map_batches(_Prepare, batch_size=1, batch_format="numpy", compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=0.9,
                                fn_constructor_kwargs={"settings": settings, "embedder": choice, "signatures": near_duplicates})
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                for index, part, blob in zip(batch["shard"], batch["part"], batch["payload"]):
                    parts.setdefault(int(index), {})[int(part)] = pickle.loads(blob)
                _peaks(peaks, "prepare", batch)
                for key in ("read_s", "segment_s", "embed_s", "minhash_s"):
                    cost[key.removesuffix("_s")] = cost.get(key.removesuffix("_s"), 0.0) + float(batch[key].sum())
                if on_progress:
                    on_progress("read", len(parts), len(rows))
            results = {i: [x for n in sorted(p) for x in p[n]] for i, p in parts.items()}
        if records:  # Article records given in the call: prepared here (few, by nature)
            local = _Prepare(settings, choice, near_duplicates)
            import numpy as np

            done = local({"shard": np.asarray([0]), "part": np.asarray([0]), "payload": np.asarray([pickle.dumps(records)], dtype=object), "read_s": np.zeros(1)})
            results[0] = pickle.loads(done["payload"][0])
        stages["read+segment+embed"] = time.perf_counter() - t

        ordered = [(specs[i], results.get(i, [])) for i in range(len(specs))]
        kept, found = merge_shards(problems, ((s, [x if not isinstance(x, tuple) else _Prepared(*x) for x in items]) for s, items in ordered))
        documents = {p.document.article.id: p.document for p in kept}
        vectors = {p.text: p.vector for p in kept}
        articles = [p.document.article for p in kept]

        pairs: tuple = ()
        if near_duplicates:
            from .dedup import near_duplicates as find

            t = time.perf_counter()
            pairs = tuple(find([p.document.article.id for p in kept], [p.signature for p in kept]))
            stages["lsh"] = time.perf_counter() - t

        # 3. clustering on the driver: the local engine's ingest, with the shipped stage results.
        t = time.perf_counter()
        pipeline = Pipeline.from_settings(settings)
        staged = Pipeline.from_settings(settings, segmenter=ShippedDocuments(documents, pipeline.segmenter))
        report = ingest(articles, store=store, settings=settings, pipeline=staged, embedder=ShippedVectors(vectors, embedder), on_progress=on_progress, batch_size=batch_size, summarize=False)
        stages["cluster"] = time.perf_counter() - t

        # 4. summaries and analyses of the dirty stories, on actors.
        done_ids, failed = [], []
        if summarize:
            t = time.perf_counter()
            done_ids, failed, report_cost = self.refresh(store, settings=settings, on_progress=on_progress, peaks=peaks)
            cost["summarize+analyze"] = report_cost
            stages["summarize+analyze"] = time.perf_counter() - t
        report = finished(report, found, done_ids, failed, started)
        return EngineRun(report=report, near_duplicates=pairs, stage_seconds=stages, worker_seconds=cost, workers=workers, worker_peak_mb=peaks)

    def refresh(self, store, *, settings: Settings | None = None, on_progress=None, peaks: dict | None = None) -> tuple[list[str], list, float]:
        """Recompute, on the cluster, the report of every story marked dirty (also those an
        interrupted run left) and store each as a new version, `write_every` per unit of work.
        Returns (done, failed, worker CPU seconds)."""
        from ..pipeline.ingest import report_title
        from ..types import ReadProblem

        ray, workers = self._connect()
        settings = settings or Settings()
        with store.unit_of_work() as work:
            pending = work.dirty_stories()
        done: list[str] = []
        failed: list[ReadProblem] = []
        if not pending:
            return done, failed, 0.0
        # The sentences as stored at ingest: a story is never re-segmented.
        rows = [{"payload": pickle.dumps((story_id, version, store.story_documents(story_id)), protocol=5)} for story_id, version in pending]
        ds = ray.data.from_items(rows, override_num_blocks=min(len(rows), workers * 8))
        ds = ds.map_batches(_Report, batch_size=4, batch_format="numpy", compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1, fn_constructor_kwargs={"settings": settings})
        buffer: list = []
        cpu = 0.0

        def flush() -> None:
            with store.unit_of_work() as work:
                for story_id, version, report in buffer:
                    title = report_title(report) if report.summary.sentences else None
                    if work.save_report(story_id, version, report, title=title):
                        done.append(story_id)
            buffer.clear()

        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            cpu += float(batch["report_s"].sum())
            if peaks is not None:
                _peaks(peaks, "report", batch)
            for blob in batch["payload"]:
                story_id, version, report, error = pickle.loads(blob)
                if error:
                    failed.append(ReadProblem(f"story {story_id}", error))
                else:
                    buffer.append((story_id, version, report))
            if len(buffer) >= self.write_every:
                flush()
            if on_progress:
                on_progress("summarize", len(done) + len(buffer) + len(failed), len(pending))
        if buffer:
            flush()
        return done, failed, cpu


def _peaks(peaks: dict, stage: str, batch) -> None:
    for pid, mb in zip(batch["pid"], batch["peak_mb"]):
        key = f"{stage} pid {int(pid)}"
        peaks[key] = max(peaks.get(key, 0.0), round(float(mb), 1))


class _Prepared:
    """One prepared article on the driver: its Document, headline+lead text, vector, signature."""

    __slots__ = ("document", "text", "vector", "signature")

    def __init__(self, document, text, vector, signature) -> None:
        self.document, self.text, self.vector, self.signature = document, text, vector, signature

    @property
    def article(self):
        return self.document.article
