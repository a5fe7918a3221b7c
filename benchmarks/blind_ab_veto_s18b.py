"""A larger sealed blind A/B of the cased veto with fit replacements (issue 13, session 18, brief M).

Session 18's first blind check (`blind_ab_veto_s18.py`, brief C) had only 5 differing stories. This
draws more unread clusters: first the NeuS val100 clusters no readability file names (only
neus-val-280 is left), then allsides15's eligible AllSides stories that no readability file, session
16's repeat check, session 17's A/B draw (its 12, as blind_ab_veto_s18), session 18's first A/B draw (its 24) or this session's
sealed sets of other kinds (editor_read_s18, facts_dev_o, timeline_dev_m) name, in a
`random.Random(seed)` order. Each is summarized at 120 words by HEAD as shipped (`ExtractiveSummarizer()`,
option off, byte-identical to 200aad0 on the dev dumps) and with `cased_veto=0.5`, in one process,
in that order, stopping after the story that makes `--want` (15) differ. The sheet shows the
differing stories as X and Y in a `random.Random(seed + 1)` order (`blind_ab_veto_s17.write_sheet`);
the key is a separate file, opened only after the verdicts (`gold/readability_ab_veto_s18b.jsonl`)
are committed (benchmarks/SUMMARIZATION.md, "Session 18 (the cased veto ...)"):

    nice -n 10 .venv/bin/python benchmarks/blind_ab_veto_s18b.py --sheet /tmp/m18/sheet.txt --key /tmp/m18/key.json --seed 1858
    .venv/bin/python benchmarks/blind_ab_veto_s18b.py --score --key /tmp/m18/key.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
import blind_ab_veto_s17 as s17  # noqa: E402
import blind_ab_veto_s18 as s18  # noqa: E402

VERDICTS = s17.GOLD / "readability_ab_veto_s18b.jsonl"
SEALED = ("editor_read_s18.jsonl", "facts_dev_o.jsonl", "timeline_dev_m.jsonl")


def named(pattern: str, files) -> set[str]:
    out: set[str] = set()
    for f in files:
        out |= set(re.findall(pattern, f.read_text(encoding="utf-8")))
    return out


def draw(seed: int) -> tuple[dict[str, list], list[str]]:
    """The clusters ({id: [{outlet, text, title, date}]}) and the order to summarize them in."""
    readability = sorted(s17.GOLD.glob("readability*.jsonl"))
    read_neus = named(r"neus-val-\d+\b", readability)
    neus = {}
    for line in open(s17.NEUS, encoding="utf-8"):
        c = json.loads(line)
        if c["id"] not in read_neus and len(c["documents"]) == 3:
            neus[c["id"]] = [{"outlet": f"outlet {j}", "text": d["text"], "title": d.get("title")}
                             for j, d in enumerate(c["documents"])]
    stories, left, _ = s17.eligible()
    _, first24 = s18.draw(1838)
    skip = named(r"allsides-\d+\b", readability + [s17.GOLD / n for n in SEALED if (s17.GOLD / n).exists()])
    ab17 = {f"allsides-{k}" for k in (5978, 5691, 5623, 5876, 5799, 5781, 5969, 5985, 5949, 5798, 5774, 5635)}
    left = [k for k in left if k not in first24 and k not in skip and k not in ab17]
    random.Random(seed).shuffle(left)
    order = sorted(neus) + left
    print(f"unread NeuS {len(neus)}: {' '.join(sorted(neus))}; AllSides left {len(left)}", file=sys.stderr)
    return {**neus, **{k: stories[k] for k in left}}, order


def run(sheet: Path, key: Path, seed: int, want: int) -> None:
    stories, order = draw(seed)
    sys.path.insert(0, str(REPO / "src"))
    from newsweave import api
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article

    makers = {"ship": ExtractiveSummarizer(), "veto": ExtractiveSummarizer(cased_veto=0.5)}
    got, ids, n = {}, [], 0
    for k in order:
        arts = [Article(id=f"{k}#{j}", outlet=c["outlet"], text=c["text"], title=c.get("title"),
                        published=dt.date.fromisoformat(c["date"][:10]) if c.get("date") else None)
                for j, c in enumerate(stories[k])]
        index = {a.id: j for j, a in enumerate(arts)}
        got[k] = {"outlets": [c["outlet"] for c in stories[k]], "texts": [c["text"] for c in stories[k]]}
        for name, maker in makers.items():
            report = api.summarize(arts, 120, summarizer=maker)
            got[k][name] = [[index[s.citations[0].article_id], s.citations[0].start, s.citations[0].end,
                             getattr(s, "opinion_of", None), s.text] for s in report.summary.sentences]
        ids.append(k)
        n += [r[:3] for r in got[k]["ship"]] != [r[:3] for r in got[k]["veto"]]
        print(f"{len(ids)} summarized, {n} differ", file=sys.stderr, flush=True)
        if n >= want:
            break
    s17.write_sheet(sheet, key, ids, got, seed)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sheet", type=Path)
    p.add_argument("--key", type=Path, required=True)
    p.add_argument("--seed", type=int, default=1858)
    p.add_argument("--want", type=int, default=15)
    p.add_argument("--score", action="store_true")
    a = p.parse_args(argv)
    if a.score:
        s17.VERDICTS = VERDICTS
        s17.score(a.key)
    else:
        run(a.sheet, a.key, a.seed, a.want)
    return 0


if __name__ == "__main__":
    sys.exit(main())
