"""The same quotation carried by several outlets of a story: is each mention's speaker right?
(issue 12: "across outlets let a quote carried by several articles take the most explicit
attribution any of them gives. Return "unknown" rather than guess.")

    .venv/bin/python benchmarks/quote_merge.py sample                      # print every shared quotation to label
    .venv/bin/python benchmarks/quote_merge.py score [--baseline a14b5b4]  # score the labels

`sample` reads every AllSides story (`clustering_allsides_stories.jsonl`, all of them, also the
ones `quote_precision.records` drops as NeuS look-alikes), finds its quotations with the
project's quote-mark finder (`speech.quote_spans`, no attribution run), and groups quotations of
four or more words whose normalised words are equal or contained one in the other. A group found
in two or more articles of the story is a shared quotation; each of its mentions is printed with
its context and no speaker, in seeded story order, for labelling from the sources. Labels go to
`benchmarks/gold/quotes_merge_dev.jsonl` (rules in gold/QUOTES_PRECISION.md, "Shared quotations"):
one line per mention with its group, the story-level speaker (who said the words, by the most
explicit statement any article of the story makes; null when none says) and `pool` (whether the
story was already drawn by a quote gold file).

`score` runs the current `QuoteExtractor` and the quote modules at --baseline on each labelled
story (as `quote_precision.mentions_of`) and, per version, over the labelled mentions it lists
(same document, overlapping offsets) that are speech: right (shares a name word with the label, or None when the
label is null or a description), wrong, missing (None where a speaker is known), a name for a
description; and the share of groups whose listed mentions are all right.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))
DEV = ROOT.parent / "shared/data/dev"
FILE = "clustering_allsides_stories.jsonl"
GOLD = ROOT / "benchmarks/gold/quotes_merge_dev.jsonl"


def stories() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for line in (DEV / FILE).open(encoding="utf-8"):
        a = json.loads(line)
        out.setdefault(a["cluster"], {"id": a["cluster"], "documents": []})["documents"].append({"text": a["text"], "title": a.get("title") or ""})
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _inside(a: list[str], b: list[str]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return " " + " ".join(short) + " " in " " + " ".join(long) + " "


def shared_groups(rec: dict) -> list[list[tuple[int, int, int]]]:
    """Groups of (doc, start, end) mentions of the same quotation in two or more documents."""
    from newsweave.analyze.speech import quote_spans

    found = [(k, s, e, _words(d["text"][s:e])) for k, d in enumerate(rec["documents"]) for s, e in quote_spans(d["text"])]
    groups: list[list[tuple]] = []
    for q in (q for q in found if len(q[3]) >= 4):
        home = next((g for g in groups if any(_inside(q[3], o[3]) for o in g)), None)
        if home is None:
            groups.append([q])
        else:
            home.append(q)
    return [[q[:3] for q in g] for g in groups if len({q[0] for q in g}) >= 2]


def quote_gold_clusters() -> set[str]:
    out = set()
    for path in (ROOT / "benchmarks/gold").glob("quote*.jsonl"):
        if path != GOLD:
            out |= {json.loads(line)["cluster"] for line in path.open(encoding="utf-8")}
    return out


def cmd_sample(args) -> int:
    recs = stories()
    drawn = quote_gold_clusters()
    ids = sorted(recs)
    random.Random(args.seed).shuffle(ids)
    for cid in ids:
        groups = shared_groups(recs[cid])
        for g_no, g in enumerate(groups):
            for k, s, e in g:
                raw = recs[cid]["documents"][k]["text"]
                line = {"cluster": cid, "group": g_no, "doc": k, "start": s, "end": e, "pool": "drawn" if cid in drawn else "fresh"}
                print(json.dumps(line))
                print("   ", raw[max(0, s - 500) : s].replace("\n", " / "), "[[", raw[s:e], "]]", raw[e : e + 250].replace("\n", " / "))
    return 0


def cmd_score(args) -> int:
    from quote_precision import load_versions, mentions_of, same

    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    api, extractors, tagger, build_entities, tmp = load_versions(args.baseline)
    recs = stories()
    listed: dict[str, list[dict]] = {"current": [], "baseline": []}
    for cid in sorted({g["cluster"] for g in gold}):
        for name, found in mentions_of(api, extractors, tagger, build_entities, FILE, recs[cid], tmp).items():
            listed[name] += found
    print(f"{len(gold)} labelled mentions in {len({(g['cluster'], g['group']) for g in gold})} groups of {len({g['cluster'] for g in gold})} stories")
    print(f"{'pool':6s} {'version':9s} {'listed':>6s} {'speech':>6s} {'right':>6s} {'wrong':>6s} {'missing':>7s} {'name/descr':>10s} {'groups all right':>16s}")
    for pool in ("fresh", "drawn", "all"):
        for name, found in listed.items():
            n = speech = right = wrong = missing = named = 0
            group_ok: dict[tuple, bool] = {}
            for g in gold:
                if pool != "all" and g["pool"] != pool:
                    continue
                m = next((m for m in found if (m["cluster"], m["doc"]) == (g["cluster"], g["doc"]) and m["start"] < g["end"] and g["start"] < m["end"]), None)
                if m is None:
                    if pool == "all" and g["speech"]:
                        print(f"   [{name}] not listed ({g['cluster']} group {g['group']} doc {g['doc']} @{g['start']})")
                    continue
                n += 1
                speech += g["speech"]
                if not g["speech"]:
                    continue
                ok = False
                label, got = g["speaker"], m["speaker"]
                if label is None or label[:1].islower():
                    if got is None or (label and {w.lower() for w in got.split()} & {w.lower() for w in label.split()} - {"a", "an", "the", "one"}):
                        right += 1
                        ok = True
                    else:
                        named += 1
                elif got is None:
                    missing += 1
                elif same(got, label):
                    right += 1
                    ok = True
                else:
                    wrong += 1
                if not ok and pool == "all":
                    print(f"   [{name}] {got!r} for {label!r} ({g['cluster']} group {g['group']} doc {g['doc']} @{g['start']})")
                key = (g["cluster"], g["group"])
                group_ok[key] = group_ok.get(key, True) and ok
            d = max(speech, 1)
            print(f"{pool:6s} {name:9s} {n:6d} {speech:6d} {right / d:6.3f} {wrong / d:6.3f} {missing / d:7.3f} {named / d:10.3f} {sum(group_ok.values()):>8d} / {len(group_ok):<6d}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("sample")
    sp.add_argument("--seed", type=int, default=23)
    sc = sub.add_parser("score")
    sc.add_argument("--baseline", default="a14b5b4")
    args = ap.parse_args()
    return cmd_sample(args) if args.cmd == "sample" else cmd_score(args)


if __name__ == "__main__":
    sys.exit(main())
