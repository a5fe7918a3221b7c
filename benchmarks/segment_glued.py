"""Where the glued-full-stop rule of text/segment.py splits ("said.The", "in the video.the video"),
to read every case for false splits (web addresses, "U.S.", "No.5", e-mails, file names, decimals,
initials, abbreviations glued to names).

    .venv/bin/python benchmarks/segment_glued.py [--src SRC] [--train N] [--show]

For every dev file (val100, fulltext_dev46, NeuS, AllSides, PolNeAR, the Multi-News val100 docs,
Google News titles), the Corbyn example and the first N clusters of the training file (all 20,000
by default), counts the sentence ends `split_spans` puts right after a `_GLUED` full stop; --show
prints each case with 45 characters either side (stdout only, never kept in the project; the
"No More 404" archive notice that repeats in ~70 training documents is shown once). Run it with
--src on a tree without the rule to check that nothing fires there.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
TRAIN = ROOT.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"
EXAMPLE = ROOT.parent / "shared" / "examples" / "corbyn-jewish-leaders-2018"


def texts(train: int):
    for name in ("summarization_multinews_val100.jsonl", "summarization_multinews_fulltext_dev46.jsonl", "summarization_neus_val100.jsonl"):
        for line in (DEV / name).open(encoding="utf-8"):
            for i, doc in enumerate(json.loads(line)["documents"]):
                yield name, doc["text"]
    for name in ("clustering_allsides_stories.jsonl", "polnear_dev.jsonl", "clustering_multinews_val100_docs.jsonl", "clustering_googlenews_titles.jsonl"):
        for line in (DEV / name).open(encoding="utf-8"):
            yield name, json.loads(line)["text"]
    for path in sorted(EXAMPLE.glob("*.txt")):
        yield "corbyn", path.read_text(encoding="utf-8")
    with TRAIN.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= train:
                break
            for doc in json.loads(line)["documents"]:
                yield "train", doc["text"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    ap.add_argument("--train", type=int, default=20000, help="first N training clusters")
    ap.add_argument("--show", action="store_true", help="print every case (distinct contexts)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src))
    from newsweave.text import segment

    glued = getattr(segment, "_GLUED", None)
    counts: collections.Counter = collections.Counter()
    seen: set[str] = set()
    for name, text in texts(args.train):
        if glued is None:
            break
        ends = {e for _, e in segment.split_spans(text)}
        for m in glued.finditer(text):
            if m.end() not in ends:
                continue
            counts[name] += 1
            context = text[max(0, m.start() - 45) : m.end() + 30].replace("\n", " ")
            key = "No More 404" if "page's authors" in context else context
            if args.show and key not in seen:
                seen.add(key)
                print(f"{name}\t{context}")
    print(json.dumps({"splits": dict(counts), "distinct shown": len(seen) if args.show else None}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
