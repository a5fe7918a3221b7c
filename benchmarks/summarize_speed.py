"""Summarization speed: newsweave vs sumy's LexRank on the same clusters, after loading.

For each cluster set, every system summarizes every cluster once after a warm-up call; the
figures are seconds per cluster (mean, median, 90th percentile, max). newsweave goes through
`newsweave.api.summarize` from `Article`s, so segmentation is included; LexRank gets the same
texts. The dev sets' five-article clusters are also timed on their own, and the bundled five-article example story (`examples/harbour-collapse/`) is timed over
repeated runs, both from Articles and from the files (reading and cleaning included).

    nice -n 10 .venv/bin/python benchmarks/summarize_speed.py
    nice -n 10 .venv/bin/python benchmarks/summarize_speed.py --repeats 50 --limit 20

The dev sets come from `../shared/data/dev` when present; the example story always runs.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev"
EXAMPLE = REPO / "examples" / "harbour-collapse"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summarize_quality import code_version  # noqa: E402  (one definition for both benchmarks)
SETS = (
    ("fulltext_dev46", "summarization_multinews_fulltext_dev46.jsonl", 250),
    ("val100", "summarization_multinews_val100.jsonl", 250),
)


def stats(times: list[float]) -> tuple[float, float, float, float]:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return statistics.fmean(times), statistics.median(times), p90, ordered[-1]


def row(label: str, system: str, n: int, words: int, times: list[float]) -> str:
    mean, median, p90, worst = stats(times)
    return f"| {label} | {system} | {n} | {words} | {mean:.4f} | {median:.4f} | {p90:.4f} | {worst:.4f} |"


def time_each(fn, items) -> list[float]:
    out = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=None, help="first N clusters of each dev set")
    parser.add_argument("--repeats", type=int, default=30, help="runs of the five-article example (default 30)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO / "src"))
    from newsweave import api
    from newsweave.eval.baselines import SumyBaseline
    from newsweave.eval.summarize_eval import NewsweaveSystem, articles_for, load_clusters

    start = time.perf_counter()
    newsweave = NewsweaveSystem(fill_budget=False)  # as a user runs it
    load_newsweave = time.perf_counter() - start
    start = time.perf_counter()
    lexrank = SumyBaseline("lexrank")
    load_lexrank = time.perf_counter() - start

    rows: list[str] = []
    for label, filename, words in SETS:
        path = args.data_dir / filename
        if not path.exists():
            print(f"skipping {label}: {path} not found", file=sys.stderr)
            continue
        clusters = load_clusters(path, limit=args.limit).clusters
        print(f"{label}: {len(clusters)} clusters ...", file=sys.stderr, flush=True)
        newsweave.summarize_cluster(clusters[0], words=words)  # warm-up
        lexrank.summarize([d.text for d in clusters[0].documents], words=words)
        rows.append(row(label, "newsweave", len(clusters), words, time_each(lambda c: newsweave.summarize_cluster(c, words=words), clusters)))
        rows.append(row(label, "lexrank (sumy)", len(clusters), words, time_each(lambda c: lexrank.summarize([d.text for d in c.documents], words=words), clusters)))
        five = [c for c in clusters if len(c.documents) == 5]
        if five:
            # Real five-article stories, each run several times: the speed target.
            runs = [c for c in five for _ in range(max(3, args.repeats // len(five)))]
            size = "-".join(str(n) for n in sorted(sum(len(d.text.split()) for d in c.documents) for c in five))
            five_label = f"{label}, its {len(five)} five-article stories ({size} words)"
            rows.append(row(five_label, "newsweave", len(runs), words, time_each(lambda c: newsweave.summarize_cluster(c, words=words), runs)))
            rows.append(row(five_label, "newsweave at 120 words", len(runs), 120, time_each(lambda c: newsweave.summarize_cluster(c, words=120), runs)))
            rows.append(row(five_label, "lexrank (sumy)", len(runs), words, time_each(lambda c: lexrank.summarize([d.text for d in c.documents], words=words), runs)))

    example_words = 0
    if EXAMPLE.is_dir():
        read = api.read([EXAMPLE])
        articles = list(read.articles)
        example_words = sum(len(a.text.split()) for a in articles)
        label = f"example story ({len(articles)} articles, {example_words} words)"
        summarizer = newsweave.summarizer
        api.summarize(articles, 120, summarizer=summarizer)  # warm-up
        reps = range(args.repeats)
        rows.append(row(label, "newsweave from Articles", args.repeats, 120, time_each(lambda _: api.summarize(articles, 120, summarizer=summarizer), reps)))
        rows.append(row(label, "newsweave from files (read + clean too)", args.repeats, 120, time_each(lambda _: api.summarize([EXAMPLE], 120, summarizer=summarizer), reps)))
        texts = [a.text for a in articles]
        rows.append(row(label, "lexrank (sumy)", args.repeats, 120, time_each(lambda _: lexrank.summarize(texts, words=120), reps)))
    else:
        print(f"no example story at {EXAMPLE}", file=sys.stderr)

    print(
        f"Seconds per cluster after loading (newsweave summarizer built in {load_newsweave:.2f} s, "
        f"sumy LexRank in {load_lexrank:.2f} s). {code_version()}. Machine: {platform.machine()}, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}.\n"
    )
    print("| clusters | system | n | words | mean s | median s | p90 s | max s |")
    print("|:--|:--|--:|--:|--:|--:|--:|--:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
