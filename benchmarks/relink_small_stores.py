"""The second look's bar (cluster/relink.py) in SMALL stores: stream clustering quality on the first
N articles of a stream and on every run of N consecutive articles, next to the full streams, for
several code trees in one run (each in its own interpreter with its `src` first, side by side).

    cd benchmarks && nice -n 10 ../.venv/bin/python relink_small_stores.py --trees base=/tmp/base_23/src,new=../src --prefixes 10,20,40

Why: a store of a few dozen articles has a few dozen candidate stories, and before the floor the
second look's bar fell with log(candidates / REF_CANDIDATES) to about 0.03 for a long text, so
nearly every lone article was relinked into some story. The full-stream figures alone never show
that (streams of hundreds of stories).

Streams, static embedder, the clusterer as shipped by each tree (`config_for`):
- dev: the three clustering files of ../shared/data/dev (AllSides stories, Multi-News val100
  source articles, Google News titles), in file order, leads as `eval cluster` embeds them;
- train: held-out Multi-News *training* streams of clusters 3300-3899 (the range
  `story_linker_heldout.py` checks on; no threshold was chosen there), built by
  `train_story_linker.held_out_streams` (2+ documents per story; streams of 300 and 100
  clusters), in the lead and title variants.
For each stream: BCubed P / R / F1 of the whole stream; of its first N articles (one window per
stream); and the mean over all windows of N consecutive articles (a fresh clusterer per window: a
new small store). `--floors new:0,25,100/0.5` runs tree `new` with
`ClusterConfig.relink_floor_candidates` at each value (`/S`: and `relink_floor_grown` S; only
trees that have the fields). `--train-range 3000,3300`: the relink stage's threshold clusters
(where the floor was fitted) instead of the check clusters:

    cd benchmarks && nice -n 10 ../.venv/bin/python relink_small_stores.py --trees new=../src --dev "" --train-range 3000,3300 --floors new:0,10,25,50,100

Session 23 (the floor, relink.py FLOOR), one run of the command at the top, base = the
session-start code (4005d2a), static, BCubed F1 base -> new (P / R in --out):
- full streams: dev AllSides 0.9731 -> 0.9731, Multi-News 0.9584 -> 0.9584, Google News
  0.8892 -> 0.8891; training check streams (clusters 3300-3899) lead 300 0.9294 -> 0.9294,
  lead 100 0.9487 -> 0.9487, title 300 0.7612 -> 0.7612, title 100 0.7956 -> 0.7956.
- windows of 10 / 20 / 40 (mean over all windows): dev Multi-News 0.9542 / 0.9433 / 0.9459 ->
  0.9976 / 0.9953 / 0.9842 (precision 0.917 / 0.898 / 0.912 -> 0.996 / 0.996 / 0.983); dev
  AllSides 0.9559 / 0.9637 / 0.9681 -> 0.9539 / 0.9637 / 0.9681; Google News 0.8704 / 0.8539 /
  0.8569 -> 0.8703 / 0.8539 / 0.8565; training lead 0.9395 / 0.9418 / 0.9483 -> 0.9968 /
  0.9929 / 0.9889, title 0.9779 / 0.9692 / 0.9657 -> 0.9924 / 0.9841 / 0.9727.
- first 10 / 20 / 40: dev Multi-News 1.0 / 0.9655 / 0.9277 -> 1.0 / 1.0 / 0.975; AllSides and
  Google News unchanged; training lead 0.9181 / 0.9316 / 0.9609 -> 1.0 / 1.0 / 0.9873.
The floor alone (no lifting, `--floors new:100`) cost dev AllSides full 0.9731 -> 0.9644 (recall
0.984 -> 0.963: a dated feed's 7-day windows hold 14-28 candidate stories, most of them grown);
hence the lifting rule.
Other checks of 65558a0 against 4005d2a, full streams: `story_linker_heldout.py --singletons
0,0.25,0.5 --commits 4005d2a,65558a0 --variants lead,title` (training clusters 3300-3899 with 0,
25 and 50 % true lone articles added) identical in every cell (e.g. 50 %, 300 clusters, lead
0.9040, 347 of 1,315 lone articles joined); `cluster_quality.py --embedder static --halves`
(base with PYTHONPATH=/tmp/base_23/src, then new) identical to 3 decimals on all three dev files
and their halves (Google News 224 stories instead of 223).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "dev"
DEV_FILES = ("clustering_allsides_stories.jsonl", "clustering_multinews_val100_docs.jsonl", "clustering_googlenews_titles.jsonl")
TRAIN_RANGE = (3300, 3900)


def _score(items, gold, config, cluster_stream, cluster_scores) -> tuple[float, float, float]:
    got = [a.story_id for a in cluster_stream(items, config=config)]
    s = cluster_scores(got, gold)
    return s.bcubed_precision, s.bcubed_recall, s.bcubed_f1


def _stream_rows(name, items, gold, prefixes, config, run) -> dict:
    """Full stream, first N, and all windows of N of one stream: {key: [(P, R, F1), ...]}."""
    out = {f"{name}|full": [run(items, gold, config)]}
    for n in prefixes:
        if len(items) < n:
            continue
        out[f"{name}|first {n}"] = [run(items[:n], gold[:n], config)]
        out[f"{name}|windows {n}"] = [run(items[s : s + n], gold[s : s + n], config) for s in range(0, len(items) - n + 1, n)]
    return out


def worker(args) -> None:
    """One code tree (`--worker SRC` first on sys.path); prints one JSON line: key -> (P, R, F1, windows)."""
    sys.path.insert(0, args.worker)
    sys.path.insert(0, str(HERE))
    from dataclasses import replace

    import train_story_linker as t
    from newsweave.cluster import ClusterItem, cluster_stream, lead_text, make_item
    from newsweave.cluster.online import ClusterConfig, config_for
    from newsweave.cluster.terms import text_keys
    from newsweave.embed import make_embedder
    from newsweave.eval.cluster_metrics import cluster_scores, load_cluster_data

    embedder = make_embedder("static")
    prefixes = [int(x) for x in args.prefixes.split(",")]
    base = config_for(embedder.name)
    configs = {"shipped": base}
    if args.floors:
        if "relink_floor_candidates" not in ClusterConfig.__dataclass_fields__:
            raise SystemExit(f"{args.worker}: this tree has no ClusterConfig.relink_floor_candidates (--floors)")
        configs = {}
        for f in args.floors.split(","):
            floor, _, grown = f.partition("/")
            configs[f"floor {f}"] = replace(base, relink_floor_candidates=int(floor), **({"relink_floor_grown": float(grown)} if grown else {}))

    def run(items, gold, config):
        return _score(items, gold, config, cluster_stream, cluster_scores)

    rows: dict[str, list] = {}
    for label, config in configs.items():
        for name in args.dev.split(",") if args.dev else []:
            articles, gold = load_cluster_data(DEV / name)
            vectors = embedder.embed([lead_text(a) for a in articles])
            items = [make_item(a, vectors[i]) for i, a in enumerate(articles)]
            for key, value in _stream_rows(f"{label}|dev {name.split('_')[1]}", items, list(gold), prefixes, config, run).items():
                rows.setdefault(key, []).extend(value)
        if args.train:
            lo, hi = (int(x) for x in args.train_range.split(","))
            clusters = t.load_clusters(Path(args.data), hi)[lo:]
            owner = [ci for ci, c in enumerate(clusters) for _ in c]
            groups = [list(range(s, min(s + t.STREAM_CLUSTERS, len(clusters)))) for s in range(0, len(clusters), t.STREAM_CLUSTERS)]
            by_size = t.held_out_streams(groups, owner)
            docs = [d for c in clusters for d in c]
            for variant in args.train.split(","):
                texts = docs if variant == "lead" else [t.title_like(d) if variant == "title" else t.first_sentence(d) for d in docs]
                vectors = embedder.embed(texts)
                keys = [dict(text_keys(x)) for x in texts]
                for size, streams in by_size.items():
                    for stream in streams:
                        items = [ClusterItem(str(d), vectors[d], keys=keys[d]) for d, _ in stream]
                        gold = [str(g) for _, g in stream]
                        # full streams of both sizes; windows from the 300-cluster streams only (the same articles)
                        got = _stream_rows(f"{label}|train {variant} {size}", items, gold, prefixes if size == t.STREAM_CLUSTERS else [], config, run)
                        for key, value in got.items():
                            rows.setdefault(key, []).extend(value)
        print(f"{args.worker}: {label} done", file=sys.stderr, flush=True)
    print(json.dumps({k: [*np.mean(v, axis=0).round(4).tolist(), len(v)] for k, v in rows.items()}))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trees", default="base=/tmp/base_23/src,new=../src", help="comma-separated NAME=SRC_DIR")
    parser.add_argument("--prefixes", default="10,20,40")
    parser.add_argument("--dev", default=",".join(DEV_FILES), help="comma-separated dev files ('' for none)")
    parser.add_argument("--train", default="lead,title", help="held-out training stream variants: lead, sentence, title ('' for none)")
    parser.add_argument("--data", default=str(HERE.parent.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"))
    parser.add_argument("--train-range", default="%d,%d" % TRAIN_RANGE, help="training clusters LO,HI of the held-out streams (3000,3300: the relink stage's threshold clusters)")
    parser.add_argument("--floors", default="", help="NAME:0,25,100 runs tree NAME with ClusterConfig.relink_floor_candidates at each value")
    parser.add_argument("--out", default=None)
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return 0
    import subprocess

    floors_of = dict([args.floors.split(":", 1)]) if args.floors else {}
    procs = {}
    for spec in args.trees.split(","):
        name, src = spec.split("=", 1)
        src = str(Path(src).resolve())
        if not (Path(src) / "newsweave" / "__init__.py").exists():
            raise SystemExit(f"--trees: {src} holds no newsweave package")
        cmd = [sys.executable, __file__, "--worker", src, "--prefixes", args.prefixes, "--dev", args.dev, "--train", args.train, "--data", args.data, "--train-range", args.train_range,
               "--floors", floors_of.get(name, "")]
        procs[name] = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": src, **{k: v for k, v in __import__("os").environ.items() if k != "PYTHONPATH"}})
    results = {}
    for name, proc in procs.items():
        out, _ = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"worker for tree {name} failed")
        results[name] = json.loads(out.strip().splitlines()[-1])
    print("| stream | " + " | ".join(f"{n}: {label} B3 P / R / F1" for n, r in results.items() for label in sorted({k.split('|')[0] for k in r})) + " | windows |")
    first = next(iter(results.values()))
    streams = list(dict.fromkeys(k.split("|", 1)[1] for k in first))
    for stream in streams:
        cells, count = [], 0
        for r in results.values():
            for label in sorted({k.split("|")[0] for k in r}):
                p, rec, f, count = r.get(f"{label}|{stream}", [float("nan")] * 4)
                cells.append(f"{p:.4f} / {rec:.4f} / {f:.4f}")
        print(f"| {stream} | " + " | ".join(cells) + f" | {int(count)} |")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
