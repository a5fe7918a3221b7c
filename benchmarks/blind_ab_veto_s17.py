"""A blind A/B reading of the cased repeat veto on unread AllSides stories (issue 13, session 17, brief P).

Draws 12 AllSides stories by allsides15's rules (gold/READABILITY.md) that no readability set read and
session 16's repeat check did not read, summarizes each at 120 words with the tree as shipped and with
`second_reading_s17.veto_on(0.5)` (cased veto at judge bar 0.5) in the same process, keeps the stories
whose two summaries differ and writes a sheet showing them as X and Y in a `random.Random(seed)` order;
the key (which of X/Y is the veto) goes to a separate file, opened only after the verdicts
(`gold/readability_ab_veto_s17.jsonl`) are committed. `--score` unblinds and counts
(benchmarks/SUMMARIZATION.md, "Session 17 (blind A/B of the cased veto)"):

    .venv/bin/python benchmarks/blind_ab_veto_s17.py --sheet /tmp/p17/sheet.txt --key /tmp/p17/key.json [--seed 1818] [--src DIR]
    .venv/bin/python benchmarks/blind_ab_veto_s17.py --score --key /tmp/p17/key.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
ALLSIDES = SHARED / "data" / "dev" / "clustering_allsides_stories.jsonl"
NEUS = SHARED / "data" / "dev" / "summarization_neus_val100.jsonl"
GOLD = REPO / "benchmarks" / "gold"
VERDICTS = GOLD / "readability_ab_veto_s17.jsonl"
SESSION16 = [f"allsides-{k}" for k in (5990, 5846, 5690, 5787, 6002, 5803, 5707, 5823, 5693, 5827)]


def eligible() -> tuple[dict[str, list], list[str], int]:
    """allsides15's 168 eligible stories (after the first 20 in file order, 3 articles, no title a
    NeuS val100 title), minus every readability set's and session 16's: the stories, the ids in file order."""
    stories: dict[str, list] = {}
    for line in open(ALLSIDES, encoding="utf-8"):
        c = json.loads(line)
        stories.setdefault(c["cluster"], []).append(c)
    neus = {(d.get("title") or "").strip() for l in open(NEUS, encoding="utf-8") for d in json.loads(l)["documents"]} - {""}
    order = list(stories)[20:]
    ok = [k for k in order if len(stories[k]) == 3 and not any((c.get("title") or "").strip() in neus for c in stories[k])]
    read = {json.loads(l)["cluster"] for l in open(GOLD / "readability_clusters.jsonl", encoding="utf-8") if l.strip()}
    return stories, [k for k in ok if k not in read and k not in SESSION16], len(ok)


def summaries(stories: dict[str, list], ids: list[str], src: Path = REPO / "src") -> dict[str, dict]:
    """{id: {"ship": spans, "veto": spans, "texts": [...]}}; spans = [doc, start, end, opinion_of, text]."""
    sys.path.insert(0, str(src))
    sys.path.insert(0, str(REPO / "benchmarks"))
    import second_reading_s17 as s17
    from newsweave import api
    from newsweave.summarize import coverage
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article

    shipped = coverage.told_again
    out: dict[str, dict] = {}
    for name in ("ship", "veto"):
        coverage.told_again = shipped
        if name == "veto":
            s17.veto_on(0.5)
        summarizer = ExtractiveSummarizer()
        for k in ids:
            arts = [Article(id=f"{k}#{j}", outlet=c["outlet"], text=c["text"], title=c.get("title"),
                            published=dt.date.fromisoformat(c["date"][:10]) if c.get("date") else None) for j, c in enumerate(stories[k])]
            index = {a.id: j for j, a in enumerate(arts)}
            report = api.summarize(arts, 120, summarizer=summarizer)
            rows = [[index[s.citations[0].article_id], s.citations[0].start, s.citations[0].end, getattr(s, "opinion_of", None), s.text]
                    for s in report.summary.sentences]
            out.setdefault(k, {"texts": [c["text"] for c in stories[k]], "outlets": [c["outlet"] for c in stories[k]]})[name] = rows
    coverage.told_again = shipped
    return out


def make_sheet(sheet: Path, key: Path, seed: int, src: Path = REPO / "src") -> None:
    stories, left, n_ok = eligible()
    ids = random.Random(seed).sample(left, 12)
    print(f"eligible {n_ok}, left {len(left)}; drawn: {' '.join(ids)}")
    got = summaries(stories, ids, src)
    write_sheet(sheet, key, ids, got, seed)


def write_sheet(sheet: Path, key: Path, ids: list[str], got: dict, seed: int) -> None:
    """The blind sheet (each differing story's two summaries as X and Y in a `random.Random(seed + 1)`
    order) and its key. `got[k]`: {"ship": rows, "veto": rows, "outlets": [...], "texts": [...]}, a row
    [doc, start, end, opinion_of, text]. Session 18's sheet (blind_ab_veto_s18.py) is made here too."""
    differ = [k for k in ids if [r[:3] for r in got[k]["ship"]] != [r[:3] for r in got[k]["veto"]]]
    print(f"differ: {len(differ)}/{len(ids)}: {' '.join(differ)}")
    order = random.Random(seed + 1)
    lines, keyed = [], {"drawn": ids, "differ": differ, "stories": {}}
    for k in differ:
        x_is_veto = order.random() < 0.5
        keyed["stories"][k] = {"X": "veto" if x_is_veto else "ship", "Y": "ship" if x_is_veto else "veto",
                               "ship": [r[:4] for r in got[k]["ship"]], "veto": [r[:4] for r in got[k]["veto"]]}
        lines.append(f"=== {k}  (outlets: {', '.join(got[k]['outlets'])})")
        for j, t in enumerate(got[k]["texts"]):
            lines.append(f"  source doc {j}: {t}")
        for label in ("X", "Y"):
            lines.append(f"--- {label}")
            for r in got[k][keyed["stories"][k][label]]:
                lines.append(f"  [{r[0]},{r[1]},{r[2]}] " + (f"[Opinion — {r[3]}:] " if r[3] else "") + r[4])
        lines.append("")
    sheet.write_text("\n".join(lines), encoding="utf-8")
    key.write_text(json.dumps(keyed), encoding="utf-8")


