"""Copies and rewrites on real gold: pair precision / recall of `find_derivations`, with a baseline
commit run in the same invocation, plus the Corbyn example.

    nice -n 10 .venv/bin/python benchmarks/copies_quality.py                  # current tree vs e6cb742 (session 12 start)
    nice -n 10 .venv/bin/python benchmarks/copies_quality.py --baseline none  # current tree only
    nice -n 10 .venv/bin/python benchmarks/copies_quality.py --show           # list every error (ids, no text)

Gold: `benchmarks/gold/copies_dev.jsonl` (rules in gold/README.md, "Copies and rewrites"): every
pair of articles of 123 real dev clusters, `copy` / `rewrite` / `none` / `furniture`, with a
`borderline` flag and a `split` (`tune`; `heldout` = AllSides stories with an odd id; `heldout_b` =
47 more AllSides stories annotated after the method was committed; `heldout_c` = 32 more clusters
(AllSides, NeuS, Multi-News val100) annotated in session 10 after the parallel-lead rule was
committed, and committed before the first run; `heldout_d` = 29 more clusters in
`gold/copies_dev_d.jsonl`, session 11, committed before its only run; `heldout_e` = 39 more clusters in
`gold/copies_dev_e.jsonl`, session 12, committed before its only run). Since session 11 the
held-out splits are tuning data for the source direction (every pair with a known original).
`gold/copies_dev_same_outlet.jsonl`: one outlet's two articles on one topic, each pair run alone.

Scoring, per pair of articles (unordered): a system pair is a `Derivation` between the two.
Positives are `copy` and `rewrite`, negatives `none`; `furniture` pairs and `borderline` pairs are
left out of precision and recall (the borderline ones are counted on their own line). Direction:
among found gold pairs whose `original` is known, the share where the system's source is it.
Corbyn: the rewrite 001 of 000 must be found (source 000), and no other pair reported.

Each code version runs in its own process (`--worker SRC`) so the baseline imports its own
`newsweave`; articles are segmented by that version's `RuleSegmenter` and passed to its
`find_derivations` as they are (AllSides outlets are the outlet names without "(Online News)";
other files have no outlet, so "unknown N"). No article text is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from frozen_trees import export_commit, run_worker  # noqa: E402
DEV = (ROOT / ".." / "shared" / "data" / "dev").resolve()
EXAMPLE = (ROOT / ".." / "shared" / "examples" / "corbyn-jewish-leaders-2018").resolve()
GOLD = ROOT / "benchmarks" / "gold" / "copies_dev.jsonl"
GOLD_D = ROOT / "benchmarks" / "gold" / "copies_dev_d.jsonl"  # session 11's fresh part (split heldout_d)
GOLD_E = ROOT / "benchmarks" / "gold" / "copies_dev_e.jsonl"  # session 12's fresh part (split heldout_e)
GOLD_F = ROOT / "benchmarks" / "gold" / "copies_dev_f.jsonl"  # session 17's fresh dev part (split heldout_f)
# session 17's pairs drawn from the TRAINING file (split train_f): development evidence, never a quality score
GOLD_TRAIN = ROOT / "benchmarks" / "gold" / "copies_train_f.jsonl"
TRAIN = (ROOT / ".." / "shared" / "data" / "train").resolve()
# --skip-fresh leaves heldout_e out (the env var reaches the workers): used while a session develops,
# so that the fresh part is run once, at the end.
SKIP_FRESH = os.environ.get("NEWSWEAVE_COPIES_SKIP_FRESH") == "1"
SAME_OUTLET = ROOT / "benchmarks" / "gold" / "copies_dev_same_outlet.jsonl"
AS = "clustering_allsides_stories.jsonl"


def load_gold() -> list[dict]:
    paths = (GOLD, GOLD_D) if SKIP_FRESH else (GOLD, GOLD_D, GOLD_E, GOLD_F, GOLD_TRAIN)
    return [json.loads(line) for path in paths if path.exists() for line in open(path, encoding="utf-8")]


def load_clusters(gold: list[dict]) -> dict[str, list[tuple]]:
    """cluster id -> [(key, text, outlet, published date or None)] for every gold cluster.

    AllSides gives a date per article (in this file it is the story's date: every article of a
    story carries the same one); the other files have none."""
    wanted = defaultdict(set)
    for g in gold:
        wanted[g["file"]].add(g["cluster"])
    out: dict[str, list[tuple]] = {}
    for fn, ids in wanted.items():
        for line in open((TRAIN if fn.startswith("summarization_multinews_train") else DEV) / fn, encoding="utf-8"):
            r = json.loads(line)
            if fn == AS:
                if r["cluster"] in ids:
                    outlet = re.sub(r"\s*\(.*?\)\s*$", "", r.get("outlet") or "") or "unknown"
                    out.setdefault(r["cluster"], []).append((r["id"], r["text"], outlet, (r.get("date") or "")[:10] or None))
            elif r["id"] in ids:
                out[r["id"]] = [(i, d["text"], f"unknown {i}", None) for i, d in enumerate(r["documents"])]
    return out



def copied_stories(gold: list[dict]):
    """(cluster id, articles, derivations) for every gold cluster in which `find_derivations` finds
    a copy: the stories the downstream scripts (`copies_downstream.py`, `copy_support_changes.py`)
    count. newsweave is imported here, so PYTHONPATH picks the code version."""
    import datetime as dt

    from newsweave.analyze.derivation import find_derivations
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    seg = RuleSegmenter()
    for cid, items in sorted(load_clusters(gold).items()):
        arts = [Article(id=f"{cid}:{k}", outlet=o, text=t, published=dt.date.fromisoformat(d) if d else None) for k, t, o, d in items if t.strip()]
        ders = find_derivations([d for d in (seg.split(a) for a in arts) if d.sentences])
        if ders:
            yield cid, arts, ders

# ---------------------------------------------------------------- worker (runs one code version)

def worker(src: str) -> None:
    sys.path.insert(0, src)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import datetime as dt

    from newsweave.analyze.derivation import _direction, find_derivations
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    seg = RuleSegmenter()
    gold = load_gold()
    clusters = load_clusters(gold)
    results: dict[str, list] = {}
    seconds = 0.0
    segmented: dict[tuple, object] = {}
    for cid, items in clusters.items():
        keys, arts = {}, []
        for k, text, outlet, day in items:
            if not text.strip():
                continue
            a = Article(id=f"{cid}:{k}", outlet=outlet, text=text, published=dt.date.fromisoformat(day) if day else None)
            keys[a.id] = k
            arts.append(a)
        docs = tuple(d for d in (seg.split(a) for a in arts) if d.sentences)
        segmented.update({(cid, keys[d.article.id]): d for d in docs})
        t0 = time.process_time()
        ders = find_derivations(docs)
        seconds += time.process_time() - t0
        results[cid] = [{"source": keys[d.source_id], "copy": keys[d.copy_id], "share": round(d.reused_share, 3), "reason": d.reason} for d in ders]
    # Direction on EVERY gold copy/rewrite pair whose original is known, found or not, asked in
    # both input orders: an answer that flips with the order is no evidence ("undetermined").
    directions = []
    for g in gold:
        if g["relation"] not in ("copy", "rewrite") or g["original"] is None:
            continue
        a, b = segmented.get((g["cluster"], g["a"])), segmented.get((g["cluster"], g["b"]))
        if a is None or b is None:
            continue
        s1, _, r1 = _direction(0, 1, [a, b])
        s2, _, r2 = _direction(0, 1, [b, a])
        src1, src2 = (g["a"], g["b"])[s1], (g["b"], g["a"])[s2]
        verdict = "undetermined" if src1 != src2 else ("right" if src1 == g["original"] else "wrong")
        directions.append({"cluster": g["cluster"], "a": g["a"], "b": g["b"], "split": g["split"], "borderline": g["borderline"],
                           "verdict": verdict, "reason": r1.split(";")[0]})
    # One outlet's two articles on one topic (AllSides, different stories): each pair on its own,
    # with outlet, date and URL, as a user grouping them would pass them.
    same_outlet = []
    if SAME_OUTLET.exists():
        rows = {}
        pairs = [json.loads(line) for line in open(SAME_OUTLET, encoding="utf-8")]
        wanted = {k for g in pairs for k in (g["a"], g["b"])}
        for line in open(DEV / AS, encoding="utf-8"):
            r = json.loads(line)
            if r["id"] in wanted:
                rows[r["id"]] = r
        for g in pairs:
            docs = [seg.split(Article(id=k, outlet=rows[k]["outlet"], text=rows[k]["text"], url=rows[k].get("url"),
                                      published=dt.date.fromisoformat(rows[k]["date"][:10]))) for k in (g["a"], g["b"])]
            ders = find_derivations(docs)
            same_outlet.append({"a": g["a"], "b": g["b"], "relation": g["relation"], "found": [
                {"source": d.source_id, "copy": d.copy_id, "update": getattr(d, "update", False), "reason": d.reason} for d in ders]})
    from newsweave.api import read

    arts = read([str(EXAMPLE)]).articles
    docs = tuple(d for d in (seg.split(a) for a in arts) if d.sentences)
    name = {a.id: Path(a.source or a.id).name[:3] for a in arts}
    results["corbyn"] = [{"source": name[d.source_id], "copy": name[d.copy_id], "share": round(d.reused_share, 3), "reason": d.reason} for d in find_derivations(docs)]
    print(json.dumps({"results": results, "seconds": seconds, "directions": directions, "same_outlet": same_outlet}))


# ---------------------------------------------------------------- scoring

def score(results: dict, gold: list[dict], split: str | None) -> dict:
    # "all" is the dev gold only: the training pairs (train_f, train_g) are development evidence, shown apart
    rows = [g for g in gold if (not g["split"].startswith("train_") if split is None else g["split"] == split)]
    sys_pairs = {(cid, frozenset((d["source"], d["copy"]))): d for cid, ds in results.items() for d in ds}
    tp = fp = fn = 0
    dir_ok = dir_n = 0
    border = Counter()
    errors = []
    for g in rows:
        d = sys_pairs.get((g["cluster"], frozenset((g["a"], g["b"]))))
        pos = g["relation"] in ("copy", "rewrite")
        if g["relation"] == "furniture":
            continue
        if g["borderline"]:
            border[("found" if d else "silent", "pos" if pos else "neg")] += 1
            continue
        if pos and d:
            tp += 1
            if g["original"] is not None:
                dir_n += 1
                dir_ok += d["source"] == g["original"]
                if d["source"] != g["original"]:
                    errors.append(("direction", g["cluster"], d["source"], d["copy"], g["relation"], d["reason"]))
        elif pos:
            fn += 1
            errors.append(("missed", g["cluster"], g["a"], g["b"], g["relation"], g["note"]))
        elif d:
            fp += 1
            errors.append(("false", g["cluster"], d["source"], d["copy"], g["kind"], f"share {d['share']}; {d['reason']}"))
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None,
            "direction": (dir_ok, dir_n), "borderline": dict(border), "errors": errors}


def corbyn(results: dict) -> str:
    ds = results.get("corbyn", [])
    found = any(d["source"] == "000" and d["copy"] == "001" for d in ds)
    other = [f"{d['source']}->{d['copy']}" for d in ds if not (d["source"] == "000" and d["copy"] == "001")]
    return ("001 of 000 found" if found else "001 of 000 MISSED") + (f"; also {', '.join(other)}" if other else "; nothing else")


def run_version(src: Path) -> dict:
    return run_worker(__file__, src)


def fmt(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--worker")
    ap.add_argument("--baseline", default="e6cb742", help="commit to compare with, or 'none'")
    ap.add_argument("--skip-fresh", action="store_true", help="leave out the freshest part (heldout_e) while developing")
    ap.add_argument("--show", action="store_true", help="list the errors on the tuning split (cluster and document ids, no text)")
    ap.add_argument("--show-heldout", action="store_true", help="list the errors on the held-out splits instead")
    args = ap.parse_args()
    if args.skip_fresh:
        global SKIP_FRESH
        SKIP_FRESH = True
        os.environ["NEWSWEAVE_COPIES_SKIP_FRESH"] = "1"
    if args.worker:
        worker(args.worker)
        return
    gold = load_gold()
    versions = [("current", ROOT / "src")]
    tmp = tempfile.TemporaryDirectory()
    if args.baseline != "none":
        versions.append((args.baseline, export_commit(args.baseline, Path(tmp.name))))
    print("| code | split | pairs found / gold | false pairs | precision | recall | direction right | borderline (found/pos, found/neg) | CPU s | Corbyn |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    shown = []
    outs = []
    for name, src in versions:
        out = run_version(src)
        outs.append((name, out))
        res = out["results"]
        for split in ("tune", "heldout", "heldout_b", "heldout_c", "heldout_d", "heldout_e", "heldout_f", "train_f", "train_g", None):
            s = score(res, gold, split)
            b = s["borderline"]
            bt = f"{b.get(('found', 'pos'), 0)}/{b.get(('found', 'pos'), 0) + b.get(('silent', 'pos'), 0)}, {b.get(('found', 'neg'), 0)}/{b.get(('found', 'neg'), 0) + b.get(('silent', 'neg'), 0)}"
            print(f"| {name} | {split or 'all'} | {s['tp']}/{s['tp'] + s['fn']} | {s['fp']} | {fmt(s['precision'])} | {fmt(s['recall'])} | "
                  f"{s['direction'][0]}/{s['direction'][1]} | {bt} | {out['seconds']:.2f} | {corbyn(res) if split is None else ''} |")
            if split in (("heldout", "heldout_b", "heldout_c", "heldout_d", "heldout_e", "heldout_f", "train_f", "train_g") if args.show_heldout else ("tune",)):
                shown.append((f"{name} ({split})", s["errors"]))
    print("\nDirection on every gold copy/rewrite pair with a known original (found or not; borderline included), "
          "asked in both input orders; held-out splits are tuning data for direction since session 11:")
    print("| code | pairs | right | wrong | undetermined (flips with the order) | right by reason |")
    print("|---|---|---|---|---|---|")
    for name, out in outs:
        ds = out.get("directions", [])
        v = Counter(d["verdict"] for d in ds)
        by_reason = Counter(re.sub(r"\s*\(\u201c.*?\u201d\)", "", d["reason"]) for d in ds if d["verdict"] == "right")
        print(f"| {name} | {len(ds)} | {v['right']} | {v['wrong']} | {v['undetermined']} | "
              + "; ".join(f"{r}: {n}" for r, n in by_reason.most_common()) + " |")
        if args.show or args.show_heldout:
            for d in ds:
                if d["verdict"] != "right":
                    print("  ", name, d["verdict"], d["split"], d["cluster"], d["a"], d["b"], d["reason"])
    print("\nOne outlet's two articles on one topic (`gold/copies_dev_same_outlet.jsonl`, each pair run on its own):")
    print("| code | pairs | gold update / none | reported | of them as update | false pairs |")
    print("|---|---|---|---|---|---|")
    for name, out in outs:
        so = out.get("same_outlet", [])
        pos = sum(g["relation"] in ("copy", "rewrite", "update") for g in so)
        rep = [g for g in so if g["found"]]
        false = [g for g in rep if g["relation"] == "none"]
        print(f"| {name} | {len(so)} | {pos} / {len(so) - pos} | {len(rep)} | {sum(any(d['update'] for d in g['found']) for g in rep)} | {len(false)} |")
        if args.show:
            for g in false:
                print("  ", name, "false", g["a"], g["b"], g["found"][0]["reason"])
    if args.show or args.show_heldout:
        for name, errors in shown:
            print(f"\n{name}: {len(errors)} errors")
            for e in errors:
                print("  ", *e)


if __name__ == "__main__":
    main()
