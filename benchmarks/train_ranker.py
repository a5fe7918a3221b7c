"""Train the sentence ranker shipped in `src/newsweave/data/ranker.json`.

Reads Multi-News training clusters (`../shared/data/train/summarization_multinews_train20k.jsonl`),
computes newsweave's sentence features for every sentence, labels each sentence by how much of it
appears in the human reference (mean of unigram and bigram precision against the reference,
stemmed, stop words kept), and fits small gradient-boosted regression trees. The trees are exported
to plain JSON so the package loads them without pickle or scikit-learn.

    .venv/bin/python benchmarks/train_ranker.py --clusters 3000 --out src/newsweave/data/ranker.json

Never evaluates on training data: `--check` scores ROUGE on the dev files instead.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsweave.summarize.features import FEATURE_NAMES, ClusterFeatures  # noqa: E402
from newsweave.text.segment import RuleSegmenter  # noqa: E402
from newsweave.text.tokens import stem, words  # noqa: E402
from newsweave.types import Article, content_id  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"
# Features the learned model uses. proper_share is left out: the training text is lower-cased,
# so the feature would mean something else on cased input.
LEARNED_FEATURES = tuple(n for n in FEATURE_NAMES if n not in ("proper_share",))


def cluster_documents(record: dict):
    seg = RuleSegmenter()
    docs = []
    for k, d in enumerate(record["documents"]):
        text = (d.get("text") or "").strip()
        if not text:
            continue
        a = Article(id=content_id(text) + f"{k}", outlet=f"doc{k + 1}", text=text, title=d.get("title"))
        doc = seg.split(a)
        if doc.sentences:
            docs.append(doc)
    return docs


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def sentence_labels(cf: ClusterFeatures, reference: str, kind: str = "prec") -> np.ndarray:
    ref = [stem(w) for w in words(reference)]
    ref1, ref2 = set(ref), ngrams(ref, 2)
    out = np.zeros(len(cf.sentences))
    for i, s in enumerate(cf.sentences):
        toks = [stem(w) for w in words(s.text)]
        if not toks:
            continue
        p1 = sum(1 for t in toks if t in ref1) / len(toks)
        bi = [tuple(toks[j : j + 2]) for j in range(len(toks) - 1)]
        p2 = sum(1 for b in bi if b in ref2) / len(bi) if bi else 0.0
        if kind == "prec":
            out[i] = 0.5 * p1 + 0.5 * p2
        elif kind == "bigram":
            out[i] = p2
        elif kind == "mass":  # how much reference content the sentence carries, damped by length
            out[i] = (0.5 * p1 + 0.5 * p2) * min(1.0, len(toks) / 25.0)
    if kind in ("oracle", "oracle_soft"):
        chosen = oracle_sentences(cf, ref)
        soft = sentence_labels(cf, reference, "bigram") if kind == "oracle_soft" else np.zeros(len(out))
        out = 0.5 * soft
        out[chosen] += 1.0
    return out


def oracle_sentences(cf: ClusterFeatures, ref: list[str], budget: int = 250) -> list[int]:
    """The greedy ROUGE oracle: sentences added one at a time while they raise the mean of the
    unigram and bigram F1 (clipped counts, stemmed) against the reference, within `budget` words
    (the summary length of the dev protocol). Labels for the ranker: in the oracle or not."""
    from collections import Counter

    ref1, ref2 = Counter(ref), Counter(zip(ref, ref[1:]))
    toks = [[stem(w) for w in words(s.text)] for s in cf.sentences]
    c1, c2 = Counter(), Counter()
    chosen: list[int] = []
    used, best = 0, 0.0

    def f1(a: Counter, r: Counter) -> float:
        hit = sum(min(v, r[k]) for k, v in a.items() if k in r)
        n, m = sum(a.values()), sum(r.values())
        return 0.0 if not hit else 2 * hit / (n + m)

    while used < budget:
        pick, pick_v = -1, best
        for i, t in enumerate(toks):
            if i in chosen or not t or used + len(t) > budget * 1.2:
                continue
            v = 0.5 * f1(c1 + Counter(t), ref1) + 0.5 * f1(c2 + Counter(zip(t, t[1:])), ref2)
            if v > pick_v:
                pick, pick_v = i, v
        if pick < 0:
            break
        chosen.append(pick)
        c1.update(toks[pick])
        c2.update(zip(toks[pick], toks[pick][1:]))
        used += len(toks[pick])
        best = pick_v
    return chosen


def build_dataset(path: Path, n_clusters: int, seed: int, label: str = "prec", window: int | None = 15, normalise: bool = False):
    lines = path.read_text(encoding="utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    xs, ys, groups = [], [], []
    cols = [FEATURE_NAMES.index(n) for n in LEARNED_FEATURES]
    for g, line in enumerate(lines[:n_clusters]):
        rec = json.loads(line)
        docs = cluster_documents(rec)
        if window:
            docs = [replace(d, sentences=d.sentences[:window]) for d in docs]
        if not docs:
            continue
        cf = ClusterFeatures.build(docs)
        if not cf.sentences:
            continue
        xs.append(cf.features[:, cols])
        y = sentence_labels(cf, rec["summary"], label)
        if normalise and len(y) > 1:
            # Only the order within a cluster matters: learn within-cluster ranks.
            y = np.argsort(np.argsort(y, kind="stable"), kind="stable") / (len(y) - 1)
        ys.append(y)
        groups.append(np.full(len(cf.sentences), g))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(groups)


def export_trees(model, features: tuple[str, ...]) -> dict:
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        trees.append(
            {
                "feature": [int(f) for f in t.feature],
                "threshold": [round(float(x), 6) for x in t.threshold],
                "left": [int(x) for x in t.children_left],
                "right": [int(x) for x in t.children_right],
                "value": [round(float(v), 6) for v in t.value[:, 0, 0]],
            }
        )
    base = float(np.ravel(model.init_.constant_)[0]) if hasattr(model.init_, "constant_") else float(model._raw_predict_init(np.zeros((1, len(features))))[0, 0])
    return {"kind": "trees", "features": list(features), "base": base, "learning_rate": float(model.learning_rate), "trees": trees}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--clusters", type=int, default=3000)
    parser.add_argument("--trees", type=int, default=150)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--label", choices=("prec", "bigram", "mass", "oracle", "oracle_soft"), default="bigram")
    parser.add_argument("--rank-labels", action="store_true", help="train on within-cluster ranks")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsweave" / "data" / "ranker.json")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"training data not found: {args.data}", file=sys.stderr)
        return 2
    from sklearn.ensemble import GradientBoostingRegressor

    t0 = time.time()
    x, y, _ = build_dataset(args.data, args.clusters, args.seed, args.label, normalise=args.rank_labels)
    print(f"{x.shape[0]} sentences from {args.clusters} clusters in {time.time() - t0:.1f}s", file=sys.stderr)
    model = GradientBoostingRegressor(
        n_estimators=args.trees, max_depth=args.depth, learning_rate=0.08, subsample=0.8, min_samples_leaf=40, random_state=args.seed
    )
    model.fit(x, y)
    data = export_trees(model, LEARNED_FEATURES)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    importances = sorted(zip(LEARNED_FEATURES, model.feature_importances_), key=lambda kv: -kv[1])
    print("feature importances: " + ", ".join(f"{n}={v:.3f}" for n, v in importances), file=sys.stderr)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB) in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
