"""The learned same-claim judgment for the fact grouping (`analyze/facts_pairs.py`), measured by
leave-one-set-out on the fact gold sets, and the shipped model (`src/newsweave/data/fact_pairs.json`).

    nice -n 5 .venv/bin/python benchmarks/train_fact_pairs.py --loso            # leave-one-set-out vs the default, one table
    nice -n 5 .venv/bin/python benchmarks/train_fact_pairs.py                   # train on every set, write the model
    nice -n 5 .venv/bin/python benchmarks/train_fact_pairs.py --check           # byte-for-byte check of the shipped model
    nice -n 5 .venv/bin/python benchmarks/train_fact_pairs.py --final facts_dev_i.jsonl   # the one run on a fresh set

Labels (the pair labels the gold implies, `gold/README.md`): every pair of annotated sentences of
two documents of one cluster is one claim when each one's outlets hold the other's document, two
claims when neither does, or when only one holds the other's document and that document has
another sentence that is the first one's two-sided partner (as `group_kind` judges a grouping);
the remaining one-sided pairs (one states the other's claim in passing, or implies it) are left out. The system's fact sentences are matched to gold sentences by character overlap.

Leave-one-set-out: for each set S of `SETS`, the judge is trained on the labelled pairs of the other
sets, its probabilities replace the similarity in the shipped grouping (core pass, support pass,
agreement check, `SourceMap` outlets, exactly as `facts_operating_point.py` runs the default), and
S is scored: status accuracy and group precision (`analysis_conflicts_facts.score_facts`,
`group_kind`). The bar on the probability is chosen inside each fold, by an inner
leave-one-set-out over the training sets only (status accuracy first, then group precision), from
`BARS`; the default (static similarity, bar 0.35) runs in the same process on the same sentences.

The shipped model: trained on all of `SETS`, its bar chosen by the same inner procedure over all of
them. Logistic regression (lbfgs, deterministic), weights rounded to 6 decimals: a second run
writes the same bytes (`--check`). Article text goes nowhere but stdout (and only with --show).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from facts_operating_point import facts_at, grouping  # noqa: E402
from facts_over_grouping import group_tally, prepare, span_of  # noqa: E402  (puts src/ first on sys.path)

from analysis_conflicts_facts import GOLD, _overlap, score_facts, score_long_pairs  # noqa: E402

SETS = ("facts_dev.jsonl", "facts_dev_b.jsonl", "facts_dev_c.jsonl", "facts_dev_d.jsonl", "facts_dev_e.jsonl", "facts_dev_f.jsonl",
        "facts_dev_g.jsonl", "facts_dev_h.jsonl")
OUT = ROOT / "src" / "newsweave" / "data" / "fact_pairs.json"
BARS = (0.3, 0.4, 0.5, 0.6, 0.7)
C = 1.0
# --mode veto: (veto, lift) points; (0, 1.01) is the default grouping itself
VETO_LIFT = tuple((v, u) for v in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5) for u in (1.01, 0.9, 0.8, 0.7))


def gold_rows(names) -> dict[str, list[dict]]:
    return {f: [json.loads(line) for line in open(GOLD / f)] for f in names}


def cluster_features(data: dict) -> dict:
    """cid -> (pairs, features) of every cross-article pair of fact sentences."""
    from newsweave.analyze.facts_pairs import pair_features, story_inputs
    from newsweave.embed import make_embedder

    emb = make_embedder("static")
    out = {}
    for cid, c in data.items():
        x = story_inputs(c["sents"], emb.embed)
        pairs, feats = pair_features(x)
        # the "mix" column is the shipped default similarity: a check that both see the same sentences
        if len(pairs):
            assert np.allclose(feats[:, 2], c["raw"][pairs[:, 0], pairs[:, 1]], atol=1e-6), cid
        out[cid] = (pairs, feats)
    return out


def train_pair_rows() -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the hand-judged Multi-News TRAIN pairs (`gold/facts_pairs_train*.jsonl`),
    each computed in its whole training cluster (the story-relative features need the other sentences)."""
    import train_claim_scorer as TC
    from newsweave.analyze.facts_pairs import pair_features, story_inputs
    from newsweave.embed import make_embedder
    from newsweave.text.segment import RuleSegmenter

    emb, seg, X, y = make_embedder("static"), RuleSegmenter(), [], []
    for name in ("facts_pairs_train.jsonl", "facts_pairs_train_b.jsonl"):
        judged, rows = TC.judged_train_pairs(GOLD / name)
        for j in judged:
            sents, a, b = TC.pair_in_cluster(j, rows[j["cluster"]], seg)
            if a is None or b is None or sents[a].article_id == sents[b].article_id:
                continue
            pairs, feats = pair_features(story_inputs(sents, emb.embed))
            k = np.where((pairs[:, 0] == min(a, b)) & (pairs[:, 1] == max(a, b)))[0]
            X.append(feats[k[0]])
            y.append(int(bool(j["same"])))
    return np.array(X), np.array(y)


