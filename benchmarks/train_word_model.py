"""Train the word-importance model shipped in `src/newsweave/data/word_model.json`.

Two disjoint parts of the Multi-News training clusters
(`../shared/data/train/summarization_multinews_train20k.jsonl`, shuffled with `--seed`):

1. the first `--clusters` clusters train the classifier: one example per distinct stemmed word of
   a cluster (features: `newsweave.summarize.importance.WORD_FEATURES`), labelled 1 when the
   human summary uses the word;
2. the next `--prior-clusters` clusters give the lexical prior: for each word seen in the sources
   of at least `--min-count` clusters, the smoothed share of those clusters whose summary kept it.

Keeping them apart means the prior feature is as (im)precise in training as on new clusters.
The classifier is scikit-learn's HistGradientBoostingClassifier, exported with the prior to plain
JSON. Same data and seed give the same file.

    .venv/bin/python benchmarks/train_word_model.py                 # ~6 minutes here
    .venv/bin/python benchmarks/train_word_model.py --clusters 1000 --out /tmp/wm.json
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsweave.summarize.extractive import ExtractiveSummarizer  # noqa: E402
from newsweave.summarize.importance import WORD_FEATURES, WordPrior, sentence_terms, word_features  # noqa: E402
from train_ranker import TRAIN, cluster_documents  # noqa: E402


def build_prior(records: list[dict], min_count: int) -> tuple[dict[str, tuple[float, float]], float]:
    seen: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for rec in records:
        summary = set(sentence_terms(rec["summary"]))
        source = {t for d in rec["documents"] for t in sentence_terms(d.get("text") or "")}
        seen.update(source)
        kept.update(source & summary)
    base = sum(kept.values()) / max(sum(seen.values()), 1)
    table = {}
    for t, n in seen.items():
        if n >= min_count:
            p = (kept[t] + 2 * base) / (n + 2)  # shrunk towards the overall rate
            table[t] = (round(math.log(p / (1 - p)), 4), round(math.log1p(n), 4))
    return table, math.log(base / (1 - base))


def cluster_examples(rec: dict, summarizer: ExtractiveSummarizer, prior: WordPrior):
    docs = cluster_documents(rec)
    if not docs:
        return None
    docs = [replace(d, sentences=d.sentences[: summarizer.candidate_window]) for d in docs]
    cf, scores = summarizer.rank(docs)
    if not cf.sentences:
        return None
    terms_per_sentence = [sentence_terms(s.text) for s in cf.sentences]
    terms, x = word_features(
        terms_per_sentence, [int(k) for k in cf.doc_index], [s.index for s in cf.sentences], [len(d.sentences) for d in cf.documents], scores, prior
    )
    summary = set(sentence_terms(rec["summary"]))
    return x, np.array([1.0 if t in summary else 0.0 for t in terms])


def export(model, table: dict, default_logit: float) -> dict:
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        trees.append(
            {
                "feature": [int(f) for f in nodes["feature_idx"]],
                "threshold": [float(t) for t in nodes["num_threshold"]],  # exact: thresholds can equal data values
                "left": [-1 if is_leaf else int(v) for v, is_leaf in zip(nodes["left"], leaf)],
                "right": [-1 if is_leaf else int(v) for v, is_leaf in zip(nodes["right"], leaf)],
                "value": [round(float(v), 6) for v in nodes["value"]],
            }
        )
    return {
        "kind": "word_importance",
        "features": list(WORD_FEATURES),
        "base": float(np.ravel(model._baseline_prediction)[0]),
        "trees": trees,
        "prior_default_logit": round(default_logit, 6),
        "prior": {t: list(v) for t, v in sorted(table.items())},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--clusters", type=int, default=8000, help="clusters that train the classifier")
    parser.add_argument("--prior-clusters", type=int, default=12000, help="the next clusters, for the lexical prior")
    parser.add_argument("--min-count", type=int, default=10, help="words seen in fewer prior clusters get the default prior")
    parser.add_argument("--trees", type=int, default=200)
    parser.add_argument("--leaves", type=int, default=31)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsweave" / "data" / "word_model.json")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"training data not found: {args.data}", file=sys.stderr)
        return 2
    from sklearn.ensemble import HistGradientBoostingClassifier

    t0 = time.time()
    lines = args.data.read_text(encoding="utf-8").splitlines()
    random.Random(args.seed).shuffle(lines)
    train = lines[: args.clusters]
    prior_part = lines[args.clusters : args.clusters + args.prior_clusters]
    table, default_logit = build_prior([json.loads(line) for line in prior_part], args.min_count)
    prior = WordPrior(table, default_logit)
    print(f"prior: {len(table)} words from {len(prior_part)} clusters in {time.time() - t0:.1f}s", file=sys.stderr)

    # The ranker the summarizer ships with supplies the sentence scores.
    summarizer = ExtractiveSummarizer()
    xs, ys = [], []
    for line in train:
        got = cluster_examples(json.loads(line), summarizer, prior)
        if got is not None:
            xs.append(got[0])
            ys.append(got[1])
    x, y = np.vstack(xs), np.concatenate(ys)
    print(f"{x.shape[0]} words from {len(xs)} clusters ({y.mean():.3f} kept) in {time.time() - t0:.1f}s", file=sys.stderr)
    model = HistGradientBoostingClassifier(
        max_iter=args.trees, learning_rate=0.1, max_leaf_nodes=args.leaves, early_stopping=False, random_state=args.seed
    )
    model.fit(x, y)
    data = export(model, table, default_logit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB) in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
