"""Clustering quality on the dev sets: `newsweave eval cluster --json` for each file and embedder,
collected into one JSON file. Several embedders in one run: `--embedder static,hashing,minilm`.

    nice -n 10 .venv/bin/python benchmarks/cluster_quality.py --embedder static,hashing,minilm --out artifacts/cluster_quality.json

Text (session 25): by default every file is read as `newsweave ingest` stores it (the reader's
`clean_text`; what ingest would not store, skipped or set aside as not an article, scores as a story
of its own): the product's figure. `--raw-text` clusters the file's text as it is (the figures
before session 25). `--trees base=/tmp/base/src,new=src` scores several code trees in one run, each
in a child process with its `src` first on PYTHONPATH; a tree whose `evaluate_clustering` predates
`as_ingested` gets a copy of each file cleaned by that tree's own reader (what its ingest stored;
a line its reader empties keeps its raw text and is counted).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
FILES = ("clustering_allsides_stories.jsonl", "clustering_multinews_val100_docs.jsonl", "clustering_googlenews_titles.jsonl")


def halves(path: Path, embedder, evaluate) -> list[dict]:
    """newsweave's scores on two halves of the file: gold stories alternately, in sorted label order
    (stream order kept within each half)."""
    import tempfile

    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    labels = sorted({str(json.loads(line)["cluster"]) for line in lines})
    half_of = {label: i % 2 for i, label in enumerate(labels)}
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for half in (0, 1):
            part = Path(tmp) / f"half{half}.jsonl"
            part.write_text("\n".join(line for line in lines if half_of[str(json.loads(line)["cluster"])] == half) + "\n", encoding="utf-8")
            scores = evaluate(part, embedder=embedder, baselines=())["newsweave"]
            print(f"  half {half}: newsweave B3 P {scores['bcubed_precision']:.3f} R {scores['bcubed_recall']:.3f} F1 {scores['bcubed_f1']:.3f}", flush=True)
            out.append(scores)
    return out


class CachedEmbedder:
    """An embedder whose vectors are kept on disk (`--cache DIR`, one .npy per embedder and list of
    texts), so a slow embedder (MiniLM: a few articles per second on a loaded 2-core machine) is
    run once for the new code and the baseline alike. The vectors are the embedder's own."""

    def __init__(self, embedder, directory: Path) -> None:
        self.inner, self.name, self.dir = embedder, embedder.name, directory

    def embed(self, texts):
        import hashlib

        import numpy as np

        digest = hashlib.sha256(("\x00".join([self.name, *texts])).encode("utf-8")).hexdigest()[:24]
        path = self.dir / f"{self.name}-{digest}.npy"
        if path.exists():
            return np.load(path)
        vectors = self.inner.embed(texts)
        self.dir.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
        return vectors


def cleaned_copy(path: Path, directory: Path) -> Path:
    """For a tree whose `evaluate_clustering` cannot read text as ingested: `path` with each text
    (and title) as that tree's reader stores it. A text its reader empties stays raw (ingest skips it)."""
    from newsweave.read.article import build_article

    out, emptied = [], 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        built = build_article(str(row["text"]), source=f"{path}#{number}", title=row.get("title") or None)
        if built.article is None:
            emptied += 1
        else:
            row["text"], row["title"] = built.article.text, built.article.title
        out.append(json.dumps(row))
    target = directory / path.name
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"  (this tree's evaluate_clustering has no as_ingested: a cleaned copy, {emptied} texts emptied and kept raw)", flush=True)
    return target


