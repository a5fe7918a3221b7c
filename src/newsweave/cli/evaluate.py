"""`newsweave eval ...`: quality measurements. `eval summarize` lives here; `eval cluster` in
`eval_cluster.py` (each registers its own sub-command)."""

from __future__ import annotations

import argparse


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("eval", help="measure summary or clustering quality on labelled data", description="Measure quality on labelled data.")
    sub = parser.add_subparsers(dest="eval_command", metavar="WHAT", title="what to evaluate")
    from . import eval_cluster, eval_summarize

    eval_summarize.register(sub, parent)
    eval_cluster.register(sub, parent)
    parser.set_defaults(handler=lambda args: parser.print_help() or 2)
