"""`newsweave eval summarize --data FILE.jsonl`: ROUGE for newsweave and baselines, side by side."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import ConfigError, InputError

DEFAULT_BASELINES = "lead,lexrank,textrank"


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "summarize",
        parents=[parent],
        help="ROUGE of newsweave's summaries and of baselines on JSONL clusters",
        description="Summarize every cluster of a JSONL file with newsweave and the baselines, cut "
        "each output to exactly --words words, and report ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (x100, "
        "rouge-score with stemming, sentences newline-joined) with seconds per cluster. Each line "
        'of the file is {"id", "documents": [{"text", "title"?}], "summary"}. Every system reads each '
        "document as `newsweave summarize` reads a file (clean_text; a document with nothing left is "
        "dropped); --raw-text gives them the file's texts as they are.",
    )
    parser.add_argument("--data", required=True, metavar="FILE.jsonl", help="clusters with reference summaries")
    parser.add_argument("--words", "-w", type=int, default=250, metavar="N", help="cut every summary to exactly N words (default: 250)")
    parser.add_argument(
        "--baselines",
        default=DEFAULT_BASELINES,
        metavar="LIST",
        help=f"comma-separated baselines from lead, lexrank, textrank; 'none' for none (default: {DEFAULT_BASELINES})",
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N clusters")
    parser.add_argument("--pred-out", metavar="PRED.jsonl", help='write every cut summary as {"id", "system", "summary"} lines')
    parser.add_argument("--json", action="store_true", help="print one JSON object keyed by system name")
    parser.add_argument("--no-newsweave", dest="newsweave", action="store_false", help="score only the baselines")
    parser.add_argument("--no-fill", dest="fill", action="store_false", help="let newsweave stop short of the budget instead of filling it")
    parser.add_argument("--raw-text", action="store_true", help="every system reads the file's texts as they are, not as `newsweave summarize` reads them (clean_text)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.set_defaults(handler=run)


def parse_baselines(raw: str) -> list[str]:
    from ..eval.baselines import BASELINE_NAMES

    names = [n.strip().lower() for n in raw.split(",") if n.strip()]
    if names == ["none"]:
        return []
    unknown = [n for n in names if n not in BASELINE_NAMES]
    if unknown:
        raise ConfigError(f"unknown baseline(s): {', '.join(unknown)}", hint=f"choose from {', '.join(BASELINE_NAMES)}, or 'none'")
    return list(dict.fromkeys(names))


def run(args: argparse.Namespace) -> int:
    from ..config import load_settings
    from ..eval.summarize_eval import clusters_as_read, evaluate, format_table, load_clusters, make_systems, margin_over_baselines, prediction_lines

    if args.words <= 0:
        raise ConfigError(f"--words must be positive, got {args.words}", hint="try --words 250")
    if args.limit is not None and args.limit <= 0:
        raise ConfigError(f"--limit must be positive, got {args.limit}", hint="leave --limit out to use every cluster")
    baselines = parse_baselines(args.baselines)
    if not baselines and not args.newsweave:
        raise ConfigError("nothing to evaluate", hint="drop --no-newsweave or name a baseline")
    loaded = load_clusters(args.data, limit=args.limit)
    for problem in loaded.problems:
        print(f"skipped {problem}", file=sys.stderr)
    settings = load_settings(getattr(args, "config", None), debug=args.debug)
    systems = make_systems(baselines, include_newsweave=args.newsweave, settings=settings, fill_budget=args.fill)
    clusters = loaded.clusters if args.raw_text else clusters_as_read(loaded.clusters)
    total = len(clusters) * len(systems)

    if args.quiet:
        result = evaluate(clusters, systems, words=args.words)
    else:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(stderr=True, no_color=settings.color is False)
        with Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True) as progress:
            task = progress.add_task(systems[0].name, total=total)

            def step(system_name, cluster):
                progress.update(task, advance=1, description=system_name)

            result = evaluate(clusters, systems, words=args.words, on_step=step)

    if args.pred_out:
        try:
            Path(args.pred_out).write_text("\n".join(prediction_lines(result)) + "\n", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {args.pred_out}: {exc.strerror or exc}", hint="give --pred-out a writable path") from exc
        print(f"wrote {args.pred_out}", file=sys.stderr)

    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
        return 0
    print(f"{args.data}: {len(clusters)} clusters, summaries cut to {args.words} words, ROUGE F1 x 100")
    print(format_table(result))
    margin = margin_over_baselines(result)
    if margin:
        print(f"newsweave minus the better of lexrank/textrank [{margin.label}]: {margin.rouge1:+.2f} R-1, {margin.rouge2:+.2f} R-2")
    return 0
