"""Train the candidate-summary scorer shipped in `src/newsweave/data/summary_scorer.json`.

For Multi-News training clusters (`../shared/data/train/summarization_multinews_train20k.jsonl`,
shuffled with `--seed`; clusters from `--skip` on, past the ones that trained the sentence
ranker), the extractive summarizer makes `--openings` candidate summaries of `--words` words (the
greedy summary and greedy runs from the next best openings, `coverage.candidate_summaries`), each
arranged and cut exactly as `newsweave eval summarize` does. Each candidate gets its summary
features (`summarize.summary_scorer.SUMMARY_FEATURES`) and, as target, the mean of its ROUGE-1
and ROUGE-2 F1 against the human summary. Features and targets are centred within their cluster
(only the choice between a cluster's candidates matters) and a ridge regression is fitted. The
last `--holdout` share of the clusters is kept apart to tell whether picking by the model beats the
greedy summary (a check on training data, never reported as a score).

The clusters reach the summarizer as in `newsweave eval summarize`: segmented and de-duplicated by
the pipeline, screened, furniture stripped, leaning openings trimmed (`trim_leaning`), so the
features are those the summarizer computes at inference.

`--variants` adds candidates made by the greedy under other selection settings (ranker weight 0
and 0.15, pair weight 0 and 2, redundancy 0.3, containment 0.8; one greedy run each) and a
one-hot of the setting as features: a check of whether more varied candidates give a picker more
to win (issue 13, ninth session: they do not, see benchmarks/SUMMARIZATION.md).

    .venv/bin/python benchmarks/train_summary_scorer.py --clusters 600 --out /tmp/scorer.json
    .venv/bin/python benchmarks/train_summary_scorer.py --clusters 600 --variants --out /tmp/variants.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsweave.analyze.screen import screen_documents  # noqa: E402
from newsweave.eval.rouge import RougeScorer, cut_words, split_sentences  # noqa: E402
from newsweave.eval.summarize_eval import _parse_cluster, articles_for  # noqa: E402
from newsweave.pipeline import Pipeline  # noqa: E402
from newsweave.summarize.extractive import ExtractiveSummarizer, without_furniture  # noqa: E402
from newsweave.summarize.summary_scorer import SUMMARY_FEATURES, candidate_features  # noqa: E402
from newsweave.summarize.trim import trim_leaning  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"


# Selection settings whose greedy summaries are extra candidates under --variants.
VARIANTS = ({"ranker_weight": 0.0}, {"ranker_weight": 0.15}, {"pair_weight": 0.0}, {"pair_weight": 2.0}, {"redundancy": 0.3}, {"containment": 0.8})


def inference_documents(record: dict, pipeline: Pipeline, summarizer: ExtractiveSummarizer):
    """The cluster's documents as `ExtractiveSummarizer.summarize` ranks them under `newsweave eval
    summarize`: pipeline segmentation and de-duplication, the screen, furniture, trimmed openings."""
    documents = pipeline.documents(articles_for(_parse_cluster(record, 0)))
    if pipeline.settings.screen and documents:
        documents, _ = screen_documents(documents)
    if not documents:
        return ()
    documents = without_furniture(documents)
    return trim_leaning(documents, summarizer.trim_lower) if summarizer.trim else documents


def cluster_rows(record: dict, summarizer: ExtractiveSummarizer, pipeline: Pipeline, scorer: RougeScorer, words: int, openings: int, variants: bool = False):
    documents = inference_documents(record, pipeline, summarizer)
    if not documents:
        return None
    cf, scores = summarizer.rank(documents)
    if not cf.sentences:
        return None
    candidates, terms, weight = summarizer.candidate_summaries(cf, scores, words, openings)
    tags = [0] * len(candidates)  # which setting made the candidate (0: the shipped one)
    if variants:
        for v, kw in enumerate(VARIANTS, start=1):
            candidates.append(dataclasses.replace(summarizer, **kw).candidate_summaries(cf, scores, words, 1)[0][0])
            tags.append(v)
    seen, xs, ys = set(), [], []
    reference = split_sentences(record["summary"])
    for k, chosen in enumerate(candidates):
        arranged = summarizer.arrange(cf, chosen, words)
        key = tuple(arranged)
        if not chosen or key in seen:
            continue
        seen.add(key)
        cut = cut_words([" ".join(cf.sentences[i].text.split()) for i in arranged], words)
        s = scorer.score(tuple(cut), reference)
        row = candidate_features(cf, scores, terms, weight, chosen, words, k if not tags[k] else 0)
        xs.append(row + [float(tags[k] == v) for v in range(1, len(VARIANTS) + 1)] if variants else row)
        ys.append((s.rouge1 + s.rouge2) / 2)
    if len(xs) < 2:
        return None
    return np.array(xs), np.array(ys)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--clusters", type=int, default=600)
    parser.add_argument("--skip", type=int, default=3000, help="clusters before these trained the sentence ranker")
    parser.add_argument("--openings", type=int, default=5)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--alpha", type=float, default=10.0)
    parser.add_argument("--holdout", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rows-out", type=Path, help="also save the rows (npz) for later fits")
    parser.add_argument("--rows-in", type=Path, help="fit on saved rows instead of computing them")
    parser.add_argument("--variants", action="store_true", help="also candidates from other selection settings (a check; the summarizer cannot use such a model)")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsweave" / "data" / "summary_scorer.json")
    args = parser.parse_args()
    if args.variants and args.out == parser.get_default("out"):
        parser.error("--variants makes a model the summarizer cannot load: give --out")
    t0 = time.time()
    if args.rows_in:
        z = np.load(args.rows_in, allow_pickle=True)
        groups = list(zip(z["xs"], z["ys"]))
    else:
        if not args.data.exists():
            print(f"training data not found: {args.data}", file=sys.stderr)
            return 2
        lines = args.data.read_text(encoding="utf-8").splitlines()
        random.Random(args.seed).shuffle(lines)
        summarizer = ExtractiveSummarizer(fill_budget=True)
        pipeline = Pipeline()
        scorer = RougeScorer()
        groups = []
        for line in lines[args.skip : args.skip + args.clusters]:
            rows = cluster_rows(json.loads(line), summarizer, pipeline, scorer, args.words, args.openings, args.variants)
            if rows is not None:
                groups.append(rows)
        if args.rows_out:
            np.savez(args.rows_out, xs=np.array([g[0] for g in groups], dtype=object), ys=np.array([g[1] for g in groups], dtype=object))
    print(f"{len(groups)} clusters with 2+ distinct candidates in {time.time() - t0:.0f}s", file=sys.stderr)
    cut = int(len(groups) * (1 - args.holdout))
    fit, held = groups[:cut], groups[cut:]
    allx = np.vstack([g[0] for g in fit])
    mean, scale = allx.mean(axis=0), allx.std(axis=0) + 1e-9
    xc = np.vstack([(g[0] - mean) / scale - ((g[0] - mean) / scale).mean(axis=0) for g in fit])
    yc = np.concatenate([g[1] - g[1].mean() for g in fit])
    w = np.linalg.solve(xc.T @ xc + args.alpha * np.eye(xc.shape[1]), xc.T @ yc)
    for name, part in (("fit", fit), ("held-out", held)):
        if part:
            picked = np.mean([g[1][int(np.argmax(((g[0] - mean) / scale) @ w))] for g in part])
            greedy = np.mean([g[1][0] for g in part])
            best = np.mean([g[1].max() for g in part])
            print(f"{name}: mean (R1+R2)/2 greedy {greedy:.3f}, picked {picked:.3f}, best candidate {best:.3f} ({len(part)} clusters)", file=sys.stderr)
    names = list(SUMMARY_FEATURES) + ([f"setting:{kw}" for kw in VARIANTS] if len(w) > len(SUMMARY_FEATURES) else [])
    print("weights: " + ", ".join(f"{n}={v:+.3f}" for n, v in zip(names, w)), file=sys.stderr)
    data = {"features": names, "weights": [round(float(v), 6) for v in w], "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
            "trained": {"clusters": len(groups), "skip": args.skip, "openings": args.openings, "words": args.words, "alpha": args.alpha, "seed": args.seed}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
