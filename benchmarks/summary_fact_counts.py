"""Do a summary sentence's "n/N outlets" and its facts group agree (issue 12, session 18, brief H)?

For every cased dev story (the AllSides story stream, NeuS val100, Multi-News fulltext_dev46, the
Corbyn example) the report as `newsweave analyze` makes it (summary, derivations, facts; the
quotes/entities/timeline steps are not needed and not run). A summary sentence's count is the
number of independent sources the renderers show beside it (render.common.independent_count over
its citations at 200aad0; over `render.one_count.summary_articles` since session 18); its fact is the largest fact (most independent outlets) one of whose member
citations overlaps the sentence's own citation. Prints the totals, the direction of each
disagreement, and with --show each one (the sentence's citations, the fact's members) to read.

    PYTHONPATH=src .venv/bin/python benchmarks/summary_fact_counts.py [--src /tmp/base_22/src] [--show] [--sets allsides,neus,fulltext,corbyn]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def stories(sets):
    from newsweave import api
    from newsweave.types import Article

    dev = SHARED / "data" / "dev"
    if "allsides" in sets:
        by: dict[str, list] = {}
        for line in open(dev / "clustering_allsides_stories.jsonl", encoding="utf-8"):
            c = json.loads(line)
            by.setdefault(c["cluster"], []).append(c)
        for cid, rows in by.items():
            if len(rows) > 1:
                yield cid, [Article(id=r["id"], outlet=r["outlet"], text=r["text"], title=r.get("title"), url=r.get("url"),
                                    published=dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None) for r in rows]
    for name, file in (("neus", "summarization_neus_val100.jsonl"), ("fulltext", "summarization_multinews_fulltext_dev46.jsonl")):
        if name in sets:
            for line in open(dev / file, encoding="utf-8"):
                c = json.loads(line)
                yield c["id"], [Article(id=f"{c['id']}#{k}", outlet=f"doc{k}", text=d["text"], title=d.get("title")) for k, d in enumerate(c["documents"])]
    if "corbyn" in sets:
        yield "corbyn", list(api.read([SHARED / "examples" / "corbyn-jewish-leaders-2018"]).articles)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--src", type=Path, default=REPO / "src")
    p.add_argument("--sets", default="allsides,neus,fulltext,corbyn")
    p.add_argument("--show", action="store_true")
    p.add_argument("--out", type=Path, help="write every summary sentence's row as JSON lines")
    args = p.parse_args()
    sys.path.insert(0, str(args.src))
    from newsweave.pipeline.core import Pipeline
    from newsweave.pipeline.analysis import DerivationsStep, FactGroupsStep, FactsStep, run_steps
    from newsweave.render.common import independent_count

    class _Analyzer:  # the facts steps need only the similarity and threshold of a StoryAnalyzer
        similarity, fact_threshold = "auto", None

    steps = [FactGroupsStep(_Analyzer()), DerivationsStep(_Analyzer()), FactsStep(_Analyzer())]
    try:  # the count the renderers show (session 18: the fact's, render/one_count.py), when the tree has it
        from newsweave.render.one_count import summary_articles
    except ImportError:
        def summary_articles(report, s):
            return [c.article_id for c in s.citations]
    pipe = Pipeline()
    totals = {"stories": 0, "sentences": 0, "with_fact": 0, "agree": 0, "summary_fewer": 0, "summary_more": 0}
    out = open(args.out, "w") if args.out else None
    for sid, arts in stories(set(args.sets.split(","))):
        report = pipe.report(arts, analyze=False)
        if not report.summary.sentences:
            continue
        report = run_steps(steps, report)
        totals["stories"] += 1
        for k, s in enumerate(report.summary.sentences):
            totals["sentences"] += 1
            c0 = s.citations[0]
            n_s, total = independent_count(report, summary_articles(report, s))
            holding = [f for f in report.facts if any(c.article_id == c0.article_id and c.start < c0.end and c0.start < c.end for c in f.citations)]
            if not holding:
                row = {"story": sid, "k": k, "n_summary": n_s, "n_fact": None}
            else:
                f = max(holding, key=lambda f: len(f.independent_outlets))
                n_f = len(f.independent_outlets)
                totals["with_fact"] += 1
                totals["agree" if n_f == n_s else "summary_fewer" if n_s < n_f else "summary_more"] += 1
                row = {"story": sid, "k": k, "n_summary": n_s, "n_fact": n_f, "total": total, "status": f.status,
                       "summary_cites": [[c.article_id, c.start, c.end] for c in s.citations], "fact_cites": [[c.article_id, c.start, c.end] for c in f.citations]}
                if n_f != n_s and args.show:
                    doc = {d.article.id: d.article.text for d in report.documents}
                    print(f"\n== {sid} summary[{k}] summary {n_s}/{total} vs fact {n_f}/{total} ({f.status})")
                    for tag, cites in (("S", s.citations), ("F", f.citations)):
                        for c in cites:
                            print(f"  {tag} {c.article_id} {c.start}-{c.end}: {doc[c.article_id][c.start:c.end][:400]}")
            if out:
                out.write(json.dumps(row) + "\n")
    print(json.dumps(totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
