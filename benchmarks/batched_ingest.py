"""A dated feed ingested in batches, as a user does it: consecutive line ranges of a dev clustering
file, each one `newsweave ingest --db FILE --no-summaries` call into a fresh SQLite store, for
several code trees in one run (each tree's `src` first on PYTHONPATH). Scored against the file's
gold `cluster` labels (BCubed over the articles ingested), with every stored story that mixes gold
stories and every gold story split over stored stories listed by article id.

    nice -n 10 .venv/bin/python benchmarks/batched_ingest.py --trees base=/tmp/base_s24/src,new=src --batches 1-60,61-120,121-170

The default is brief E4's session-23 hour (benchmarks/ANALYSIS.md): AllSides stories, lines 1-60,
61-120 and 121-170 (without the ten bad lines E4 mixed into the third batch: they are skipped by
ingest and do not change the clustering). Stored articles are joined to the file by the line they
were read from (`articles.source`, "bN.jsonl (line K)"; by title before session 25, which files
without titles, Multi-News and Google News, cannot use). Every line of the batches is scored
(session 25): a line not stored is the stored article of the same text when there is one (a
duplicate), else a story of its own (skipped, or set aside as not an article: what the user has).

    nice -n 10 .venv/bin/python benchmarks/batched_ingest.py --trees base=/tmp/base_s25/src,new=src \
        --file ../shared/data/dev/clustering_multinews_val100_docs.jsonl --batches 1-75,76-150,151-225
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev" / "clustering_allsides_stories.jsonl"


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for k in pred:
        by_pred[pred[k]].add(k)
        by_gold[gold[k]].add(k)
    p = sum(len(by_pred[pred[k]] & by_gold[gold[k]]) / len(by_pred[pred[k]]) for k in pred) / len(pred)
    r = sum(len(by_pred[pred[k]] & by_gold[gold[k]]) / len(by_gold[gold[k]]) for k in pred) / len(pred)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run_tree(src: str, batches: list[Path], db: Path) -> None:
    env = dict(os.environ, PYTHONPATH=src)
    for batch in batches:
        subprocess.run([sys.executable, "-m", "newsweave", "ingest", "--db", str(db), str(batch), "--no-summaries", "-q"], env=env, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trees", default="new=" + str(ROOT / "src"), help="comma-separated NAME=SRC_DIR")
    parser.add_argument("--file", default=str(DEV))
    parser.add_argument("--batches", default="1-60,61-120,121-170", help="comma-separated 1-based line ranges, one ingest each")
    parser.add_argument("--show", type=int, default=40, metavar="N", help="list at most N mixed and N split stories")
    args = parser.parse_args()
    lines = Path(args.file).read_text(encoding="utf-8").splitlines()
    ranges = [tuple(int(x) for x in part.split("-")) for part in args.batches.split(",")]
    # (batch number, line in the batch) -> record; blank lines are never stored
    records = {(i + 1, k + 1): json.loads(line) for i, (lo, hi) in enumerate(ranges) for k, line in enumerate(lines[lo - 1:hi]) if line.strip()}
    gold = {r["id"]: str(r["cluster"]) for r in records.values()}
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (lo, hi) in enumerate(ranges):
            path = Path(tmp) / f"b{i + 1}.jsonl"
            path.write_text("\n".join(lines[lo - 1:hi]) + "\n", encoding="utf-8")
            paths.append(path)
        for tree in args.trees.split(","):
            name, src = tree.split("=", 1)
            db = Path(tmp) / f"{name}.db"
            run_tree(src, paths, db)
            rows = sqlite3.connect(db).execute("select source, story_id from articles").fetchall()
            pred = {}
            for source, story in rows:
                m = re.search(r"b(\d+)\.jsonl \(line (\d+)\)$", source or "")
                if m and (int(m.group(1)), int(m.group(2))) in records:
                    pred[records[int(m.group(1)), int(m.group(2))]["id"]] = story
            stored = len(pred)
            story_of_text = {r["text"]: pred[r["id"]] for r in records.values() if r["id"] in pred}
            twins = alone = 0
            for r in records.values():
                if r["id"] not in pred:
                    twin = story_of_text.get(r["text"])
                    twins, alone = twins + (twin is not None), alone + (twin is None)
                    pred[r["id"]] = twin if twin is not None else f"not-stored-{r['id']}"
            p, r, f = bcubed(pred, {k: gold[k] for k in pred})
            stories = len(set(pred.values()))
            print(f"{name}: {stored}/{len(gold)} articles stored ({twins} duplicates scored with their twin, {alone} not stored scored alone), "
                  f"{stories} stories for {len(set(gold.values()))} gold; BCubed P {p:.4f} R {r:.4f} F1 {f:.4f}", flush=True)
            members = defaultdict(list)
            for k, s in pred.items():
                members[s].append(k)
            mixed = [(s, ks) for s, ks in sorted(members.items()) if len({gold[k] for k in ks}) > 1]
            for s, ks in mixed[: args.show]:
                print(f"  mixed {s}: {' '.join(sorted(ks)) if len(ks) <= 12 else ' '.join(sorted(ks)[:12]) + f' ... ({len(ks)})'}")
            split = defaultdict(set)
            for k, s in pred.items():
                split[gold[k]].add(s)
            splits = [(g, ss) for g, ss in sorted(split.items()) if len(ss) > 1]
            for g, ss in splits[: args.show]:
                print(f"  split {g}: {len(ss)} stories")
            if len(mixed) > args.show or len(splits) > args.show:
                print(f"  ({len(mixed)} mixed stories, {len(splits)} split gold stories in all; --show N lists more)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
