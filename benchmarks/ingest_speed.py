"""Ingest speed at volume: synthesize N articles from the dev clustering data, ingest them in
publication order into a fresh database, and report articles/second and the time per article as
the number of stories grows (it should stay flat: candidates come from the time window only).

    nice -n 10 .venv/bin/python benchmarks/ingest_speed.py --n 20000 --embedder static,hashing --n-minilm 1000

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
import statistics
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


def run_one(articles, embedder_name: str, args) -> dict:
    from newsweave.embed import make_embedder
    from newsweave.store import open_store
    from newsweave.stream import ingest

    embedder = make_embedder(embedder_name)
    embedder.embed(["warm up: load the model before the clock starts"])
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{tmp.name}/bench.db"
    marks = []
    with open_store(url) as store:
        state = {"t": time.perf_counter(), "overhead": 0.0}

        def on_progress(stage, done, total):
            if stage != "cluster":
                return
            now = time.perf_counter()
            t0 = time.perf_counter()
            stories = store.count_stories()
            state["overhead"] += time.perf_counter() - t0
            marks.append({"articles": done, "stories": stories, "seconds": now - state["t"]})
            state["t"] = time.perf_counter()

        t0 = time.perf_counter()
        report = ingest(articles, store=store, embedder=embedder, on_progress=on_progress, batch_size=args.batch_size, summarize=args.summaries)
        total = time.perf_counter() - t0 - state["overhead"]
        n_stories = store.count_stories()
    tmp.cleanup()
    per_batch = []
    prev = 0
    for m in marks:
        per_batch.append({"stories_before": m["stories"], "ms_per_article": 1000 * m["seconds"] / max(1, m["articles"] - prev)})
        prev = m["articles"]
    quarter = max(1, len(per_batch) // 4)
    quarters = [statistics.median(x["ms_per_article"] for x in per_batch[i * quarter : (i + 1) * quarter]) for i in range(4) if per_batch[i * quarter : (i + 1) * quarter]]
    return {
        "articles": len(articles),
        "new_articles": report.new_articles,
        "stories": n_stories,
        "embedder": embedder.name,
        "database": url.split(":")[0],
        "summaries": args.summaries,
        "seconds": round(total, 1),
        "articles_per_second": round(len(articles) / total, 1),
        "median_ms_per_article_by_quarter": [round(q, 3) for q in quarters],
        "stories_at_quarter_ends": [per_batch[min(len(per_batch) - 1, (i + 1) * quarter - 1)]["stories_before"] for i in range(len(quarters))],
        "per_batch": per_batch,
    }


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
