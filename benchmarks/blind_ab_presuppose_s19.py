"""A sealed blind A/B reading of `summarize/presupposing.py` against 852ccd6 (issue 13, session 19, brief C).

Draws 12 AllSides stories with `random.Random(seed).sample(left, 12)`, `left` = allsides15's eligible
stories (`blind_ab_veto_s17.eligible`: 3 articles, no title a NeuS val100 title, no readability set)
minus every story any readability file names, session 16's 10, session 17's A/B 12, session 18's first
A/B 24 and the 54 AllSides stories its second A/B summarized (`SUMMARIZED_18B`),
this session's sealed sets of other kinds (gold files added since 852ccd6: facts_dev_p, timeline_dev_n,
and editor_read_s18, facts_dev_o, timeline_dev_m) and any story one of whose excerpts has its text
(first 150 characters, spaces normalised) inside a NeuS val100 document. Each drawn story is
summarized at 120 words by each source tree in its own process (`--summaries`), the stories whose
summaries differ are shown as X and Y in a `random.Random(seed + 1)` order (`blind_ab_veto_s17.write_sheet`);
the key is a separate file, opened only after the verdicts (`gold/readability_ab_presuppose_s19.jsonl`)
are committed. The rule fires rarely (about 0.14% of training sentences), so `--more N` goes on in
the same random order through the rest of `left` until N stories differ; those are reported apart.

    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --draw --seed 1919
    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --summaries /tmp/C19/ab_base.json --src /tmp/base_23/src --seed 1919
    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --summaries /tmp/C19/ab_new.json --src src --seed 1919
    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --sheet /tmp/C19/sheet.txt --key /tmp/C19/key.json --ship /tmp/C19/ab_base.json --veto /tmp/C19/ab_new.json --seed 1919
    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --score --key /tmp/C19/key.json

`--train N` does the same on N training clusters (`train_draw`, development evidence, never a score),
verdicts in `gold/readability_ab_presuppose_s19_train.jsonl`:

    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --train 600 --seed 1920 --summaries /tmp/C19/tr_base.json --src /tmp/base_23/src
    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --train 600 --seed 1920 --summaries /tmp/C19/tr_new.json --src src
    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --train 600 --seed 1920 --sheet /tmp/C19/tr_sheet.txt --key /tmp/C19/tr_key.json --ship /tmp/C19/tr_base.json --veto /tmp/C19/tr_new.json
    .venv/bin/python benchmarks/blind_ab_presuppose_s19.py --train 600 --score --key /tmp/C19/tr_key.json

In the key and the score "ship" is 852ccd6 and "veto" is this tree (the names of the session 17 code).
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
import blind_ab_veto_s18b as s18b  # noqa: E402  (its `named`)

VERDICTS = s17.GOLD / "readability_ab_presuppose_s19.jsonl"
# The 54 AllSides stories session 18's second A/B summarized (`blind_ab_veto_s18b.draw(1858)` run on the
# gold as it was before its verdicts, faf02ff^: neus-val-280 then these; its 15 differing stories are
# among them). Kept as data: that draw now gives another order, the gold having grown since.
SUMMARIZED_18B = """5624 5767 5614 5726 5779 5977 5653 6047 5748 5687 5878 5762 6070 5628 5963 5683 5857 5889 5766 5892 5758
5739 5828 5658 5725 5837 5679 6007 5732 5988 5785 5946 5844 5699 5760 5661 5685 5674 5761 5660 5831 5645 5673 5834 5652 5866 5836
6041 6045 5840 5749 5736 6005 5755"""
SEALED = ("editor_read_s18.jsonl", "facts_dev_o.jsonl", "timeline_dev_m.jsonl", "facts_dev_p.jsonl", "timeline_dev_n.jsonl")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def draw(seed: int, more: int = 0) -> tuple[dict[str, list], list[str], list[str]]:
    """The stories, the 12 drawn, and (with `more`) the rest of `left` in a `random.Random(seed)` order."""
    stories, left, n_ok = s17.eligible()
    readability = [f for f in sorted(s17.GOLD.glob("readability*.jsonl")) if f != VERDICTS]  # not this file: the draw stays the same
    skip = s18b.named(r"allsides-\d+\b", readability + [s17.GOLD / n for n in SEALED if (s17.GOLD / n).exists()])
    skip |= {f"allsides-{k}" for k in (5978, 5691, 5623, 5876, 5799, 5781, 5969, 5985, 5949, 5798, 5774, 5635)}
    skip |= set(s18.draw(1838)[1])
    skip |= {f"allsides-{k}" for k in SUMMARIZED_18B.split()}
    neus = " ".join(_norm(d["text"]) for l in open(s17.NEUS, encoding="utf-8") for d in json.loads(l)["documents"])
    dup = {k for k in left if any(_norm(c["text"])[:150] in neus for c in stories[k])}
    left = [k for k in left if k not in skip and k not in dup]
    print(f"eligible {n_ok}; left {len(left)} (NeuS text duplicates out: {len(dup)})", file=sys.stderr)
    ids = random.Random(seed).sample(left, 12)
    rest = [k for k in left if k not in ids]
    random.Random(seed + 2).shuffle(rest)
    print(f"drawn: {' '.join(ids)}", file=sys.stderr)
    return stories, ids, rest


def summaries(out: Path, src: Path, seed: int) -> None:
    """Every left story's 120-word summary by the tree `src` (the 12 drawn first):
    {id: [[doc, start, end, opinion_of, text], ...]}."""
    stories, ids, rest = draw(seed)
    sys.path.insert(0, str(src))
    from newsweave import api
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article

    summarizer = ExtractiveSummarizer()
    got = {}
    for k in ids + rest:
        arts = [Article(id=f"{k}#{j}", outlet=c["outlet"], text=c["text"], title=c.get("title"), url=c.get("url"),
                        published=dt.date.fromisoformat(c["date"][:10]) if c.get("date") else None) for j, c in enumerate(stories[k])]
        index = {a.id: j for j, a in enumerate(arts)}
        report = api.summarize(arts, 120, summarizer=summarizer)
        got[k] = [[index[s.citations[0].article_id], s.citations[0].start, s.citations[0].end, getattr(s, "opinion_of", None), s.text]
                  for s in report.summary.sentences]
    out.write_text(json.dumps({"src": str(src), "seed": seed, "summaries": got}), encoding="utf-8")


TRAIN = s17.SHARED / "data" / "train" / "summarization_multinews_train20k.jsonl"
TRAIN_VERDICTS = s17.GOLD / "readability_ab_presuppose_s19_train.jsonl"


def train_draw(seed: int, n: int) -> tuple[dict[str, list], list[str]]:
    """Training clusters for a second blind A/B (development evidence, never a score): the file in a
    `random.Random(seed)` order, without any cluster a gold file names and without the first 2,000
    of a `random.Random(1919)` order (whose sentences were printed while the rule was written); the first `n`."""
    clusters = [json.loads(l) for l in open(TRAIN, encoding="utf-8")]
    seen = {c["id"] for c in random.Random(1919).sample(clusters, len(clusters))[:2000]}
    seen |= s18b.named(r"multinews-train-\d+\b", [f for f in sorted(s17.GOLD.glob("*.jsonl")) if f != TRAIN_VERDICTS])
    order = [c for c in random.Random(seed).sample(clusters, len(clusters)) if c["id"] not in seen][:n]
    stories = {c["id"]: [{"outlet": f"doc{j}", "text": d["text"], "title": d.get("title")} for j, d in enumerate(c["documents"])] for c in order}
    return stories, [c["id"] for c in order]


def train_summaries(out: Path, src: Path, seed: int, n: int) -> None:
    stories, ids = train_draw(seed, n)
    sys.path.insert(0, str(src))
    from newsweave import api
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article

    summarizer = ExtractiveSummarizer()
    got = {}
    for k in ids:
        arts = [Article(id=f"{k}#{j}", outlet=c["outlet"], text=c["text"], title=c.get("title")) for j, c in enumerate(stories[k])]
        index = {a.id: j for j, a in enumerate(arts)}
        report = api.summarize(arts, 120, summarizer=summarizer)
        got[k] = [[index[s.citations[0].article_id], s.citations[0].start, s.citations[0].end, getattr(s, "opinion_of", None), s.text]
                  for s in report.summary.sentences]
    out.write_text(json.dumps({"src": str(src), "seed": seed, "summaries": got}), encoding="utf-8")


def train_sheet(sheet: Path, key: Path, ship: Path, veto: Path, seed: int, n: int, want: int) -> None:
    stories, ids = train_draw(seed, n)
    got = {"ship": json.loads(ship.read_text())["summaries"], "veto": json.loads(veto.read_text())["summaries"]}
    differ = [k for k in ids if got["ship"][k] != got["veto"][k]]
    print(f"training: {len(differ)} of {len(ids)} summaries differ; sheet: the first {want}")
    shown = differ[:want]
    both = {k: {"ship": got["ship"][k], "veto": got["veto"][k], "outlets": [c["outlet"] for c in stories[k]],
                "texts": [c["text"] for c in stories[k]]} for k in shown}
    s17.write_sheet(sheet, key, shown, both, seed)


def make_sheet(sheet: Path, key: Path, ship: Path, veto: Path, seed: int, more: int) -> None:
    stories, ids, rest = draw(seed)
    got = {"ship": json.loads(ship.read_text())["summaries"], "veto": json.loads(veto.read_text())["summaries"]}
    shown = list(ids)
    differ = sum(got["ship"][k] != got["veto"][k] for k in ids)
    for k in rest:
        if differ >= more:
            break
        shown.append(k)
        differ += got["ship"][k] != got["veto"][k]
    print(f"first 12: {sum(got['ship'][k] != got['veto'][k] for k in ids)} differ; shown through {len(shown)} stories")
    both = {k: {"ship": got["ship"][k], "veto": got["veto"][k], "outlets": [c["outlet"] for c in stories[k]],
                "texts": [c["text"] for c in stories[k]]} for k in shown}
    s17.write_sheet(sheet, key, shown, both, seed)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--draw", action="store_true")
    p.add_argument("--summaries", type=Path)
    p.add_argument("--src", type=Path, default=REPO / "src")
    p.add_argument("--sheet", type=Path)
    p.add_argument("--key", type=Path)
    p.add_argument("--ship", type=Path)
    p.add_argument("--veto", type=Path)
    p.add_argument("--seed", type=int, default=1919)
    p.add_argument("--more", type=int, default=0, help="go on past the 12 drawn, in the same order, until this many differ")
    p.add_argument("--score", action="store_true")
    p.add_argument("--train", type=int, default=0, help="training clusters instead (development evidence): how many to summarize")
    p.add_argument("--want", type=int, default=8, help="with --train: how many differing clusters on the sheet")
    a = p.parse_args(argv)
    if a.train and a.summaries:
        train_summaries(a.summaries, a.src.resolve(), a.seed, a.train)
    elif a.train and a.score:
        s17.VERDICTS = TRAIN_VERDICTS
        s17.score(a.key)
    elif a.train:
        train_sheet(a.sheet, a.key, a.ship, a.veto, a.seed, a.train, a.want)
    elif a.draw:
        draw(a.seed)
    elif a.summaries:
        summaries(a.summaries, a.src.resolve(), a.seed)
    elif a.score:
        s17.VERDICTS = VERDICTS
        s17.score(a.key)
    else:
        make_sheet(a.sheet, a.key, a.ship, a.veto, a.seed, a.more)
    return 0


if __name__ == "__main__":
    sys.exit(main())
