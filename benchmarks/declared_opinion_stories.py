"""Brief G (session 18, issue 13): what the page's declared genre (read/genre.py) changes in the
120-word summaries of the AllSides stories that hold a declared opinion page (development evidence,
no gold: these stories are not readability sets). Runs this tree and another (`--base`, e.g.
/tmp/base_22/src) in two subprocesses and prints, per story, the documents the summary cites
(M = shown marked as opinion), and the totals: sentences of declared pages shown as fact / marked.

    .venv/bin/python benchmarks/declared_opinion_stories.py --base /tmp/base_22/src
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STREAM = REPO.parent / "shared" / "data" / "dev" / "clustering_allsides_stories.jsonl"


def _stories() -> dict[str, list[dict]]:
    stories: dict[str, list[dict]] = {}
    for line in open(STREAM, encoding="utf-8"):
        c = json.loads(line)
        stories.setdefault(c["cluster"], []).append(c)
    return stories


def _summaries(src: str) -> None:
    """(child) one JSON line per story with a declared page: cited [doc, opinion_of] in order."""
    sys.path.insert(0, src)
    sys.path.insert(1, str(REPO / "src"))
    import datetime as dt

    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.text.segment import segment
    from newsweave.types import Article

    sys.path.remove(str(REPO / "src"))
    from importlib import util

    spec = util.spec_from_file_location("genre_g", REPO / "src" / "newsweave" / "read" / "genre.py")
    genre = util.module_from_spec(spec)
    spec.loader.exec_module(genre)
    summarizer = ExtractiveSummarizer()
    for cid, rows in sorted(_stories().items()):
        if not any(genre.declared(url=r.get("url"), title=r.get("title")) for r in rows):
            continue
        arts = [Article(id=f"{cid}#{k}", outlet=r["outlet"], text=r["text"], title=r.get("title"), url=r.get("url"),
                        published=dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None) for k, r in enumerate(rows)]
        s = summarizer.summarize(tuple(segment(a) for a in arts), words=120)
        cited = [[int(x.citations[0].article_id.split("#")[1]), x.opinion_of] for x in s.sentences]
        print(json.dumps({"cluster": cid, "declared": [k for k, r in enumerate(rows) if genre.declared(url=r.get("url"), title=r.get("title"))],
                          "cited": cited}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the other source tree (e.g. /tmp/base_22/src)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _summaries(args.child)
        return 0
    runs = {}
    for name, src in (("base", args.base), ("this", str(REPO / "src"))):
        out = subprocess.run([sys.executable, __file__, "--base", args.base, "--child", src], capture_output=True, text=True, check=True).stdout
        runs[name] = {r["cluster"]: r for r in map(json.loads, out.splitlines())}
    totals = {k: 0 for k in ("changed", "base_fact", "base_marked", "this_fact", "this_marked", "base_n", "this_n")}
    for cid in runs["this"]:
        b, t = runs["base"][cid], runs["this"][cid]
        totals["changed"] += b["cited"] != t["cited"]
        for name, r in (("base", b), ("this", t)):
            totals[f"{name}_n"] += len(r["cited"])
            totals[f"{name}_fact"] += sum(1 for k, o in r["cited"] if k in t["declared"] and not o)
            totals[f"{name}_marked"] += sum(1 for k, o in r["cited"] if k in t["declared"] and o)
        fmt = lambda r: " ".join(f"{k}{'M' if o else ''}" for k, o in r["cited"])  # noqa: E731
        print(f"{cid} declared {t['declared']}: {fmt(b)} -> {fmt(t)}")
    print(f"{len(runs['this'])} stories, {totals['changed']} summaries changed; sentences {totals['base_n']} -> {totals['this_n']}; "
          f"of declared pages shown as fact {totals['base_fact']} -> {totals['this_fact']}, shown marked {totals['base_marked']} -> {totals['this_marked']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
