"""A blind second reading of the AllSides fact gold (issue 12, session 18, brief B).

Session 17 found the readability gold inconsistent once a blind second reader re-read it; the fact gold
had never been checked that way. This script builds the sheet for a second reader from the gold's
sentence pointers only (no status, no outlets, no tool output), stories shuffled with a fixed seed,
and, once the second reading is committed, compares the two readings:

    .venv/bin/python benchmarks/facts_second_reading_s18.py --sheet facts_dev_n [--seed 1818] > SHEET.txt
    .venv/bin/python benchmarks/facts_second_reading_s18.py --compare facts_dev_n   # needs gold/facts_dev_n_second.jsonl

The sheet prints, per story, every excerpt whole (the reader judges outlets against the whole text,
cut-off sentences included) and then the gold's sentences, numbered, as `doc start-end text`.
The second reading is `gold/<set>_second.jsonl`: one row per sentence `{"cluster", "doc", "start",
"end", "outlets", "status"}` (same meaning as the gold). Each disagreement, settled by hand, is a row of
`gold/<set>_settled.jsonl` (`"first"` and `"second"` readings, `"settled": "first" | "second"`, `"rule"`: the written
rule that decided); a row settled for the second reading is changed in the gold itself. Measured in session 18
(benchmarks/ANALYSIS.md): `_n` 77/78, `_m` 59/59, `_l` 96/99 on status (`--compare` compares against the gold as it
is now, so `_l` reads 97/99 after its settlement).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
DEV = ROOT.parent / "shared" / "data" / "dev"


def texts() -> dict[str, str]:
    """AllSides row id -> text."""
    return {r["id"]: r["text"] for r in map(json.loads, open(DEV / "clustering_allsides_stories.jsonl", encoding="utf-8"))}


def gold(name: str) -> list[dict]:
    return [json.loads(line) for line in open(GOLD / f"{name}.jsonl", encoding="utf-8") if line.strip()]


def sheet(name: str, seed: int) -> None:
    """Print the blind sheet: excerpts and sentence pointers, no labels."""
    rows = gold(name)
    random.Random(seed).shuffle(rows)
    t = texts()
    for row in rows:
        docs = sorted({s["doc"] for s in row["sentences"]} | {d for s in row["sentences"] for d in s["outlets"]})
        base = row["cluster"]
        docs = sorted(set(docs) | {k for k in t if k.rsplit("-", 1)[0] == base})
        print(f"=== {base}")
        for d in docs:
            print(f"--- {d}\n{t[d]}\n")
        for k, s in enumerate(sorted(row["sentences"], key=lambda s: (s["doc"], s["start"]))):
            print(f"[{k}] {s['doc']} {s['start']}-{s['end']}  {t[s['doc']][s['start']:s['end']]}")
        print()


def _key(s: dict, cluster: str) -> tuple:
    return (cluster, s["doc"], s["start"], s["end"])


def compare(name: str) -> None:
    """Agreement of the second reading with the gold: status, exact outlets, and the kinds of disagreement."""
    first = {_key(s, r["cluster"]): s for r in gold(name) for s in r["sentences"]}
    second = {(s["cluster"], s["doc"], s["start"], s["end"]): s for s in gold(f"{name}_second")}
    missing = set(first) - set(second)
    if missing:
        sys.exit(f"second reading lacks {len(missing)} rows, e.g. {sorted(missing)[:3]}")
    rank = {"unique": 0, "partial": 1, "shared": 2}
    same_status = same_outlets = 0
    kinds = collections.Counter()
    for k, a in sorted(first.items()):
        b = second[k]
        same_status += a["status"] == b["status"]
        same_outlets += set(a["outlets"]) == set(b["outlets"])
        if a["status"] != b["status"]:
            kinds["second reads MORE outlets" if rank[b["status"]] > rank[a["status"]] else "second reads FEWER outlets"] += 1
            print(f"{k[1]} {k[2]}-{k[3]}: first {a['status']} {sorted(a['outlets'])}  second {b['status']} {sorted(b['outlets'])}")
        elif set(a["outlets"]) != set(b["outlets"]):
            kinds["same status, other outlets"] += 1
            print(f"{k[1]} {k[2]}-{k[3]}: first {a['status']} {sorted(a['outlets'])}  second {b['status']} {sorted(b['outlets'])} (outlets)")
    n = len(first)
    print(f"\n{name}: {n} sentences; status agree {same_status}/{n} ({same_status / n:.3f}); exact outlets agree {same_outlets}/{n} ({same_outlets / n:.3f})")
    for kind, c in kinds.most_common():
        print(f"  {kind}: {c}")
    conf = collections.Counter((first[k]["status"], second[k]["status"]) for k in first)
    print("  confusion (first -> second):", ", ".join(f"{a}->{b} {c}" for (a, b), c in sorted(conf.items())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sheet")
    ap.add_argument("--compare")
    ap.add_argument("--seed", type=int, default=1818)
    a = ap.parse_args()
    if a.sheet:
        sheet(a.sheet, a.seed)
    if a.compare:
        compare(a.compare)


if __name__ == "__main__":
    main()
