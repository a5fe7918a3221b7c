"""Train the same-claim pair scorer (`analyze/claim_scorer.py`) on Multi-News TRAINING clusters.

    nice -n 5 .venv/bin/python benchmarks/train_claim_scorer.py                 # writes src/newsweave/data/claim_scorer.json
    nice -n 5 .venv/bin/python benchmarks/train_claim_scorer.py --dry-run       # report only

Labels, from the human summaries (no dev data is read):
- every fact sentence of every article is aligned to the summary sentence sharing most of its
  content terms (set cosine of stemmed terms, figures kept whole);
- a pair of sentences of different articles is the SAME claim when both align to the same summary
  sentence with cosine >= --strong and at least 3 shared terms each;
- it is a DIFFERENT claim when their best summary sentences differ (both aligned at least --weak:
  the hard, same-topic negatives), or when either aligns to nothing (< --weak);
- anything else (one strong, one weak on the same summary sentence) is left out.
All cross-article pairs of a cluster are used, so the model sees the same mix of pairs as the
grouping does. Logistic regression (scikit-learn, class weights balanced), standardised features;
the JSON holds weights, bias, mean and scale. Seeded. Read on a held-out tenth of the clusters:
pair ROC AUC of the model vs the old similarity (mean of the two cosines).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
TRAIN = (ROOT / ".." / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl").resolve()
OUT = ROOT / "src" / "newsweave" / "data" / "claim_scorer.json"


def cluster_pairs(row: dict, embedder, strong: float, weak: float, nlp=None):
    from newsweave.analyze.claim_scorer import main_predicates, negation, pair_features
    from newsweave.analyze.parsing import parse_texts
    from newsweave.analyze.fact_similarity import LexicalSimilarity, core_text, fact_terms
    from newsweave.analyze.facts import fact_sentences
    from newsweave.text.segment import RuleSegmenter, split_spans
    from newsweave.types import Article

    seg = RuleSegmenter()
    sentences, doc_of, position = [], [], []
    docs = [d for d in row["documents"] if d["text"].strip() and not d.get("multinews_plus_noise")]
    for k, d in enumerate(docs):
        fs = fact_sentences(seg.split(Article(id=f"{row['id']}:{k}", outlet=f"o{k}", text=d["text"])))
        for p, s in enumerate(fs):
            sentences.append(s)
            doc_of.append(k)
            position.append(p)
    if len(set(doc_of)) < 2:
        return None
    summ = [set(fact_terms(row["summary"][a:b])) for a, b in split_spans(row["summary"])]
    summ = [s for s in summ if len(s) >= 3]
    terms = [set(fact_terms(s.text)) for s in sentences]
    if not summ:
        return None
    align, score = [], []
    for t in terms:
        cos = [len(t & s) / np.sqrt(max(1, len(t)) * len(s)) if t else 0.0 for s in summ]
        b = int(np.argmax(cos))
        align.append(b if len(t & summ[b]) >= 3 else -1)
        score.append(cos[b] if len(t & summ[b]) >= 3 else 0.0)
    lex = LexicalSimilarity().matrix(sentences)
    vec = np.asarray(embedder.embed([core_text(s.text) for s in sentences]), dtype=float)
    emb = vec @ vec.T
    preds = [main_predicates(p) for p in parse_texts(nlp, [s.text for s in sentences])] if nlp is not None else None
    pairs, feats = pair_features(terms, doc_of, position, lex, emb, [negation(s.text) for s in sentences], preds)
    labels = []
    for a, b in pairs:
        sa, sb = score[a], score[b]
        if align[a] == align[b] and align[a] >= 0 and sa >= strong and sb >= strong:
            labels.append(1)
        elif sa < weak or sb < weak or align[a] != align[b]:
            labels.append(0)
        else:
            labels.append(-1)
    labels = np.array(labels)
    keep = labels >= 0
    return feats[keep], labels[keep]


def judged_train_pairs(path: Path) -> tuple[list[dict], dict[str, dict]]:
    """The hand-judged pairs of `path` and the training clusters they point into, by id."""
    judged = [json.loads(line) for line in open(path)]
    wanted = {j["cluster"] for j in judged}
    rows = {}
    for line in open(TRAIN, encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in wanted:
            rows[r["id"]] = r
    return judged, rows


def pair_in_cluster(j: dict, row: dict, seg) -> tuple[list, int | None, int | None]:
    """The fact sentences of a judged pair's training cluster (ids "cluster:doc", noise documents
    left out) and the indices of the pair's two sentences in that list (None when one is not a fact
    sentence)."""
    from newsweave.analyze.facts import fact_sentences
    from newsweave.types import Article

    arts = [Article(id=f"{j['cluster']}:{k}", outlet=f"o{k}", text=d["text"]) for k, d in enumerate(row["documents"])
            if d["text"].strip() and not d.get("multinews_plus_noise")]
    sents = [s for a in arts for s in fact_sentences(seg.split(a))]

    def find(g):
        return next((x for x, s in enumerate(sents)
                     if int(s.article_id.rsplit(":", 1)[1]) == g["doc"] and s.start < g["end"] and g["start"] < s.end), None)

    return sents, find(j["a"]), find(j["b"])


def hand_pairs(path: Path, embedder, nlp=None):
    """Features of hand-judged train pairs (`gold/facts_pairs_train.jsonl`): each pair's features are
    computed in its whole cluster (the story-relative ones need the other sentences)."""
    from newsweave.analyze.claim_scorer import main_predicates, negation, pair_features
    from newsweave.analyze.fact_similarity import LexicalSimilarity, core_text, fact_terms
    from newsweave.analyze.facts import fact_sentences
    from newsweave.analyze.parsing import parse_texts
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    judged, rows = judged_train_pairs(path)
    seg = RuleSegmenter()
    X, y = [], []
    for j in judged:
        row = rows[j["cluster"]]
        sentences, doc_of, position, where = [], [], [], {}
        for k, d in enumerate(row["documents"]):
            if not d["text"].strip() or d.get("multinews_plus_noise"):
                continue
            for p, s in enumerate(fact_sentences(seg.split(Article(id=f"{k}", outlet=f"o{k}", text=d["text"])))):
                where[(k, s.start)] = len(sentences)
                sentences.append(s)
                doc_of.append(k)
                position.append(p)
        a, b = where[(j["a"]["doc"], j["a"]["start"])], where[(j["b"]["doc"], j["b"]["start"])]
        lex = LexicalSimilarity().matrix(sentences)
        vec = np.asarray(embedder.embed([core_text(s.text) for s in sentences]), dtype=float)
        preds = [main_predicates(p) for p in parse_texts(nlp, [s.text for s in sentences])] if nlp is not None else None
        pairs, feats = pair_features([set(fact_terms(s.text)) for s in sentences], doc_of, position, lex, vec @ vec.T,
                                     [negation(s.text) for s in sentences], preds)
        k = next(n for n, (x, z) in enumerate(pairs.tolist()) if {x, z} == {a, b})
        X.append(feats[k])
        y.append(int(j["same"]))
    return np.array(X), np.array(y)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clusters", type=int, default=3000)
    ap.add_argument("--strong", type=float, default=0.35)
    ap.add_argument("--weak", type=float, default=0.15)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--no-parse", action="store_true", help="skip the spaCy parse (the same_predicate feature is then 0 and should be dropped)")
    ap.add_argument("--drop", default="story_size,mean_x_size", help="features left out (comma-separated names)")
    ap.add_argument("--min-mean", type=float, default=0.0, help="fit only on pairs whose mean cosine is at least this (the candidates the grouping weighs)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--hand", help="fit on hand-judged train pairs (benchmarks/gold/facts_pairs_train.jsonl) instead of summary alignment")
    ap.add_argument("--cache", help="npz file to keep the features in (re-fits skip feature extraction)")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from newsweave.analyze.claim_scorer import CLAIM_FEATURES
    from newsweave.embed import make_embedder

    t0 = time.perf_counter()
    if args.hand:
        nlp = None
        if not args.no_parse:
            from newsweave.analyze.entities import shared_nlp

            nlp = shared_nlp(None)
        X, y = hand_pairs(Path(args.hand), make_embedder("static"), nlp)
        grp = np.arange(len(y))
    elif args.cache and Path(args.cache).exists():
        z = np.load(args.cache)
        X, y, grp = z["X"], z["y"], z["grp"]
    else:
        rows = [json.loads(line) for line in open(TRAIN, encoding="utf-8")]
        rows = random.Random(args.seed).sample(rows, args.clusters)
        embedder = make_embedder("static")
        nlp = None
        if not args.no_parse:
            from newsweave.analyze.entities import shared_nlp

            nlp = shared_nlp(None)
        Xs, ys, gs = [], [], []
        for c, row in enumerate(rows):
            out = cluster_pairs(row, embedder, args.strong, args.weak, nlp)
            if out is None or not len(out[1]):
                continue
            Xs.append(out[0])
            ys.append(out[1])
            gs.append(np.full(len(out[1]), c))
        X, y, grp = np.vstack(Xs), np.concatenate(ys), np.concatenate(gs)
        if args.cache:
            np.savez(args.cache, X=X, y=y, grp=grp)
    cand = X[:, CLAIM_FEATURES.index("mean")] >= args.min_mean
    X, y, grp = X[cand], y[cand], grp[cand]
    used = [f for f in CLAIM_FEATURES if f not in set(args.drop.split(",")) - {""}]
    X = X[:, [CLAIM_FEATURES.index(f) for f in used]]
    held = grp % 10 == 0
    mean, scale = X[~held].mean(axis=0), X[~held].std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=args.C, class_weight="balanced", max_iter=2000)
    model.fit((X[~held] - mean) / scale, y[~held])
    p = model.predict_proba((X[held] - mean) / scale)[:, 1]
    auc = roc_auc_score(y[held], p)
    auc_old = roc_auc_score(y[held], X[held, used.index("mean")])
    if args.hand:  # 200 pairs: a tenth is too few to read; 10-fold cross-validation instead
        from sklearn.model_selection import StratifiedKFold, cross_val_predict

        cv = cross_val_predict(LogisticRegression(C=args.C, class_weight="balanced", max_iter=2000), (X - X.mean(0)) / np.where(X.std(0) > 0, X.std(0), 1),
                               y, cv=StratifiedKFold(10, shuffle=True, random_state=args.seed), method="predict_proba")[:, 1]
        auc, auc_old = roc_auc_score(y, cv), roc_auc_score(y, X[:, used.index("mean")])
    print(f"pairs {len(y)} (positive {int(y.sum())}) from {len(set(grp.tolist()))} clusters, {time.perf_counter() - t0:.0f} s")
    print(f"held-out ({'10-fold' if args.hand else 'tenth'}): pair ROC AUC {auc:.3f} (old similarity, mean of the cosines: {auc_old:.3f})")
    for name, w in sorted(zip(used, model.coef_[0]), key=lambda x: -abs(x[1])):
        print(f"  {name:18s} {w:+.3f}")
    if args.dry_run:
        return
    # the shipped model is fitted on all clusters
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    model.fit((X - mean) / scale, y)
    data = {"features": used, "weights": [round(float(w), 6) for w in model.coef_[0]], "bias": round(float(model.intercept_[0]), 6),
            "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
            "trained": {"data": "Multi-News train (shared/data/train/summarization_multinews_train20k.jsonl)", "clusters": args.clusters, "seed": args.seed,
                        "pairs": int(len(y)), "positive": int(y.sum()), "strong": args.strong, "weak": args.weak, "C": args.C, "min_mean": args.min_mean,
                        "heldout_auc": round(float(auc), 4), "heldout_auc_mean_cosine": round(float(auc_old), 4),
                        "command": "benchmarks/train_claim_scorer.py " + " ".join(sys.argv[1:])}}
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
