"""Summary quality on the dev sets: newsweave vs lead, LexRank and TextRank, in one run.

Runs `newsweave eval summarize` (the same library code) on each dev file, every system's output
cut to exactly the word budget, and prints Markdown tables ready to paste into
`benchmarks/SUMMARIZATION.md`, plus a check of issue 3's floor (newsweave minus the better of
LexRank/TextRank).

    nice -n 10 .venv/bin/python benchmarks/summarize_quality.py            # all three dev sets
    nice -n 10 .venv/bin/python benchmarks/summarize_quality.py --only fulltext_dev46 --limit 10
    nice -n 10 .venv/bin/python benchmarks/summarize_quality.py --out /tmp/quality.md --json-out /tmp/quality.json
    nice -n 10 .venv/bin/python benchmarks/summarize_quality.py --raw-text  # the file's raw text (before session 26)

By default (since session 26, brief M2) every system, the baselines too, reads each document's text
and title as `newsweave summarize` reads them: the product's reader (`summary_as_read.py`:
`build_article`, i.e. `clean_text`; a document with nothing left is dropped). `--raw-text` gives
every system the file's raw text (the figures before session 26); `--as-read` is still accepted
and changes nothing.

Needs `../shared/data/dev` (relative to the repo); exits with a message when it is missing.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev"

# (short name, file, words, floor as margin over the better of LexRank/TextRank or None)
DATASETS = (
    ("fulltext_dev46", "summarization_multinews_fulltext_dev46.jsonl", 250, (3.0, 1.5)),
    ("val100", "summarization_multinews_val100.jsonl", 250, (2.0, 1.0)),
    # NeuS roundups are ~60 words and its three sources ~175 words together: at 250 words every
    # system would return all sources and score the same, so NeuS is cut to 60 words.
    ("neus_val100", "summarization_neus_val100.jsonl", 60, None),
)


def code_version() -> str:
    """The commit measured, flagged when the summarizer has uncommitted changes."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "src/newsweave/summarize", "src/newsweave/text", "src/newsweave/data"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return f"commit {head}" + (" + uncommitted changes in summarize/, text/ or data/" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEV, help=f"dev data folder (default: {DEV})")
    parser.add_argument("--only", action="append", choices=[d[0] for d in DATASETS], help="run only this dev set (repeatable)")
    parser.add_argument("--words", type=int, default=None, help="override every data set's word budget")
    parser.add_argument("--limit", type=int, default=None, help="first N clusters of each set (quick checks)")
    parser.add_argument("--baselines", default="lead,lexrank,textrank")
    parser.add_argument("--out", type=Path, help="also write the Markdown here")
    parser.add_argument("--json-out", type=Path, help="write all figures as JSON here")
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also run newsweave with the extractive summarizer of commit REV (its summarize/extractive.py, features.py, "
        "importance.py, ranker.py and data/ over a copy of today's tree), in this run, and print the difference",
    )
    parser.add_argument("--raw-text", action="store_true", help="every system reads the file's raw text, not the text as `newsweave summarize` reads it (build_article: clean_text); the figures before session 26")
    parser.add_argument("--as-read", action="store_true", help=argparse.SUPPRESS)  # the default since session 26 (brief M2); accepted, changes nothing
    parser.add_argument("--src", type=Path, default=REPO / "src", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.baseline:
        return with_baseline(args, argv or sys.argv[1:])
    sys.path.insert(0, str(args.src))
    from newsweave.eval.summarize_eval import evaluate, format_table, load_clusters, make_systems, margin_over_baselines, paired_bootstrap

    if not args.data_dir.is_dir():
        print(f"no dev data at {args.data_dir}; nothing to measure", file=sys.stderr)
        return 2
    baselines = [b for b in args.baselines.split(",") if b]
    load_start = time.perf_counter()
    systems = make_systems(baselines)  # built once: model loading is not per-cluster work
    load_seconds = time.perf_counter() - load_start

    sections: list[str] = []
    floor_rows: list[str] = []
    figures: dict = {}
    for name, filename, words, floor in DATASETS:
        if args.only and name not in args.only:
            continue
        path = args.data_dir / filename
        if not path.exists():
            print(f"skipping {name}: {path} not found", file=sys.stderr)
            continue
        words = args.words or words
        clusters = load_clusters(path, limit=args.limit).clusters
        if not args.raw_text:
            from summary_as_read import clusters_as_read

            clusters = clusters_as_read(clusters)
        print(f"{name}: {len(clusters)} clusters at {words} words ...", file=sys.stderr, flush=True)
        result = evaluate(clusters, systems, words=words)
        figures[name] = result.as_dict()
        sections.append(f"### {name} ({len(clusters)} clusters, {words} words)\n\n{format_table(result)}\n")
        margin = margin_over_baselines(result)
        if margin:
            d1, d2 = margin.rouge1, margin.rouge2
            if floor:
                ok = d1 >= floor[0] and d2 >= floor[1]
                need = f"+{floor[0]:g} / +{floor[1]:g}"
                verdict = "meets floor" if ok else "BELOW floor"
            else:
                need, verdict = "n/a", "(no floor)"
            _, lo1, hi1 = paired_bootstrap(result, "newsweave", margin.best_rouge1, "rouge1")
            _, lo2, hi2 = paired_bootstrap(result, "newsweave", margin.best_rouge2, "rouge2")
            theirs = {p.cluster_id: p.scores.rouge1 for p in result.predictions if p.system == margin.best_rouge1}
            wins = sum(1 for p in result.predictions if p.system == "newsweave" and p.scores.rouge1 > theirs[p.cluster_id])
            floor_rows.append(
                f"| {name} | {margin.label} | {d1:+.2f} [{lo1:+.2f}, {hi1:+.2f}] | {d2:+.2f} [{lo2:+.2f}, {hi2:+.2f}] "
                f"| {wins}/{len(clusters)} | {need} | {verdict} |"
            )

    head = (
        f"ROUGE F1 x 100 (rouge-score 0.1.2, Porter stemming, sentences newline-joined), every output cut "
        f"to exactly the word budget; s/cluster excludes building the systems ({load_seconds:.2f} s, once: ranker load, sumy import). "
        f"Text: {'raw, as in the file (--raw-text)' if args.raw_text else 'as read (build_article, clean_text)'}. "
        f"{code_version()}. Machine: {platform.machine()}, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}.\n"
    )
    text = head + "\n" + "\n".join(sections)
    if floor_rows:
        text += (
            "\n### Issue 3 floor: newsweave minus the better of LexRank/TextRank\n\n"
            "Brackets: 95% paired bootstrap interval over clusters (2,000 resamples, seed 0). "
            "R-1 wins: clusters where newsweave's R-1 beats that baseline's.\n\n"
            "| set | better baseline | dR-1 | dR-2 | R-1 wins | floor (R-1 / R-2) | verdict |\n"
            "|:--|:--|--:|--:|--:|:--|:--|\n" + "\n".join(floor_rows) + "\n"
        )
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.json_out:
        args.json_out.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


BASELINE_FILES = ("summarize/extractive.py", "summarize/features.py", "summarize/importance.py", "summarize/ranker.py", "data/ranker.json", "data/word_model.json")


def with_baseline(args, argv: list[str]) -> int:
    """Run this script on today's tree and on a copy whose extractive summarizer is commit
    `args.baseline`'s, one after the other on this machine, and print both plus the differences."""
    import shutil
    import subprocess
    import tempfile

    rest, skip = [], False
    for a in argv:  # drop --baseline, --out and --json-out (with their values): each run gets its own
        if skip:
            skip = False
            continue
        if a in ("--baseline", "--out", "--json-out", "--src"):
            skip = True
            continue
        if not a.startswith(("--baseline=", "--out=", "--json-out=", "--src=")):
            rest.append(a)
    with tempfile.TemporaryDirectory() as tmp:
        base_src = Path(tmp) / "src"
        shutil.copytree(REPO / "src", base_src, ignore=shutil.ignore_patterns("__pycache__"))
        for rel in BASELINE_FILES:
            old = subprocess.run(["git", "show", f"{args.baseline}:src/newsweave/{rel}"], cwd=REPO, capture_output=True, check=True).stdout
            (base_src / "newsweave" / rel).write_bytes(old)
        runs = {}
        for label, src in (("today", REPO / "src"), (f"extractive at {args.baseline}", base_src)):
            out = Path(tmp) / f"{len(runs)}.json"
            cmd = [sys.executable, __file__, *rest, "--src", str(src), "--json-out", str(out)]
            if label != "today":
                cmd += ["--baselines", ""]
            text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            runs[label] = (text, json.loads(out.read_text()))
    (today_text, today), (base_label, (base_text, base)) = runs["today"], list(runs.items())[1]
    lines = [today_text, f"\n### Same run: newsweave with the extractive summarizer of {args.baseline}\n", base_text]
    lines.append("\n| set | today R-1 / R-2 / R-Lsum | " + base_label + " | difference R-1 / R-2 |\n|:--|:--|:--|:--|")
    for name in today:
        t, b = _newsweave_row(today[name]), _newsweave_row(base.get(name, {}))
        if t and b:
            lines.append(
                f"| {name} | {t['rouge1']:.2f} / {t['rouge2']:.2f} / {t['rougeLsum']:.2f} | {b['rouge1']:.2f} / {b['rouge2']:.2f} / {b['rougeLsum']:.2f} "
                f"| {t['rouge1'] - b['rouge1']:+.2f} / {t['rouge2'] - b['rouge2']:+.2f} |"
            )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.json_out:
        args.json_out.write_text(json.dumps({"today": today, "baseline": base, "baseline_rev": args.baseline}, indent=2), encoding="utf-8")
    return 0


def _newsweave_row(figures: dict) -> dict | None:
    """The newsweave scores in one set's `EvalResult.as_dict()`."""
    systems = figures.get("systems", figures)
    if isinstance(systems, dict):
        return systems.get("newsweave")
    return next((x for x in systems if x.get("system") == "newsweave"), None)


if __name__ == "__main__":
    sys.exit(main())
