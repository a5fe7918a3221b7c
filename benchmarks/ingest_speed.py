"""Ingest speed at volume: synthesize N articles from the dev clustering data, ingest them in
publication order into a fresh database, and report the speed and the time per article as the
number of stories grows (it should stay flat: candidates come from the time window only).

    nice -n 10 .venv/bin/python benchmarks/ingest_speed.py --n 20000 --embedder static,hashing --n-minilm 1000

The machine is shared, so wall clock says as much about the other jobs as about newsweave. Every
run reports both:
- `wall_seconds` / `articles_per_second_wall`: elapsed time;
- `cpu_seconds` / `articles_per_cpu_second`: CPU time of the process (all its threads) and its
  children, i.e. what ingest costs; on an otherwise idle core the wall clock approaches it (the
  ingest is single-threaded apart from the tokenizer, and SQLite in WAL mode with
  synchronous=NORMAL does not wait on the disk at each commit);
- `cpu_ms_per_article_by_1000` / `wall_ms_per_article_by_1000`: the time per article for each
  successive ~1,000 articles (whole batches), with `stories_by_1000` the stories in the database
  at each point: flat means the cost does not grow with the database;
- `load_average_before_after`: the 1-minute load average, to judge the wall clock.
`--digest` / `--assignments-out` give the article -> story assignments (after merges), to check
that a speed change leaves every story as it was.

Several embedders run one after the other in the same process; MiniLM on its own smaller stream
(`--n-minilm`, the first N articles of the same synthesized stream) because it embeds ~10-15
articles/s on this machine.

Synthesis: each dev article (AllSides, Multi-News, Google News) is reused several times; copy k
gets a marker sentence (so its content id differs) and its dates shifted by k*200 days, so copies
become new stories in a later period, as a long-running feed would. Undated articles get dates
spread evenly over the period. No text leaves this process (the database is a temp file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
FILES = ("clustering_allsides_stories.jsonl", "clustering_multinews_val100_docs.jsonl", "clustering_googlenews_titles.jsonl")


def synthesize(n: int, data_dir: Path):
    from newsweave.eval.cluster_metrics import load_cluster_data
    from newsweave.types import Article, content_id

    base = []
    for name in FILES:
        path = data_dir / name
        if path.exists():
            articles, _ = load_cluster_data(path)
            base.extend(articles)
    if not base:
        raise SystemExit(f"no dev data under {data_dir}")
    start = dt.date(2021, 4, 22)
    span = 180
    out = []
    copy = 0
    while len(out) < n:
        for i, a in enumerate(base):
            if len(out) >= n:
                break
            day = a.published or (start + dt.timedelta(days=(i * span) // len(base)))
            day = day + dt.timedelta(days=copy * 200)
            text = a.text + (f" (Copy {copy}.)" if copy else "")
            out.append(Article(id=content_id(text), outlet=a.outlet, text=text, title=a.title, published=day, source=a.source))
        copy += 1
    return out


def cpu_seconds() -> float:
    """CPU time of this process (all its threads: the tokenizer runs some) and of its children."""
    t = os.times()
    return time.process_time() + t.children_user + t.children_system


def blocks(marks, size: int = 1000) -> list[dict]:
    """Per-batch marks summed into blocks of ~`size` articles (a block ends at the first batch
    that reaches the next multiple of `size`): wall and CPU ms per article, stories in the DB."""
    out, wall, cpu, since, goal = [], 0.0, 0.0, 0, size
    for m in marks:
        wall += m["seconds"]
        cpu += m["cpu"]
        if m["articles"] >= goal or m is marks[-1]:
            n = max(1, m["articles"] - since)
            out.append({"articles": m["articles"], "stories": m["stories"], "wall_ms": round(1000 * wall / n, 3), "cpu_ms": round(1000 * cpu / n, 3)})
            wall, cpu, since = 0.0, 0.0, m["articles"]
            while goal <= m["articles"]:
                goal += size
    return out


def run_one(articles, embedder_name: str, args) -> dict:
    from newsweave.embed import make_embedder
    from newsweave.store import open_store
    from newsweave.stream import ingest

    embedder = make_embedder(embedder_name)
    embedder.embed(["warm up: load the model before the clock starts"])
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{tmp.name}/bench.db"
    marks = []
    load_before = os.getloadavg()
    with open_store(url) as store:
        state = {"t": time.perf_counter(), "c": cpu_seconds(), "overhead": 0.0, "cpu_overhead": 0.0}

        def on_progress(stage, done, total):
            if stage != "cluster":
                return
            now, cpu = time.perf_counter(), cpu_seconds()
            stories = store.count_stories()  # not counted: the benchmark's own query
            marks.append({"articles": done, "stories": stories, "seconds": now - state["t"], "cpu": cpu - state["c"]})
            state["overhead"] += time.perf_counter() - now
            state["cpu_overhead"] += cpu_seconds() - cpu
            state["t"], state["c"] = time.perf_counter(), cpu_seconds()

        t0, c0 = time.perf_counter(), cpu_seconds()
        report = ingest(articles, store=store, embedder=embedder, on_progress=on_progress, batch_size=args.batch_size, summarize=args.summaries)
        total = time.perf_counter() - t0 - state["overhead"]
        cpu_total = cpu_seconds() - c0 - state["cpu_overhead"]
        n_stories = store.count_stories()
        assignments = assignment_digest(store, articles) if args.assignments_out or args.digest else None
    tmp.cleanup()
    curve = blocks(marks)
    n = len(articles)
    result = {
        "articles": n,
        "new_articles": report.new_articles,
        "set_aside": len(getattr(report, "set_aside", ())),  # not articles: neither stored nor clustered (session 25)
        "stories": n_stories,
        "embedder": embedder.name,
        "database": url.split(":")[0],
        "summaries": args.summaries,
        "wall_seconds": round(total, 1),
        "articles_per_second_wall": round(n / total, 1),
        "cpu_seconds": round(cpu_total, 1),
        "cpu_ms_per_article": round(1000 * cpu_total / n, 3),
        "articles_per_cpu_second": round(n / cpu_total, 1),
        "load_average_before_after": [round(load_before[0], 1), round(os.getloadavg()[0], 1)],
        "cpu_ms_per_article_by_1000": [b["cpu_ms"] for b in curve],
        "wall_ms_per_article_by_1000": [b["wall_ms"] for b in curve],
        "stories_by_1000": [b["stories"] for b in curve],
    }
    if assignments is not None:
        result["assignments_sha1"] = assignments[0]
        if args.assignments_out:
            Path(args.assignments_out.replace("{embedder}", embedder_name)).write_text(json.dumps(assignments[1], sort_keys=True), encoding="utf-8")
    result["per_batch"] = marks
    return result


def assignment_digest(store, articles) -> tuple[str, dict[str, str]]:
    """article id -> story id after the run (merges followed), and its SHA-1: equal digests mean
    the same stories, so a speed change can be checked not to change a single assignment."""
    import hashlib

    with store.unit_of_work() as work:
        found = work.stories_of(a.id for a in articles)
    story_of = {a.id: found[a.id] for a in articles if a.id in found}  # (an article ingest set aside is not stored: session 25)
    return hashlib.sha1(json.dumps(story_of, sort_keys=True).encode()).hexdigest(), story_of


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--embedder", default="static,hashing", help="comma-separated: static, hashing, minilm")
    parser.add_argument("--n-minilm", type=int, default=1000, help="articles for the MiniLM run (0: skip it)")
    parser.add_argument("--db", default=None, help="database URL (default: a temp SQLite file)")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--summaries", action="store_true", help="also summarize every story (slow)")
    parser.add_argument("--data-dir", default=str(DEV))
    parser.add_argument("--out", default=None, help="write the figures as JSON here")
    parser.add_argument("--digest", action="store_true", help="report a SHA-1 of the article -> story assignments")
    parser.add_argument("--assignments-out", default=None, help="write article id -> story id as JSON here ({embedder} in the path: the embedder's name)")
    args = parser.parse_args()

    articles = synthesize(args.n, Path(args.data_dir))
    names = [x for x in args.embedder.split(",") if x]
    if args.n_minilm and "minilm" not in names:
        names.append("minilm")
    results = []
    for name in names:
        subset = articles[: args.n_minilm] if name == "minilm" else articles
        result = run_one(subset, name, args)
        results.append(result)
        print(json.dumps({k: v for k, v in result.items() if k != "per_batch"}), flush=True)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
