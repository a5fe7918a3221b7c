""""Is this claim carried by that article?" (`analyze/facts_carried.py`) measured leave-one-set-out
on the fact gold sets against the default grouping (0c639a6's) in the same process, and the shipped
model (`src/newsweave/data/fact_carried.json`).

    nice -n 5 .venv/bin/python benchmarks/train_fact_carried.py --loso      # leave-one-set-out vs the default, one table
    nice -n 5 .venv/bin/python benchmarks/train_fact_carried.py             # train on every set, write the model
    nice -n 5 .venv/bin/python benchmarks/train_fact_carried.py --check     # byte-for-byte check of the shipped model

Labels: each annotated gold sentence lists the documents that hold its claim (`outlets`); the
system's fact sentence that overlaps it most, paired with every OTHER document of its cluster, is
"carried" when that document is among the outlets, else "not carried". Sentences of the gold that
match no fact sentence are left out of training and scored "unique" (as the default scores them).

Leave-one-set-out over `SETS` (the eight NeuS sets and the two full-text sets): for each set S, a
logistic regression (lbfgs, C=1, standardised features, probability bar 0.5 fixed in advance, no
search) trained on the other sets predicts which other documents carry each sentence of S; its status
is `facts.fact_status` of the sentence's own article plus the predicted carriers, copies counted as
their original's outlet (`corroboration.SourceMap`), exactly as the shipped facts count. "union" is a
second rule stated in advance: the article set of the default's largest fact holding the sentence,
plus the predicted carriers. The default: `facts_operating_point.grouping(c, 0.35, "bar")`, scored by
`analysis_conflicts_facts.score_facts`, on the same sentences in the same process. No article text is
written anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from facts_operating_point import facts_at, grouping  # noqa: E402
from facts_over_grouping import prepare, span_of  # noqa: E402  (puts src/ first on sys.path)

from analysis_conflicts_facts import GOLD, _overlap, score_facts  # noqa: E402

SETS = ("facts_dev.jsonl", "facts_dev_b.jsonl", "facts_dev_c.jsonl", "facts_dev_d.jsonl", "facts_dev_e.jsonl", "facts_dev_f.jsonl",
        "facts_dev_g.jsonl", "facts_dev_h.jsonl", "facts_dev_i.jsonl", "facts_dev_j.jsonl")
FULL_TEXT = ("facts_dev_i.jsonl", "facts_dev_j.jsonl")
OUT = ROOT / "src" / "newsweave" / "data" / "fact_carried.json"
C = 1.0
LONG = 8  # "long article": at least this many fact sentences (as session 11 part 2's alignment)
LONG_LOG = float(np.log1p(LONG))


def gold_rows() -> dict[str, list[dict]]:
    return {f: [json.loads(line) for line in open(GOLD / f)] for f in SETS}


def cluster_rows(c: dict, rows: list[dict], emb) -> list[dict]:
    """One entry per gold sentence: its fact sentence (or None), the key of each other document, the
    features of (sentence, document) and the carried labels."""
    from newsweave.analyze.facts_carried import carried_features

    span = span_of(c)
    sp = [span(s) for s in c["sents"]]
    pairs, feats = carried_features(c["sents"], c["doc_of"], emb.embed, grouping(c, 0.35, "bar")[0])
    if os.environ.get("NW_CARRIED_NO_GROUPED"):  # configuration 1 (session 11 part 3's first run): without the default's grouping
        feats = feats[:, :-1]
    key_of_doc = [c["keys"][d.article.id][0] for d in c["docs"]]
    out = []
    for r in rows:
        for g in r["sentences"]:
            hits = [k for k, s in enumerate(sp) if _overlap(s, g)]
            i = max(hits, key=lambda k: min(sp[k]["end"], g["end"]) - max(sp[k]["start"], g["start"])) if hits else None
            e = {"gold": g, "sent": i, "docs": [], "X": np.zeros((0, feats.shape[1])), "y": np.zeros(0, dtype=int)}
            if i is not None:
                ks = np.where(pairs[:, 0] == i)[0]
                e["docs"] = [int(pairs[k, 1]) for k in ks]
                e["X"] = feats[ks]
                e["y"] = np.array([int(key_of_doc[d] in g["outlets"]) for d in e["docs"]], dtype=int)
            out.append(e)
    return out


def fit(X: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    sc = StandardScaler().fit(X)
    if os.environ.get("NW_CARRIED_MODEL") == "gb":  # configuration 3 (tried, not shipped): gradient boosting
        from sklearn.ensemble import HistGradientBoostingClassifier

        return None, HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0).fit(X, y)
    lr = LogisticRegression(C=C, max_iter=2000, solver="lbfgs").fit(sc.transform(X), y)
    return sc, lr


def to_judge(sc, lr):
    from newsweave.analyze.facts_carried import CarriedJudge

    r = lambda v: tuple(round(float(x), 6) for x in v)  # noqa: E731
    return CarriedJudge(r(sc.mean_), r(np.where(sc.scale_ > 0, sc.scale_, 1.0)), r(lr.coef_[0]), round(float(lr.intercept_[0]), 6))


def status_of(c: dict, i: int | None, carriers: list[int], base_docs: set[int] | None = None) -> tuple[str, list]:
    from newsweave.analyze.corroboration import SourceMap
    from newsweave.analyze.facts import fact_status

    if i is None:
        return "unique", []
    sources = SourceMap.build((d.article for d in c["docs"]), c["derivs"])
    docs = {c["doc_of"][i]} | set(carriers) | (base_docs or set())
    arts = [c["docs"][d].article.id for d in sorted(docs)]
    keys = sorted(c["keys"][a][0] for a in arts)
    return fact_status(len(sources.independent(arts)), sources.total()), keys


def final(name: str) -> None:
    """The shipped model (`carriers`, gated as shipped) and the default on a fresh set, same process."""
    from newsweave.analyze.facts_carried import carriers, load_carried_judge
    from newsweave.embed import make_embedder

    judge = load_carried_judge()
    rows = [json.loads(line) for line in open(GOLD / name)]
    data = prepare(extra=[name])
    emb = make_embedder("static")
    base = {r["cluster"]: {"facts": facts_at(data[r["cluster"]], *grouping(data[r["cluster"]], 0.35, "bar"), "-")} for r in rows}
    sf = score_facts(base, rows)
    right = out_right = n = 0
    confusion: dict[str, int] = {}
    for r in rows:
        c = data[r["cluster"]]
        groups = grouping(c, 0.35, "bar")[0]
        car = carriers(c["sents"], c["doc_of"], emb.embed, groups, judge)
        for e in cluster_rows(c, [r], emb):
            g = e["gold"]
            st, keys = status_of(c, e["sent"], sorted(car.get(e["sent"], ())) if e["sent"] is not None else [])
            n += 1
            right += st == g["status"]
            out_right += (keys or [g["doc"]]) == sorted(g["outlets"])
            confusion[f"{g['status']}->{st}"] = confusion.get(f"{g['status']}->{st}", 0) + 1
    print(f"| {name} | {n} | default {sf['right']}/{sf['total']} = {sf['accuracy']:.3f}, outlets {sf['same_outlets']} | "
          f"carried (shipped, gated) {right}/{n} = {right / n:.3f}, outlets {out_right} |")
    print(f"default confusion: {sf['confusion']}")
    print(f"carried confusion: {dict(sorted(confusion.items()))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--final", help="a fresh gold set (file name in gold/): the shipped model against the default, once")
    args = ap.parse_args()
    if args.final:
        final(args.final)
        return
    from newsweave.analyze.facts_carried import CARRIED_FEATURES
    from newsweave.embed import make_embedder

    global LEN_OWN, LEN_OTHER, GROUPED
    LEN_OWN, LEN_OTHER, GROUPED = (CARRIED_FEATURES.index(k) for k in ("len_own", "len_other", "grouped"))
    golds = gold_rows()
    data = prepare()
    emb = make_embedder("static")
    per_set = {}
    for f in SETS:
        entries = []
        for r in golds[f]:
            entries += [(r["cluster"], e) for e in cluster_rows(data[r["cluster"]], [r], emb)]
        per_set[f] = entries
    if not args.loso:
        X = np.vstack([e["X"] for f in SETS for _, e in per_set[f] if len(e["y"])])
        y = np.concatenate([e["y"] for f in SETS for _, e in per_set[f] if len(e["y"])])
        text = json.dumps(to_judge(*fit(X, y)).to_dict(), indent=1) + "\n"
        if args.check:
            same = OUT.exists() and OUT.read_text() == text
            print("identical" if same else "DIFFERENT")
            sys.exit(0 if same else 1)
        OUT.write_text(text)
        print(f"wrote {OUT.relative_to(ROOT)} ({len(y)} rows, {int(y.sum())} carried)")
        return
    print("| left-out set | sentences | default status | carried status | union status | gated status | default outlets | carried outlets | "
          "pairs carried (gold) | pair P / R (carried) | pair P / R (default) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    tot = {k: 0 for k in ("n", "d", "c", "u", "g", "do", "co")}
    pools = {"neus": dict(tot), "full": dict(tot)}
    for f in SETS:
        train = [e for g in SETS if g != f for _, e in per_set[g] if len(e["y"])]
        sc, lr = fit(np.vstack([e["X"] for e in train]), np.concatenate([e["y"] for e in train]))
        if sc is None:  # gradient boosting: predict with sklearn directly
            class _J:
                bar = 0.5
                proba = staticmethod(lambda X, m=lr: m.predict_proba(X)[:, 1])
            judge = _J()
        else:
            judge = to_judge(sc, lr)
        base = {cid: {"facts": facts_at(data[cid], *grouping(data[cid], 0.35, "bar"), "-")} for cid in {r["cluster"] for r in golds[f]}}
        sf = score_facts(base, golds[f])
        n = c_right = u_right = c_out = g_right = 0
        tp = fp = fn = btp = bfp = bfn = 0
        for cid, e in per_set[f]:
            c = data[cid]
            g = e["gold"]
            n += 1
            p = judge.proba(e["X"]) if len(e["y"]) else np.zeros(0)
            pred = [d for d, q in zip(e["docs"], p) if q >= judge.bar]
            st, keys = status_of(c, e["sent"], pred)
            c_right += st == g["status"]
            # gated: the judgment only between two long articles (both >= LONG fact sentences), the default elsewhere
            long_ = [bool(x[LEN_OWN] >= LONG_LOG and x[LEN_OTHER] >= LONG_LOG) for x in e["X"]]
            pred_g = [d for d, q, x, lg in zip(e["docs"], p, e["X"], long_) if (q >= judge.bar if lg else x[GROUPED] > 0.5)]
            g_right += status_of(c, e["sent"], pred_g)[0] == g["status"]
            c_out += keys == sorted(g["outlets"]) if e["sent"] is not None else [g["doc"]] == sorted(g["outlets"])
            # the default's article set for this sentence (its largest fact), for "union" and pair P/R
            facts = base[cid]["facts"]
            rank = {"unique": 0, "partial": 1, "shared": 2}
            holding = [x for x in facts if any(_overlap(g, cc) for cc in x["cites"])]
            largest = max(holding, key=lambda x: (rank[x["status"]], len({cc["doc"] for cc in x["cites"]})), default=None)
            bkeys = {cc["doc"] for cc in largest["cites"]} if largest else set()
            kdocs = {c["keys"][d.article.id][0]: k for k, d in enumerate(c["docs"])}
            st_u, _ = status_of(c, e["sent"], pred, {kdocs[k] for k in bkeys if k in kdocs})
            u_right += st_u == g["status"]
            for d, lab, q in zip(e["docs"], e["y"], p):
                k = c["keys"][c["docs"][d].article.id][0]
                tp += lab and q >= judge.bar
                fp += (not lab) and q >= judge.bar
                fn += lab and q < judge.bar
                btp += lab and k in bkeys
                bfp += (not lab) and k in bkeys
                bfn += lab and k not in bkeys
        pool = pools["full" if f in FULL_TEXT else "neus"]
        for k, v in (("n", n), ("d", sf["right"]), ("c", c_right), ("u", u_right), ("g", g_right), ("do", sf["same_outlets"]), ("co", c_out)):
            pool[k] += v
        print(f"| {f} | {n} | {sf['right']} | {c_right} | {u_right} | {g_right} | {sf['same_outlets']} | {c_out} | {tp + fn} | "
              f"{tp / max(1, tp + fp):.2f} / {tp / max(1, tp + fn):.2f} | {btp / max(1, btp + bfp):.2f} / {btp / max(1, btp + bfn):.2f} |")
    for name, p in pools.items():
        print(f"| **{name} pooled** | {p['n']} | {p['d']} = {p['d'] / p['n']:.3f} | {p['c']} = {p['c'] / p['n']:.3f} | "
              f"{p['u']} = {p['u'] / p['n']:.3f} | {p['g']} = {p['g'] / p['n']:.3f} | {p['do']} | {p['co']} | | | |")


if __name__ == "__main__":
    main()
