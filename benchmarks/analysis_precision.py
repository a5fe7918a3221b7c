"""Sample facts and conflicts from dev clusters for hand-checking their precision.

    nice -n 10 .venv/bin/python benchmarks/analysis_precision.py [--clusters 20] [--seed 7] [--out FILE]

Reads `../shared/data/dev/summarization_neus_val100.jsonl` (three outlets per event), analyses a
seeded random sample of clusters, and writes a Markdown worksheet: for every sampled multi-article
fact, its cited sentences side by side (is it really one fact?), and for every conflict its sides
(do they really report the same thing with different values?). A person marks each item; the
figures and the method are in benchmarks/ANALYSIS.md. The worksheet holds third-party text, so
it is written outside the repository (default /tmp/analysis_precision.md).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsweave import api
from newsweave.analyze import StoryAnalyzer
from newsweave.types import Article, content_id

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev" / "summarization_neus_val100.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clusters", type=int, default=20)
    parser.add_argument("--facts-per-cluster", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="/tmp/analysis_precision.md")
    parser.add_argument("--data", default=str(DEV), help="a JSONL file of clusters with `documents` [{title, text}]")
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.data).read_text().splitlines() if line.strip()]
    rng = random.Random(args.seed)
    sample = rng.sample(rows, min(args.clusters, len(rows)))
    analyzer = StoryAnalyzer()
    out = ["# Analysis precision worksheet", ""]
    n_facts = n_conflicts = 0
    for row in sample:
        articles = []
        for i, d in enumerate(row["documents"]):
            text = d.get("text") or ""
            if not text.strip():
                continue
            outlet = (d.get("source") or d.get("outlet") or f"outlet {i + 1}")
            articles.append(Article(id=content_id(text), outlet=str(outlet), text=text, title=d.get("title")))
        if len(articles) < 2:
            continue
        report = analyzer.analyze(api.summarize(articles))
        texts = {a.id: a for a in report.articles}
        out += [f"## {row['id']}", ""]
        multi = [f for f in report.facts if len(f.article_ids) > 1]
        for f in rng.sample(multi, min(args.facts_per_cluster, len(multi))) if args.facts_per_cluster else []:
            n_facts += 1
            out.append(f"### fact {n_facts} [{f.status}] ({len(f.article_ids)} articles)  verdict: ?")
            for c in f.citations:
                out.append(f"- {texts[c.article_id].outlet}: {texts[c.article_id].text[c.start:c.end]}")
            out.append("")
        for c in report.conflicts:
            if c.kind == "framing":
                continue
            n_conflicts += 1
            out.append(f"### conflict {n_conflicts}: {c.about}  verdict: ?")
            for side in c.sides:
                for cite in side.citations:
                    out.append(f"- **{side.value}** {texts[cite.article_id].outlet}: {texts[cite.article_id].text[cite.start:cite.end]}")
            out.append("")
    Path(args.out).write_text("\n".join(out))
    print(f"{len(sample)} clusters, {n_facts} facts, {n_conflicts} conflicts -> {args.out}")


if __name__ == "__main__":
    main()
