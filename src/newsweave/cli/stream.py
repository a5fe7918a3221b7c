"""`newsweave ingest`, `newsweave stories`, `newsweave show`: stories from a stream, in a database."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from ..errors import ConfigError
from .options import add_output_options, add_summary_options, settings_from_args, write_output, use_color


def _plain(line: str) -> str:
    """A problem line without ESC/BEL/bidi characters (they come from file names and records)."""
    from ..render.common import strip_controls

    return strip_controls(line, newlines=False)


DB_HELP = "database URL: sqlite:///FILE.db or a file path (default: sqlite:///newsweave.db) or postgresql://user@host:port/db (or NEWSWEAVE_DB)"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    from ..pipeline.registry import embedders

    p = subparsers.add_parser(
        "ingest",
        parents=[parent],
        help="add articles to the story database (incremental, idempotent)",
        description="Read articles and add them to the story database. Each new article joins the "
        "story it matches (headline and lead, names, dates within a window) or starts its own; only "
        "changed stories get their summary recomputed. Re-ingesting the same files changes nothing.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders: .txt, .html, .json/.jsonl, Multi-News, RSS/Atom (also .gz/.bz2/.xz)")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--embedder", choices=embedders.names(), default=None, help="article embeddings: static (fast, distilled from MiniLM on first use), minilm, or hashing (no model); default auto")
    p.add_argument("--words", "-w", type=int, default=None, metavar="N", help="summary length in words (default: 120)")
    add_summary_options(p, words=False)
    p.add_argument("--batch-size", type=int, default=256, metavar="N", help="articles per transaction (default: 256)")
    p.add_argument("--no-summaries", dest="summaries", action="store_false", help="cluster only; summaries are computed by the next ingest")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    p.add_argument("--json", action="store_true", help="print the final counts as JSON")
    from .batch import add_engine_options  # --engine local|ray, --ray-address (issue 17)

    add_engine_options(p)
    p.set_defaults(handler=run_ingest)

    p = subparsers.add_parser("stories", parents=[parent], help="list the stories in the database", description="List stories, most recent first.")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--since", type=_date, default=None, metavar="YYYY-MM-DD", help="stories active on or after this date")
    p.add_argument("--until", type=_date, default=None, metavar="YYYY-MM-DD", help="stories that began on or before this date")
    p.add_argument("--search", default=None, metavar="WORDS", help="only stories whose title or articles contain WORDS")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="how many (default: 20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N")
    p.add_argument("--format", "-f", choices=("text", "markdown", "json"), default=None, help="output format (default: text)")
    p.set_defaults(handler=run_stories)

    p = subparsers.add_parser("show", parents=[parent], help="one stored story: summary, analysis, sources", description="Show one story from the database (by story id, or the id of one of its articles).")
    p.add_argument("story_id", metavar="STORY_ID")
    p.add_argument("--db", default=None, metavar="URL", help=DB_HELP)
    p.add_argument("--since", default=None, metavar="DATE|VERSION", help="show what changed since a version number, or since a date (YYYY-MM-DD: the day the database stored it, not a publication date), instead of the story")
    p.add_argument("--versions", action="store_true", help="the story's history: the stored versions of its report and the stories merged into it, in time order")
    p.add_argument("--version", dest="report_version", type=int, default=None, metavar="N", help="show version N of the report instead of the newest")
    add_output_options(p)
    p.set_defaults(handler=run_show)


def _progress(quiet: bool):
    if quiet:
        return None
    tty = sys.stderr.isatty()
    last = {"stage": None, "at": 0.0}

    def show(stage: str, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        final = total and done >= total
        if not final and now - last["at"] < (0.2 if tty else 2.0) and stage == last["stage"]:
            return
        last["stage"], last["at"] = stage, now
        label = {"read": "reading files", "cluster": "clustering articles", "summarize": "summarizing stories"}.get(stage, stage)
        text = f"{label}: {done}" + (f"/{total}" if total else "")
        if tty:
            sys.stderr.write("\r\033[K" + text + ("\n" if final else ""))
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    return show


def run_ingest(args: argparse.Namespace) -> int:
    from ..store import open_store

    settings = settings_from_args(args)
    if args.batch_size <= 0:
        raise ConfigError(f"--batch-size must be positive, got {args.batch_size}", hint="try --batch-size 256")
    with open_store(settings.db) as store:
        from ..engines import get_engine

        engine = get_engine(getattr(args, "engine", "local"), address=getattr(args, "ray_address", None))
        report = engine.ingest(args.paths, store=store, settings=settings, on_progress=_progress(args.quiet), batch_size=args.batch_size, summarize=args.summaries)
        total = store.count_stories()
    for p in report.skipped:
        print(_plain(f"skipped {p.source}: {p.reason}"), file=sys.stderr)
    for p in report.warnings:
        print(_plain(f"warning {p.source}: {p.reason}"), file=sys.stderr)
    for p in report.failed:
        print(_plain(f"failed {p.source}: {p.reason}"), file=sys.stderr)
    for s in report.set_aside:  # read, but not an article: not stored, in no story (session 25)
        print(_plain(f"set aside {s.label or s.article_id}: {s.reason}"), file=sys.stderr)
    counts = {
        "read": report.read,
        "skipped": len(report.skipped),
        "new_articles": report.new_articles,
        "duplicates": report.duplicates,
        "set_aside": len(report.set_aside),
        "new_stories": len(report.new_stories),
        "updated_stories": len(report.updated_stories),
        "summarized": len(report.summarized),
        "failed": len(report.failed),
        "stories_in_db": total,
        "seconds": round(report.seconds, 2),
    }
    if args.json:
        counts["skipped_reasons"] = [{"source": p.source, "reason": p.reason} for p in report.skipped]
        counts["set_aside_reasons"] = [{"source": s.label, "article_id": s.article_id, "kind": s.kind, "reason": s.reason} for s in report.set_aside]
        print(json.dumps(counts))
    else:
        print(
            f"read {report.read} articles, skipped {len(report.skipped)} input(s); "
            f"{report.new_articles} new, {report.duplicates} already stored"
            + (f", {len(report.set_aside)} set aside as not articles" if report.set_aside else "")
            + "; "
            f"{len(report.new_stories)} new stories, {len(report.updated_stories)} updated; "
            f"{len(report.summarized)} summaries recomputed; {total} stories in the database ({report.seconds:.1f} s)"
        )
    fail_if_nothing_read(report)
    return 1 if report.failed else 0


def fail_if_nothing_read(report) -> None:
    """Every input unreadable (a mistyped path, only empty or binary files): an error (E101, exit 2)
    as in analyze, not a success that read 0 articles (session 19)."""
    if not report.read and report.skipped:
        from ..errors import NoArticlesError

        detail = "; ".join(_plain(f"{p.source}: {p.reason}") for p in report.skipped[:5])
        raise NoArticlesError(f"no readable articles ({detail})", hint="give files or folders of articles (.txt, .html, .json, .jsonl, RSS/Atom)")


def run_stories(args: argparse.Namespace) -> int:
    from ..render.listing import listing_dict
    from ..store import open_store

    settings = settings_from_args(args)
    if args.limit <= 0 or args.offset < 0:
        raise ConfigError("--limit must be positive and --offset not negative", hint="try --limit 20")
    with open_store(settings.db, must_exist=True) as store:
        stories, total = store.list_stories(since=args.since, until=args.until, search=args.search, limit=args.limit, offset=args.offset)
    fmt = settings.format if settings.format in ("text", "markdown", "json") else "text"
    if fmt == "json":
        data = {
            "total": total,
            "offset": args.offset,
            "stories": [listing_dict(s) for s in stories],
        }
        write_output(json.dumps(data, ensure_ascii=False, indent=2), None)
        return 0
    lines = []
    if fmt == "markdown":
        # the story's name is its title in every format (text, Markdown, JSON `title`, the web page's
        # heading); it was the summary's lead sentence here (session 24, brief T)
        lines += ["| story | dates | articles | outlets | title |", "|---|---|---|---|---|"]
    for s in stories:
        dates = " – ".join(dict.fromkeys(d.isoformat() for d in (s.first_seen, s.last_seen) if d)) or "undated"
        named = s.named_outlets  # a file naming no outlet is not listed by its made-up label
        outlets = ", ".join(named[:4]) + (f" +{len(named) - 4}" if len(named) > 4 else "") if named or not s.outlets else "outlets not named"
        if fmt == "markdown":
            cell = lambda x: str(x).replace("|", "\\|")  # noqa: E731
            lines.append(f"| `{s.id}` | {dates} | {s.n_articles} | {cell(outlets)} | {cell(s.title)} |")
        else:
            lines.append(f"{s.id}  {dates}  {s.n_articles} article(s)  [{outlets}]\n    {s.title}")
    if stories:
        shown = f"stories {args.offset + 1}–{args.offset + len(stories)} of {total}"
    elif total:  # an --offset past the end (session 22, E3: it said "stories none of 7")
        shown = f"no stories at --offset {args.offset}: there are {total}"
    else:
        shown = "no stories match" if (args.search or args.since or args.until) else "no stories in the database"
    lines.append(("\n" if fmt == "markdown" else "") + shown)
    write_output("\n".join(lines), None)
    return 0


def run_show(args: argparse.Namespace) -> int:
    from ..errors import NotFoundError
    from ..render import render
    from ..store import open_store

    settings = settings_from_args(args)
    _check_show_options(args)
    with open_store(settings.db, must_exist=True) as store:
        try:
            story_id = store.get_story(args.story_id).id
        except NotFoundError:
            # An article id names its story too.
            try:
                story_id = store.story_of_article(args.story_id)
            except NotFoundError:
                raise NotFoundError(f"no story or article {args.story_id!r} in {store.url}", hint="list story ids with `newsweave stories`") from None
        if args.versions:
            write_output(_history(store, story_id, settings.format), args.output)
            return 0
        if args.since is not None:
            from ..pipeline.history import changes_since
            from ..render.changes import render_changes

            fmt = settings.format if settings.format in ("text", "markdown", "json") else "text"
            write_output(render_changes(changes_since(store, story_id, args.since), fmt), args.output)
            return 0
        report = store.get_report(story_id, args.report_version)
    write_output(render(report, settings.format, color=use_color(settings, args)), args.output)
    return 0


def _check_show_options(args: argparse.Namespace) -> None:
    """Options `show` cannot honour are an error, not silently dropped (session 23, E4: `--since 1
    --version 1` showed the changes up to the newest version, `--versions --format html -o h.html`
    wrote plain text into the .html file)."""
    history = "--versions" if args.versions else "--since" if args.since is not None else None
    if history and args.report_version is not None:
        raise ConfigError(f"--version shows one stored report and cannot be combined with {history}",
                          hint="--since N shows what changed from version N to the newest; --versions lists them all")
    if history and getattr(args, "format", None) == "html":
        raise ConfigError(f"{history} has no HTML output; use --format text, markdown or json",
                          hint="the web app's story page (`newsweave serve`) shows the history and the changes")


def _history(store, story_id: str, fmt: str | None) -> str:
    """`show --versions`: one line per report version and per story merged into this one, in time
    order (JSON with --format json: the API's /history shape)."""
    from ..pipeline.history import history_dict, story_history
    from ..types import StoryMerge

    events = story_history(store, story_id)
    if fmt == "json":
        return json.dumps(history_dict(story_id, events), ensure_ascii=False, indent=2)
    lines = []
    for e in events:
        if isinstance(e, StoryMerge):
            when = f"{e.merged_at:%Y-%m-%d %H:%M} UTC" if e.merged_at else "undated"
            if fmt == "markdown":
                lines.append(_plain(f"- {when}: merged in story `{e.absorbed_id}`: {e.reason}"))
            else:
                lines.append(_plain(f"  +  {when}  merged in story {e.absorbed_id}: {e.reason}"))
        elif fmt == "markdown":  # a list, not text lines a Markdown viewer runs into one paragraph
            lines.append(_plain(f"- **version {e.number}**, {e.created_at:%Y-%m-%d %H:%M} UTC, {e.n_articles} article(s): {e.headline or ''}").rstrip())
        else:
            lines.append(f"{e.number:>3}  {e.created_at:%Y-%m-%d %H:%M} UTC  {e.n_articles} article(s)  {e.headline or ''}")
    if fmt == "markdown" and lines:
        lines.insert(0, f"## History of story `{story_id}`\n")
    return "\n".join(lines) or "no versions yet"
