"""Speed of the full cross-source analysis on a five-article story, warm (models already loaded).

    nice -n 10 .venv/bin/python benchmarks/analysis_speed.py [PATH] [--repeat N] [--fresh-parses]

PATH defaults to the bundled example (examples/harbour-collapse). Prints cold time (first call,
including the spaCy load) and the median/max of N warm calls of `StoryAnalyzer.analyze`, plus the
warm end-to-end time (summarize + analyze) for comparison. The spaCy Docs of one analysis stay
cached for the next (`analyze/doc_cache.py`, session 26), so a warm call of the same story parses
nothing; --fresh-parses empties that cache and the per-text caches of dates, furniture and
quantities (session 27) before each warm call: the cost of a new story with the models loaded (a no-op on trees without the cache).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsweave import api
from newsweave.analyze import StoryAnalyzer

ROOT = Path(__file__).resolve().parents[1]


def _fresh_story_clearer():
    """A function that empties every per-process cache keyed by a text (so the next warm call costs
    what a new story costs): the spaCy Doc cache (`analyze/doc_cache`, session 26) and the per-text
    answers of `find_dates`, `furniture_kind` and `quantities` (session 27, brief P3), through
    `text.memo.clear_text_caches` where the tree has it (session 28). Caches a tree does not have are
    skipped, so older trees run as before."""
    import importlib

    clears = []
    try:
        from newsweave.analyze.doc_cache import clear

        clears.append(clear)
    except ImportError:  # a tree before session 26
        pass
    try:  # session 28 (brief P5): one public function empties every per-text answer
        from newsweave.text.memo import clear_text_caches

        clears.append(clear_text_caches)
    except ImportError:  # a session-27 tree: its three private caches by name
        for module, name in (("newsweave.text.dates", "_untensed"), ("newsweave.text.furniture", "_kept_kind"), ("newsweave.analyze.quantities", "_quantities")):
            cached = getattr(importlib.import_module(module), name, None)
            if hasattr(cached, "cache_clear"):
                clears.append(cached.cache_clear)
    return lambda: [c() for c in clears]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", default=str(ROOT / "examples" / "harbour-collapse"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--similarity", default="auto", help="fact similarity (auto, lexical, static, embedding, claim)")
    parser.add_argument("--fresh-parses", action="store_true", help="empty the per-text caches (spaCy Docs, dates, furniture, quantities) before each warm call: the cost of a new story")
    args = parser.parse_args()
    clear_parses = _fresh_story_clearer()
    report = api.summarize([args.path])
    words = sum(len(a.text.split()) for a in report.articles)
    analyzer = StoryAnalyzer(similarity=args.similarity)
    t0 = time.perf_counter()
    analyzer.analyze(report)
    cold = time.perf_counter() - t0
    warm, cpu = [], []
    for _ in range(args.repeat):
        if args.fresh_parses:
            clear_parses()
        t0, c0 = time.perf_counter(), time.process_time()
        analyzer.analyze(report)
        warm.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    if args.fresh_parses:
        clear_parses()
    t0 = time.perf_counter()
    analyzer.analyze(api.summarize([args.path]))
    end_to_end = time.perf_counter() - t0
    print(f"{args.path}: {len(report.articles)} articles, {words} words")
    print(f"cold (incl. spaCy load): {cold:.2f} s")
    print(f"warm analyze{' (fresh parses)' if args.fresh_parses else ''}: median {statistics.median(warm):.2f} s wall ({statistics.median(cpu):.2f} s CPU), max {max(warm):.2f} s over {args.repeat} runs")
    print(f"warm read+summarize+analyze: {end_to_end:.2f} s")


if __name__ == "__main__":
    main()
