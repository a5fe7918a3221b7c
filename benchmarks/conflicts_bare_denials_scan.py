"""Sentences that reject an accusation named by a bare noun ("X denied the allegations", "dismissed the
claim", "called the charges false"), with the three sentences before each, for reading by hand.

    .venv/bin/python benchmarks/conflicts_bare_denials_scan.py dev            # every cased dev cluster
    .venv/bin/python benchmarks/conflicts_bare_denials_scan.py train 3000     # a seeded draw of training clusters

Session 16 (issue 12) measured with it whether the anaphoric form (the accusation told in an earlier
sentence) is worth a finder next to `analyze/allegation_denials.py`; the reading is in
benchmarks/ANALYSIS.md, Conflicts, "Session 16 (denials of a bare noun)". A regex over a plain
sentence split, not the product's parse: it over-matches ("called to report") and the hits are read.
"dev" covers the NeuS val100, full-text dev46 and Multi-News val100 clusters, the AllSides stories
grouped by story, and the PolNeAR articles one by one. "train" draws with `random.Random(1616)`
(training data, development evidence only). Prints to stdout; nothing is written.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
_VERB = r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|call(?:s|ed)?"
_DET = r"(?:(?:the|these|those|such|all|that|this|any|his|her|their|its)\s+)?(?:\w+\s+)?"
# the noun must not open its own content clause ("claims that ...": allegation_denials' kind) or an "of/by" phrase
PATTERN = re.compile(rf"\b(?:{_VERB})\s+{_DET}(?:allegations?|claims?|accusations?|charges?|reports?)\b"
                     r"(?!\s+(?:\w+\s+){0,3}?that\b)(?!\s+(?:of|by|about|from|against)\b)", re.I)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?\"\u201d])\s+(?=[A-Z\u201c\"])|\n+", text) if s.strip()]


def dev_clusters():
    for name in ("summarization_neus_val100.jsonl", "summarization_multinews_fulltext_dev46.jsonl",
                 "summarization_multinews_val100.jsonl"):
        for line in open(DATA / "dev" / name):
            c = json.loads(line)
            yield c["id"], [d["text"] for d in c["documents"]]
    stories: dict[str, list[str]] = {}
    for line in open(DATA / "dev" / "clustering_allsides_stories.jsonl"):
        a = json.loads(line)
        stories.setdefault(a["cluster"], []).append(a["text"])
    yield from stories.items()
    for line in open(DATA / "dev" / "polnear_dev.jsonl"):
        a = json.loads(line)
        yield a["id"], [a["text"]]


def train_clusters(n: int):
    lines = open(DATA / "train" / "summarization_multinews_train20k.jsonl").readlines()
    for line in random.Random(1616).sample(lines, n):
        c = json.loads(line)
        yield c["id"], [d["text"] for d in c["documents"]]


def main() -> None:
    source = dev_clusters() if sys.argv[1] == "dev" else train_clusters(int(sys.argv[2]))
    hits = 0
    for cid, docs in source:
        for di, text in enumerate(docs):
            ss = sentences(text)
            for i, s in enumerate(ss):
                if PATTERN.search(s):
                    hits += 1
                    print("==", cid, "doc", di, "sentence", i)
                    for before in ss[max(0, i - 3):i]:
                        print("   ..", before[:300])
                    print("   >>", s[:400])
    print(hits, "hits", file=sys.stderr)


if __name__ == "__main__":
    main()
