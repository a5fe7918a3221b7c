"""CPU time of `find_derivations` on story-sized sets, for one code version per process.

    nice -n 10 .venv/bin/python benchmarks/copies_speed.py SRC      # SRC: a src/ tree (e.g. the
                                                                    # session-start code unpacked)

Sets: the five Corbyn articles (30 calls), the first 100 AllSides articles as one set and the first
100 non-empty Multi-News val100 documents as one set (3 calls each; every pair of a set of up to
100 articles is tried for a reworded rewrite, so these are the worst case of a story run).
Prints CPU ms per call and the number of pairs reported. No article text is printed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = (ROOT / ".." / "shared" / "data" / "dev").resolve()
EXAMPLE = (ROOT / ".." / "shared" / "examples" / "corbyn-jewish-leaders-2018").resolve()


def main() -> None:
    sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "src"))
    from newsweave.analyze.derivation import find_derivations
    from newsweave.api import read
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    seg = RuleSegmenter()
    rows = [json.loads(line) for line in open(DEV / "clustering_allsides_stories.jsonl", encoding="utf-8")][:100]
    allsides = [seg.split(Article(id=r["id"], outlet=r["outlet"], text=r["text"])) for r in rows]
    clusters = [json.loads(line) for line in open(DEV / "summarization_multinews_val100.jsonl", encoding="utf-8")]
    multinews = [seg.split(Article(id=f"{c['id']}:{i}", outlet=f"unknown {c['id']}:{i}", text=d["text"]))
                 for c in clusters for i, d in enumerate(c["documents"]) if d["text"].strip()][:100]
    corbyn = [seg.split(a) for a in read([str(EXAMPLE)]).articles]
    for name, docs, n in (("corbyn", corbyn, 30), ("allsides100", allsides, 3), ("multinews100", multinews, 3)):
        find_derivations(docs)
        t = time.process_time()
        for _ in range(n):
            found = find_derivations(docs)
        print(f"{name}: {len(docs)} articles, {(time.process_time() - t) / n * 1000:.1f} ms CPU per call, {len(found)} pairs")


if __name__ == "__main__":
    main()
