"""The summaries that come out nearly empty, sentence by sentence (issue 13, session 19, brief A2).

For every cluster of the named sets whose newsweave summary (as `summarize_quality.py` runs it,
`fill_budget` on) chooses fewer than `--under` of its budget's words (default one half), every source
sentence of every article is printed with what happened to it: chosen, or the name of what kept it
out (`summarize_refusals.labels`; a sentence free to be chosen that the greedy passed over by the
check it fails, `val100_shortfall.passed_over`), or, for a sentence that never reached the selection,
"furniture (stripped)" (`text.furniture.strip_furniture` dropped it: a credit, a caption, a headline
line) or "outside the candidate window" (after the first 15 of its article). Plus what the summary
says about itself (its warnings). A reading aid for deciding, refusal by refusal, whether the rule
was right (`benchmarks/gold/READABILITY.md`); not a metric.

    nice -n 10 .venv/bin/python benchmarks/near_empty.py [--src DIR] [--only val100] [--under 0.5] [--count]

`--count`: only the table of how many summaries are under the mark, and their words.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "dev"
SETS = {
    "val100": ("summarization_multinews_val100.jsonl", 250),
    "fulltext_dev46": ("summarization_multinews_fulltext_dev46.jsonl", 250),
    "neus_val100": ("summarization_neus_val100.jsonl", 60),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=REPO / "src")
    parser.add_argument("--only", action="append", choices=tuple(SETS))
    parser.add_argument("--under", type=float, default=0.5)
    parser.add_argument("--count", action="store_true")
    parser.add_argument("--cluster", action="append", help="print these clusters whatever their length")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    sys.path.insert(0, str(REPO / "benchmarks"))
    from newsweave.eval.summarize_eval import load_clusters, make_systems
    from newsweave.summarize import extractive
    from summarize_refusals import labels
    from val100_shortfall import passed_over

    system = make_systems([])[0]
    seen: dict = {}
    original_select = extractive.ExtractiveSummarizer.select
    original_summarize = extractive.ExtractiveSummarizer.summarize

    def select(self, cf, scores, w):
        chosen = original_select(self, cf, scores, w)
        seen["run"] = (self, cf, list(chosen))
        return chosen

    def summarize(self, documents, **kw):
        seen["documents"] = tuple(documents)
        out = original_summarize(self, documents, **kw)
        seen["summary"] = out
        return out

    extractive.ExtractiveSummarizer.select = select
    extractive.ExtractiveSummarizer.summarize = summarize
    table = []
    try:
        for name in args.only or list(SETS):
            path, words = SETS[name]
            for c in load_clusters(DATA / path).clusters:
                seen.clear()
                out = system.summarize_cluster(c, words=words)
                if "run" not in seen:
                    continue
                self, cf, chosen = seen["run"]
                within = sum(int(cf.word_counts[i]) for i in chosen)
                table.append((name, c.id, within, words))
                if within >= words * args.under and c.id not in (args.cluster or ()):
                    continue
                if args.count:
                    continue
                lab = labels(self, cf)
                row_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
                print(f"\n## {name} {c.id}: {within} of {words} words chosen; warnings {seen['summary'].warnings}")
                print("SUMMARY: " + " | ".join(out))
                for k, d in enumerate(seen["documents"]):
                    print(f"-- doc{k + 1} ({len(d.sentences)} sentences)")
                    for s in d.sentences:
                        i = row_of.get((s.article_id, s.index))
                        if i is None:
                            why = "outside the candidate window" if s.index >= (self.candidate_window or 10**9) else "furniture (stripped)"
                            text = s.text
                        else:
                            text = cf.sentences[i].text
                            why = "CHOSEN" if i in chosen else lab.get(i) or passed_over(self, cf, i, chosen)
                        print(f"  [{s.index}] <{why}> {text}")
    finally:
        extractive.ExtractiveSummarizer.select = original_select
        extractive.ExtractiveSummarizer.summarize = original_summarize
    print("\n| set | clusters | under the mark | their words chosen |")
    print("|:--|--:|--:|:--|")
    for name in args.only or list(SETS):
        rows = [r for r in table if r[0] == name]
        low = sorted((r for r in rows if r[2] < r[3] * args.under), key=lambda r: r[2])
        print(f"| {name} | {len(rows)} | {len(low)} | {', '.join(f'{r[1]} {r[2]}' for r in low)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
