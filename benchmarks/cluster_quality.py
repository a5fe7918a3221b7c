"""Clustering quality on the dev sets: `newsweave eval cluster --json` for each file and embedder,
collected into one JSON file. Several embedders in one run: `--embedder static,hashing,minilm`.

    nice -n 10 .venv/bin/python benchmarks/cluster_quality.py --embedder static,hashing,minilm --out artifacts/cluster_quality.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
FILES = ("clustering_allsides_stories.jsonl", "clustering_multinews_val100_docs.jsonl", "clustering_googlenews_titles.jsonl")


def main() -> int:
    from newsweave.embed import make_embedder
    from newsweave.eval.cluster_metrics import evaluate_clustering

    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="static,hashing,minilm", help="comma-separated: static, hashing, minilm")
    parser.add_argument("--data-dir", default=str(DEV))
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    results = {}
    for embedder_name in args.embedder.split(","):
        embedder = make_embedder(embedder_name)  # one model for all files
        for name in FILES:
            path = Path(args.data_dir) / name
            if not path.exists():
                print(f"missing {path}, skipped")
                continue
            r = evaluate_clustering(path, embedder=embedder)
            results[f"{embedder_name}/{name}"] = r
            print(f"{embedder_name} {name}:", flush=True)
            for k, v in r.items():
                if not k.startswith("_"):
                    print(f"  {k:<17} B3 P {v['bcubed_precision']:.3f} R {v['bcubed_recall']:.3f} F1 {v['bcubed_f1']:.3f}  pair F1 {v['pairwise_f1']:.3f}  stories {v['n_clusters']}  {v['articles_per_second']}/s", flush=True)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
