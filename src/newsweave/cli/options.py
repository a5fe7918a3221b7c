"""Options and helpers shared by the sub-commands (input paths, output format, settings)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import Settings, load_settings
from ..errors import ConfigError

FORMATS = ("text", "markdown", "json", "html")


def add_output_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("output")
    group.add_argument("--format", "-f", choices=FORMATS, default=None, help="output format (default: text)")
    group.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")


def add_summary_options(parser: argparse.ArgumentParser, *, words: bool = True) -> None:
    """--words, --method (choices from the summarizer registry), --segmenter and the LLM options."""
    from ..pipeline.registry import segmenters, summarizers

    group = parser.add_argument_group("summary")
    if words:
        group.add_argument("--words", "-w", type=int, default=None, metavar="N", help="summary length budget in words (default: 120); whole sentences only: the extractive summary stays within it, the baselines (lead, lexrank, textrank) finish the sentence that crosses it, as in the benchmarks before their cut")
    group.add_argument("--method", choices=summarizers.names(), default=None,
                       help="summarizer: " + "; ".join(f"{n}: {summarizers.describe(n)}" for n in summarizers.names()) + " (default: extractive)")
    group.add_argument("--segmenter", choices=segmenters.names(), default=None,
                       help="sentence splitter: " + "; ".join(f"{n}: {segmenters.describe(n)}" for n in segmenters.names()))
    group.add_argument("--llm-model", metavar="PATH|NAME", default=None, help="a .gguf file, or the model name at --llm-url")
    group.add_argument("--llm-url", metavar="URL", default=None, help="an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1")
    group.add_argument("--llm-key", metavar="KEY", default=None, help="API key for --llm-url (or NEWSWEAVE_LLM_KEY)")


def sqlite_path(db: str | None) -> str | None:
    """`--db news.db` (a bare path) means the SQLite file, as `serve --db` always took it; ingest,
    stories, show and batch refused it as an 'unsupported database URL' (session 19)."""
    return f"sqlite:///{db}" if db and "://" not in db else db


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Build the one Settings object from parsed CLI arguments (flags win over env and file)."""
    overrides = {
        name: getattr(args, name, None)
        for name in ("words", "format", "method", "segmenter", "similarity", "fact_threshold", "embedder", "llm_model", "llm_url", "llm_key", "db", "token", "read_token", "host", "port", "debug", "color")
    }
    overrides["db"] = sqlite_path(overrides["db"])
    settings = load_settings(getattr(args, "config", None), **overrides)
    if settings.words <= 0:
        raise ConfigError(f"--words must be positive, got {settings.words}", hint="try --words 120")
    if settings.fact_threshold is not None and not 0 < settings.fact_threshold <= 1:
        raise ConfigError(f"--fact-threshold must be in (0, 1], got {settings.fact_threshold}", hint="try --fact-threshold 0.5")
    return settings


def use_color(settings: Settings, args: argparse.Namespace) -> bool:
    """Colour only for a terminal: not for files, pipes, or when NO_COLOR is set."""
    import os

    return bool(settings.color and not getattr(args, "output", None) and sys.stdout.isatty() and "NO_COLOR" not in os.environ)


def write_output(text: str, output: str | None) -> None:
    if output:
        from ..errors import ConfigError

        folder = Path(output).expanduser().resolve().parent
        if not folder.is_dir():
            raise ConfigError(f"cannot write {output}: folder {folder} does not exist", hint="create the folder first, or give another -o path")
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot write {output}: {exc.strerror or exc}", hint="check the path and its permissions") from exc
        print(f"wrote {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()


def report_problems(problems, *, color: bool = True) -> None:
    """Print read problems to stderr, file and reason each: errors were skipped, warnings were read
    with something to know (encoding, truncation, language, duplicate)."""
    if not problems:
        return
    errors = [p for p in problems if getattr(p, "level", "error") == "error"]
    warnings = [p for p in problems if getattr(p, "level", "error") != "error"]
    from ..render.common import strip_controls  # file names may hold ESC/BEL/bidi characters

    for p in errors:
        print(strip_controls(f"skipped {p.source}: {p.reason}", newlines=False), file=sys.stderr)
    for p in warnings:
        print(strip_controls(f"note: {p.source}: {p.reason}", newlines=False), file=sys.stderr)
    parts = []
    if errors:
        parts.append(f"{len(errors)} input(s) skipped")
    if warnings:
        parts.append(f"{len(warnings)} warning(s)")
    print(", ".join(parts), file=sys.stderr)
