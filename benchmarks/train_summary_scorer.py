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

    .venv/bin/python benchmarks/train_summary_scorer.py --clusters 600 --out /tmp/scorer.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsweave.eval.rouge import RougeScorer, cut_words, split_sentences  # noqa: E402
from newsweave.pipeline import Pipeline  # noqa: E402
from newsweave.summarize.extractive import ExtractiveSummarizer, without_furniture  # noqa: E402
from newsweave.summarize.summary_scorer import SUMMARY_FEATURES, candidate_features  # noqa: E402
from newsweave.types import Article, content_id  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"


def cluster_rows(record: dict, summarizer: ExtractiveSummarizer, segmenter, scorer: RougeScorer, words: int, openings: int):
    articles = [
        Article(id=content_id(d["text"]), outlet=f"doc{k}", text=d["text"], title=d.get("title"))
        for k, d in enumerate(record["documents"], start=1)
        if (d.get("text") or "").strip()
    ]
    if not articles:
        return None
    documents = without_furniture([segmenter.split(a) for a in articles])
    cf, scores = summarizer.rank(documents)
    if not cf.sentences:
        return None
    candidates, terms, weight = summarizer.candidate_summaries(cf, scores, words, openings)
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
        xs.append(candidate_features(cf, scores, terms, weight, chosen, words, k))
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
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsweave" / "data" / "summary_scorer.json")
    args = parser.parse_args()
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
        segmenter = Pipeline().segmenter
        scorer = RougeScorer()
        groups = []
        for line in lines[args.skip : args.skip + args.clusters]:
            rows = cluster_rows(json.loads(line), summarizer, segmenter, scorer, args.words, args.openings)
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
    print("weights: " + ", ".join(f"{n}={v:+.3f}" for n, v in zip(SUMMARY_FEATURES, w)), file=sys.stderr)
    data = {"features": list(SUMMARY_FEATURES), "weights": [round(float(v), 6) for v in w], "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
            "trained": {"clusters": len(groups), "skip": args.skip, "openings": args.openings, "words": args.words, "alpha": args.alpha, "seed": args.seed}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
