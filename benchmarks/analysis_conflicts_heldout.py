"""Conflicts on the held-out gold (`gold/conflicts_heldout.jsonl`), current tree against a baseline
commit, each in its own process, in one invocation.

    .venv/bin/python benchmarks/analysis_conflicts_heldout.py                    # current vs 5378731
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --baseline none --show
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --set b --baseline ced58f9 --show   # the second held-out set
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --set c --baseline e9f3df6 --show   # the third: claims and framing in 18 full-text clusters
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --set d --baseline 6d65b45 --show   # the fourth: the same kinds in 25 other full-text clusters
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --set e --baseline daa39c8 --show   # the fifth: the same kinds in the last 3 full-text clusters
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --set f --baseline eeec94b --show   # the sixth: every kind in 78 NeuS clusters no item pointed to
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --set g --baseline a14b5b4 --show   # the seventh: every kind in 40 AllSides stories no item named
    .venv/bin/python benchmarks/analysis_conflicts_heldout.py --set h --baseline 200aad0 --show   # the eighth: 40 more such stories (session 18)

Set b (`gold/conflicts_heldout_b.jsonl`, clusters in `conflicts_heldout_b_clusters.jsonl`): PolNeAR
articles grouped by event (with their publication dates) and the Multi-News val100 clusters whose
flagged documents are real articles (all their documents analysed; only conflicts with a side in a
flagged `new_docs` document are scored, since pairs of unflagged documents belong to set a).

Clusters: every Multi-News val100 cluster with two or more documents not flagged
`multinews_plus_noise` (noise documents are left out, as in the annotation), and every AllSides
story not in `conflicts_dev.jsonl` (with its story date as each article's publication date).
The annotation read all of them in full (gold/README.md), so precision counts every conflict
reported on them: one matching a real item is right, one matching an arguable item
(`"real": null`) is not counted, anything else is wrong. Recall: real items matched. Matching is
the dev benchmark's (`analysis_conflicts_facts.matches`: two system sides citing sentences of two
different gold sides). Only conflicts are computed (`StoryAnalyzer.analyze`, as the product does);
no article text is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = (ROOT / ".." / "shared" / "data" / "dev").resolve()
GOLD = ROOT / "benchmarks" / "gold"

_spec = importlib.util.spec_from_file_location("acf", ROOT / "benchmarks" / "analysis_conflicts_facts.py")
acf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(acf)


def load_clusters() -> dict[str, dict]:
    """cluster id -> {"file", "docs": [(doc key, text, published or None)]}."""
    out: dict[str, dict] = {}
    for line in open(DEV / "summarization_multinews_val100.jsonl", encoding="utf-8"):
        r = json.loads(line)
        docs = [(i, d["text"], None) for i, d in enumerate(r["documents"]) if not d.get("multinews_plus_noise") and d["text"].strip()]
        if len(docs) >= 2:
            out[r["id"]] = {"file": "summarization_multinews_val100.jsonl", "docs": docs}
    dev_gold = {json.loads(l)["cluster"] for l in open(GOLD / "conflicts_dev.jsonl")}
    for line in open(DEV / "clustering_allsides_stories.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["cluster"] in dev_gold:
            continue
        day = dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None
        out.setdefault(r["cluster"], {"file": "clustering_allsides_stories.jsonl", "docs": []})["docs"].append((r["id"], r["text"], day))
    return out


def load_clusters_b() -> dict[str, dict]:
    """Set b: cluster id -> {"file", "docs": [(doc key, text, published or None)], "new": keys scored or None}."""
    pn = {}
    for line in open(DEV / "polnear_dev.jsonl", encoding="utf-8"):
        r = json.loads(line)
        pn[r["id"]] = (r["text"], dt.date.fromisoformat(r["published"][:10]) if r.get("published") else None)
    mn = {json.loads(l)["id"]: json.loads(l) for l in open(DEV / "summarization_multinews_val100.jsonl", encoding="utf-8")}
    out: dict[str, dict] = {}
    for line in open(GOLD / "conflicts_heldout_b_clusters.jsonl", encoding="utf-8"):
        spec = json.loads(line)
        if spec["file"] == "polnear_dev.jsonl":
            out[spec["cluster"]] = {"file": spec["file"], "docs": [(k, *pn[k]) for k in spec["docs"]], "new": None}
        else:
            docs = mn[spec["cluster"]]["documents"]
            out[spec["cluster"]] = {"file": spec["file"], "docs": [(i, docs[i]["text"], None) for i in spec["docs"]], "new": spec["new_docs"]}
    return out


# Set c reads the full-text dev clusters for the kinds `conflicts_dev` did not read there (claims,
# outcomes, who did what, places, framing); numbers, dates and durations are scored by the dev gold.
SET_C_SKIPS = ("number", "date", "duration")


def load_clusters_c(listing: str = "conflicts_heldout_c_clusters.jsonl") -> dict[str, dict]:
    """Set c: cluster id -> {"file", "docs": [(doc index, text, None)]} for the clusters of
    `conflicts_heldout_c_clusters.jsonl` (smallest 18 of the 46 full-text dev clusters); set d: those of
    `conflicts_heldout_d_clusters.jsonl` (25 others, same kinds)."""
    want = {json.loads(l)["cluster"] for l in open(GOLD / listing, encoding="utf-8")}
    out: dict[str, dict] = {}
    for line in open(DEV / "summarization_multinews_fulltext_dev46.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in want:
            out[r["id"]] = {"file": "summarization_multinews_fulltext_dev46.jsonl", "docs": [(i, d["text"], None) for i, d in enumerate(r["documents"]) if d["text"].strip()]}
    return out


def load_clusters_f() -> dict[str, dict]:
    """Set f: cluster id -> {"file", "docs": [(doc index, text, None)]} for the NeuS val100 clusters of
    `conflicts_heldout_f_clusters.jsonl` (the 78 that no conflict gold item or read report points to and
    that share no article with the AllSides stream; every kind scored). NeuS has no publication dates."""
    want = {json.loads(l)["cluster"] for l in open(GOLD / "conflicts_heldout_f_clusters.jsonl", encoding="utf-8")}
    out: dict[str, dict] = {}
    for line in open(DEV / "summarization_neus_val100.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in want:
            out[r["id"]] = {"file": "summarization_neus_val100.jsonl", "docs": [(i, d["text"], None) for i, d in enumerate(r["documents"]) if d["text"].strip()]}
    return out


def load_clusters_g(listing: str = "conflicts_heldout_g_clusters.jsonl") -> dict[str, dict]:
    """Set g: cluster id -> {"file", "docs": [(row id, text, story date)]} for the AllSides stories of
    `conflicts_heldout_g_clusters.jsonl` (40 three-outlet stories no conflict item named; every kind scored);
    set h: those of `conflicts_heldout_h_clusters.jsonl` (40 more, session 18, drawn after `_g`)."""
    want = {json.loads(l)["cluster"] for l in open(GOLD / listing, encoding="utf-8")}
    out: dict[str, dict] = {}
    for line in open(DEV / "clustering_allsides_stories.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["cluster"] in want:
            day = dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None
            out.setdefault(r["cluster"], {"file": "clustering_allsides_stories.jsonl", "docs": []})["docs"].append((r["id"], r["text"], day))
    return out


def worker(src: str, which: str = "a") -> None:
    sys.path.insert(0, src)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from newsweave.analyze import StoryAnalyzer
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article, StoryReport, Summary

    analyzer, seg = StoryAnalyzer(), RuleSegmenter()
    results, seconds = {}, 0.0
    loaders = {"a": load_clusters, "b": load_clusters_b, "c": load_clusters_c, "d": lambda: load_clusters_c("conflicts_heldout_d_clusters.jsonl"),
               "e": lambda: load_clusters_c("conflicts_heldout_e_clusters.jsonl"), "f": load_clusters_f, "g": load_clusters_g,
               "h": lambda: load_clusters_g("conflicts_heldout_h_clusters.jsonl")}
    for cid, spec in loaders[which]().items():
        arts, keys = [], {}
        for k, text, day in spec["docs"]:
            a = Article(id=f"{cid}:{k}", outlet=f"outlet {k}", text=text, published=day)
            arts.append(a)
            keys[a.id] = k
        docs = tuple(d for d in (seg.split(a) for a in arts) if d.sentences)
        report = StoryReport(story_id=cid, documents=docs, summary=Summary(story_id=cid, method="none", sentences=()))
        t0 = time.perf_counter()
        rep = analyzer.analyze(report)
        seconds += time.perf_counter() - t0
        doc_field = "doc_id" if spec["file"].startswith(("clustering", "polnear")) else "doc"
        found = [{"kind": c.kind, "about": c.about,
                  "sides": [[{doc_field: keys[x.article_id], "start": x.start, "end": x.end} for x in s.citations] for s in c.sides]}
                 for c in (rep.conflicts or ())]
        if which in ("c", "d", "e"):  # sets c, d and e: only the kinds they read
            found = [c for c in found if c["kind"] not in SET_C_SKIPS]
        if spec.get("new") is not None:  # set b, val100: only conflicts touching a newly read document
            found = [c for c in found if any(x[doc_field] in spec["new"] for side in c["sides"] for x in side)]
        results[cid] = found
    print(json.dumps({"results": results, "seconds": seconds}))


def score(results: dict, gold: list[dict]) -> dict:
    real = [g for g in gold if g["real"] is True]
    found = [g["id"] for g in real if any(acf.matches(c, g) for c in results.get(g["cluster"], []))]
    blind = [g["id"] for g in real if g.get("blind", True)]
    tp = fp = arguable = 0
    wrong = []
    by_cluster = defaultdict(list)
    for g in gold:
        by_cluster[g["cluster"]].append(g)
    for cid, conflicts in results.items():
        for c in conflicts:
            hit = [g for g in by_cluster[cid] if acf.matches(c, g)]
            if any(g["real"] is True for g in hit):
                tp += 1
            elif any(g["real"] is None for g in hit):
                arguable += 1
            else:
                fp += 1
                wrong.append((cid, c["kind"], c["about"], [g["id"] for g in hit]))
    return {"found": found, "real": len(real), "blind": blind, "tp": tp, "fp": fp, "arguable": arguable, "wrong": wrong}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--worker")
    ap.add_argument("--set", default="a", choices=("a", "b", "c", "d", "e", "f", "g", "h"), help="a: conflicts_heldout.jsonl; b-h: conflicts_heldout_<set>.jsonl")
    ap.add_argument("--baseline", default="5378731", help="commit to compare with, or 'none'")
    ap.add_argument("--show", action="store_true", help="list the wrong conflicts (cluster, kind, about; no article text)")
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.set)
        return
    gold = [json.loads(l) for l in open(GOLD / ("conflicts_heldout.jsonl" if args.set == "a" else f"conflicts_heldout_{args.set}.jsonl"))]
    versions = [("current", ROOT / "src")]
    tmp = tempfile.TemporaryDirectory()
    if args.baseline != "none":
        versions.append((args.baseline, acf.export_commit(args.baseline, Path(tmp.name))))
    rows = []
    for name, src in versions:
        out = subprocess.run([sys.executable, __file__, "--worker", str(src), "--set", args.set], capture_output=True, text=True)
        if out.returncode:
            sys.stderr.write(out.stderr[-3000:])
            raise SystemExit(f"worker for {name} failed")
        res = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append((name, score(res["results"], gold), res["seconds"]))
    print("| code | conflicts reported | precision | recall (real found) | recall, blind items | arguable matched | analysis s |")
    print("|---|---|---|---|---|---|---|")
    for name, s, secs in rows:
        rep = s["tp"] + s["fp"]
        prec = f"{s['tp'] / rep:.2f} ({s['tp']}/{rep})" if rep else "n/a (0 reported)"
        fb = [i for i in s["found"] if i in s["blind"]]
        print(f"| {name} | {rep + s['arguable']} | {prec} | {len(s['found']) / max(1, s['real']):.2f} ({len(s['found'])}/{s['real']}) | "
              f"{len(fb) / max(1, len(s['blind'])):.2f} ({len(fb)}/{len(s['blind'])}) | {s['arguable']} | {secs:.1f} |")
    for name, s, _ in rows:
        print(f"\n{name}: found {', '.join(s['found']) or '-'}")
        if args.show:
            for w in s["wrong"]:
                print(f"  wrong: {w}")


if __name__ == "__main__":
    main()
