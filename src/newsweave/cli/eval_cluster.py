"""`newsweave eval cluster --data FILE.jsonl`: BCubed and pairwise scores of the online story
clusterer next to batch baselines (agglomerative, HDBSCAN) on the same embeddings."""

from __future__ import annotations

import argparse
import json


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "cluster",
        parents=[parent],
        help="score story clustering on labelled articles (BCubed, pairwise) against baselines",
        description="Cluster labelled articles ({\"id\",\"text\",\"title\",\"date\",\"cluster\"} per JSONL line) "
        "with newsweave's online clusterer and with batch baselines on the same embeddings; print "
        "BCubed precision/recall/F1, pairwise F1 and articles per second for each.",
    )
    p.add_argument("--data", required=True, metavar="FILE.jsonl", help="labelled articles, one JSON object per line")
    from ..pipeline.registry import embedders

    p.add_argument("--embedder", choices=embedders.names(), default="auto", help="embeddings for all systems (default: auto = the static model distilled from MiniLM when model2vec is installed)")
    p.add_argument("--baseline", action="append", choices=("newsweave-cosine", "agglomerative", "hdbscan"), default=None, help="baseline(s) to run (default: all three; newsweave-cosine is the online method before the learned linker)")
    p.add_argument("--json", action="store_true", help="one JSON object keyed by system name")
    p.add_argument("--raw-text", dest="as_ingested", action="store_false",
                   help="cluster the file's text as it is (default: as ingest stores it, cleaned, and without what ingest sets aside)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..embed import make_embedder
    from ..eval.cluster_metrics import evaluate_clustering

    results = evaluate_clustering(args.data, embedder=make_embedder(args.embedder), baselines=tuple(args.baseline or ("newsweave-cosine", "agglomerative", "hdbscan")),
                                  as_ingested=args.as_ingested)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    meta = results["_meta"]
    print(f"{meta['data']}: {meta['articles']} articles, {meta['gold_clusters']} gold stories, embedder {meta['embedder']}, text {meta['text']}"
          + (f" ({meta['not_stored']} not stored by ingest, a story each)" if meta["not_stored"] else ""))
    print(f"{'system':<17}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'pair F1':>9}{'clusters':>10}{'art/s':>9}")
    for name, r in results.items():
        if name.startswith("_"):
            continue
        print(f"{name:<17}{r['bcubed_precision']:>7.3f}{r['bcubed_recall']:>7.3f}{r['bcubed_f1']:>7.3f}{r['pairwise_f1']:>9.3f}{r['n_clusters']:>10}{r['articles_per_second'] or 0:>9.1f}")
    return 0