def run_trees(args) -> int:
    """Each tree in a child process (its `src` first on PYTHONPATH), the same options; one table."""
    import os
    import subprocess
    import sys
    import tempfile

    table: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tree in args.trees.split(","):
            name, src = tree.split("=", 1)
            out = Path(tmp) / f"{name}.json"
            command = [sys.executable, __file__, "--embedder", args.embedder, "--data-dir", args.data_dir, "--out", str(out)]
            for flag, value in (("--cache", args.cache), ("--only", args.only), ("--top-k", args.top_k)):
                if value:
                    command += [flag, str(value)]
            command += ["--raw-text"] if args.raw_text else []
            print(f"== {name} ({src})", flush=True)
            subprocess.run(command, env=dict(os.environ, PYTHONPATH=str(Path(src).resolve())), check=True)
            table[name] = json.loads(out.read_text(encoding="utf-8"))
    print("\nnewsweave BCubed F1 (P / R, stories) by tree" + (", raw text" if args.raw_text else ", text as ingested"))
    for key in next(iter(table.values())):
        cells = []
        for name, results in table.items():
            v = results.get(key, {}).get("newsweave")
            cells.append(f"{name} {v['bcubed_f1']:.4f} ({v['bcubed_precision']:.4f} / {v['bcubed_recall']:.4f}, {v['n_clusters']})" if v else f"{name} -")
        print(f"  {key:<48} " + "  ".join(cells))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(table, indent=2), encoding="utf-8")
    return 0


def main() -> int:
    import inspect
    import tempfile

    from newsweave.embed import make_embedder
    from newsweave.eval.cluster_metrics import evaluate_clustering

    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="static,hashing,minilm", help="comma-separated: static, hashing, minilm")
    parser.add_argument("--data-dir", default=str(DEV))
    parser.add_argument("--out", default=None)
    parser.add_argument("--cache", default=None, help="directory for embedding vectors (see CachedEmbedder)")
    parser.add_argument("--only", default=None, help="comma-separated file names to score (default: all three)")
    parser.add_argument("--top-k", type=int, default=None, help="ClusterConfig.top_k instead of the embedder's default (candidates the linker scores)")
    parser.add_argument("--halves", action="store_true", help="also score newsweave on each half of every file's gold stories (alternate labels in sorted order): how stable a figure is")
    parser.add_argument("--raw-text", action="store_true", help="the file's text as it is, not as ingest stores it (the figures before session 25)")
    parser.add_argument("--trees", default=None, help="comma-separated NAME=SRC_DIR: score each code tree in one run (see the module docstring)")
    args = parser.parse_args()
    if args.trees:
        return run_trees(args)
    results = {}
    knows_text = "as_ingested" in inspect.signature(evaluate_clustering).parameters
    copies = Path(tempfile.mkdtemp(prefix="cluster_quality_"))
    evaluate = evaluate_clustering
    if knows_text:
        evaluate = lambda path, *, embedder, **kw: evaluate_clustering(path, embedder=embedder, as_ingested=not args.raw_text, **kw)  # noqa: E731
    if args.top_k:
        from dataclasses import replace

        from newsweave.cluster.online import config_for

        plain = evaluate
        evaluate = lambda path, *, embedder, **kw: plain(path, embedder=embedder, config=replace(config_for(embedder.name), top_k=args.top_k), **kw)  # noqa: E731
    for embedder_name in args.embedder.split(","):
        embedder = make_embedder(embedder_name)  # one model for all files
        if args.cache:
            embedder = CachedEmbedder(embedder, Path(args.cache))
        for name in args.only.split(",") if args.only else FILES:
            path = Path(args.data_dir) / name
            if not path.exists():
                print(f"missing {path}, skipped")
                continue
            if not knows_text and not args.raw_text:
                path = cleaned_copy(path, copies) if not (copies / name).exists() else copies / name
            r = evaluate(path, embedder=embedder)
            results[f"{embedder_name}/{name}"] = r
            meta = r.get("_meta", {})
            shown = f" (text {meta['text']}, {meta['not_stored']} not stored by ingest)" if "text" in meta else ""
            print(f"{embedder_name} {name}:{shown}", flush=True)
            for k, v in r.items():
                if not k.startswith("_"):
                    print(f"  {k:<17} B3 P {v['bcubed_precision']:.3f} R {v['bcubed_recall']:.3f} F1 {v['bcubed_f1']:.3f}  pair F1 {v['pairwise_f1']:.3f}  stories {v['n_clusters']}  {v['articles_per_second']}/s", flush=True)
            if args.halves:
                r["_halves"] = halves(path, embedder, evaluate)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
