"""Reading articles from files and folders: one module per input format.

`read_paths(paths)` walks files and folders, picks a reader per file, and returns a `ReadResult`
with the articles read (deduplicated by content id) and one `ReadProblem` per file or record that
could not be read. It never raises for bad input; the caller decides what to do with problems.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..types import Article, ReadProblem
from .plaintext import read_plaintext


@dataclass(frozen=True)
class ReadResult:
    articles: tuple[Article, ...]
    problems: tuple[ReadProblem, ...]
    files_seen: int = 0


def _walk(paths: Iterable[str | Path], problems: list[ReadProblem]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(ReadProblem(str(path), "no such file or folder"))
    return files


def read_paths(paths: Iterable[str | Path], *, on_file: Callable[[Path], None] | None = None) -> ReadResult:
    """Read every file under `paths` (files or folders). Returns articles and problems."""
    problems: list[ReadProblem] = []
    files = _walk(paths, problems)
    seen: dict[str, Article] = {}
    for path in files:
        if on_file:
            on_file(path)
        try:
            for article in read_plaintext(path):
                seen.setdefault(article.id, article)
        except Exception as exc:  # noqa: BLE001 - a bad file is reported, never fatal
            problems.append(ReadProblem(str(path), f"{type(exc).__name__}: {exc}"))
    return ReadResult(tuple(seen.values()), tuple(problems), len(files))
