"""`newsweave summarize PATH...`: one cited summary of the articles given."""

from __future__ import annotations

import argparse

from .options import add_output_options, add_summary_options, report_problems, settings_from_args, write_output, use_color


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "summarize",
        parents=[parent],
        help="a short summary of the articles, every sentence cited",
        description="Summarize articles about one event. Every summary sentence cites the source "
        "sentences it rests on (article id and character offsets). Each sentence's \"n/N outlets cited\" counts the "
        "independent outlets among the articles it cites (a copy counts as its original's); `analyze` "
        "gives its fact's count, \"n/N outlets\".",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders: .txt, .html, .json/.jsonl, Multi-News, RSS/Atom (also .gz/.bz2/.xz)")
    add_summary_options(parser)
    add_output_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from .. import api
    from ..render import render

    settings = settings_from_args(args)
    report = api.summarize(args.paths, None, settings=settings)
    report_problems(report.problems)
    write_output(render(report, settings.format, color=use_color(settings, args)), args.output)
    return 0
