"""What a word of the summary budget is worth, and what trailing attributions would free (issue 13).

Before building a compression that frees words inside the budget (dropping ", police said" or
", according to a statement" from a chosen sentence), measure what freed words can buy: the same
summaries (newsweave, as `newsweave eval summarize` runs it) are cut at fractions of the budget and
scored, so the last words' R-1 / R-2 show what a freed word is worth at the margin; and the
sentences of the cut summaries that end on a plain attribution tail (no quotation in the sentence)
are counted with the words such a cut would free.

    nice .venv/bin/python benchmarks/budget_value.py                       # all three dev sets
    nice .venv/bin/python benchmarks/budget_value.py --src /tmp/base/src   # a frozen tree
    nice .venv/bin/python benchmarks/budget_value.py --only val100 --limit 20 --show 5

Needs `../shared/data/dev`; dev data only (figures relative to one tree, to weigh an idea).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev"
DATASETS = (
    ("fulltext_dev46", "summarization_multinews_fulltext_dev46.jsonl", 250),
    ("val100", "summarization_multinews_val100.jsonl", 250),
    ("neus_val100", "summarization_neus_val100.jsonl", 60),
)
FRACTIONS = (0.6, 0.7, 0.8, 0.9, 1.0)
# A sentence ending on an attribution after a comma: ", according to X." or ", <speaker> said|says|
# told X|added|reported|wrote [when]." (a speaker of up to six words). Sentences holding a quotation
# mark are counted apart: without its speaker a quotation is not publishable.
TAIL = re.compile(
    r""",\s+((?:according\s+to\s+[^,"“”]{2,80})|(?:(?:he|she|they|it|[\w'’.-]+(?:\s+[\w'’.-]+){0,5})\s+"""
    r"""(?:said|says|told\s+[^,"“”]{2,60}|added|reported|reports|wrote|writes)(?:\s+[^,"“”]{0,60})?))\s*\.$""",
    re.I,
)
QUOTES = re.compile(r"""["“”]""")


def attribution_tail(sentence: str) -> str | None:
    """The trailing attribution a cut would drop (", police said."), or None; None also for a
    sentence with a quotation mark (its speaker must stay)."""
    m = TAIL.search(sentence)
    if not m or QUOTES.search(sentence):
        return None
    return m.group(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEV)
    parser.add_argument("--only", action="append", choices=[d[0] for d in DATASETS])
    parser.add_argument("--limit", type=int, default=None, help="first N clusters of each set")
    parser.add_argument("--show", type=int, default=0, help="print this many tails per set")
    parser.add_argument("--src", type=Path, default=REPO / "src", help="the tree to run (a frozen copy's src)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    from newsweave.eval.rouge import RougeScorer, cut_words, split_sentences
    from newsweave.eval.summarize_eval import load_clusters, make_systems

    if not args.data_dir.is_dir():
        print(f"no dev data at {args.data_dir}; nothing to measure", file=sys.stderr)
        return 2
    system = make_systems([])[0]
    scorer = RougeScorer()
    print("| set | " + " | ".join(f"cut at {f:.0%}" for f in FRACTIONS) + " | last 10% of the budget | sentences with a plain tail | words freed per summary | with a quotation |")
    print("|:--|" + "--:|" * (len(FRACTIONS) + 4))
    for name, filename, words in DATASETS:
        if args.only and name not in args.only:
            continue
        clusters = load_clusters(args.data_dir / filename, limit=args.limit).clusters
        sums = {f: [0.0, 0.0] for f in FRACTIONS}
        tails = sentences = freed = quoted = 0
        shown = 0
        for cluster in clusters:
            produced = [" ".join(s.split()) for s in system.summarize_cluster(cluster, words=words)]
            reference = split_sentences(cluster.summary)
            for f in FRACTIONS:
                r = scorer.score(tuple(cut_words(produced, round(words * f))), reference)
                sums[f][0] += r.rouge1
                sums[f][1] += r.rouge2
            for s in cut_words(produced, words):
                sentences += 1
                tail = attribution_tail(s)
                if tail is None:
                    quoted += bool(TAIL.search(s))
                    continue
                tails += 1
                freed += len(tail.split())
                if shown < args.show:
                    shown += 1
                    print(f"  {name}: ...{s[-100:]}", file=sys.stderr)
        n = max(len(clusters), 1)
        cells = [f"{sums[f][0] / n:.2f} / {sums[f][1] / n:.2f}" for f in FRACTIONS]
        last = f"{(sums[1.0][0] - sums[0.9][0]) / n:+.2f} / {(sums[1.0][1] - sums[0.9][1]) / n:+.2f}"
        print(f"| {name} ({words} words) | " + " | ".join(cells) + f" | {last} | {tails} of {sentences} | {freed / n:.1f} | {quoted} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
