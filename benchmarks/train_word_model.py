"""Train the word-importance model shipped in `src/newsweave/data/word_model.json`.

Two disjoint parts of the Multi-News training clusters
(`../shared/data/train/summarization_multinews_train20k.jsonl`, shuffled with `--seed`):

1. the first `--clusters` clusters train the classifier: one example per distinct stemmed word of
   a cluster (features: `newsweave.summarize.importance.WORD_FEATURES`), labelled 1 when the
   human summary uses the word;
2. the next `--prior-clusters` clusters give the lexical prior: for each word seen in the sources
   of at least `--min-count` clusters, the smoothed share of those clusters whose summary kept it.

Every cluster goes through the path `newsweave eval summarize` takes at inference
(`prepared_documents`): the pipeline's segmenter and de-duplication (`Pipeline.documents`), the
screen (`analyze.screen`, when the settings have it on), page furniture stripped
(`summarize.prepare.without_furniture`), then the summarizer's own `rank` (candidate window,
features, development marks). The classifier's word features and, with `--prior-from prepared`
(the default), the prior's "in the sources" counts come from those sentences, so training sees the
words the summarizer weighs. `--prior-from raw` counts the raw texts as before;
`--examples-from segmented` is the trainer before this was fixed (segmenter only, no screen, no
furniture stripping).

The shipped `word_model.json` is still the one trained before the fix (8,000 clusters, segmented
examples, raw prior): the matched trainer was measured no better on dev (benchmarks/SUMMARIZATION.md,
"Word model trained on what inference sees"), so it was not replaced.

`--add-pairs-to MODEL` trains only the pair model, a second classifier over `PAIR_FEATURES`: one
example per distinct pair of adjacent stemmed words of a cluster, labelled 1 when the human summary
has that bigram, with MODEL's word probabilities among its features; clusters `--pair-skip` to
`--pair-skip + --pair-clusters` of the shuffle (default 8,000-8,999: outside the word classifier's
clusters, so its probabilities are as imprecise there as on new clusters; they are among the prior's
clusters, which leaks a little of their labels into the prior feature of rare words). It ships in
the same file (`pair_trees`); the summarizer then weighs a word pair by it instead of the product of
the two words' probabilities. The shipped file is the old word model plus this:

    nice .venv/bin/python benchmarks/train_word_model.py --add-pairs-to src/newsweave/data/word_model.json \
        --out src/newsweave/data/word_model.json     # 1,000 clusters, ~5 min on an idle machine

Keeping the parts apart means the prior feature is as (im)precise in training as on new clusters.
The classifier is scikit-learn's HistGradientBoostingClassifier, exported with the prior to plain
JSON. Same data and seed give the same file.

    nice .venv/bin/python benchmarks/train_word_model.py             # ~5 minutes here (2 busy cores)
    .venv/bin/python benchmarks/train_word_model.py --examples-from segmented --prior-from raw   # the old trainer
    .venv/bin/python benchmarks/train_word_model.py --clusters 1000 --prior-clusters 2000 --out /tmp/wm.json
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsweave.analyze.screen import screen_documents  # noqa: E402
from newsweave.eval.summarize_eval import _parse_cluster, articles_for  # noqa: E402
from newsweave.pipeline import Pipeline  # noqa: E402
from newsweave.summarize.extractive import ExtractiveSummarizer  # noqa: E402
from newsweave.summarize.prepare import without_furniture  # noqa: E402
from newsweave.summarize.importance import PAIR_FEATURES, WORD_FEATURES, WordImportance, WordPrior, pair_features, sentence_terms, word_features  # noqa: E402
from train_ranker import TRAIN, cluster_documents  # noqa: E402


def prepared_documents(rec: dict, pipeline: Pipeline, number: int = 0):
    """The cluster's documents as the summarizer receives them in `newsweave eval summarize`
    (`NewsweaveSystem` -> `Pipeline.report` -> `summarize_documents` -> `summarize`), up to the
    point where it ranks them: segmented and de-duplicated, screened, furniture stripped."""
    documents = pipeline.documents(articles_for(_parse_cluster(rec, number)))
    if pipeline.settings.screen and documents:
        documents, _ = screen_documents(documents)
    return without_furniture(documents) if documents else ()


@dataclass
class Prepared:
    """What the word model sees of one cluster at inference, and the reference's terms."""

    terms: list[list[str]]
    docs: list[int]
    index: list[int]
    lengths: list[int]
    scores: np.ndarray
    summary: set[str]
    sequence: list[str] = field(default_factory=list)  # the reference's terms in order (for its bigrams)


