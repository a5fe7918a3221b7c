"""Linear-time check of every reader and text stage on adversarial input (issue 18).

For each stage and input shape, times the stage at a small and a large size in one run and prints
the ratio time(large) / time(small). With large = 10 x small, linear code gives about 10 and
quadratic code about 100. `--src` points at another checkout's `src` (e.g. the 4ff093b baseline,
exported with `git archive`) to measure it the same way; quadratic baselines need small sizes.

    .venv/bin/python benchmarks/robustness.py                      # 100 KB -> 1 MB, this tree
    .venv/bin/python benchmarks/robustness.py --src /tmp/base/src --small 2000 --middle 6000 --large 20000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

PROSE = "The harbour master said the crane fell at dawn. "


def fit(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit))


TEXTS = {
    "long word with initials": lambda n: fit("x" * 5000 + " J. K. Rowling. ", n),
    "full stops": lambda n: "." * n,
    "mixed terminators": lambda n: fit("a!?.…", n) + " A",
    "closing quotes": lambda n: "End." + '"' * n + "x",
    "abbreviations": lambda n: fit("Mr. Dr. U.S. No. 5 Jan. J. ", n),
    "detached quotes": lambda n: fit('it " works. " trump said. ', n),
    "whitespace run": lambda n: "Start. " + " \t" * (n // 2) + "End.",
    "prose": lambda n: fit(PROSE, n),
}
FILES = {
    "text: punctuation run": (".txt", lambda n: PROSE * 3 + "." * n),
    "html: unclosed <script>": (".html", lambda n: "<html><body><p>" + PROSE * 20 + "</p>" + fit("<script>", n)),
    "html: unclosed <!--": (".html", lambda n: "<html><body><p>" + PROSE * 20 + "</p>" + fit("<!--", n)),
    "html: prose in sibling divs": (".html", lambda n: "<html><body><div>" + fit(f"<div>{PROSE * 3}</div>", n) + "</div>"),
    "html: <br> run in a story div": (".html", lambda n: "<html><body><div>" + PROSE * 5 + fit("<br>", n) + PROSE * 5 + "</div>"),
    "multinews: whitespace run": (".txt", lambda n: PROSE * 10 + " |||||" + " " * n + "NEWLINE_CHAR " + PROSE * 10),
    "jsonl: one long line": (".jsonl", lambda n: json.dumps({"text": fit(PROSE, n)}) + "\n"),
    "feed: many entries": (".rss", lambda n: "<rss><channel><title>T</title>" + "".join(
        f"<item><title>t{i}</title><description>{PROSE * 3}{i}</description></item>" for i in range(max(1, n // 300))
    ) + "</channel></rss>"),
}


def seconds(run, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", help="a checkout's src folder to measure instead of this one")
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--middle", type=int, default=250_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    args = parser.parse_args()
    sys.path.insert(0, args.src or str(Path(__file__).resolve().parents[1] / "src"))
    from newsweave.read import read_file
    from newsweave.read import html as html_reader
    from newsweave.read.multinews import split_multinews
    from newsweave.text.clean import clean_text
    from newsweave.text.segment import split_spans

    strip = getattr(html_reader, "strip_bulk", None) or (lambda t: html_reader._BULK.sub(" ", t))
    stages = [(f"split_spans: {k}", split_spans, b) for k, b in TEXTS.items()]
    stages += [(f"clean_text: {k}", clean_text, b) for k, b in TEXTS.items()]
    stages += [
        ("html bulk strip: unclosed <script>", strip, lambda n: fit("<script>", n)),
        ("html bulk strip: unclosed <!--", strip, lambda n: fit("<!--", n)),
        ("multinews NEWLINE_CHAR: whitespace run", split_multinews, lambda n: "a" + " " * n + "b"),
    ]
    folder = Path(tempfile.mkdtemp(prefix="nw-robust-"))
    counter = iter(range(10**6))
    for name, (suffix, build) in FILES.items():
        def read(content, suffix=suffix):
            path = folder / f"f{next(counter)}{suffix}"
            path.write_text(content, encoding="utf-8")
            return read_file(path)
        stages.append((f"read_file {name}", read, build))
    print(f"| stage: input | {args.small:,} (s) | {args.middle:,} (s) | {args.large:,} chars (s) | large/small | large/middle |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, run, build in stages:
        small, middle, large = build(args.small), build(args.middle), build(args.large)
        t_small = seconds(lambda: run(small), 3)
        t_middle = seconds(lambda: run(middle), 2)
        t_large = seconds(lambda: run(large), 1)
        print(f"| {name} | {t_small:.4f} | {t_middle:.4f} | {t_large:.3f} | {t_large / max(t_small, 1e-4):.1f} | "
              f"{t_large / max(t_middle, 1e-4):.1f} |", flush=True)


if __name__ == "__main__":
    main()
