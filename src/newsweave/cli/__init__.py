"""The `newsweave` command line. Front ends parse, call the library, and render; no algorithms here.

Each sub-command lives in its own module under `newsweave.cli` and exposes
`register(subparsers, parent)`, where `parent` carries the options every command shares.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import NewsweaveError

# Sub-command modules, in the order `--help` lists them.
COMMAND_MODULES = ("summarize", "analyze", "stream", "batch", "serve", "evaluate")

DESCRIPTION = """\
newsweave reads many news articles about one event and gives back one story you can trust:
a short summary in which every sentence cites its sources, what outlets agree and disagree on,
who said what, a timeline, and which articles copy which.
"""

EPILOG = """\
examples:
  newsweave summarize examples/harbour-collapse/          # cited summary in the terminal
  newsweave summarize a.html b.txt --format html -o story.html
  newsweave analyze examples/harbour-collapse/ --format json | jq .conflicts
  newsweave ingest feeds/ && newsweave stories --search harbour
  newsweave serve --port 8000

Settings may also come from NEWSWEAVE_* environment variables or a TOML file (--config).
Add --debug to see a traceback when something fails.
"""


def common_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("general options")
    group.add_argument("--config", metavar="FILE", help="read settings from this TOML file")
    group.add_argument("--debug", action="store_true", default=None, help="show tracebacks on errors")
    group.add_argument("--no-color", dest="color", action="store_false", default=None, help="plain terminal output")
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsweave",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"newsweave {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    parent = common_parent()
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns the process exit code (0 ok, 1 failure, 2 usage or input error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except NewsweaveError as exc:
        if args.debug:
            raise
        print(f"newsweave: error: {exc}", file=sys.stderr)
        return 2 if exc.code.startswith("E1") or exc.code.startswith("E2") else 1
    except KeyboardInterrupt:
        print("newsweave: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence for a user-facing tool
        if args.debug:
            raise
        print(f"newsweave: unexpected error: {type(exc).__name__}: {exc}\n  hint: run again with --debug and report the traceback", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
