"""Reading articles from files and folders: one module per input format.

`read_paths(paths)` walks files and folders, picks a reader per file (extension checked against a
sniff of the content: plain text, HTML, JSON, JSONL, Multi-News, RSS/Atom; gzip, bzip2 and xz
files are decompressed first), and returns a `ReadResult` with the articles read (deduplicated by
content id) and one `ReadProblem` per file or record that could not be read, or that was read with
something to know (level "warning"). It never raises for bad input; the caller decides what to do
with problems.

Limits: a file is read up to `MAX_FILE_BYTES` (64 MB), an article's text up to
`MAX_ARTICLE_CHARS` (150,000 characters); both cuts are reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..types import Article, ReadProblem
from .article import MAX_ARTICLE_CHARS, build_article
from .decode import FILE_ENDS_EARLY, MAX_FILE_BYTES, Source, UnreadableFile, inner_path, load_source, truncation_warning
from .detect import SKIPPED_EXTENSIONS, Format, detect_format
from .feed import read_feed
from .html import read_html
from .jsonfile import read_json, read_jsonl
from .multinews import read_multinews
from .plaintext import read_plaintext

__all__ = [
    "MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "FileReader", "Reader", "ReadResult", "build_article", "read_file", "read_paths",
]

FileReader = Callable[[Source], tuple[list[Article], list[ReadProblem]]]

READERS: dict[Format, FileReader] = {
    "text": read_plaintext,
    "html": read_html,
    "json": read_json,
    "jsonl": read_jsonl,
    "multinews": read_multinews,
    "feed": read_feed,
}


@dataclass(frozen=True)
class ReadResult:
    """Articles read (one per content id, first seen wins), problems, and counts."""

    articles: tuple[Article, ...]
    problems: tuple[ReadProblem, ...]
    files_seen: int = 0
    duplicates: int = 0  # articles dropped because the same text was already read

    @property
    def errors(self) -> tuple[ReadProblem, ...]:
        return tuple(p for p in self.problems if p.level == "error")

    @property
    def warnings(self) -> tuple[ReadProblem, ...]:
        return tuple(p for p in self.problems if p.level == "warning")

    def counts(self) -> dict[str, int]:
        """{"files", "articles", "duplicates", "errors", "warnings"} for a one-line report."""
        return {
            "files": self.files_seen,
            "articles": len(self.articles),
            "duplicates": self.duplicates,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
        }


class Reader(Protocol):
    """The reading stage: paths in, articles and problems out."""

    def read(self, paths: Iterable[str | Path]) -> ReadResult: ...


class FileSystemReader:
    """The default `Reader`: `read_paths` with an optional progress callback."""

    def __init__(self, *, on_file: Callable[[Path], None] | None = None) -> None:
        self.on_file = on_file

    def read(self, paths: Iterable[str | Path]) -> ReadResult:
        return read_paths(paths, on_file=self.on_file)


def _walk(paths: Iterable[str | Path], problems: list[ReadProblem]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                problems.append(ReadProblem(str(path), "folder has no files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problems.append(ReadProblem(str(path), "not a regular file or folder"))
        else:
            problems.append(ReadProblem(str(path), "no such file or folder"))
    return files


def read_file(path: Path) -> tuple[list[Article], list[ReadProblem]]:
    """Read one file with the reader its extension and content call for. Never raises for bad
    input: every failure comes back as a `ReadProblem` naming the file."""
    inner = inner_path(path)
    if inner.suffix.lower() in SKIPPED_EXTENSIONS:
        kind = "".join(path.suffixes[-2:]) if inner != path else path.suffix
        return [], [ReadProblem(str(path), f"skipped: '{kind}' files are not articles (give text, HTML, JSON, JSONL or RSS/Atom files, compressed or not)")]
    try:
        src = load_source(path)
    except UnreadableFile as exc:
        return [], [ReadProblem(str(path), str(exc))]
    except Exception as exc:  # noqa: BLE001 - a decoder bug on one file must not stop the batch
        return [], [ReadProblem(str(path), f"could not be decoded ({type(exc).__name__}: {str(exc)[:200]})")]
    problems = [ReadProblem(str(path), warning, level="warning") for warning in src.warnings]
    try:
        reader = READERS[detect_format(inner, src.text)]
        articles, found = reader(src)
    except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not stop the batch
        return [], problems + [ReadProblem(str(path), f"could not be read ({type(exc).__name__}: {str(exc)[:200]})")]
    problems.extend(found)
    if src.truncated and not any(p.reason.startswith(FILE_ENDS_EARLY) for p in found):
        problems.append(ReadProblem(str(path), truncation_warning(src.truncated, len(src.data)), level="warning"))
    if not articles and not any(p.level == "error" for p in problems):
        problems.append(ReadProblem(str(path), "no articles found in this file"))
    return articles, problems


def read_paths(paths: Iterable[str | Path], *, on_file: Callable[[Path], None] | None = None) -> ReadResult:
    """Read every file under `paths` (files or folders, in sorted order): `iter_articles`, collected.

    In: paths; `on_file` is called with each file before it is read (for a progress bar).
    Out: `ReadResult` with unique articles (identical text from two files counts once, reported
    as a warning), every problem naming its file (and line/record), and the number of files seen.
    """
    from .stream import iter_articles

    files = [0]

    def counting(path: Path) -> None:
        files[0] += 1
        if on_file:
            on_file(path)

    articles: list[Article] = []
    problems: list[ReadProblem] = []
    duplicates = 0
    for item in iter_articles(paths, on_file=counting):
        if isinstance(item, Article):
            articles.append(item)
            continue
        problems.append(item)
        duplicates += item.level == "warning" and item.reason.startswith("same text as ")
    return ReadResult(tuple(articles), tuple(problems), files[0], duplicates)


from .stream import iter_articles  # noqa: E402  (the streaming form of read_paths)
