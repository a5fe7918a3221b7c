"""The story headline (`summarize.development.story_headline`) on every dev cluster, against the
code of another commit in the same run: which headlines change, before and after.

    .venv/bin/python benchmarks/story_headlines.py --baseline 0c639a6            # changes only
    .venv/bin/python benchmarks/story_headlines.py --baseline 0c639a6 --all      # every headline
    .venv/bin/python benchmarks/story_headlines.py --baseline-src /tmp/base/src --src /tmp/mine/src  # two frozen trees
    .venv/bin/python benchmarks/story_headlines.py --furniture                   # headlines the furniture rules flag
    .venv/bin/python benchmarks/story_headlines.py --skip heldout21               # never print a fresh set's stories

`--skip SETS`: the clusters of those readability sets (gold/readability_clusters.jsonl) are
summarized but never printed, so a fresh set's summaries are not seen early (a val100 headline is
its summary's first sentence). Session 12 used it for heldout19 and heldout20 until their readings.

Sets: NeuS val100, Multi-News fulltext_dev46 and val100 (needs ../shared/data/dev) and the Corbyn
example (../shared/examples), each summarized at 120 words (the default of `newsweave summarize`).
Each version runs in its own interpreter (`frozen_trees.run_worker`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SETS = (
    ("neus_val100", "summarization_neus_val100.jsonl"),
    ("fulltext_dev46", "summarization_multinews_fulltext_dev46.jsonl"),
    ("val100", "summarization_multinews_val100.jsonl"),
)


def stories():
    """(set, cluster id, articles) for every dev cluster and the Corbyn example."""
    from newsweave import api
    from newsweave.types import Article

    for name, filename in SETS:
        for line in open(SHARED / "data" / "dev" / filename, encoding="utf-8"):
            c = json.loads(line)
            yield name, c["id"], [Article(id=f"{c['id']}#{k}", outlet=f"doc{k}", text=d["text"], title=d.get("title")) for k, d in enumerate(c["documents"])]
    folder = SHARED / "examples" / "corbyn-jewish-leaders-2018"
    yield "corbyn", folder.name, list(api.read([folder]).articles)


def worker(src: Path, words: int) -> dict:
    sys.path.insert(0, str(src))
    from newsweave import api
    from newsweave.summarize.development import story_headline
    from newsweave.summarize.extractive import ExtractiveSummarizer

    summarizer = ExtractiveSummarizer()
    out = {}
    for name, cid, articles in stories():
        report = api.summarize(articles, words, summarizer=summarizer)
        out[f"{name} {cid}"] = {"headline": story_headline(report), "lead": report.summary.sentences[0].text if report.summary.sentences else "",
                                "summary": [s.text for s in report.summary.sentences]}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", metavar="REV", help="also run the code of commit REV and list the headlines that differ")
    parser.add_argument("--baseline-src", type=Path, metavar="DIR", help="also run this source tree (a `git archive` copy) and list the headlines that differ")
    parser.add_argument("--src", type=Path, default=REPO / "src", help="the source tree to run (default: this checkout's src)")
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--all", action="store_true", help="print every headline, not only the changes")
    parser.add_argument("--furniture", action="store_true", help="list headlines the furniture rules (text.furniture, copy_edges) flag")
    parser.add_argument("--skip", default="", help="readability sets whose clusters are never printed (comma-separated): a fresh set before its first reading")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.words)))
        return 0
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}; nothing to measure", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO / "benchmarks"))
    from frozen_trees import export_commit, run_worker

    now = run_worker(__file__, args.src.resolve(), "--words", str(args.words))
    before = None
    if args.baseline_src:
        before = run_worker(__file__, args.baseline_src.resolve(), "--words", str(args.words))
        args.baseline = str(args.baseline_src)
    elif args.baseline:
        with tempfile.TemporaryDirectory() as tmp:
            before = run_worker(__file__, export_commit(args.baseline, Path(tmp)), "--words", str(args.words))
    skipped = set(filter(None, args.skip.split(",")))
    hidden = {c["cluster"] for c in map(json.loads, open(REPO / "benchmarks" / "gold" / "readability_clusters.jsonl", encoding="utf-8")) if c.get("set") in skipped}
    now = {k: v for k, v in now.items() if k.split(" ", 1)[1] not in hidden}
    changed = summary_changed = 0
    for key, h in now.items():
        b = before.get(key) if before else None
        if b is not None and b["summary"] != h["summary"]:
            summary_changed += 1
        if b is not None and b["headline"] != h["headline"]:
            changed += 1
            print(f"{key}\n  before: {b['headline']}\n  after:  {h['headline']}")
        elif args.all:
            print(f"{key}\n  {h['headline']}")
    if args.furniture:
        sys.path.insert(0, str(REPO / "src"))
        from newsweave.summarize.copy_edges import has_widget, lead_in_end
        from newsweave.text.furniture import content_span, furniture_kind

        print("\n# headlines the furniture rules flag (kind, or the part a lead-in trim would drop)")
        for key, h in now.items():
            t = h["headline"]
            kind = furniture_kind(t) or ("widget" if has_widget(t) else None)
            cut = content_span(t)[0] or lead_in_end(t, True, True)
            if kind or cut:
                print(f"{key} [{kind or 'lead-in'}] {t}")
    print(f"\n{len(now)} stories at {args.words} words" + (f" ({len(hidden)} of sets {args.skip} not shown)" if hidden else "") + (f"; vs {args.baseline}: {changed} headlines differ, {summary_changed} summaries differ" if before else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
