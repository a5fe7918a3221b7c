"""CPU time of the conflict finders that read the parse, on the Corbyn example and the first N
full-text Multi-News dev clusters (warm: each finder runs once before it is timed).

    nice -n 5 .venv/bin/python benchmarks/conflicts_speed.py [N]   # default N = 10
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.analyze import age_conflicts, conflicts, deadline_conflicts, denials, document_day_conflicts, plan_conflicts  # noqa: E402
from newsweave.analyze import armed_conflicts, conversion_conflicts, correction_conflicts, count_conflicts  # noqa: E402
from newsweave.analyze.entities import shared_nlp  # noqa: E402
from newsweave.api import read  # noqa: E402
from newsweave.text.segment import RuleSegmenter  # noqa: E402
from newsweave.types import Article  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()


def clusters(n: int):
    seg = RuleSegmenter()
    yield "corbyn", tuple(seg.split(a) for a in read([str(SHARED / "examples" / "corbyn-jewish-leaders-2018")]).articles)
    for i, line in enumerate(open(SHARED / "data" / "dev" / "summarization_multinews_fulltext_dev46.jsonl", encoding="utf-8")):
        if i >= n:
            break
        r = json.loads(line)
        docs = (seg.split(Article(id=f"{r['id']}:{k}", outlet=str(k), text=d["text"])) for k, d in enumerate(r["documents"]) if d["text"].strip())
        yield r["id"], tuple(d for d in docs if d.sentences)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    nlp = shared_nlp()
    finders = {
        "plans": lambda docs: plan_conflicts.plan_conflicts(docs, nlp=nlp),
        "deadlines": lambda docs: deadline_conflicts.deadline_conflicts(docs, nlp=nlp),
        "values (lengths by the parse)": lambda docs: conflicts.value_conflicts(docs, nlp=nlp),
        "values (words only)": lambda docs: conflicts.value_conflicts(docs, nlp=None),
        "denials": lambda docs: denials.denial_conflicts(docs, nlp=nlp),
        "tallies + durations + ages (in values)": lambda docs: conflicts.tally_and_duration_conflicts(docs, nlp=nlp),
        "ages alone": lambda docs: age_conflicts.age_conflicts(docs, nlp=nlp),
        "document days": lambda docs: document_day_conflicts.document_day_conflicts(docs, nlp=nlp),
        "counts by the parse (session 9)": lambda docs: count_conflicts.count_conflicts(docs, nlp=nlp),
        "corrections (session 9)": lambda docs: correction_conflicts.correction_conflicts(docs),
        "conversions (session 9)": lambda docs: conversion_conflicts.conversion_conflicts(docs),
        "armed / unarmed (session 9)": lambda docs: armed_conflicts.armed_conflicts(docs, nlp=nlp),
    }
    total = dict.fromkeys(finders, 0.0)
    for cid, docs in clusters(n):
        for name, f in finders.items():
            f(docs)
            t0 = time.process_time()
            f(docs)
            dt = time.process_time() - t0
            total[name] += dt
            if cid == "corbyn":
                print(f"corbyn  {name}: {dt:.3f} s CPU")
    for name, secs in total.items():
        print(f"corbyn + {n} full-text clusters  {name}: {secs:.2f} s CPU")


if __name__ == "__main__":
    main()
