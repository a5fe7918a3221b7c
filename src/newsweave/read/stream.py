"""Streaming reading: `iter_articles(paths)` yields articles (and problems) one file, or one JSONL
line, at a time, so memory does not grow with the text read. `read_paths` collects the same.

A file up to `MAX_FILE_BYTES` is read whole by its reader (`read_file`), exactly as `read_paths`
reads it. A bigger JSON Lines file (`.jsonl`/`.ndjson`, also gzip/bzip2/xz-compressed), which
`read_file` would cut at that limit, is streamed line by line instead: each line is parsed and
turned into an article the way `read_jsonl` does, and a bad line is one problem. Across files only
each article's id and where it was read are kept (for the duplicate warning): a few hundred bytes
per article, whatever the size of its text.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..types import Article, ReadProblem
from .decode import MAX_FILE_BYTES, Source, inner_path, truncation_warning

_STREAMED = (".jsonl", ".ndjson")
_OPENERS = {".gz": gzip.open, ".gzip": gzip.open, ".bz2": bz2.open, ".bzip2": bz2.open, ".xz": lzma.open}


def _streamable(path: Path) -> bool:
    inner = inner_path(path)
    if inner.suffix.lower() not in _STREAMED:
        return False
    try:
        return path.stat().st_size > MAX_FILE_BYTES or (inner != path and path.stat().st_size > MAX_FILE_BYTES // 8)
    except OSError:
        return False


def jsonl_lines(path: Path, numbered_lines: Iterable[tuple[int, bytes]]) -> Iterator[Article | ReadProblem]:
    """Articles (and problems) from numbered raw lines of the JSON Lines file `path`, each line
    parsed the way `read_jsonl` does; a bad line is one problem. Shared by `iter_jsonl` and the
    Ray engine's byte-range shards."""
    from .jsonfile import _article_from, load_json

    src = Source(path=path, data=b"", text="", encoding="utf-8", size=path.stat().st_size)
    for number, raw in numbered_lines:
        where = f"line {number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield ReadProblem(f"{path} ({where})", f"not UTF-8 (bad byte at column {exc.start + 1}); line skipped")
            continue
        if not line.strip():
            continue
        value, reason = load_json(line)
        if reason is not None:
            yield ReadProblem(f"{path} ({where})", f"{reason.replace(' at line 1, column ', ' at column ')}; line skipped")
            continue
        articles, problems = _article_from(value, src=src, where=where, label=f"{path.name} line {number}")
        yield from problems
        yield from articles


def iter_jsonl(path: Path) -> Iterator[Article | ReadProblem]:
    """A big JSON Lines file, one line at a time (UTF-8, as JSON Lines requires)."""
    opener = _OPENERS.get(path.suffix.lower(), open)
    complete = [0]  # non-blank lines handed over whole

    def counted(handle) -> Iterator[tuple[int, bytes]]:
        for number, raw in enumerate(handle, start=1):
            if raw.endswith(b"\n"):
                complete[0] += bool(raw.strip())
                yield number, raw
            elif raw.strip():  # the last line of a file without a final newline
                complete[0] += 1
                yield number, raw

    try:
        with opener(path, "rb") as handle:
            yield from jsonl_lines(path, counted(handle))
    except EOFError:  # a compressed stream cut mid-way: what came before it was read
        name = {gzip.open: "gzip", bz2.open: "bzip2", lzma.open: "xz"}.get(opener, "compressed")
        yield ReadProblem(str(path), truncation_warning(name, 0, lines=complete[0]), level="warning")
    except (OSError, lzma.LZMAError) as exc:
        yield ReadProblem(str(path), f"could not be read to the end ({type(exc).__name__}: {str(exc)[:200]})")


def iter_articles(paths: Iterable[str | Path] | str | Path, *, on_file: Callable[[Path], None] | None = None) -> Iterator[Article | ReadProblem]:
    """Articles and problems from every file under `paths` (files or folders, sorted), in order.
    An article whose text was already read is reported once as a warning and not yielded again.
    Outlet names equal but for case ("FactCheck.org" from a record, "factcheck.org" from another's
    URL) are one outlet: every article gets the spelling read first."""
    from . import _walk, read_file
    from .outlet import OutletSpellings

    problems: list[ReadProblem] = []
    files = _walk([paths] if isinstance(paths, (str, Path)) else paths, problems)
    yield from problems
    seen: dict[str, str | None] = {}
    spelled = OutletSpellings()  # one outlet, one spelling: the first seen of its case-free name
    for path in files:
        if on_file:
            on_file(path)
        if _streamable(path):
            items: Iterable[Article | ReadProblem] = iter_jsonl(path)
        else:
            articles, found = read_file(path)
            items = [*found, *articles]
        for item in items:
            if isinstance(item, ReadProblem):
                yield item
            elif item.id in seen:
                yield ReadProblem(item.source or str(path), f"same text as {seen[item.id]}; read once", level="warning")
            else:
                seen[item.id] = item.source
                outlet = spelled.spell(item.outlet)
                yield item if outlet == item.outlet else replace(item, outlet=outlet)
