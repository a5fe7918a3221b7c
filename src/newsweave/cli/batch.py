"""`newsweave batch`: a whole archive in, stories and their reports out as files."""

from __future__ import annotations

import argparse
import sys

from ..errors import ConfigError
from .options import add_summary_options, settings_from_args

ENGINE_HELP = "where the pipeline runs: local (this process, default) or ray (a Ray cluster; pip install 'newsweave[ray]')"
RAY_ADDRESS_HELP = "the Ray cluster: auto (started here with `ray start`), HOST:PORT or ray://HOST:10001 (default: RAY_ADDRESS, else auto)"


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("engine")
    group.add_argument("--engine", choices=("local", "ray"), default="local", help=ENGINE_HELP)
    group.add_argument("--ray-address", default=None, metavar="ADDRESS", help=RAY_ADDRESS_HELP)


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    from ..pipeline.registry import embedders

    p = subparsers.add_parser(
        "batch",
        parents=[parent],
        help="analyze a whole archive: stories + reports as JSONL or Parquet files",
        description="Read every article under PATH..., group them into stories, summarize and analyze "
        "each story, and write OUT/stories, OUT/reports and OUT/duplicates (near-duplicate pairs found "
        "across the whole input) as JSON Lines or Parquet, plus OUT/run.json. With --engine ray the "
        "work runs on a Ray cluster and gives the same stories and reports.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders: .txt, .html, .json/.jsonl, Multi-News, RSS/Atom (also .gz/.bz2/.xz)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the results into (created if missing)")
    p.add_argument("--out-format", dest="out_format", choices=("jsonl", "parquet"), default="jsonl", help="file format (default: jsonl; parquet needs pyarrow)")
    p.add_argument("--db", default=None, metavar="URL", help="keep the stories in this database too (default: in memory only)")
    p.add_argument("--embedder", choices=embedders.names(), default=None, help="article embeddings (default: auto)")
    p.add_argument("--words", "-w", type=int, default=None, metavar="N", help="summary length in words (default: 120)")
    add_summary_options(p, words=False)
    add_engine_options(p)
    p.add_argument("--workers", type=int, default=None, metavar="N", help="Ray actors per stage (default: the cluster's CPUs)")
    p.add_argument("--no-near-duplicates", dest="near", action="store_false", help="skip the MinHash near-duplicate search")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    p.set_defaults(handler=run_batch)


def run_batch(args: argparse.Namespace) -> int:
    from ..engines import get_engine
    from ..engines.output import write_batch
    from ..store import open_store
    from .stream import _plain, _progress, fail_if_nothing_read

    if args.workers is not None and args.workers <= 0:
        raise ConfigError(f"--workers must be positive, got {args.workers}", hint="try --workers 2")
    settings = settings_from_args(args)
    engine = get_engine(args.engine, address=args.ray_address, workers=args.workers)
    from .options import sqlite_path

    with open_store(sqlite_path(args.db) or "memory://") as store:
        run = engine.run(args.paths, store=store, settings=settings, on_progress=_progress(args.quiet), near_duplicates=args.near)
        written = write_batch(store, args.out, run, fmt=args.out_format, engine=args.engine)
    report = run.report
    # as `ingest` does: every read problem shown (a warning too: a file read as cp1252, cut at the
    # size limit, or the same text as another file and read once), without terminal control
    # characters from file names (session 22, brief E3: batch printed no warnings, and file names raw)
    for p in report.skipped:
        print(_plain(f"skipped {p.source}: {p.reason}"), file=sys.stderr)
    for p in report.warnings:
        print(_plain(f"warning {p.source}: {p.reason}"), file=sys.stderr)
    for p in report.failed:
        print(_plain(f"failed {p.source}: {p.reason}"), file=sys.stderr)
    print(f"read {report.read} articles ({report.duplicates} duplicates, {len(run.near_duplicates)} near-duplicate pairs); "
          f"{len(report.new_stories)} stories, {len(report.summarized)} reports; wrote {', '.join(str(p) for p in written.values())} ({report.seconds:.1f} s)")
    fail_if_nothing_read(report)
    return 1 if report.failed else 0
