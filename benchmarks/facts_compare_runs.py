"""Fact figures of several saved runs side by side (issue 12, session 19): status right, over- and under-grouped
sentences, groups right / one-sided / wrong, per gold set and summed, and the Corbyn pair precision.

A run is the JSON `analysis_conflicts_facts.py --worker SRC --mode facts` prints, so each code version (a frozen
baseline, a tree with one change) runs in its own process and is scored here by the same code:

    NW_SCREEN=1 .venv/bin/python benchmarks/analysis_conflicts_facts.py --worker /tmp/base_23/src --mode facts > base.json
    NW_SCREEN=1 .venv/bin/python benchmarks/analysis_conflicts_facts.py --worker TREE/src --mode facts > mine.json
    .venv/bin/python benchmarks/facts_compare_runs.py 852ccd6=base.json mine=mine.json [--sets facts_dev_l.jsonl,...]

Over-grouped: a sentence shown with a wider status than the gold's (unique -> partial/shared, partial -> shared),
which makes the report and the summary's "n/N outlets" say an outlet stated what it did not; under-grouped: narrower.
No article text is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from analysis_conflicts_facts import FACT_GOLDS, GOLD, score_facts, score_long_pairs  # noqa: E402

RANK = {"unique": 0, "partial": 1, "shared": 2}


def figures(results: dict, rows: list[dict]) -> dict:
    """Status right, total, over, under and group kinds of one gold set."""
    fs = score_facts(results, rows)
    over = under = 0
    for k, v in fs["confusion"].items():
        gold, shown = k.split("->")
        over += v if RANK[gold] < RANK[shown] else 0
        under += v if RANK[gold] > RANK[shown] else 0
    g = fs["groups"]
    return {"right": fs["right"], "total": fs["total"], "over": over, "under": under,
            "g_right": g.get("right", 0) + g.get("right+status", 0), "g_one": g.get("one-sided", 0), "g_wrong": g.get("wrong", 0)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("runs", nargs="+", help="NAME=run.json")
    ap.add_argument("--sets", help="comma-separated gold files (default: every set the benchmark scores)")
    args = ap.parse_args()
    sets = args.sets.split(",") if args.sets else list(FACT_GOLDS)
    golds = {f: [json.loads(line) for line in open(GOLD / f)] for f in sets}
    long_pairs = [json.loads(line) for line in open(GOLD / "facts_pairs_corbyn.jsonl")]
    runs = [(r.split("=", 1)[0], json.load(open(r.split("=", 1)[1]))["results"]) for r in args.runs]
    print("| gold set | " + " | ".join(f"{n}: right / over / under; groups right, one-sided, wrong" for n, _ in runs) + " |")
    print("|---|" + "---|" * len(runs))
    total = {n: {} for n, _ in runs}
    for f in sets:
        cells = []
        for n, res in runs:
            x = figures(res, golds[f])
            for k, v in x.items():
                total[n][k] = total[n].get(k, 0) + v
            cells.append(f"{x['right']}/{x['total']} / {x['over']} / {x['under']}; {x['g_right']}, {x['g_one']}, {x['g_wrong']}")
        print(f"| {f} | " + " | ".join(cells) + " |")
    cells = [f"**{t['right']}/{t['total']} / {t['over']} / {t['under']}; {t['g_right']}, {t['g_one']}, {t['g_wrong']}**" for t in total.values()]
    print("| all listed | " + " | ".join(cells) + " |")
    for n, res in runs:
        lp = score_long_pairs(res, long_pairs)
        if lp["precision"] is not None:
            print(f"- {n}: Corbyn pair precision {lp['precision']:.2f} ({lp['same']}/{lp['judged']}), same-claim pairs found {lp['found']}/{lp['true']}")


if __name__ == "__main__":
    main()
