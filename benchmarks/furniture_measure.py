"""Page furniture on real pages: how many sentences of the dev sets `text/furniture.py` flags,
by kind, how many it trims (datelines and the like), and a seeded sample of each for reading.

    .venv/bin/python benchmarks/furniture_measure.py                      # counts + 8 samples per kind
    .venv/bin/python benchmarks/furniture_measure.py --samples 20 --seed 1

Samples are printed for a reader to judge (precision); they are never stored in the repo.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev"
FILES = ("summarization_multinews_fulltext_dev46.jsonl", "summarization_multinews_val100.jsonl", "summarization_neus_val100.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEV)
    parser.add_argument("--samples", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    from newsweave.text.furniture import content_span, furniture_kind, is_headline_line
    from newsweave.text.segment import split_spans

    if not args.data_dir.is_dir():
        print(f"no dev data at {args.data_dir}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    print("| file | sentences | furniture | trimmed | headline lines | by kind |\n|:--|--:|--:|--:|--:|:--|")
    samples: dict[str, list[str]] = defaultdict(list)
    for name in FILES:
        kinds: dict[str, int] = defaultdict(int)
        n = trimmed = heads = 0
        for line in open(args.data_dir / name, encoding="utf-8"):
            for doc in json.loads(line)["documents"]:
                text = doc["text"]
                for a, b in split_spans(text):
                    n += 1
                    s = text[a:b]
                    x, y = content_span(s)
                    trimmed += (x, y) != (0, len(s))
                    if (x, y) != (0, len(s)):
                        samples["trim"].append(f"[{s[:x]}] {s[x : x + 60]}")
                    kind = furniture_kind(s[x:y])
                    if kind:
                        kinds[kind] += 1
                        samples[kind].append(s[:140])
                    elif is_headline_line(text, a, b):
                        heads += 1
        total = sum(kinds.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
        print(f"| {name} | {n} | {total} | {trimmed} | {heads} | {detail} |")
    for kind, texts in sorted(samples.items()):
        print(f"\n## {kind} ({len(texts)}), {min(args.samples, len(texts))} sampled")
        for t in rng.sample(texts, min(args.samples, len(texts))):
            print("   ", t)
    return 0


if __name__ == "__main__":
    sys.exit(main())
