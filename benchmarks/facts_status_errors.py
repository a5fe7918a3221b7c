"""Status errors of the facts, one gold sentence at a time, to read (terminal only: prints article text).

For every annotated sentence of a fact gold set whose status the facts get wrong: the gold status and
outlets, the system's, and for each outlet missed (or added) the annotated sentences of that document that
are its gold partners (each one's outlets hold the other's document), with the system fact each sits in.

    .venv/bin/python benchmarks/analysis_conflicts_facts.py --worker src --mode facts > /tmp/cur.json
    .venv/bin/python benchmarks/facts_status_errors.py /tmp/cur.json facts_dev_j            # list, with text
    .venv/bin/python benchmarks/facts_status_errors.py /tmp/cur.json facts_dev_j --count    # counts per kind only
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
sys.path.insert(0, str(ROOT / "benchmarks"))

RANK = {"unique": 0, "partial": 1, "shared": 2}


def _overlap(a: dict, b: dict) -> bool:
    return a["doc"] == b["doc"] and a["start"] < b["end"] and b["start"] < a["end"]


def system_view(facts: list[dict], g: dict) -> tuple[str, list[int], int | None]:
    """(status, outlet documents, index of the fact) of gold sentence g, as `analysis_conflicts_facts.score_facts` reads it."""
    best = None
    for k, f in enumerate(facts):
        if not any(_overlap(g, c) for c in f["cites"]):
            continue
        m = next((m for m in f.get("members", ()) if _overlap(g, m["cite"])), None)
        status, told = (m["status"], m["told"]) if m else (f["status"], f.get("told", []))
        key = (RANK[status], len({c["doc"] for c in f["cites"]}))
        if best is None or key > best[0]:
            best = (key, status, sorted({c["doc"] for c in f["cites"]} | set(told)), k)
    return (best[1], best[2], best[3]) if best else ("unique", [g["doc"]], None)


def fact_of(facts: list[dict], g: dict) -> int | None:
    return system_view(facts, g)[2]


def errors(results: dict, rows: list[dict]):
    for row in rows:
        facts = results.get(row["cluster"], {}).get("facts", [])
        sents = row["sentences"]
        for s in sents:
            status, outlets, k = system_view(facts, s)
            if status == s["status"]:
                continue
            missed = sorted(set(s["outlets"]) - set(outlets))
            added = sorted(set(outlets) - set(s["outlets"]))
            partners = {d: [o for o in sents if o["doc"] == d and s["doc"] in o["outlets"]] for d in missed}
            yield row, s, status, outlets, k, missed, added, partners


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("worker_json")
    ap.add_argument("set", help="facts_dev_i, facts_dev_j, ...")
    ap.add_argument("--count", action="store_true")
    args = ap.parse_args()
    res = json.load(open(args.worker_json))["results"]
    rows = [json.loads(l) for l in open(GOLD / f"{args.set}.jsonl")]
    kinds: dict[str, int] = {}
    texts = None
    if not args.count:
        from analysis_conflicts_facts import load_clusters

        texts = load_clusters()
    for row, s, status, outlets, k, missed, added, partners in errors(res, rows):
        has_partner = all(partners[d] for d in missed)
        kind = f"{s['status']}->{status}" + (" (missed outlet: annotated partner)" if missed and has_partner else
                                             " (missed outlet: no annotated partner)" if missed else "") + (" +added" if added else "")
        kinds[kind] = kinds.get(kind, 0) + 1
        if args.count:
            continue
        docs = dict(texts[row["cluster"]]["docs"])
        t = lambda x: " ".join(docs[x["doc"]][x["start"]:x["end"]].split())  # noqa: E731
        print(f"== {row['cluster']} doc {s['doc']} {s['start']}-{s['end']}: gold {s['status']} {s['outlets']} / system {status} {outlets} (fact {k})")
        print("   ", t(s))
        for d in missed:
            for o in partners[d]:
                print(f"   partner doc {d} {o['start']}-{o['end']} (system fact {fact_of(res.get(row['cluster'], {}).get('facts', []), o)}):", t(o))
            if not partners[d]:
                print(f"   doc {d}: no annotated partner (the claim is told outside its first six fact sentences)")
        if added:
            print(f"   added: {added}")
    for kind, n in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"{n:4d}  {kind}")


if __name__ == "__main__":
    main()
