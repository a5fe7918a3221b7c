"""Where the extractive summarizer's ROUGE goes: the summarizer as it is, and with one of its
readability steps or selection options switched off or changed, on the dev sets, in one run.

    nice -n 10 .venv/bin/python benchmarks/summarize_ablation.py                      # every variant
    nice -n 10 .venv/bin/python benchmarks/summarize_ablation.py --variant no-standalone --only val100

Variants (patched in this process only; nothing here ships):
- `as-is`: the summarizer from the settings, as `benchmarks/summarize_quality.py` runs it;
- `no-standalone`: every sentence treated as standing alone (summarize/standalone.py off);
- `no-rule:<rule>`: one stand-alone rule off (`standalone.reason` names; `quote-family` = the four
  quotation rules: quote without speaker, quotation opens on a reference, pronoun speaker, first
  person without speaker);
- `no-development`: no opening from the latest reports, previews and opinion not held back;
- `no-furniture`: page furniture not stripped before selection;
- `fill-any`: after selection, a summary under its budget is filled with the best-ranked
  remaining sentences that are not redundant, publishable or not (an upper bound of what the
  under-budget summaries cost; never a candidate for shipping);
- `no-trim`: leaning sentences are not offered as their stand-alone part (summarize/trim.py off);
- `no-trim-lower`: only parts opening in upper case are offered (`trim_lower=False`);
- `no-lowercase-person`: in a lower-cased article, "He ..." needs a capitalised name before it, as
  in a cased one (summarize/lowercase.py off);
- `candidates`: five candidate summaries (the greedy one and greedy runs from the next four
  openings), the shipped `summary_scorer.json` picks one (`summarize/summary_scorer.py`).

Prints one Markdown table (R-1 / R-2 per set, and the difference from `as-is`). Needs
`../shared/data/dev`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

SETS = {
    "fulltext_dev46": ("summarization_multinews_fulltext_dev46.jsonl", 250),
    "val100": ("summarization_multinews_val100.jsonl", 250),
    "neus_val100": ("summarization_neus_val100.jsonl", 60),
}
RULES = {
    "quote-piece": ("quote piece",),
    "pronoun-or-connective": ("opens on a pronoun or connective",),
    "pronoun-before-name": ("pronoun before any name",),
    "definite-reference": ("definite reference",),
    "quote-family": ("quote without speaker", "quotation opens on a reference", "pronoun speaker", "first person without speaker"),
    # the quotation rules one at a time, and the smaller rules (tenth session, ROUGE)
    "quote-without-speaker": ("quote without speaker",),
    "quote-opens-on-reference": ("quotation opens on a reference",),
    "pronoun-speaker": ("pronoun speaker",),
    "first-person": ("first person without speaker",),
    "continues-earlier": ("continues an earlier sentence",),
    "demonstrative": ("demonstrative reference",),
    "counted-reference": ("counted reference",),
    "no-finite-verb": ("no finite verb",),
    "object-pronoun": ("object pronoun without antecedent",),
    "orphan-attribution": ("orphan attribution",),
    "cut": ("cut",),
    "place-reference": ("place reference",),
    "colon-lead-in": ("colon lead-in",),
}
VARIANTS = ("as-is", "no-standalone", *(f"no-rule:{r}" for r in RULES), "no-development", "no-furniture", "no-trim", "no-trim-lower", "no-lowercase-person", "fill-any", "candidates")


def patched(variant: str):
    """An ExtractiveSummarizer for `variant`, with the module patches it needs (undone by the
    returned callable)."""
    import numpy as np

    from newsweave.summarize import coverage, extractive, standalone
    from newsweave.summarize.extractive import ExtractiveSummarizer

    undo = []

    def patch(module, name, value):
        undo.append((module, name, getattr(module, name)))
        setattr(module, name, value)

    kw = {}
    if variant == "no-standalone":
        patch(extractive, "context_need", lambda text, cased=True: standalone.STANDS)
    elif variant.startswith("no-rule:"):
        off, original = RULES[variant.split(":", 1)[1]], standalone.reason
        patch(standalone, "reason", lambda text, cased=True: None if original(text, cased) in off else original(text, cased))
    elif variant == "no-development":
        patch(extractive, "_mark_development", lambda cf: None)
    elif variant == "no-furniture":
        patch(extractive, "without_furniture", lambda documents: tuple(documents))
    elif variant == "fill-any":
        select = coverage.CoverageSelection._select_by_coverage

        def fill(self, cf, scores, words):
            chosen = select(self, cf, scores, words)
            used = sum(int(cf.word_counts[i]) for i in chosen)
            for i in (int(i) for i in np.argsort(-scores)):
                if used >= words:
                    break
                if i not in chosen and not self._redundant(cf, i, chosen):
                    chosen.append(i)
                    used += int(cf.word_counts[i])
            return chosen

        patch(coverage.CoverageSelection, "_select_by_coverage", fill)
    elif variant == "no-trim":
        kw = {"trim": False}
    elif variant == "no-trim-lower":
        kw = {"trim_lower": False}
    elif variant == "no-lowercase-person":
        patch(coverage, "supplies_person_lowercase", standalone.supplies_person)
    elif variant == "candidates":
        from newsweave.summarize.summary_scorer import load_default_summary_scorer

        kw = {"openings": 5, "summary_scorer": load_default_summary_scorer()}
    summarizer = ExtractiveSummarizer(**kw)

    def restore():
        for module, name, value in reversed(undo):
            setattr(module, name, value)

    return summarizer, restore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data" / "dev")
    parser.add_argument("--only", action="append", choices=tuple(SETS))
    parser.add_argument("--variant", action="append", choices=VARIANTS)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"no dev data at {args.data_dir}", file=sys.stderr)
        return 2
    from newsweave.eval.summarize_eval import evaluate, load_clusters, make_systems

    sets = args.only or list(SETS)
    variants = args.variant or list(VARIANTS)
    if "as-is" not in variants:
        variants = ["as-is", *variants]
    clusters = {name: load_clusters(args.data_dir / SETS[name][0], limit=args.limit).clusters for name in sets}
    rows = {}
    for variant in variants:
        summarizer, restore = patched(variant)
        try:
            for name in sets:
                result = evaluate(clusters[name], make_systems([], summarizer=summarizer), words=SETS[name][1])
                s = result.systems[0].scores
                rows[variant, name] = (s.rouge1, s.rouge2)
                print(f"{variant} {name} {s.rouge1:.2f} / {s.rouge2:.2f}", file=sys.stderr, flush=True)
        finally:
            restore()
    head = "| variant | " + " | ".join(f"{n} R-1 / R-2 (diff)" for n in sets) + " |"
    print(head)
    print("|:--|" + "--:|" * len(sets))
    for variant in variants:
        cells = []
        for name in sets:
            r1, r2 = rows[variant, name]
            b1, b2 = rows["as-is", name]
            cells.append(f"{r1:.2f} / {r2:.2f}" + ("" if variant == "as-is" else f" ({r1 - b1:+.2f} / {r2 - b2:+.2f})"))
        print(f"| {variant} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
