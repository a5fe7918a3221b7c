"""Fit a sentence prior on ROUGE-oracle labels and check it on held-out training clusters (issue 13,
twelfth session). Measured, not shipped: on training clusters it ranks the oracle's sentences better
than the ranker does, but neither adding it to the coverage value nor leaving out the sentences it
rates low raised ROUGE (benchmarks/SUMMARIZATION.md, "Twelfth session (issue 13, ROUGE)").

Input: the rows `benchmarks/selection_oracle.py --rows-out` saves from TRAINING clusters: for every
sentence the stand-alone rules admit, its PRIOR_FEATURES and whether the greedy ROUGE oracle (same
rules, same units) took it. A logistic regression (scikit-learn, training only; the JSON needs
nothing to load) is fitted on the first `1 - --holdout` share of the clusters; the rest tell
whether it ranks a cluster's oracle sentences above the others better than the ranker's score does
(mean within-cluster AUC: a check on training data, never reported as a score).

    nice .venv/bin/python benchmarks/selection_oracle.py --skip 4000 --clusters 1000 --rows-out /tmp/rows.npz
    .venv/bin/python benchmarks/train_selection_prior.py --rows /tmp/rows.npz --out /tmp/selection_prior.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from selection_oracle import PRIOR_FEATURES  # noqa: E402


def groups(path: Path) -> list[tuple[np.ndarray, np.ndarray]]:
    z = np.load(path)
    n = len([k for k in z.files if k.startswith("label_")])
    return [(z[f"prior_{g}"], z[f"label_{g}"]) for g in range(n)]


def within_auc(part, score) -> float:
    from sklearn.metrics import roc_auc_score

    values = [roc_auc_score(y, score(x)) for x, y in part if 0 < y.sum() < len(y)]
    return float(np.mean(values)) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--holdout", type=float, default=0.25)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 penalty of the logistic regression")
    parser.add_argument("--out", type=Path, required=True, help="the model as JSON (logistic weights over standardised PRIOR_FEATURES)")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    data = groups(args.rows)
    cut = int(len(data) * (1 - args.holdout))
    fit, held = data[:cut], data[cut:]
    x = np.vstack([g[0] for g in fit])
    y = np.concatenate([g[1] for g in fit])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(C=args.c, max_iter=5000).fit((x - mean) / scale, y)
    w, b = model.coef_[0], float(model.intercept_[0])
    rz = PRIOR_FEATURES.index("ranker_z")
    print(f"{len(data)} clusters ({len(fit)} fit, {len(held)} held out), {len(y)} fitted rows, {y.mean():.2f} taken by the oracle", file=sys.stderr)
    for name, part in (("fit", fit), ("held-out", held)):
        ours = within_auc(part, lambda v: ((v - mean) / scale) @ w)
        print(f"{name}: within-cluster AUC prior {ours:.3f}, ranker {within_auc(part, lambda v: v[:, rz]):.3f}", file=sys.stderr)
    print("weights: " + ", ".join(f"{n}={v:+.3f}" for n, v in zip(PRIOR_FEATURES, w)), file=sys.stderr)
    out = {"features": list(PRIOR_FEATURES), "weights": [round(float(v), 6) for v in w], "bias": round(b, 6),
           "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
           "trained": {"rows": str(args.rows.name), "clusters": len(data), "holdout": args.holdout, "c": args.c}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