def pair_labels(c: dict, rows: list[dict], pairs: np.ndarray) -> np.ndarray:
    """1 / 0 / -1 (unlabelled) for each pair, from the gold sentences of this cluster."""
    span = span_of(c)
    sp = [span(s) for s in c["sents"]]
    gold = [s for r in rows for s in r["sentences"]]
    match = []
    for s in sp:
        hits = [g for g in gold if _overlap(s, g)]
        match.append(max(hits, key=lambda g: min(s["end"], g["end"]) - max(s["start"], g["start"])) if hits else None)
    y = np.full(len(pairs), -1)
    for k, (i, j) in enumerate(pairs.tolist()):
        a, b = match[i], match[j]
        if a is None or b is None or a["doc"] == b["doc"]:
            continue
        ab, ba = b["doc"] in a["outlets"], a["doc"] in b["outlets"]
        if ab and ba:
            y[k] = 1
        elif not ab and not ba:
            y[k] = 0
        else:  # as `group_kind`: one-sided only when no other sentence of q's document is p's two-sided partner
            p_, q_ = (a, b) if ab else (b, a)
            if any(o is not q_ and o["doc"] == q_["doc"] and p_["doc"] in o["outlets"] and o["doc"] in p_["outlets"] for o in gold):
                y[k] = 0
    return y


def fit(X: np.ndarray, y: np.ndarray, features: list[int]):
    from sklearn.linear_model import LogisticRegression

    Xs = X[:, features]
    mean = Xs.mean(axis=0)
    scale = Xs.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000, solver="lbfgs").fit((Xs - mean) / scale, y)
    return {"features": features, "w": lr.coef_[0], "b": float(lr.intercept_[0]), "mean": mean, "scale": scale}


def predict(model, X: np.ndarray) -> np.ndarray:
    z = ((X[:, model["features"]] - model["mean"]) / model["scale"]) @ model["w"] + model["b"]
    return 1.0 / (1.0 + np.exp(-z))


def judged_grouping(c: dict, pairs: np.ndarray, p: np.ndarray, bar: float):
    """The shipped grouping passes on the judge's probabilities instead of the static similarity."""
    from newsweave.analyze import facts as F
    from newsweave.analyze.fact_similarity import agreement_penalty

    n = len(c["sents"])
    P = np.zeros((n, n))
    if len(pairs):
        P[pairs[:, 0], pairs[:, 1]] = p
        P[pairs[:, 1], pairs[:, 0]] = p
    pub = {d.article.id: d.article.published for d in c["docs"]}
    sims = agreement_penalty(c["sents"], P, published=pub, floor=0.5 * bar)
    blocked = (sims == 0.0) & (P > 0.0)
    core = F._core_groups(sims, c["doc_of"], bar, blocked)
    return F._add_support(core, sims, c["doc_of"], bar, blocked), core


def veto_lift_grouping(c: dict, pairs: np.ndarray, p: np.ndarray, veto: float, lift: float, bar: float = 0.35):
    """The shipped grouping on the default similarity with the judge on top, as `facts.group_sentences`
    runs it (`PairJudge.adjust`): a pair it gives under `veto` is never one fact (as figures that
    disagree); a pair at most 0.1 under the bar that it gives at least `lift` is raised to the bar."""
    from newsweave.analyze import facts as F
    from newsweave.analyze.fact_similarity import agreement_penalty
    from newsweave.analyze.facts_pairs import PairJudge

    n = len(c["sents"])
    P = np.zeros((n, n))
    if len(pairs):
        P[pairs[:, 0], pairs[:, 1]] = p
        P[pairs[:, 1], pairs[:, 0]] = p
    judge = PairJudge((), (), 0.0, (), (), veto=veto, lift=lift)
    raw, vetoed = judge.adjust(c["raw"], P, bar)
    pub = {d.article.id: d.article.published for d in c["docs"]}
    sims = agreement_penalty(c["sents"], raw, published=pub, floor=0.5 * bar)
    sims[vetoed] = 0.0
    blocked = (sims == 0.0) & (raw > 0.0)
    core = F._core_groups(sims, c["doc_of"], bar, blocked)
    return F._add_support(core, sims, c["doc_of"], bar, blocked), core


