"""Listed precision of conflicts on EVERY dev cluster, by finder, against hand verdicts.

    .venv/bin/python benchmarks/conflicts_precision.py                      # current tree vs e9f3df6
    .venv/bin/python benchmarks/conflicts_precision.py --baseline none      # current tree only
    .venv/bin/python benchmarks/conflicts_precision.py --baseline none --show   # print unread reports WITH TEXT (stdout only)
    .venv/bin/python benchmarks/conflicts_precision.py --train-values --baseline 07f307b,6d65b45   # value finder on training gold
    .venv/bin/python benchmarks/conflicts_precision.py --train-values --parse --baseline 0c639a6   # the same with the parser (session 11)

`--train-values`: the value finder (`value_conflicts(docs, nlp=None)`, as the training listing runs it)
on the TRAINING clusters of `gold/conflicts_train_values.jsonl` only, scored per split (tuning /
heldout): of the reports that match a verdict, how many are real; reports with no verdict are
"unread"; verdicts no longer matched by any report are "gone" (removed by the code). With `--parse`
the finder runs with the shared spaCy pipeline (`nlp="auto"`, as the product does: the session-11
rule that two figures answer one question reads the parse) and only its own reports are kept (not
the count, age or duration finders' that the parser also enables).

Runs the whole analysis (`StoryAnalyzer.analyze`, as `newsweave analyze` does) on every cluster of
`summarization_multinews_fulltext_dev46`, `summarization_neus_val100` and
`summarization_multinews_val100` (../shared/data/dev/), lists every reported conflict, names the
finder that made it (from the conflict's `about` and `kind`), and scores it against the verdicts in
`gold/conflicts_precision_dev.jsonl` (rules in gold/README.md). A report matches a verdict of the same
cluster when every side of the report cites a sentence of a different side of the verdict (document
index and character offsets into the dev text). Reports with no verdict are counted as "unread",
never as right or wrong. Each code version runs in its own process (`--worker SRC`). No article text
is written anywhere; `--show` prints the text of unread reports to stdout for reading.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from analyse_cluster import analyse  # noqa: E402
from frozen_trees import export_commit, run_worker  # noqa: E402
DEV = (ROOT / ".." / "shared" / "data" / "dev").resolve()
GOLD = ROOT / "benchmarks" / "gold" / "conflicts_precision_dev.jsonl"
FILES = ("summarization_multinews_fulltext_dev46.jsonl", "summarization_neus_val100.jsonl", "summarization_multinews_val100.jsonl")


def finder_of(kind: str, about: str) -> str:
    """Which finder made a conflict, from its `about` line (see each finder's `Conflict(about=...)`)."""
    prefixes = (("number: age of", "age"), ("number: count of", "count"), ("number: a corrected", "correction"),
                ("number: the same", "conversion"), ("number: vote tally", "tally"), ("duration:", "duration"),
                ("number:", "value"), ("date of:", "date"), ("day or time of:", "daytime"), ("deadline for", "deadline"),
                ("day of the", "document_day"), ("claim vs denial", "denial"), ("plan vs no plan", "plan"),
                ("accusation vs its rejection", "allegation"), ("cause of ", "cause"),
                ("whether it was lawful", "legality"), ("done vs pending", "pending"))
    for p, name in prefixes:
        if about.startswith(p):
            return name
    if kind == "framing" and about.startswith("how ") and " is judged: " in about:
        return "person"
    if kind == "claim" and about.endswith(": recognised vs rejected"):
        return "recognition"
    if kind == "claim" and about.startswith("whether"):
        return "verdict" if about.endswith(("broke the law", "is treated fairly")) else "armed"
    return kind


def worker(src: str) -> None:
    sys.path.insert(0, src)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from newsweave.analyze import StoryAnalyzer
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    analyzer = StoryAnalyzer()
    seg = RuleSegmenter()
    out = []
    t_total = 0.0
    for fn in FILES:
        for line in open(DEV / fn, encoding="utf-8"):
            r = json.loads(line)
            cid = r["id"]
            arts = [Article(id=f"{cid}:{i}", outlet=f"outlet {i}", text=d["text"]) for i, d in enumerate(r["documents"]) if d["text"].strip()]
            done = analyse(analyzer, seg, cid, arts)
            if done is None:
                continue
            _, rep, seconds = done
            t_total += seconds
            for c in rep.conflicts or ():
                out.append({"file": fn, "cluster": cid, "finder": finder_of(c.kind, c.about), "kind": c.kind, "about": c.about,
                            "values": [s.value for s in c.sides],
                            "sides": [[{"doc": int(x.article_id.rsplit(":", 1)[1]), "start": x.start, "end": x.end} for x in s.citations] for s in c.sides]})
    print(json.dumps({"reports": out, "seconds": t_total}))


TRAIN = (ROOT / ".." / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl").resolve()
TRAIN_GOLD = ROOT / "benchmarks" / "gold" / "conflicts_train_values.jsonl"


def train_worker(src: str, parse: bool = False) -> None:
    sys.path.insert(0, src)
    from newsweave.analyze.conflicts import value_conflicts
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    want = {json.loads(x)["cluster"] for x in open(TRAIN_GOLD, encoding="utf-8")}
    seg, out = RuleSegmenter(), []
    for line in open(TRAIN, encoding="utf-8"):
        r = json.loads(line)
        if r["id"] not in want:
            continue
        docs = (seg.split(Article(id=str(k), outlet=str(k), text=d["text"])) for k, d in enumerate(r["documents"])
                if d["text"].strip() and not d.get("multinews_plus_noise"))
        docs = tuple(d for d in docs if d.sentences)
        for c in value_conflicts(docs, nlp="auto" if parse else None):
            if finder_of(c.kind, c.about) != "value":
                continue  # with the parse, the count, age and duration finders report too: not this gold's
            out.append({"cluster": r["id"], "values": [s.value for s in c.sides],
                        "sides": [[{"doc": int(x.article_id), "start": x.start, "end": x.end} for x in s.citations] for s in c.sides]})
    print(json.dumps({"reports": out}))


def train_main(baselines: list[str], parse: bool = False) -> None:
    gold = [json.loads(x) for x in open(TRAIN_GOLD, encoding="utf-8")]
    tmp = tempfile.TemporaryDirectory()
    versions = [("current", ROOT / "src")]
    for b in baselines:
        (Path(tmp.name) / b).mkdir()
        versions.append((b, export_commit(b, Path(tmp.name) / b)))
    for name, src in versions:
        reports = run_worker(__file__, src, "--train-values", *(["--parse"] if parse else []))["reports"]
        hit: dict[str, int] = Counter()
        unread = 0
        for r in reports:
            v = match(r, gold)
            if v is None:
                unread += 1
            else:
                hit[v["id"]] += 1
        print(f"\n== {name}: {len(reports)} value reports on the {len({g['cluster'] for g in gold})} gold clusters, {unread} unread")
        for split in ("tuning", "heldout", "heldout13", "tuning14", "heldout14"):  # heldout13: s13-seed13; tuning14/heldout14: s14-seed14
            g = [x for x in gold if x["split"] == split]
            kept = [x for x in g if hit[x["id"]]]
            real = [x for x in kept if x["real"]]
            gone = Counter(x["label"] for x in g if not hit[x["id"]])
            print(f"  {split}: {len(kept)} of {len(g)} still reported, real {len(real)}, precision {len(real) / len(kept) if kept else 0:.2f}"
                  f" ({len(real)}/{len(kept)}); gone: {dict(gone)}")


def _side_meets(a: list[dict], b: list[dict]) -> bool:
    return any(x["doc"] == y["doc"] and x["start"] < y["end"] and y["start"] < x["end"] for x in a for y in b)


def match(report: dict, verdicts: list[dict]) -> dict | None:
    """The verdict of this report's cluster whose sides each report side meets (distinct sides)."""
    for v in verdicts:
        if v["cluster"] != report["cluster"]:
            continue
        used: set[int] = set()
        ok = True
        for s in report["sides"][:2]:
            hit = next((j for j, vs in enumerate(v["sides"]) if j not in used and _side_meets(s, vs)), None)
            if hit is None:
                ok = False
                break
            used.add(hit)
        if ok:
            return v
    return None


def score(reports: list[dict], verdicts: list[dict]) -> dict:
    by_finder: dict[str, Counter] = defaultdict(Counter)
    by_reason: Counter = Counter()
    for r in reports:
        v = match(r, verdicts)
        key = "unread" if v is None else v["verdict"]
        by_finder[r["finder"]][key] += 1
        by_finder["ALL"][key] += 1
        if v is not None and v["verdict"] == "false":
            by_reason[v.get("false_kind", "?")] += 1
        r["_verdict"] = key
    return {"finders": by_finder, "false_kinds": by_reason}


def run_version(src: Path) -> dict:
    return run_worker(__file__, src)


def _texts() -> dict:
    out = {}
    for fn in FILES:
        for line in open(DEV / fn, encoding="utf-8"):
            r = json.loads(line)
            out[r["id"]] = [d["text"] for d in r["documents"]]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--worker")
    ap.add_argument("--baseline", default="e9f3df6", help="commit to compare with, or 'none'")
    ap.add_argument("--show", action="store_true", help="print unread reports of the current code with their sentences (stdout only)")
    ap.add_argument("--train-values", action="store_true", help="the value finder on gold/conflicts_train_values.jsonl (training clusters)")
    ap.add_argument("--parse", action="store_true", help="with --train-values: run the value finder with the parser (nlp='auto', as the product does)")
    ap.add_argument("--dump", help="write the current code's reports (offsets only, no text) to this JSON file")
    args = ap.parse_args()
    if args.worker:
        if args.train_values:
            train_worker(args.worker, args.parse)
        else:
            worker(args.worker)
        return
    if args.train_values:
        train_main([b for b in args.baseline.split(",") if b != "none"], args.parse)
        return
    verdicts = [json.loads(l) for l in open(GOLD)] if GOLD.exists() else []
    versions = [("current", ROOT / "src")]
    tmp = tempfile.TemporaryDirectory()
    if args.baseline != "none":
        versions.append((args.baseline, export_commit(args.baseline, Path(tmp.name))))
    texts = _texts() if args.show else {}
    for name, src in versions:
        t0 = time.perf_counter()
        res = run_version(src)
        reports = res["reports"]
        sc = score(reports, verdicts)
        print(f"\n== {name}: {len(reports)} conflicts reported on {len(FILES)} dev files ({res['seconds']:.1f} s analysis, {time.perf_counter() - t0:.0f} s wall)")
        print(f"{'finder':<14}{'reported':>9}{'real':>6}{'false':>6}{'unread':>7}  listed precision (read)")
        for f, c in sorted(sc["finders"].items(), key=lambda x: (x[0] == "ALL", x[0])):
            n = c["real"] + c["false"]
            p = f"{c['real'] / n:.2f} ({c['real']}/{n})" if n else "n/a"
            print(f"{f:<14}{sum(c.values()):>9}{c['real']:>6}{c['false']:>6}{c['unread']:>7}  {p}")
        for fn in FILES:
            c = Counter(r["_verdict"] for r in reports if r["file"] == fn)
            n = c["real"] + c["false"]
            print(f"  {fn}: {sum(c.values())} reported, real {c['real']}, false {c['false']}, unread {c['unread']}" + (f", precision {c['real'] / n:.2f}" if n else ""))
        if sc["false_kinds"]:
            print("  false alarms by kind: " + ", ".join(f"{k} {v}" for k, v in sc["false_kinds"].most_common()))
        if name == "current" and args.dump:
            Path(args.dump).write_text(json.dumps(reports))
        if name == "current" and args.show:
            for r in reports:
                if r["_verdict"] != "unread":
                    continue
                print(f"\n-- {r['cluster']} [{r['finder']}] {r['about']} values={r['values']}")
                print("   " + json.dumps(r["sides"]))
                for s in r["sides"]:
                    for x in s:
                        print(f"   doc {x['doc']}: {texts[r['cluster']][x['doc']][x['start']:x['end']]}")


if __name__ == "__main__":
    main()