def prepare(rec: dict, summarizer: ExtractiveSummarizer, pipeline: Pipeline, number: int = 0, how: str = "prepared") -> Prepared | None:
    documents = prepared_documents(rec, pipeline, number) if how == "prepared" else cluster_documents(rec)
    if not documents:
        return None
    cf, scores = summarizer.rank(documents)  # applies the candidate window, as summarize does
    if not cf.sentences:
        return None
    return Prepared(
        [sentence_terms(s.text) for s in cf.sentences],
        [int(k) for k in cf.doc_index],
        [s.index for s in cf.sentences],
        [len(d.sentences) for d in cf.documents],
        scores,
        set(sentence_terms(rec["summary"])),
        sentence_terms(rec["summary"]),
    )


def build_prior(clusters: list[tuple[set[str], set[str]]], min_count: int) -> tuple[dict[str, tuple[float, float]], float]:
    """`clusters`: (source terms, summary terms) per cluster."""
    seen: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for source, summary in clusters:
        seen.update(source)
        kept.update(source & summary)
    base = sum(kept.values()) / max(sum(seen.values()), 1)
    table = {}
    for t, n in seen.items():
        if n >= min_count:
            p = (kept[t] + 2 * base) / (n + 2)  # shrunk towards the overall rate
            table[t] = (round(math.log(p / (1 - p)), 4), round(math.log1p(n), 4))
    return table, math.log(base / (1 - base))


def prior_terms(rec: dict, how: str, summarizer: ExtractiveSummarizer, pipeline: Pipeline, number: int) -> tuple[set[str], set[str]] | None:
    summary = set(sentence_terms(rec["summary"]))
    if how == "raw":
        return {t for d in rec["documents"] for t in sentence_terms(d.get("text") or "")}, summary
    documents = prepared_documents(rec, pipeline, number)
    if summarizer.candidate_window is not None:
        documents = [replace(d, sentences=d.sentences[: summarizer.candidate_window]) for d in documents]
    source = {t for d in documents for s in d.sentences for t in sentence_terms(s.text)}
    return (source, summary) if source else None


def cluster_examples(p: Prepared, prior: WordPrior):
    terms, x = word_features(p.terms, p.docs, p.index, p.lengths, p.scores, prior)
    return x, np.array([1.0 if t in p.summary else 0.0 for t in terms])


def pair_examples(p: Prepared, words: WordImportance):
    weight = words.weights(p.terms, p.docs, p.index, p.lengths, p.scores)
    pairs, x = pair_features(p.terms, p.docs, p.index, p.lengths, p.scores, weight)
    kept = set(zip(p.sequence, p.sequence[1:]))
    return x, np.array([1.0 if q in kept else 0.0 for q in pairs])


def export_trees(model) -> list[dict]:
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
    return trees


def export(model, table: dict, default_logit: float) -> dict:
    return {
        "kind": "word_importance",
        "features": list(WORD_FEATURES),
        "base": float(np.ravel(model._baseline_prediction)[0]),
        "trees": export_trees(model),
        "prior_default_logit": round(default_logit, 6),
        "prior": {t: list(v) for t, v in sorted(table.items())},
    }


