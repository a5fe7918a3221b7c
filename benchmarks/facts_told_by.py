"""The evidence behind "also told in other words by X" (`Fact.told_by`): list the pairs to read, score them.

A told_by pair is (a fact sentence, the sentence cited as the carrier's evidence). The labels live in
`benchmarks/gold/facts_told_by_pairs.jsonl` (ids, doc, offsets; no text; rule in gold/README.md).

    .venv/bin/python benchmarks/analysis_conflicts_facts.py --worker src --mode facts > /tmp/cur.json
    .venv/bin/python benchmarks/facts_told_by.py show /tmp/cur.json --set facts_dev_k   # the pairs with their text, to read (terminal only)
    .venv/bin/python benchmarks/facts_told_by.py score /tmp/cur.json                    # evidence precision on the labels

`analysis_conflicts_facts.py` prints the same evidence precision for every version it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
LABELS = GOLD / "facts_told_by_pairs.jsonl"
WINDOW_LABELS = GOLD / "facts_told_by_windows.jsonl"  # the evidence as a window of 1-2 sentences (session 13)
SETS = ("facts_dev_i.jsonl", "facts_dev_j.jsonl", "facts_dev_k.jsonl")


def _overlap(a: dict, b: dict) -> bool:
    return a["doc"] == b["doc"] and a["start"] < b["end"] and b["start"] < a["end"]


def clusters_of(set_name: str) -> list[str]:
    if set_name == "corbyn":
        return ["corbyn"]
    return [json.loads(l)["cluster"] for l in open(GOLD / f"{set_name}.jsonl")]


def told_pairs(results: dict, cid: str) -> list[tuple[dict, dict]]:
    """Every (sentence, carrier's cited sentence) the facts of one cluster show: the fact's (its
    representative's) and each listed member's; each pair once."""
    out, seen = [], set()
    for f in results.get(cid, {}).get("facts", []):
        pairs = [(f.get("rep"), t) for t in f.get("told_cites", ())]
        pairs += [(m["cite"], t) for m in f.get("members", ()) for t in m.get("told_cites", ())]
        for a, b in pairs:
            if a is None:
                continue
            key = (a["doc"], a["start"], b["doc"], b["start"])
            if key not in seen:
                seen.add(key)
                out.append((a, b))
    return out


def _exact(a: dict, b: dict, slack: int = 2) -> bool:
    return a["doc"] == b["doc"] and abs(a["start"] - b["start"]) <= slack and abs(a["end"] - b["end"]) <= slack


def load_labels(windows: bool = False) -> list[dict]:
    """The single-sentence labels, or (`windows`) the window labels: a window is matched by its exact
    span (a window and a sentence inside it are different evidence)."""
    path = WINDOW_LABELS if windows else LABELS
    rows = [json.loads(l) for l in open(path)] if path.exists() else []
    return [dict(g, exact=True) for g in rows] if windows else rows


def find_label(labels: list[dict], cid: str, a: dict, b: dict) -> dict | None:
    return next((g for g in labels if g["cluster"] == cid and _overlap(a, g["a"])
                 and (_exact(b, g["b"]) if g.get("exact") else _overlap(b, g["b"]))), None)


def evidence(results: dict, labels: list[dict], sets=("corbyn", "facts_dev_i", "facts_dev_k")) -> dict[str, dict]:
    """set -> {shown, same, not_same, unlabelled}: evidence precision = same / (same + not_same)."""
    out = {}
    for s in sets:
        row = {"shown": 0, "same": 0, "not_same": 0, "unlabelled": 0}
        for cid in clusters_of(s):
            for a, b in told_pairs(results, cid):
                row["shown"] += 1
                g = find_label(labels, cid, a, b)
                row["unlabelled" if g is None else ("same" if g["same"] else "not_same")] += 1
        out[s] = row
    return out


def fmt(row: dict) -> str:
    n = row["same"] + row["not_same"]
    p = f"{row['same'] / n:.2f}" if n else "n/a"
    return f"{p} ({row['same']}/{n}; {row['unlabelled']} unlabelled; {row['shown']} shown)"


def _texts(cid: str) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from analysis_conflicts_facts import load_clusters

    return [t for _, t in load_clusters()[cid]["docs"]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cmd", choices=["show", "score"])
    ap.add_argument("worker_json", nargs="+")
    ap.add_argument("--set", default="corbyn")
    ap.add_argument("--windows", action="store_true", help="the window labels (gold/facts_told_by_windows.jsonl)")
    args = ap.parse_args()
    labels = load_labels(args.windows)
    if args.cmd == "score":
        for path in args.worker_json:
            res = json.load(open(path))["results"]
            for s, row in evidence(res, labels).items():
                print(f"{path} {s}: evidence precision {fmt(row)}")
        return
    res = json.load(open(args.worker_json[0]))["results"]
    from analysis_conflicts_facts import load_clusters  # noqa: F401  (path set by _texts)

    for cid in clusters_of(args.set):
        pairs = told_pairs(res, cid)
        if not pairs:
            continue
        docs = _texts(cid)
        for a, b in pairs:
            g = find_label(labels, cid, a, b)
            tag = "UNLABELLED" if g is None else f"{g['id']} same={g['same']}"
            if g is None and args.windows:  # a one-sentence window read last session: its label applies
                old = next((x for x in load_labels() if x["cluster"] == cid and _overlap(a, x["a"]) and _exact(b, x["b"])), None)
                tag += f" (one sentence read as {old['id']} same={old['same']})" if old else ""
            print(f"== {cid} a={a['doc']}:{a['start']}-{a['end']} b={b['doc']}:{b['start']}-{b['end']}  [{tag}]")
            print("  A:", " ".join(docs[a["doc"]][a["start"]:a["end"]].split()))
            print("  B:", " ".join(docs[b["doc"]][b["start"]:b["end"]].split()))


if __name__ == "__main__":
    main()
