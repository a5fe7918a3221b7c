"""Issue 12, session 11 part 2: recall on long articles by alignment (`analyze/facts_align.py`),
measured in one process on every fact set and the Corbyn pairs, against the grouping without it.

    nice -n 5 .venv/bin/python benchmarks/facts_long_recall.py             # the grid of settings (tuning)
    nice -n 5 .venv/bin/python benchmarks/facts_long_recall.py --misses    # facts_dev_i's same-claim pairs under the bar, for reading

Each row: the shipped grouping (`facts._core_groups` + `facts._add_support`, agreement check,
`SourceMap` outlets) on the grouping matrix with the aligned pairs lifted to the bar (none for
"default"). Scored by `analysis_conflicts_facts.score_facts` / `score_long_pairs`. Article text goes
to stdout only (--misses).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from facts_over_grouping import facts_of, group_tally, over_under, prepare, span_of  # noqa: E402  (puts src/ first)

from analysis_conflicts_facts import FACT_GOLDS, GOLD, _overlap, score_facts, score_long_pairs  # noqa: E402


def grouping(c: dict, setting: tuple | None):
    from newsweave.analyze import facts as F
    from newsweave.analyze.fact_similarity import agreement_penalty
    from newsweave.analyze.facts_align import attach, clear_best

    th = F.DEFAULT_THRESHOLD["static"]
    pub = {d.article.id: d.article.published for d in c["docs"]}
    sims = agreement_penalty(c["sents"], c["raw"], published=pub, floor=0.5 * th)
    blocked = (sims == 0.0) & (c["raw"] > 0.0)
    groups = F._add_support(F._core_groups(sims, c["doc_of"], th, blocked), sims, c["doc_of"], th, blocked)
    if setting is not None:
        floor, margin, min_n, *share = setting
        pairs = clear_best(sims, c["doc_of"], [s.text for s in c["sents"]], th, floor=floor, margin=margin, min_sentences=min_n,
                           max_share=share[0] if share else None)
        groups = attach(groups, pairs, c["doc_of"], blocked)
    return groups, th


def results(data, setting):
    out = {}
    for cid, c in data.items():
        groups, th = grouping(c, setting)
        span = span_of(c)
        out[cid] = {"facts": [{"status": f.status, "cites": [span(x) for x in f.citations]} for f in facts_of(c, groups, th)]}
    return out


def row(name, res, golds, pairs):
    fs = {g: score_facts(res, rows) for g, rows in golds.items()}
    lp = score_long_pairs(res, pairs)
    cells = []
    for g in FACT_GOLDS:
        ok, judged, held = group_tally(fs, [g])
        cells.append(f"{fs[g]['right']} ({ok}/{judged}, {held.get('wrong', 0)}w)")
    st = sum(fs[g]["right"] for g in FACT_GOLDS[:8])
    ok, judged, held = group_tally(fs, FACT_GOLDS[:8])
    over, under = over_under(fs, FACT_GOLDS)
    i = fs["facts_dev_i.jsonl"]
    return (f"| {name} | " + " | ".join(cells) + f" | {st}/659 | {ok}/{judged} ({held.get('wrong', 0)}w) | {over}/{under} | "
            f"P {i['pair_tp']}/{i['pair_tp'] + i['pair_fp']} R {i['pair_tp']}/{i['pair_tp'] + i['pair_fn']} | "
            f"{lp['same']}/{lp['judged']} ({lp['found']}/{lp['true']}, largest {lp['largest']}) |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--settings", default="none,0.7/0.04/8,0.6/0.04/8,0.6/0.04/0,0.6/0.02/8,0.6/0.08/8,0.5/0.04/8,0.6/0.04/12,0.6/0.04/5",
                    help="floor/margin/min_sentences[/max_share], comma-separated; 'none' = the grouping without alignment")
    args = ap.parse_args()
    data = prepare()
    golds = {f: [json.loads(line) for line in open(GOLD / f)] for f in FACT_GOLDS}
    pairs = [json.loads(line) for line in open(GOLD / "facts_pairs_corbyn.jsonl")]
    short = [g.replace("facts_dev", "").replace(".jsonl", "").lstrip("_") or "dev" for g in FACT_GOLDS]
    print("| setting | " + " | ".join(f"{s} status (groups right/judged, wrong)" for s in short)
          + " | NeuS dev..h status | NeuS groups | over/under (all) | _i pairs | Corbyn pair precision (found) |")
    print("|---|" + "---|" * (len(short) + 5))
    for s in args.settings.split(","):
        setting = None if s == "none" else tuple(int(x) if k == 2 else float(x) for k, x in enumerate(s.split("/")))
        print(row(s, results(data, setting), golds, pairs), flush=True)


if __name__ == "__main__":
    main()
