"""`newsweave analyze PATH...`: the full story report (summary plus cross-source analysis)."""

from __future__ import annotations

import argparse

from .options import add_output_options, add_summary_options, report_problems, settings_from_args, write_output, use_color


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "analyze",
        parents=[parent],
        help="the full story: summary, agreement and conflicts, quotes, entities, timeline, copies",
        description="Analyze articles about one event: a cited summary plus what outlets agree on, "
        "where they conflict, who said what, the people and organisations involved, a timeline, and "
        "which articles copy which.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders: .txt, .html, .json/.jsonl, Multi-News, RSS/Atom (also .gz/.bz2/.xz)")
    parser.add_argument(
        "--similarity",
        choices=("auto", "lexical", "static", "embedding", "claim", "judged"),
        default=None,
        help="how sentences are matched into facts: auto (default: static if installed, else lexical), lexical TF-IDF, "
        "static (TF-IDF plus embeddings distilled from MiniLM, fast), embedding (TF-IDF plus MiniLM, slower), "
        "claim (a same-claim scorer learned on Multi-News pairs over the static similarities; experimental), "
        "or judged (static, with pairs just below the bar put to the local --llm-model .gguf; slow, experimental)",
    )
    parser.add_argument(
        "--fact-threshold",
        type=float,
        default=None,
        metavar="X",
        help="similarity bar (0-1) for grouping sentences of different outlets into one fact; default: the "
        "similarity's own (0.35 for static). Higher shows fewer groupings that are more often right: on held-out "
        "real clusters 0.5 made about 9 in 10 shown groupings right instead of about 1 in 2, and marked more "
        "shared facts 'unique' (benchmarks/ANALYSIS.md, Facts, session 9)",
    )
    add_summary_options(parser)
    add_output_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from .. import api
    from ..render import render

    settings = settings_from_args(args)
    report = api.analyze(args.paths, None, settings=settings)
    report_problems(report.problems)
    write_output(render(report, settings.format, color=use_color(settings, args)), args.output)
    return 0
