"""Near-duplicate search at scale: `find_derivations` over many synthetic articles.

    nice -n 10 .venv/bin/python benchmarks/analysis_derivation_scale.py [--articles 20000] [--copies 200]

Articles are seeded random 12-sentence texts (no third-party text); `--copies` of them are
rewritten (one word in five replaced) and published a day later. Prints time, articles/s, and
recall/precision of the planted (source, copy) pairs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "analyze"))

from synthetic import corpus  # noqa: E402

from newsweave.analyze import find_derivations  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--copies", type=int, default=200)
    args = parser.parse_args()
    t0 = time.perf_counter()
    docs, planted = corpus(args.articles, args.copies)
    built = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    found = {(d.source_id, d.copy_id) for d in find_derivations(docs)}
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    hits = len(found & planted)
    print(f"{len(docs)} articles ({sum(len(d.sentences) for d in docs)} sentences), corpus built in {built:.1f} s")
    print(f"find_derivations: {took:.1f} s wall, {cpu:.1f} s CPU ({len(docs) / took:.0f} articles/s wall; the machine is shared)")
    print(f"planted {len(planted)}, found {len(found)}, recall {hits / max(len(planted), 1):.3f}, precision {hits / max(len(found), 1):.3f}")


if __name__ == "__main__":
    main()
