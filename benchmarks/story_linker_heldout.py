"""Held-out check of the story linker's thresholds on Multi-News *training* clusters that no
threshold was chosen on (after the training and threshold clusters of `train_story_linker.py`).

    nice .venv/bin/python benchmarks/story_linker_heldout.py --embedder static,hashing --models SHIPPED.json,OTHER.json

Streams are built as in `train_story_linker.held_out_streams` (streams of STREAM_CLUSTERS and of
SMALL_STREAM clusters, in three text variants), once with only clusters of 2+ documents (like the
evaluation streams) and once with every cluster. Prints the mean BCubed F1 per model file, stream
kind, size and variant; nothing is chosen here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

import train_story_linker as t


def main() -> int:
    from newsweave.cluster import ClusterItem, cluster_stream
    from newsweave.cluster.linker import parse_model
    from newsweave.cluster.online import ClusterConfig
    from newsweave.embed import make_embedder
    from newsweave.eval.cluster_metrics import cluster_scores

    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(t.TRAIN))
    parser.add_argument("--start", type=int, default=3300, help="first held-out cluster (after the 3,000 training and 300 threshold clusters)")
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--embedder", default="static,hashing")
    parser.add_argument("--variants", default="lead,sentence,title")
    parser.add_argument("--models", default=str(t.OUT), help="comma-separated story_linker.json files to compare")
    parser.add_argument("--top-k", default=None, help="comma-separated ClusterConfig.top_k values to compare (default: the shipped one)")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    clusters = t.load_clusters(Path(args.data), args.start + args.n)[args.start :]
    owner = [ci for ci, c in enumerate(clusters) for _ in c]
    groups = [list(range(s, min(s + t.STREAM_CLUSTERS, len(clusters)))) for s in range(0, len(clusters), t.STREAM_CLUSTERS)]
    kinds = {"like-eval (2+ docs)": t.held_out_streams(groups, owner)}
    saved = t.MIN_STORY_DOCS
    t.MIN_STORY_DOCS = 1
    kinds["all clusters"] = t.held_out_streams(groups, owner)
    t.MIN_STORY_DOCS = saved
    variants = args.variants.split(",")
    results = {}
    for family in args.embedder.split(","):
        embedders = {family: make_embedder(family)}
        _, keys, vectors = t.embed_variants(clusters, embedders)
        fam = "minilm" if family == "minilm" else family
        for path, top_k in [(p, k) for p in args.models.split(",") for k in (args.top_k.split(",") if args.top_k else [ClusterConfig().top_k])]:
            model = parse_model(json.loads(Path(path).read_text(encoding="utf-8")), fam)
            config = ClusterConfig(model_family=fam, top_k=int(top_k))
            for kind, by_size in kinds.items():
                for size, streams in by_size.items():
                    for variant in variants:
                        f1 = []
                        for stream in streams:
                            items = [ClusterItem(str(d), vectors[(family, variant)][d], keys=dict(keys[variant][d])) for d, _ in stream]
                            got = [a.story_id for a in cluster_stream(items, config=config, model=model)]
                            f1.append(cluster_scores(got, [str(g) for _, g in stream]).bcubed_f1)
                        score = round(float(np.mean(f1)), 4)
                        results[f"{family}|{path}|top_k {top_k}|{kind}|{size}|{variant}"] = score
                        print(f"{family} {Path(path).name} top_k {top_k} (join {model.join_probability}, merge {model.merge_probability}, relink {model.relink_probability}, slope {model.relink_slope}) {kind} size {size} {variant}: {score:.4f} ({len(streams)} streams)", flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