def score(key: Path) -> None:
    keyed = json.loads(key.read_text(encoding="utf-8"))
    verdicts = [json.loads(l) for l in open(VERDICTS, encoding="utf-8") if l.strip()]
    tally = {"ship": [0, 0], "veto": [0, 0]}
    better = {"veto better": 0, "veto worse": 0, "same": 0}
    dev = {"ship": 0, "veto": 0}
    for k, s in keyed["stories"].items():
        ok = {}
        for label in ("X", "Y"):
            version = s[label]
            rows = [v for v in verdicts if v["cluster"] == k and v.get("version") == label and "doc" in v]
            assert len(rows) == len(s[version]), (k, label)
            n = sum(v["verdict"] == "publishable" for v in rows)
            tally[version][0] += n
            tally[version][1] += len(rows)
            ok[version] = (n, len(rows) - n)
            states = [v for v in verdicts if v["cluster"] == k and v.get("version") == label and "states_development" in v]
            dev[version] += bool(states and states[0]["states_development"])
        pref = [v["prefer"] for v in verdicts if v["cluster"] == k and "prefer" in v]
        choice = pref[0] if pref else "same"
        better["same" if choice == "same" else ("veto better" if s[choice] == "veto" else "veto worse")] += 1
        print(f"{k}: X={s['X']} Y={s['Y']}; shipped {ok['ship'][0]} ok / {ok['ship'][1]} not; veto {ok['veto'][0]} ok / {ok['veto'][1]} not; preferred: {choice}")
    n = len(keyed["stories"])
    print(f"\nstories differing: {n}/{len(keyed['drawn'])}")
    for version, (a, b) in tally.items():
        print(f"{version}: publishable {a}/{b}; states development {dev[version]}/{n}")
    print(better)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sheet", type=Path)
    p.add_argument("--key", type=Path, required=True)
    p.add_argument("--seed", type=int, default=1818)
    p.add_argument("--score", action="store_true")
    p.add_argument("--src", type=Path, default=REPO / "src", help="source tree to run (d8558a4: /tmp/base_21/src)")
    a = p.parse_args(argv)
    if a.score:
        score(a.key)
    else:
        make_sheet(a.sheet, a.key, a.seed, a.src)
    return 0


if __name__ == "__main__":
    sys.exit(main())
