"""Speed of the full cross-source analysis on a five-article story, warm (models already loaded).

    nice -n 10 .venv/bin/python benchmarks/analysis_speed.py [PATH] [--repeat N]

PATH defaults to the bundled example (examples/harbour-collapse). Prints cold time (first call,
including the spaCy load) and the median/max of N warm calls of `StoryAnalyzer.analyze`, plus the
warm end-to-end time (summarize + analyze) for comparison.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsweave import api
from newsweave.analyze import StoryAnalyzer

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", default=str(ROOT / "examples" / "harbour-collapse"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--similarity", default="auto", help="fact similarity (auto, lexical, static, embedding, claim)")
    args = parser.parse_args()
    report = api.summarize([args.path])
    words = sum(len(a.text.split()) for a in report.articles)
    analyzer = StoryAnalyzer(similarity=args.similarity)
    t0 = time.perf_counter()
    analyzer.analyze(report)
    cold = time.perf_counter() - t0
    warm, cpu = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        analyzer.analyze(report)
        warm.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    t0 = time.perf_counter()
    analyzer.analyze(api.summarize([args.path]))
    end_to_end = time.perf_counter() - t0
    print(f"{args.path}: {len(report.articles)} articles, {words} words")
    print(f"cold (incl. spaCy load): {cold:.2f} s")
    print(f"warm analyze: median {statistics.median(warm):.2f} s wall ({statistics.median(cpu):.2f} s CPU), max {max(warm):.2f} s over {args.repeat} runs")
    print(f"warm read+summarize+analyze: {end_to_end:.2f} s")


if __name__ == "__main__":
    main()
