"""Issue 17: the Ray engine against the local engine. Two measurements:

1. `equivalence`: each dev clustering stream ingested by both engines (in-memory stores, same
   settings); BCubed F1 between the two story assignments (1.0 = the same stories).
2. `throughput`: N articles synthesized from the dev streams (copies of the three clustering
   streams, each copy's text marked and its dates moved on by a year, so copies are new articles
   and new stories), written as 16 JSONL shards, run by the local engine and by Ray with 1 and 2
   workers, each in its own process: articles/s, seconds per stage (driver wall time), CPU
   seconds per stage summed over the workers, peak resident memory of driver and workers.

    bash scripts/ray.sh start 2                      # prints ADDRESS (and the DIR to stop it with)
    .venv/bin/python benchmarks/scale.py equivalence --address ADDRESS
    .venv/bin/python benchmarks/scale.py reports --address ADDRESS     # summaries + analyses, multinews stream
    .venv/bin/python benchmarks/scale.py throughput --address ADDRESS --n 100000 [--no-summaries]
    bash scripts/ray.sh stop DIR
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
STREAMS = ("clustering_allsides_stories.jsonl", "clustering_multinews_val100_docs.jsonl", "clustering_googlenews_titles.jsonl")


def settings():
    from newsweave.config import Settings

    return Settings(embedder="static")


def assignments(engine_name: str, path: Path, address: str | None, workers: int | None) -> dict[str, str]:
    from newsweave.engines import get_engine
    from newsweave.store import open_store

    with open_store("memory://") as store:
        get_engine(engine_name, address=address, workers=workers).run([path], store=store, settings=settings(), summarize=False)
        listing, _ = store.list_stories(limit=10**9)
        return {a: s.id for s in listing for a in s.article_ids}


def equivalence(args) -> dict:
    from newsweave.eval.cluster_metrics import cluster_scores

    results = {}
    for name in STREAMS:
        path = Path(args.data_dir) / name
        local = assignments("local", path, None, None)
        remote = assignments("ray", path, args.address, 2)
        ids = sorted(local)
        assert set(remote) == set(local), f"{name}: the engines stored different articles"
        s = cluster_scores([remote[i] for i in ids], [local[i] for i in ids])
        results[name] = {"articles": len(ids), "stories_local": len(set(local.values())), "stories_ray": len(set(remote.values())),
                         "bcubed_f1": round(s.bcubed_f1, 6), "identical_story_ids": remote == local}
        print(name, results[name], flush=True)
    return results


def report_equivalence(args) -> dict:
    """Both engines with summaries and analyses on one dev stream: are the stored reports equal?"""
    from newsweave.engines import get_engine
    from newsweave.engines.output import report_rows, story_rows
    from newsweave.store import open_store

    path = Path(args.data_dir) / args.stream
    snaps = []
    for name, workers in (("local", None), ("ray", 2)):
        started = time.perf_counter()
        with open_store("memory://") as store:
            get_engine(name, address=args.address, workers=workers).run([path], store=store, settings=settings())
            rows = story_rows(store)
            snaps.append(({r["story_id"]: r["report"] for r in report_rows(store, [s["id"] for s in rows])}, time.perf_counter() - started))
    (local, t_local), (remote, t_ray) = snaps
    equal = sum(remote.get(k) == v for k, v in local.items())
    result = {"stream": args.stream, "reports_local": len(local), "reports_ray": len(remote), "identical_reports": equal,
              "seconds_local": round(t_local, 1), "seconds_ray_2_workers": round(t_ray, 1)}
    print(result, flush=True)
    return result


def synthesize(n: int, folder: Path, data_dir: Path, shards: int = 16) -> Path:
    """n articles: the dev streams repeated, copy k marked in its text and moved k years later."""
    rows = []
    for name in STREAMS:
        with open(data_dir / name, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    folder.mkdir(parents=True, exist_ok=True)
    handles = [open(folder / f"part-{i:02d}.jsonl", "w", encoding="utf-8") for i in range(shards)]
    for i in range(n):
        copy, row = divmod(i, len(rows))
        row = dict(rows[row])
        row["text"] = f"{row['text']} [copy {copy}]" if copy else row["text"]
        row["cluster"] = f"{row.get('cluster')}#{copy}"
        if copy and row.get("date"):
            try:
                d = dt.date.fromisoformat(str(row["date"])[:10])
                row["date"] = d.replace(year=d.year + copy).isoformat()
            except ValueError:
                pass
        handles[i % shards].write(json.dumps(row, ensure_ascii=False) + "\n")
    for h in handles:
        h.close()
    return folder


def one(args) -> dict:
    """One engine configuration, in this process (for its own peak memory)."""
    from newsweave.engines import get_engine
    from newsweave.store import open_store

    engine = get_engine(args.engine, address=args.address, workers=args.workers)
    started = time.perf_counter()
    with open_store("memory://") as store:
        run = engine.run([args.input], store=store, settings=settings(), summarize=args.summaries, near_duplicates=True)
        stories = store.count_stories()
    seconds = time.perf_counter() - started
    r = run.report
    return {
        "engine": args.engine, "workers": run.workers, "articles": r.new_articles, "stories": stories, "reports": len(r.summarized),
        "near_duplicate_pairs": len(run.near_duplicates), "seconds": round(seconds, 2), "articles_per_second": round(r.new_articles / seconds, 1),
        "stage_seconds": {k: round(v, 2) for k, v in run.stage_seconds.items()},
        "worker_cpu_seconds": {k: round(v, 2) for k, v in run.worker_seconds.items()},
        "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "worker_peak_mb": run.worker_peak_mb,
    }


def throughput(args) -> list[dict]:
    folder = synthesize(args.n, Path(args.work) / f"synth-{args.n}", Path(args.data_dir))
    results = []
    for engine, workers in (("local", None), ("ray", 1), ("ray", 2)):
        cmd = [sys.executable, __file__, "one", "--engine", engine, "--input", str(folder)]
        cmd += ["--address", args.address] if args.address else []
        cmd += ["--workers", str(workers)] if workers else []
        cmd += [] if args.summaries else ["--no-summaries"]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(json.dumps(result), flush=True)
        results.append(result)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("equivalence", "reports", "throughput", "one"))
    parser.add_argument("--stream", default="clustering_multinews_val100_docs.jsonl", help="for `reports`")
    parser.add_argument("--address", default=os.environ.get("RAY_ADDRESS"))
    parser.add_argument("--data-dir", default=str(DEV))
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--work", default="/tmp/newsweave-scale")
    parser.add_argument("--no-summaries", dest="summaries", action="store_false")
    parser.add_argument("--engine", default="local")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--input", default=None)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    result = {"equivalence": equivalence, "reports": report_equivalence, "throughput": throughput, "one": one}[args.what](args)
    if args.what == "one":
        print(json.dumps(result))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
