"""Which rule refuses which candidate sentence, and how many words each rule costs the fixed-length
summaries (issue 13, session 16: "ROUGE the rules give away").

For every cluster the shipped summarizer runs as `benchmarks/summarize_quality.py` runs it (through
the pipeline, `fill_budget` on). Every sentence of the candidate window gets the name of what keeps
it out of the summary, in this order: held back by the development / opinion / voice rules
(`excluded`), never shown by the copy edges (`copy edge`), never shown or leaning by the rules for
lower-cased copies (`lower copy: ...`), the stand-alone rule (`standalone.reason`), page furniture
(`boilerplate`), a piece of a quotation (`quote fragment`); a leaning sentence with no stand-alone
sentence within reach before it is `<rule> (no chain)`. A sentence that is none of these was free
to be chosen.

Words lost: a summary the selection leaves under its budget is filled (in this script only) as the
ablation's `fill-any` fills it: the remaining sentences by ranker score, a repeat of a sentence in
the summary skipped, until the budget is reached; the words of each refused sentence taken that way
count against its rule (the last one only up to the budget). Free sentences the selection passed
over are counted as `selection (passed over)`. So the table says what each rule keeps out of the
summaries that end short, not what a publishable replacement would score.

    nice -n 10 .venv/bin/python benchmarks/summarize_refusals.py --only val100 --only fulltext_dev46
    nice -n 10 .venv/bin/python benchmarks/summarize_refusals.py --train 150 --seed 1616 --dump /tmp/r.jsonl

`--train N --seed S` draws N training clusters (lower-cased, truncated; development evidence,
never a quality score). `--dump` writes every refused sentence the fill would take (set, cluster,
doc, start, end, rule, words, text) for reading. `--src DIR` measures another tree's summarizer.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETS = {
    "fulltext_dev46": ("summarization_multinews_fulltext_dev46.jsonl", 250),
    "val100": ("summarization_multinews_val100.jsonl", 250),
}
TRAIN = REPO.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"


def labels(summarizer, cf) -> dict[int, str]:
    """row -> what keeps it out (rows free to be chosen are absent)."""
    from newsweave.summarize import standalone
    from newsweave.summarize.copy_edges import never_shown
    from newsweave.summarize.features import FEATURE_NAMES
    from newsweave.summarize.lower_copies import lower_copy_context
    from newsweave.summarize.quotations import _quote_fragment

    junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
    edge = set(int(i) for i in never_shown(cf))
    never, stands, leans = (set(x) for x in lower_copy_context(cf))
    candidates = set(summarizer._candidates(cf))
    position_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
    out = {}
    for i, s in enumerate(cf.sentences):
        if cf.word_counts[i] <= 0:
            continue
        cased = cf.cased[int(cf.doc_index[i])]
        r = standalone.reason(s.text, cased)
        if i in cf.excluded:
            out[i] = "held back (development/opinion/voice)"
        elif i in edge:
            out[i] = "copy edge"
        elif i in never:
            out[i] = "lower copy: never shown"
        elif i in leans:
            out[i] = "lower copy: part of someone"
        elif i in candidates:
            if junk[i] or (i not in cf.blocks and _quote_fragment(s.text, int(cf.word_counts[i]))):
                out[i] = "boilerplate" if junk[i] else "quote fragment"
            continue
        elif i in cf.blocks:
            out[i] = "quotation block without speaker"
        elif r is not None and i not in stands:
            if cf.context[i] == standalone.NEEDS_PREVIOUS:
                out[i] = f"{r} (chain refused)" if summarizer._chain(cf, i, position_of) else f"{r} (no chain)"
            else:
                out[i] = r
        elif junk[i]:
            out[i] = "boilerplate"
        else:
            out[i] = "other (candidate list)"
    return out


def measure(summarizer, clusters, words, set_name, table, refused_counts, dump, short):
    """Run the summarizer on `clusters`, attributing fill words to what refused them."""
    import numpy as np

    from newsweave.eval.summarize_eval import make_systems
    from newsweave.summarize import extractive

    system = make_systems([], summarizer=summarizer)[0]
    seen = {}
    original = extractive.ExtractiveSummarizer.select

    def select(self, cf, scores, w):
        chosen = original(self, cf, scores, w)
        seen["run"] = (self, cf, scores, list(chosen))
        return chosen

    extractive.ExtractiveSummarizer.select = select
    try:
        for cluster in clusters:
            seen.clear()
            system.summarize_cluster(cluster, words=words)
            if "run" not in seen:
                continue
            self, cf, scores, chosen = seen["run"]
            lab = labels(self, cf)
            for i, name in lab.items():
                refused_counts[set_name][name] += 1
            used = sum(int(cf.word_counts[i]) for i in chosen)
            if used >= words:
                continue
            short[set_name] += 1
            filled = list(chosen)
            for i in (int(i) for i in np.argsort(-scores, kind="stable")):
                if used >= words:
                    break
                if i in filled or cf.word_counts[i] <= 0 or self._redundant(cf, i, filled):
                    continue
                n = min(int(cf.word_counts[i]), words - used)
                name = lab.get(i, "selection (passed over)")
                row = table[set_name][name]
                row["words"] += n
                row["sentences"] += 1
                row["clusters"].add(cluster.id)
                filled.append(i)
                used += int(cf.word_counts[i])
                if dump is not None and i in lab:
                    s = cf.sentences[i]
                    src = cf.documents[int(cf.doc_index[i])].article.source
                    dump.append({"set": set_name, "cluster": cluster.id, "doc": int(src.rsplit("#doc", 1)[1]) - 1, "start": s.start, "end": s.end, "rule": name, "words": n, "text": s.text})
    finally:
        extractive.ExtractiveSummarizer.select = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data" / "dev")
    parser.add_argument("--only", action="append", choices=tuple(SETS))
    parser.add_argument("--train", type=int, default=0, help="also N training clusters (development evidence)")
    parser.add_argument("--seed", type=int, default=1616)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--src", type=Path, default=REPO / "src")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    from newsweave.eval.summarize_eval import load_clusters
    from newsweave.summarize.extractive import ExtractiveSummarizer

    summarizer = ExtractiveSummarizer()
    sets = {name: (args.data_dir / SETS[name][0], SETS[name][1]) for name in (args.only or ([] if args.train else list(SETS)))}
    table = defaultdict(lambda: defaultdict(lambda: {"words": 0, "sentences": 0, "clusters": set()}))
    refused = defaultdict(Counter)
    short: Counter = Counter()
    dump: list | None = [] if args.dump else None
    totals = {}
    for name, (path, words) in sets.items():
        clusters = load_clusters(path, limit=args.limit).clusters
        totals[name] = len(clusters)
        measure(summarizer, clusters, words, name, table, refused, dump, short)
    if args.train:
        lines = TRAIN.read_text(encoding="utf-8").splitlines()
        picked = sorted(random.Random(args.seed).sample(range(len(lines)), args.train))
        tmp = Path(f"/tmp/refusals_train_{args.seed}_{args.train}.jsonl")
        tmp.write_text("\n".join(lines[k] for k in picked) + "\n", encoding="utf-8")
        clusters = load_clusters(tmp).clusters
        totals["train"] = len(clusters)
        measure(summarizer, clusters, 250, "train", table, refused, dump, short)
    for name in totals:
        rows = sorted(table[name].items(), key=lambda kv: -kv[1]["words"])
        lost = sum(r["words"] for _, r in rows)
        print(f"\n### {name}: {short[name]} of {totals[name]} summaries end under the budget; {lost} words to fill\n")
        print("| what keeps it out | words lost | sentences | clusters | refused in window |")
        print("|:--|--:|--:|--:|--:|")
        for rule, r in rows:
            print(f"| {rule} | {r['words']} | {r['sentences']} | {len(r['clusters'])} | {refused[name].get(rule, '')} |")
    if dump is not None:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
