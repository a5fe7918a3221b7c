"""Issue 12, session 9 (E2): the precision / status-accuracy trade-off of the fact grouping, as the
bar and the support pass vary, plus one structural option ("passing" members).

    nice -n 5 .venv/bin/python benchmarks/facts_operating_point.py --sets dev   # choose here: facts_dev + TRAIN pairs + Corbyn
    nice -n 5 .venv/bin/python benchmarks/facts_operating_point.py --sets all --skip facts_dev_h.jsonl   # the check on b-e, f, g (run once)

`facts_dev_h` was annotated after this check and scored once with the default only
(`analysis_conflicts_facts.py`); `--skip` keeps the curve off it.

Each point is the shipped grouping (`facts._core_groups`, `facts._add_support`, agreement check,
`SourceMap` outlets) with these settings:
- `core`: the bar of the core pass (default 0.35, `DEFAULT_THRESHOLD["static"]`); the agreement
  check's floor follows it, as in `facts.group_sentences`;
- `support`: `bar` (support at the core bar, the default), `0.35` (support at the default bar
  while the core bar is higher), `none` (no support pass); a suffix `:rN` sets the support rank
  bar (`SUPPORT_RANK`, 2) and `:fX` the floor (every other-article member at least X x the bar, 0.5);
- `passing`: which support-pass members are cited by the fact *without* taking its status:
  `-` (none, today), `own` (a second sentence of an article already in the core: its article
  counts anyway), `all-count` (every support member; its article still counts for the fact's
  status), `all-nocount` (every support member; its article does not count either), `elsewhere`
  (a support member that is a core member of another multi-article fact, whose claim it states;
  its article counts).
  A passing member keeps the status of another fact that holds it as a status-bearing member.

Scoring is `analysis_conflicts_facts.score_facts` on each set (status accuracy, pairs P/R,
group precision via `group_kind`) over the status-bearing citations only: passing citations
are shown as "also mentioned in", not as the grouping. Corbyn pair precision likewise.
TRAIN pairs (`gold/facts_pairs_train.jsonl`, drawn at static 0.33-0.7; `facts_pairs_train_b.jsonl`,
0.2-0.35): of the hand-judged pairs at or above each bar (default similarity after the agreement
check, computed in the pair's whole cluster), how many are the same claim.
Article text goes nowhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from facts_over_grouping import group_tally, prepare, span_of  # noqa: E402  (also puts src/ first on sys.path)

from analysis_conflicts_facts import FACT_GOLDS, GOLD, HELD_OUT, score_facts, score_long_pairs  # noqa: E402

BARS = (0.35, 0.40, 0.45, 0.50, 0.55)


def mutual_best(sims: np.ndarray, doc_of: list[int]) -> np.ndarray:
    """[i, j]: j is the sentence of its article closest to i, and i the one of its article closest to j."""
    docs = np.asarray(doc_of)
    best = np.zeros(sims.shape, dtype=bool)
    for d in set(doc_of):
        cols = np.where(docs == d)[0]
        arg = cols[np.argmax(sims[:, cols], axis=1)]
        best[np.arange(len(docs)), arg] = True
    return best & best.T


def grouping(c: dict, core_bar: float, support: str, mutual: bool = False):
    """(groups, core groups) for one cluster at one point."""
    from newsweave.analyze import facts as F
    from newsweave.analyze.fact_similarity import agreement_penalty

    pub = {d.article.id: d.article.published for d in c["docs"]}
    sims = agreement_penalty(c["sents"], c["raw"], published=pub, floor=0.5 * min(core_bar, 0.35))
    blocked = (sims == 0.0) & (c["raw"] > 0.0)
    core_sims = sims
    if mutual:  # a cross-article pair may seed or join a core group only when each is the other's closest in its article
        core_sims = np.where(mutual_best(sims, c["doc_of"]), sims, np.minimum(sims, 0.999 * core_bar))
    core = F._core_groups(core_sims, c["doc_of"], core_bar, blocked)
    if support == "none":
        return core, core
    base, *opts = support.split(":")  # "bar:r1" = rank bar 1, "bar:f1.0" = every member at least floor x bar
    kw = {"rank": int(o[1:]) for o in opts if o.startswith("r")} | {"floor": float(o[1:]) for o in opts if o.startswith("f")}
    return F._add_support(core, sims, c["doc_of"], core_bar if base == "bar" else 0.35, blocked, **kw), core


def facts_at(c: dict, groups, core, passing: str) -> list[dict]:
    """Facts as the benchmark reads them: status from the counted articles, `cites` the
    status-bearing members only (passing members left out of the grouping that is judged)."""
    from newsweave.analyze.corroboration import SourceMap
    from newsweave.analyze.facts import fact_status

    sources = SourceMap.build((d.article for d in c["docs"]), c["derivs"])
    total = sources.total()
    doc_of, sents, span = c["doc_of"], c["sents"], span_of(c)
    out = []
    for g in groups:
        cg = max((x for x in core if set(x) <= set(g)), key=len, default=list(g))
        extra = [x for x in g if x not in cg]
        core_docs = {doc_of[x] for x in cg}
        if passing == "-":
            passive = []
        elif passing == "own":
            passive = [x for x in extra if doc_of[x] in core_docs]
        elif passing == "elsewhere":  # a support member that is a core member of another multi-article group: its own claim is shown there
            passive = [x for x in extra if any(x in k and k is not cg and len({doc_of[y] for y in k}) > 1 for k in core)]
        else:
            passive = extra
        bearing = [x for x in g if x not in passive]
        counted = g if passing in ("-", "own", "all-count", "elsewhere") else bearing
        arts = list(dict.fromkeys(sents[x].article_id for x in counted))
        status = fact_status(len(sources.independent(arts)), total)
        out.append({"status": status, "cites": [span(sents[x]) for x in bearing], "passing": [span(sents[x]) for x in passive]})
    return out


def train_sims() -> list[tuple[str, float, bool]]:
    """(file, similarity after the agreement check, same claim) for every hand-judged TRAIN pair."""
    import train_claim_scorer as T
    from newsweave.analyze.fact_similarity import agreement_penalty, make_similarity
    from newsweave.text.segment import RuleSegmenter

    seg, sim, out = RuleSegmenter(), make_similarity("auto"), []
    for name in ("facts_pairs_train.jsonl", "facts_pairs_train_b.jsonl"):
        judged, rows = T.judged_train_pairs(GOLD / name)
        for j in judged:
            sents, a, b = T.pair_in_cluster(j, rows[j["cluster"]], seg)
            if a is None or b is None:
                continue
            full = agreement_penalty(sents, np.asarray(sim.matrix(sents), dtype=float), floor=0.15)  # story-relative: the whole cluster
            doc_of = [s.article_id for s in sents]
            np.fill_diagonal(full, -1.0)
            same_doc = np.array(doc_of)[:, None] == np.array(doc_of)[None, :]
            mb = mutual_best(np.where(same_doc, -1.0, full), doc_of)
            out.append((name, float(full[a, b]), bool(j["same"]), bool(mb[a, b])))
    return out


def groups_cell(fs: dict, sets) -> str:
    ok, judged, _ = group_tally(fs, sets)
    return f"{ok}/{judged}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", choices=["dev", "all"], default="dev")
    ap.add_argument("--skip", default="", help="comma-separated gold files to leave out (e.g. a set kept for one final run)")
    ap.add_argument("--points", help="comma-separated core/support/passing triples to run (default: the whole grid)")
    args = ap.parse_args()
    golds = {f: [json.loads(line) for line in open(GOLD / f)] for f in FACT_GOLDS if f not in args.skip.split(",")}
    if args.sets == "dev":
        golds = {FACT_GOLDS[0]: golds[FACT_GOLDS[0]]}
        ts = train_sims()
        print("TRAIN pairs: same claim / pairs at or above each bar (similarity after the agreement check)\n")
        print("| bar | pairs | facts_pairs_train (60/200 same) | facts_pairs_train_b (27/150 same) |")
        print("|---|---|---|---|")
        for bar, mutual_only in [(b, m) for b in (0.30,) + BARS + (0.60,) for m in (False, True)]:
            cells = []
            for name in ("facts_pairs_train.jsonl", "facts_pairs_train_b.jsonl"):
                xs = [(s, y) for n, s, y, m in ts if n == name and (m or not mutual_only)]
                above = [y for s, y in xs if s >= bar]
                cells.append(f"{sum(above)}/{len(above)} = {sum(above) / max(1, len(above)):.2f} (recall {sum(above)}/{sum(y for _, y in xs)})")
            print(f"| {bar:.2f} | {'mutual closest only' if mutual_only else 'all'} | " + " | ".join(cells) + " |")
        print()
    data = prepare()
    if args.points:
        points = [tuple(p.split("/")) for p in args.points.split(",")]
        points = [(float(x[0]), x[1], x[2], len(x) > 3 and x[3] == "mutual") for x in points]
    else:
        points = []
        for bar in BARS:
            for support in ("bar", "0.35", "none") if bar > 0.35 else ("bar", "none"):
                for passing in ("-", "own", "all-count", "all-nocount") if support != "none" else ("-",):
                    points.append((bar, support, passing, False))
        points += [(0.35, "bar", "-", True), (0.35, "none", "-", True), (0.30, "bar", "-", True), (0.30, "0.35", "-", True)]
    long_pairs = [json.loads(line) for line in open(GOLD / "facts_pairs_corbyn.jsonl")]
    names = list(golds)
    held = [g for g in HELD_OUT if g in golds]
    new = [g for g in FACT_GOLDS[1 + len(HELD_OUT):] if g in golds]
    head = "| core bar | support | passing | mutual | facts_dev status | dev pairs P / R | dev groups right |"
    if held:
        head += " b-e status (of 260) | b-e pairs P / R | b-e groups right |" + "".join(f" {g[10:-6]} status | {g[10:-6]} groups right |" for g in new)
    print(head + " Corbyn pair precision (found of 47) |")
    print("|" + "---|" * head.count("|"))
    for bar, support, passing, mutual in points:
        res = {}
        for cid, c in data.items():
            groups, core = grouping(c, bar, support, mutual)
            res[cid] = {"facts": facts_at(c, groups, core, passing)}
        fs = {g: score_facts(res, golds[g]) for g in names}
        d = fs[FACT_GOLDS[0]]
        lp = score_long_pairs(res, long_pairs)

        def pr(sets):
            tp = sum(fs[g]["pair_tp"] for g in sets)
            fp = sum(fs[g]["pair_fp"] for g in sets)
            fn = sum(fs[g]["pair_fn"] for g in sets)
            return f"{tp}/{tp + fp} / {tp}/{tp + fn}"
        row = f"| {bar:.2f} | {support} | {passing} | {'yes' if mutual else '-'} | {d['right']}/{d['total']} | {pr([FACT_GOLDS[0]])} | {groups_cell(fs, [FACT_GOLDS[0]])} |"
        if held:
            row += f" {sum(fs[g]['right'] for g in held)} | {pr(held)} | {groups_cell(fs, held)} |"
            row += "".join(f" {fs[g]['right']}/{fs[g]['total']} | {groups_cell(fs, [g])} |" for g in new)
        print(row + f" {lp['same']}/{lp['judged']} ({lp['found']}) |", flush=True)


if __name__ == "__main__":
    main()
