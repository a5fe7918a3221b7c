"""Held-out check of the story linker's thresholds on Multi-News *training* clusters that no
threshold was chosen on (after the training and threshold clusters of `train_story_linker.py`).

    nice .venv/bin/python benchmarks/story_linker_heldout.py --embedder static,hashing --models SHIPPED.json,OTHER.json

Streams are built as in `train_story_linker.held_out_streams` (streams of STREAM_CLUSTERS and of
SMALL_STREAM clusters, in three text variants), once with only clusters of 2+ documents (like the
evaluation streams) and once with every cluster. Prints the mean BCubed F1 per model file, stream
kind, size and variant; nothing is chosen here.

`--singletons 0.25,0.5` (issue 16): the same 2+-document streams with that share of TRUE lone
articles added (the first usable document of each training cluster from SINGLETON_POOL on, one
per cluster, never one of the held-out clusters; inserted at random places, undated like every
other article of these streams), run on the frozen `src/` of each of `--commits` in its own
interpreter (`frozen_trees.py`: each with its own shipped settings). Prints BCubed P / R / F1 and
how many lone articles ended in a story with something else:

    cd benchmarks && ../.venv/bin/python story_linker_heldout.py --singletons 0,0.25,0.5 --commits 6d65b45,HEAD --variants lead,title
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

import train_story_linker as t


SINGLETON_POOL = 8000  # first cluster lone articles come from: after every range any stage or check used (0-7799)


def with_singletons(stream, pool, share: float, rng: random.Random):
    """`stream` with round(n * share / (1 - share)) lone articles of `pool` (doc indices, consumed
    from the front) inserted at random places, so they are `share` of the result; a lone article's
    gold is its own (negative) label."""
    k = round(len(stream) * share / (1 - share))
    singles = [(pool.pop(0), -1 - len(pool)) for _ in range(k)]
    out = list(stream)
    for item in singles:
        out.insert(rng.randrange(len(out) + 1), item)
    return out


def singleton_worker(args) -> None:
    """One code version (its `src` first on sys.path): scores as JSON on the last line."""
    sys.path.insert(0, args.worker)
    import newsweave
    from newsweave.cluster import ClusterItem, cluster_stream
    from newsweave.cluster.online import ClusterConfig
    from newsweave.cluster.terms import text_keys
    from newsweave.embed import make_embedder
    from newsweave.eval.cluster_metrics import cluster_scores

    print(f"code: {newsweave.__file__}", file=sys.stderr)
    shares = [float(x) for x in args.singletons.split(",")]
    clusters = t.load_clusters(Path(args.data), SINGLETON_POOL + 4000)
    held = clusters[args.start : args.start + args.n]
    owner = [ci for ci, c in enumerate(held) for _ in c]
    docs = [d for c in held for d in c]
    pool_docs = [c[0] for c in clusters[SINGLETON_POOL:]]
    texts = {"lead": docs + pool_docs}
    texts["title"] = [t.title_like(d) for d in texts["lead"]]
    texts["sentence"] = [t.first_sentence(d) for d in texts["lead"]]
    groups = [list(range(s, min(s + t.STREAM_CLUSTERS, len(held)))) for s in range(0, len(held), t.STREAM_CLUSTERS)]
    by_size = t.held_out_streams(groups, owner)
    embedder = make_embedder(args.embedder)
    results = {}
    for variant in args.variants.split(","):
        vectors = embedder.embed(texts[variant])
        keys = [dict(text_keys(x)) for x in texts[variant]]
        for share in shares:
            for size, streams in by_size.items():
                pool = list(range(len(docs), len(texts["lead"])))
                if args.seed:  # another draw of lone articles and places
                    random.Random(args.seed).shuffle(pool)
                rng = random.Random(f"{share}|{size}" + (f"|{args.seed}" if args.seed else ""))
                rows, joined, into_story, lone = [], 0, 0, 0
                for stream in streams:
                    stream = with_singletons(stream, pool, share, rng) if share else stream
                    items = [ClusterItem(str(d), vectors[d], keys=keys[d]) for d, _ in stream]
                    got = [a.story_id for a in cluster_stream(items, config=ClusterConfig(model_family=args.embedder))]
                    sc = cluster_scores(got, [str(g) for _, g in stream])
                    rows.append((sc.bcubed_precision, sc.bcubed_recall, sc.bcubed_f1))
                    n_in, real = {}, set()  # articles per found story; found stories holding a held-out article
                    for (_, g), s in zip(stream, got):
                        n_in[s] = n_in.get(s, 0) + 1
                        if g >= 0:
                            real.add(s)
                    lone += sum(g < 0 for _, g in stream)
                    joined += sum(g < 0 and n_in[s] > 1 for (_, g), s in zip(stream, got))
                    into_story += sum(g < 0 and s in real for (_, g), s in zip(stream, got))
                p, r, f = (round(float(v), 4) for v in np.mean(rows, axis=0))
                results[f"{share}|{size}|{variant}"] = {"P": p, "R": r, "F1": f, "lone": lone, "joined": joined, "into_story": into_story, "streams": len(streams),
                                                        "stream_f1": [round(float(x[2]), 4) for x in rows]}
                print(f"share {share} size {size} {variant}: P {p} R {r} F1 {f} lone joined {joined}/{lone} ({into_story} to a held-out story)", file=sys.stderr, flush=True)
    print(json.dumps(results))


def singleton_compare(args) -> int:
    from frozen_trees import export_commit

    tmp = tempfile.TemporaryDirectory()
    procs = {}
    for commit in args.commits.split(","):
        sha = subprocess.run(["git", "-C", str(t.ROOT), "rev-parse", "--short", commit], capture_output=True, text=True, check=True).stdout.strip()
        dest = Path(tmp.name) / sha
        dest.mkdir()
        src = export_commit(sha, dest)
        cmd = [sys.executable, __file__, "--worker", str(src), "--singletons", args.singletons, "--variants", args.variants,
               "--embedder", args.embedder, "--seed", str(args.seed), "--start", str(args.start), "--n", str(args.n), "--data", args.data]
        procs[f"{commit} ({sha})"] = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)  # versions side by side
    results = {}
    for name, proc in procs.items():
        out, _ = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"worker for {name} failed")
        results[name] = json.loads(out.strip().splitlines()[-1])
    print("| share lone | size | variant | " + " | ".join(f"{n} P / R / F1, lone joined (to a held-out story)" for n in results) + " |")
    for key in next(iter(results.values())):
        share, size, variant = key.split("|")
        cells = [f"{r[key]['P']:.4f} / {r[key]['R']:.4f} / {r[key]['F1']:.4f}, {r[key]['joined']}/{r[key]['lone']} ({r[key]['into_story']})" for r in results.values()]
        print(f"| {share} | {size} ({next(iter(results.values()))[key]['streams']}) | {variant} | " + " | ".join(cells) + " |")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(t.TRAIN))
    parser.add_argument("--start", type=int, default=3300, help="first held-out cluster (after the 3,000 training and 300 threshold clusters)")
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--embedder", default=None, help="comma-separated families (default static,hashing; with --singletons one: static)")
    parser.add_argument("--variants", default="lead,sentence,title")
    parser.add_argument("--models", default=str(t.OUT), help="comma-separated story_linker.json files to compare")
    parser.add_argument("--top-k", default=None, help="comma-separated ClusterConfig.top_k values to compare (default: the shipped one)")
    parser.add_argument("--out", default=None)
    parser.add_argument("--singletons", default=None, help="comma-separated shares of true lone articles to add (e.g. 0,0.25,0.5): the frozen-trees comparison")
    parser.add_argument("--commits", default="6d65b45,HEAD", help="with --singletons: code versions to compare")
    parser.add_argument("--seed", type=int, default=0, help="with --singletons: 0 = the draw in CLUSTERING.md; others draw other lone articles and places")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.embedder = args.embedder or ("static" if args.singletons else "static,hashing")
    if args.worker:
        singleton_worker(args)
        return 0
    if args.singletons:
        if "," in args.embedder:
            parser.error("--singletons takes one --embedder")
        return singleton_compare(args)
    from newsweave.cluster import ClusterItem, cluster_stream
    from newsweave.cluster.linker import parse_model
    from newsweave.cluster.online import ClusterConfig
    from newsweave.embed import make_embedder
    from newsweave.eval.cluster_metrics import cluster_scores

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
