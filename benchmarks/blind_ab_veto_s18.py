"""A sealed blind A/B reading of the cased veto with fit replacements (issue 13, session 18, brief C).

Draws 24 AllSides stories (two draws of 12) by allsides15's rules (gold/READABILITY.md) that no readability set, session
16's repeat check and session 17's blind A/B (its 12 drawn stories) read, summarizes each at 120 words
with two source trees, one process per tree (200aad0 = the tree as shipped, "ship"; the tree with
`summarize/veto_slot.py`, "veto"), keeps the stories whose summaries differ and writes a sheet showing
them as X and Y in a `random.Random(seed + 1)` order; the key goes to a separate file, opened only after
the verdicts (`gold/readability_ab_veto_s18.jsonl`) are committed. `--score` unblinds and counts
(benchmarks/SUMMARIZATION.md, "Session 18 (...)"):

    .venv/bin/python benchmarks/blind_ab_veto_s18.py --draw --seed 1838
    .venv/bin/python benchmarks/blind_ab_veto_s18.py --summaries /tmp/c18/ship.json --src /tmp/base_22/src --seed 1838
    .venv/bin/python benchmarks/blind_ab_veto_s18.py --summaries /tmp/c18/veto.json --src src --seed 1838
    .venv/bin/python benchmarks/blind_ab_veto_s18.py --sheet /tmp/c18/sheet.txt --key /tmp/c18/key.json --ship /tmp/c18/ship.json --veto /tmp/c18/veto.json --seed 1838
    .venv/bin/python benchmarks/blind_ab_veto_s18.py --score --key /tmp/c18/key.json
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

VERDICTS = s17.GOLD / "readability_ab_veto_s18.jsonl"


def draw(seed: int) -> tuple[dict[str, list], list[str]]:
    """The stories and the 24 drawn: allsides15's eligible stories minus every readability set's,
    session 16's and session 17's A/B draw, `random.Random(seed).sample(left, 12)`, then 12 more,
    `random.Random(seed + 2).sample(the rest, 12)` minus the stories of this session's sealed sets
(editor_read_s18, facts_dev_o, timeline_dev_m; the second 12 decided before any was read: the
    first gave only 3 differing summaries)."""
    stories, left, n_ok = s17.eligible()
    ab17 = {json.loads(l)["cluster"] for l in open(s17.VERDICTS, encoding="utf-8") if l.strip()}
    ab17 |= {f"allsides-{k}" for k in (5978, 5691, 5623, 5876, 5799, 5781, 5969, 5985, 5949, 5798, 5774, 5635)}
    left = [k for k in left if k not in ab17]
    ids = random.Random(seed).sample(left, 12)
    sealed = set()  # this session's sealed sets of other kinds: not read here
    for name in ("editor_read_s18.jsonl", "facts_dev_o.jsonl", "timeline_dev_m.jsonl"):
        if (s17.GOLD / name).exists():
            sealed |= set(re.findall(r"allsides-\d+", (s17.GOLD / name).read_text(encoding="utf-8")))
    ids += random.Random(seed + 2).sample([k for k in left if k not in ids and k not in sealed], 12)
    print(f"eligible {n_ok}, left {len(left)}; drawn: {' '.join(ids)}", file=sys.stderr)
    return stories, ids


def summaries(out: Path, src: Path, seed: int) -> None:
    """The drawn stories' 120-word summaries by the tree `src`: {id: [[doc, start, end, opinion_of, text], ...]}."""
    stories, ids = draw(seed)
    sys.path.insert(0, str(src))
    from newsweave import api
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article

    summarizer = ExtractiveSummarizer()
    got = {}
    for k in ids:
        arts = [Article(id=f"{k}#{j}", outlet=c["outlet"], text=c["text"], title=c.get("title"),
                        published=dt.date.fromisoformat(c["date"][:10]) if c.get("date") else None) for j, c in enumerate(stories[k])]
        index = {a.id: j for j, a in enumerate(arts)}
        report = api.summarize(arts, 120, summarizer=summarizer)
        got[k] = [[index[s.citations[0].article_id], s.citations[0].start, s.citations[0].end, getattr(s, "opinion_of", None), s.text]
                  for s in report.summary.sentences]
    out.write_text(json.dumps({"src": str(src), "seed": seed, "summaries": got}), encoding="utf-8")


def make_sheet(sheet: Path, key: Path, ship: Path, veto: Path, seed: int) -> None:
    stories, ids = draw(seed)
    got = {"ship": json.loads(ship.read_text())["summaries"], "veto": json.loads(veto.read_text())["summaries"]}
    both = {k: {"ship": got["ship"][k], "veto": got["veto"][k], "outlets": [c["outlet"] for c in stories[k]],
                "texts": [c["text"] for c in stories[k]]} for k in ids}
    s17.write_sheet(sheet, key, ids, both, seed)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--draw", action="store_true")
    p.add_argument("--summaries", type=Path)
    p.add_argument("--src", type=Path, default=REPO / "src")
    p.add_argument("--sheet", type=Path)
    p.add_argument("--key", type=Path)
    p.add_argument("--ship", type=Path)
    p.add_argument("--veto", type=Path)
    p.add_argument("--seed", type=int, default=1838)
    p.add_argument("--score", action="store_true")
    a = p.parse_args(argv)
    if a.draw:
        draw(a.seed)
    elif a.summaries:
        summaries(a.summaries, a.src.resolve(), a.seed)
    elif a.score:
        s17.VERDICTS = VERDICTS
        s17.score(a.key)
    else:
        make_sheet(a.sheet, a.key, a.ship, a.veto, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
