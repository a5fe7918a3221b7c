"""Where is the word-weight headroom? The summarizer with some of its word weights replaced by the
reference's (1 when the stemmed word is in the human summary, else 0), every rule kept.

An upper bound for diagnosis only (the reference is never available at inference): it says how much
ROUGE a better word-importance model could buy, and on which words.

    nice .venv/bin/python benchmarks/word_weight_oracle.py --mode content      # ~2 min idle
    nice .venv/bin/python benchmarks/word_weight_oracle.py --mode stop --src /tmp/frozen/src

Modes: `model` (the shipped weights: the baseline), `all` (every word from the reference),
`content` (content words from the reference, stop words the model's), `stop` (the reverse), `half`
(the mean of the model's weight and the reference's), `nostop` (stop words weigh nothing).
Needs `../shared/data/dev`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MODES = ("model", "all", "content", "stop", "half", "nostop")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=MODES, default="all")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "dev" / "summarization_multinews_fulltext_dev46.jsonl")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--src", type=Path, default=REPO / "src", help="the newsweave tree to measure (a frozen copy)")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no dev data at {args.data}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(args.src))
    import numpy as np

    from newsweave.eval.summarize_eval import evaluate, load_clusters, make_systems
    from newsweave.summarize import importance
    from newsweave.text.tokens import STOP_WORDS

    reference: set[str] = set()
    model_weights = importance.WordImportance.weights

    def weights(self, terms, *where):
        w = model_weights(self, terms, *where)
        if args.mode == "model":
            return w
        out = {}
        for t, p in w.items():
            o, stop = (1.0 if t in reference else 0.0), t in STOP_WORDS
            if args.mode == "all" or (args.mode == "content" and not stop) or (args.mode == "stop" and stop):
                out[t] = o
            elif args.mode == "half":
                out[t] = 0.5 * (p + o)
            elif args.mode == "nostop":
                out[t] = 0.0 if stop else p
            else:
                out[t] = p
        return out

    importance.WordImportance.weights = weights  # this process only: a measurement, nothing ships
    systems = make_systems([])
    r1, r2 = [], []
    for cluster in load_clusters(args.data).clusters:
        reference.clear()
        reference.update(importance.sentence_terms(cluster.summary))
        (p,) = [x for x in evaluate([cluster], systems, words=args.words).predictions if x.system == "newsweave"]
        r1.append(p.scores.rouge1)
        r2.append(p.scores.rouge2)
    print(f"{args.mode}: {len(r1)} clusters, R-1 {np.mean(r1):.2f} / R-2 {np.mean(r2):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
