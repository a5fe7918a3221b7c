"""Every reader and text stage takes time proportional to its input, even hostile input.

Each case builds 100 KB, 250 KB and 1 MB of adversarial input (long words, runs of punctuation,
unclosed tags, whitespace runs) and times the stage on all three in the same run. Linear code gives
time(1 MB)/time(100 KB) near 10 and time(1 MB)/time(250 KB) near 4; quadratic code gives about
100 and 16. At 100 KB the input still fits in the CPU cache, so linear code measures up to ~40 on
the first ratio; a stage fails only when BOTH ratios are super-linear (> 40 and > 6.5). No
wall-clock constants; a failing case is measured once more before the test fails, so one hiccup of
a shared machine does not fail it, but a quadratic stage always does.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsweave.read import read_file
from newsweave.read.html import strip_bulk
from newsweave.read.multinews import split_multinews
from newsweave.text.clean import clean_text
from newsweave.text.segment import split_spans

SMALL, MIDDLE, LARGE = 100_000, 250_000, 1_000_000
MAX_RATIO = 40  # time(LARGE) / time(SMALL): linear ~10 (up to ~40 from cache effects), quadratic ~100
MAX_RATIO_MIDDLE = 8  # time(LARGE) / time(MIDDLE): linear ~4, quadratic ~16
PROSE = "The harbour master said the crane fell at dawn. "


def _fit(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit))


# Text stage inputs: name -> builder(size) -> str.
TEXTS: dict[str, Callable[[int], str]] = {
    "long word with initials": lambda n: _fit("x" * 5000 + " J. K. Rowling. ", n),
    "one huge word": lambda n: "y" * n + ". The end.",
    "full stops": lambda n: "." * n,
    "full stops then space": lambda n: _fit("....... ", n),
    "mixed terminators": lambda n: _fit("a!?.…", n) + " A",
    "closing quotes": lambda n: "End." + '"' * n + "x",
    "terminator and quote pairs": lambda n: _fit('."', n) + " X",
    "abbreviations": lambda n: _fit("Mr. Dr. U.S. No. 5 Jan. J. ", n),
    "detached quotes": lambda n: _fit('it " works. " trump said. ', n),
    "whitespace run": lambda n: "Start. " + " \t" * (n // 2) + "End.",
    "prose": lambda n: _fit(PROSE, n),
    "prose without line breaks or stops": lambda n: _fit("word ", n),
    "caption markers": lambda n: _fit("Image copyright Getty Images Image caption ", n),
    "credits": lambda n: _fit("(Reuters/Getty Images) ", n),
}

# Reader inputs: name -> (file suffix, builder(size) -> str).
FILES: dict[str, tuple[str, Callable[[int], str]]] = {
    "text: long word": (".txt", TEXTS["long word with initials"]),
    "text: punctuation run": (".txt", lambda n: PROSE * 3 + "." * n),
    "text: whitespace run": (".txt", lambda n: PROSE * 3 + " \t" * (n // 2) + PROSE),
    "html: unclosed scripts": (".html", lambda n: "<html><body><p>" + PROSE * 20 + "</p>" + _fit("<script>", n)),
    "html: unclosed comments": (".html", lambda n: "<html><body><p>" + PROSE * 20 + "</p>" + _fit("<!--", n)),
    "html: unclosed styles and svg": (".html", lambda n: "<html><body><p>" + PROSE * 20 + "</p>" + _fit("<style x><svg y>", n)),
    "multinews: whitespace runs": (".txt", lambda n: PROSE * 10 + " |||||" + " " * n + "NEWLINE_CHAR " + PROSE * 10),
    "multinews: newline tokens": (".txt", lambda n: PROSE * 10 + " ||||| " + _fit(" NEWLINE_CHAR  NEWLINE_CHAR x", n)),
    "jsonl: one long line": (".jsonl", lambda n: json.dumps({"text": _fit(PROSE, n)}) + "\n"),
    "json: many records": (".json", lambda n: json.dumps([{"text": PROSE * 5, "title": f"t{i}"} for i in range(n // 300)])),
    "feed: many entries": (".rss", lambda n: "<rss><channel><title>T</title>" + "".join(
        f"<item><title>t{i}</title><description>{PROSE * 3}{i}</description></item>" for i in range(n // 300)
    ) + "</channel></rss>"),
}


def _seconds(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def time_ratio(run: Callable[[str], object], build: Callable[[int], str]) -> float:
    """time(1 MB) / time(100 KB), capped at the bound when time(1 MB) / time(250 KB) shows linear growth (the
    small size alone can look super-linear because it fits in the CPU cache). Best of three runs
    for the smaller sizes: they are the noisy ones."""
    small, middle, large = build(SMALL), build(MIDDLE), build(LARGE)
    ratio = 0.0
    for _ in range(2):
        t_small = _seconds(lambda: run(small), 3)
        t_middle = _seconds(lambda: run(middle), 2)
        t_large = _seconds(lambda: run(large), 1)
        ratio = t_large / max(t_small, 1e-4)
        if ratio <= MAX_RATIO or t_large / max(t_middle, 1e-4) <= MAX_RATIO_MIDDLE:
            return min(ratio, MAX_RATIO)
    return ratio


@pytest.mark.timeout(300)
@pytest.mark.parametrize("stage", [split_spans, clean_text], ids=["split_spans", "clean_text"])
@pytest.mark.parametrize("case", sorted(TEXTS))
def test_text_stage_is_linear(stage, case):
    assert time_ratio(stage, TEXTS[case]) <= MAX_RATIO


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "case",
    ["unclosed scripts", "unclosed comments", "unclosed openers without >", "closed blocks", "ld+json scripts"],
)
def test_html_bulk_stripping_is_linear(case):
    builders = {
        "unclosed scripts": lambda n: _fit("<script>", n),
        "unclosed comments": lambda n: _fit("<!--", n),
        "unclosed openers without >": lambda n: _fit("<script<style<svg", n),
        "closed blocks": lambda n: _fit("<p>a</p><script>x()</script><!-- c -->", n),
        "ld+json scripts": lambda n: _fit('<script type="application/ld+json">', n),
    }
    assert time_ratio(strip_bulk, builders[case]) <= MAX_RATIO


@pytest.mark.timeout(300)
def test_multinews_newline_tokens_are_linear():
    assert time_ratio(split_multinews, lambda n: "a" + " " * n + "b") <= MAX_RATIO
    assert time_ratio(split_multinews, lambda n: _fit(" NEWLINE_CHAR \t", n)) <= MAX_RATIO


@pytest.mark.timeout(600)
@pytest.mark.parametrize("case", sorted(FILES))
def test_reader_is_linear(case, tmp_path: Path):
    suffix, build = FILES[case]
    counter = iter(range(1000))

    def read(content: str):
        path = tmp_path / f"input{next(counter)}{suffix}"
        path.write_text(content, encoding="utf-8")
        return read_file(path)

    assert time_ratio(read, build) <= MAX_RATIO