def add_pairs(args, part: list[str], classifier, t0: float) -> int:
    """Train the pair model on `part` with the word model `args.add_pairs_to` and write both."""
    data = json.loads(args.add_pairs_to.read_text(encoding="utf-8"))
    words = WordImportance.from_json(data)
    summarizer, pipeline = ExtractiveSummarizer(word_model=False), Pipeline()
    prepared = [p for p in (prepare(json.loads(line), summarizer, pipeline, args.pair_skip + n) for n, line in enumerate(part)) if p is not None]
    pairs_xy = [pair_examples(p, words) for p in prepared]
    x, y = np.vstack([a for a, _ in pairs_xy]), np.concatenate([b for _, b in pairs_xy])
    print(f"{x.shape[0]} word pairs from {len(pairs_xy)} clusters ({y.mean():.3f} kept) in {time.time() - t0:.1f}s", file=sys.stderr)
    model = classifier(max_iter=args.trees, learning_rate=0.1, max_leaf_nodes=args.leaves, early_stopping=False, random_state=args.seed)
    model.fit(x, y)
    data["pair_features"] = list(PAIR_FEATURES)
    data["pair_base"] = float(np.ravel(model._baseline_prediction)[0])
    data["pair_trees"] = export_trees(model)
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB) in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--clusters", type=int, default=8000, help="clusters that train the classifier")
    parser.add_argument("--prior-clusters", type=int, default=12000, help="the next clusters, for the lexical prior")
    parser.add_argument("--min-count", type=int, default=10, help="words seen in fewer prior clusters get the default prior")
    parser.add_argument("--prior-from", choices=("prepared", "raw"), default="prepared", help="prior counts words of the prepared sentences (as inference) or of the raw texts")
    parser.add_argument("--use", type=int, default=None, metavar="N", help="train on only the first N of the --clusters part (the prior part does not move)")
    parser.add_argument("--examples-from", choices=("prepared", "segmented"), default="prepared", help="segmented: the trainer before the fix (segmenter only, no screen or furniture stripping), for comparison")
    parser.add_argument("--also-raw-prior", type=Path, metavar="OUT", help="also fit the same examples with the raw-text prior, written here")
    parser.add_argument("--add-pairs-to", type=Path, metavar="MODEL", help="only train the pair model, with this word model's probabilities, and write MODEL plus it to --out")
    parser.add_argument("--pair-skip", type=int, default=8000, help="the pair model's clusters start here in the shuffle")
    parser.add_argument("--pair-clusters", type=int, default=1000)
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
    if args.add_pairs_to:
        return add_pairs(args, lines[args.pair_skip : args.pair_skip + args.pair_clusters], HistGradientBoostingClassifier, t0)
    train = lines[: args.clusters][: args.use]  # --use: fewer examples, the prior part unchanged
    prior_part = lines[args.clusters : args.clusters + args.prior_clusters]
    # The summarizer as shipped (its ranker supplies the sentence scores) and the pipeline's
    # default settings, as `newsweave eval summarize` builds them.
    summarizer = ExtractiveSummarizer(word_model=False)
    pipeline = Pipeline()
    pairs = [prior_terms(json.loads(line), args.prior_from, summarizer, pipeline, n) for n, line in enumerate(prior_part)]
    table, default_logit = build_prior([p for p in pairs if p is not None], args.min_count)
    prior = WordPrior(table, default_logit)
    print(f"prior ({args.prior_from}): {len(table)} words from {len(prior_part)} clusters in {time.time() - t0:.1f}s", file=sys.stderr)

    prepared = [p for p in (prepare(json.loads(line), summarizer, pipeline, n, args.examples_from) for n, line in enumerate(train)) if p is not None]
    print(f"{len(prepared)} training clusters prepared in {time.time() - t0:.1f}s", file=sys.stderr)
    fits = [(prior, table, default_logit, args.out)]
    if args.also_raw_prior:  # the same examples with the raw-text prior (an ablation)
        raw_table, raw_default = build_prior([prior_terms(json.loads(line), "raw", summarizer, pipeline, n) for n, line in enumerate(prior_part)], args.min_count)
        fits.append((WordPrior(raw_table, raw_default), raw_table, raw_default, args.also_raw_prior))
    for prior_, table_, default_, out in fits:
        pairs_xy = [cluster_examples(p, prior_) for p in prepared]
        x, y = np.vstack([a for a, _ in pairs_xy]), np.concatenate([b for _, b in pairs_xy])
        print(f"{x.shape[0]} words from {len(pairs_xy)} clusters ({y.mean():.3f} kept) in {time.time() - t0:.1f}s", file=sys.stderr)
        model = HistGradientBoostingClassifier(
            max_iter=args.trees, learning_rate=0.1, max_leaf_nodes=args.leaves, early_stopping=False, random_state=args.seed
        )
        model.fit(x, y)
        data = export(model, table_, default_)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {out} ({out.stat().st_size // 1024} KB) in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