def score(results: dict, golds: dict, names) -> dict:
    fs = {g: score_facts(results, golds[g]) for g in names}
    right = sum(fs[g]["right"] for g in names)
    total = sum(fs[g]["total"] for g in names)
    ok, judged, held = group_tally(fs, names)
    return {"right": right, "total": total, "g_ok": ok, "g_judged": judged, "g_wrong": held.get("wrong", 0), "per": fs}


def results_for(data, cids, fn) -> dict:
    out = {}
    for cid in cids:
        groups, core = fn(cid)
        out[cid] = {"facts": facts_at(data[cid], groups, core, "-")}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out against the default")
    ap.add_argument("--check", action="store_true", help="train and compare with the shipped model instead of writing")
    ap.add_argument("--final", help="a fresh gold set: score the default and the shipped model on it, once")
    ap.add_argument("--features", default="all", help="comma-separated PAIR_FEATURES to use (default all)")
    ap.add_argument("--auc", action="store_true", help="pair ranking only (ROC AUC), leave-one-set-out")
    ap.add_argument("--mode", choices=["replace", "veto"], default="replace",
                    help="replace: the judge's probability is the similarity; veto: the default similarity, vetoed / lifted by the judge")
    ap.add_argument("--train-pairs", action="store_true", help="also train on the hand-judged Multi-News TRAIN pairs")
    ap.add_argument("--fixed-bar", type=float, help="skip the inner choice of the bar")
    args = ap.parse_args()
    from newsweave.analyze.facts_pairs import PAIR_FEATURES

    feat_idx = list(range(len(PAIR_FEATURES))) if args.features == "all" else [PAIR_FEATURES.index(f) for f in args.features.split(",")]
    names = list(SETS) + ([args.final] if args.final else [])
    golds = gold_rows(names)
    set_of = {r["cluster"]: g for g in names for r in golds[g]}
    data = prepare(extra=[args.final] if args.final else None)
    feats = cluster_features(data)
    labels = {cid: pair_labels(data[cid], [r for g in names for r in golds[g] if r["cluster"] == cid], feats[cid][0])
              for cid in data if cid in set_of}
    for g in names:
        ys = np.concatenate([labels[c][labels[c] >= 0] for c in labels if set_of[c] == g])
        print(f"{g}: {len(ys)} labelled pairs, {int(ys.sum())} the same claim", flush=True)

    extra_X, extra_y = train_pair_rows() if args.train_pairs else (np.zeros((0, len(PAIR_FEATURES))), np.zeros(0, dtype=int))
    if args.train_pairs:
        print(f"TRAIN pairs: {len(extra_y)} labelled, {int(extra_y.sum())} the same claim (always in the training data)", flush=True)

    def train_on(sets):
        cids = [c for c in labels if set_of[c] in sets]
        X = np.concatenate([feats[c][1][labels[c] >= 0] for c in cids] + [extra_X])
        y = np.concatenate([labels[c][labels[c] >= 0] for c in cids] + [extra_y])
        return fit(X, y, feat_idx)

    def learned(model, bar):
        if args.mode == "veto":  # bar = (veto, lift)
            return lambda cid: veto_lift_grouping(data[cid], feats[cid][0], predict(model, feats[cid][1]) if len(feats[cid][0]) else np.zeros(0), *bar)
        return lambda cid: judged_grouping(data[cid], feats[cid][0], predict(model, feats[cid][1]) if len(feats[cid][0]) else np.zeros(0), bar)

    def choose_bar(sets) -> float:
        """Inner leave-one-set-out over `sets`: the bar with the most right statuses, then group precision."""
        if args.fixed_bar:
            return args.fixed_bar if args.mode == "replace" else (args.fixed_bar, 1.01)
        bars = VETO_LIFT if args.mode == "veto" else BARS
        tally = {b: [0, 0, 0] for b in bars}
        for t in sets:
            model = train_on([s for s in sets if s != t])
            cids = [c for c in labels if set_of[c] == t]
            for b in bars:
                sc = score(results_for(data, cids, learned(model, b)), golds, [t])
                tally[b][0] += sc["right"]
                tally[b][1] += sc["g_ok"]
                tally[b][2] += sc["g_judged"]
        return max(bars, key=lambda b: (tally[b][0], tally[b][1] / max(1, tally[b][2])))

    def default(cid):
        return grouping(data[cid], 0.35, "bar")

    if args.auc:
        from sklearn.metrics import roc_auc_score

        print("\n| left-out set | pairs (same) | AUC learned | AUC default similarity |")
        print("|---|---|---|---|")
        allp, ally, allm = [], [], []
        for s in SETS:
            model = train_on([x for x in SETS if x != s])
            cids = [c for c in labels if set_of[c] == s]
            X = np.concatenate([feats[c][1][labels[c] >= 0] for c in cids])
            y = np.concatenate([labels[c][labels[c] >= 0] for c in cids])
            p = predict(model, X)
            allp.append(p), ally.append(y), allm.append(X[:, 2])
            print(f"| {s} | {len(y)} ({int(y.sum())}) | {roc_auc_score(y, p):.3f} | {roc_auc_score(y, X[:, 2]):.3f} |")
        p, y, m = np.concatenate(allp), np.concatenate(ally), np.concatenate(allm)
        print(f"| pooled | {len(y)} ({int(y.sum())}) | {roc_auc_score(y, p):.3f} | {roc_auc_score(y, m):.3f} |")
        model = train_on(list(SETS))
        print("\nweights (all sets):", {PAIR_FEATURES[f]: round(float(w), 2) for f, w in zip(model["features"], model["w"])})
        return
    if args.loso:
        print("\n| left-out set | bar (inner) | default status | learned status | default groups right | learned groups right |")
        print("|---|---|---|---|---|---|")
        pooled = {"d": [0, 0, 0, 0], "l": [0, 0, 0, 0]}
        for s in SETS:
            rest = [x for x in SETS if x != s]
            bar = choose_bar(rest)
            model = train_on(rest)
            cids = [c for c in labels if set_of[c] == s]
            d = score(results_for(data, cids, default), golds, [s])
            lrn = score(results_for(data, cids, learned(model, bar)), golds, [s])
            for k, sc in (("d", d), ("l", lrn)):
                pooled[k] = [a + b for a, b in zip(pooled[k], (sc["right"], sc["total"], sc["g_ok"], sc["g_judged"]))]
            print(f"| {s} | {bar} | {d['right']}/{d['total']} | {lrn['right']}/{lrn['total']} | {d['g_ok']}/{d['g_judged']} ({d['g_wrong']} wrong) |"
                  f" {lrn['g_ok']}/{lrn['g_judged']} ({lrn['g_wrong']} wrong) |", flush=True)
        d, lrn = pooled["d"], pooled["l"]
        print(f"| **pooled** | | **{d[0]}/{d[1]} = {d[0] / d[1]:.3f}** | **{lrn[0]}/{lrn[1]} = {lrn[0] / lrn[1]:.3f}** |"
              f" **{d[2]}/{d[3]} = {d[2] / max(1, d[3]):.2f}** | **{lrn[2]}/{lrn[3]} = {lrn[2] / max(1, lrn[3]):.2f}** |")
        return

    if args.final:
        from newsweave.analyze.facts_pairs import load_pair_judge, pair_features, story_inputs  # noqa: F401
        from newsweave.embed import make_embedder

        judge = load_pair_judge()
        assert judge is not None, "no shipped model: run this script without --final first"
        cids = [c for c in data if set_of.get(c) == args.final]
        emb = make_embedder("static")

        def shipped(cid):
            c = data[cid]
            pairs, f = pair_features(story_inputs(c["sents"], emb.embed))
            return veto_lift_grouping(c, pairs, judge.probability(f) if len(pairs) else np.zeros(0), judge.veto, judge.lift)

        print(f"\n| {args.final} (first and only run) | status | exact outlets | groups right |")
        print("|---|---|---|---|")
        for label, fn in (("default (static, bar 0.35)", default), (f"learned judgment (veto {judge.veto}, lift {judge.lift})", shipped)):
            sc = score(results_for(data, cids, fn), golds, [args.final])
            x = sc["per"][args.final]
            print(f"| {label} | {sc['right']}/{sc['total']} = {sc['right'] / sc['total']:.3f} | {x['same_outlets']}/{x['total']} |"
                  f" {sc['g_ok']}/{sc['g_judged']} ({sc['g_wrong']} wrong) |")
            print(f"|   confusion | {x['confusion']} | | |")
        return
    # the shipped model: every set, (veto, lift) by the inner leave-one-set-out over all of them
    point = choose_bar(list(SETS))
    model = train_on(list(SETS))
    from newsweave.analyze.facts_pairs import PairJudge

    veto, lift = point if args.mode == "veto" else (0.0, 1.01)
    judge = PairJudge(tuple(PAIR_FEATURES[f] for f in model["features"]), tuple(round(float(w), 6) for w in model["w"]), round(model["b"], 6),
                      tuple(round(float(m), 6) for m in model["mean"]), tuple(round(float(x), 6) for x in model["scale"]), veto=veto, lift=lift)
    text = json.dumps(judge.to_json(), indent=1) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'identical' if same else 'DIFFERENT'} (veto {veto}, lift {lift})")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} (veto {veto}, lift {lift}; {len(model['features'])} features)")


if __name__ == "__main__":
    main()
