"""Input shards for a parallel read: one shard per file, and a big JSON Lines file (one that
`read.stream.iter_articles` streams line by line: uncompressed, over 64 MB) cut into byte ranges
that start and end at line boundaries.

`read_shard(shard)` reads one shard exactly as `iter_articles` reads that part of the input (same
readers, same line numbers, same problems), and `merge_shards` puts the shards' results back in
input order and drops repeated texts with the same warning, so the articles (and their order) are
the ones `read_paths` gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..types import Article, ReadProblem

SHARD_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Shard:
    path: str
    start: int | None = None  # byte range [start, end) of a big JSONL file; None: the whole file
    end: int | None = None
    first_line: int = 1  # line number of the line at `start`


def plan_shards(paths: Iterable[str | Path], *, shard_bytes: int = SHARD_BYTES) -> tuple[list[ReadProblem], list[Shard]]:
    """(problems with the paths themselves, shards in input order)."""
    from ..read import _walk
    from ..read.decode import inner_path
    from ..read.stream import _streamable

    problems: list[ReadProblem] = []
    files = _walk([paths] if isinstance(paths, (str, Path)) else paths, problems)
    shards: list[Shard] = []
    for path in files:
        size = path.stat().st_size if path.exists() else 0
        if _streamable(path) and inner_path(path) == path and size > shard_bytes:
            shards.extend(_ranges(path, size, shard_bytes))
        else:
            shards.append(Shard(str(path)))
    return problems, shards


def _ranges(path: Path, size: int, shard_bytes: int) -> list[Shard]:
    """Cut points at the first newline after every `shard_bytes`, with the line number there."""
    cuts = [0]
    with open(path, "rb") as handle:
        target = shard_bytes
        while target < size:
            handle.seek(target)
            handle.readline()
            at = handle.tell()
            if at >= size:
                break
            if at > cuts[-1]:
                cuts.append(at)
            target = at + shard_bytes
        cuts.append(size)
        # Line numbers at each cut: one pass counting newlines.
        lines_before, counted, position = [1], 1, 0
        handle.seek(0)
        for cut in cuts[1:-1]:
            while position < cut:
                chunk = handle.read(min(16 * 1024 * 1024, cut - position))
                counted += chunk.count(b"\n")
                position += len(chunk)
            lines_before.append(counted)
    return [Shard(str(path), cuts[i], cuts[i + 1], lines_before[i]) for i in range(len(cuts) - 1)]


def read_shard(shard: Shard) -> list[Article | ReadProblem]:
    """Articles and problems of one shard, in file order (no cross-file deduplication)."""
    from ..read import read_file
    from ..read.stream import _streamable, iter_jsonl

    path = Path(shard.path)
    if shard.start is not None:
        return list(_iter_range(path, shard))
    if _streamable(path):
        return list(iter_jsonl(path))
    articles, found = read_file(path)
    return [*found, *articles]


def _iter_range(path: Path, shard: Shard) -> Iterator[Article | ReadProblem]:
    """`read.stream.iter_jsonl` on the lines in [start, end)."""
    from ..read.stream import jsonl_lines

    def numbered() -> Iterator[tuple[int, bytes]]:
        with open(path, "rb") as handle:
            handle.seek(shard.start)
            number = shard.first_line - 1
            while handle.tell() < shard.end:
                raw = handle.readline()
                if not raw:
                    break
                number += 1
                yield number, raw

    yield from jsonl_lines(path, numbered())


def merge_shards(problems: Sequence[ReadProblem], results: Iterable[tuple[Shard, Sequence]]) -> tuple[list, list[ReadProblem]]:
    """(unique articles, problems) from shard results given in shard order: the first of each
    text is kept, a repeat becomes the warning `iter_articles` gives. Items may be articles or any
    record with an `.article` (e.g. a Document). One outlet spelled two ways in two shards is one
    outlet with the spelling of the first shard, as `iter_articles` spells it (`read.outlet
    .OutletSpellings`); an item with another spelling is given that one, else kept as it is."""
    from ..read.outlet import OutletSpellings

    spelled = OutletSpellings()
    seen: dict[str, str | None] = {}
    kept: list = []
    found: list[ReadProblem] = list(problems)
    for shard, items in results:
        for item in items:
            if isinstance(item, ReadProblem):
                found.append(item)
                continue
            article = item if isinstance(item, Article) else item.article
            if article.id in seen:
                found.append(ReadProblem(article.source or shard.path, f"same text as {seen[article.id]}; read once", level="warning"))
            else:
                seen[article.id] = article.source
                outlet = spelled.spell(article.outlet)
                kept.append(item if outlet == article.outlet else _respelled(item, outlet))
    return kept, found


def _respelled(item, outlet: str):
    """`item` (an Article, a Document, or a record holding a `.document`) with its article's outlet
    spelled `outlet`."""
    from dataclasses import replace

    if isinstance(item, Article):
        return replace(item, outlet=outlet)
    if hasattr(item, "document"):  # the Ray engine's prepared article (mutable slots)
        item.document = replace(item.document, article=replace(item.document.article, outlet=outlet))
        return item
    return replace(item, article=replace(item.article, outlet=outlet))
