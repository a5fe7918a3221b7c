"""POST /api/articles: turn a JSON body or uploaded files into Articles, then ingest them.

A JSON body is `{"articles": [...]}`, a bare list of articles, or one article object; each one is
checked on its own, so one bad record becomes a problem and the rest go on. Uploaded files are
read by the same readers as `newsweave ingest` (by extension), from a private temporary folder.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..read.article import build_article
from ..read.genre import section_genre
from ..read.jsonfile import load_json
from ..types import Article, ReadProblem
from .errors import WebError
from .models import MAX_ARTICLES, ArticleIn

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_GENRE_KEYS = ("genre", "section", "articleSection", "article_section", "@type")  # as read/jsonfile.py


def articles_from_json(body: bytes) -> tuple[list[Article], list[ReadProblem]]:
    """Parse a JSON body. Raises WebError (400/422) when the body as a whole is unusable."""
    if not body.strip():
        raise WebError(400, "the request body is empty", hint='send {"articles": [{"outlet": ..., "text": ...}]}')
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WebError(400, f"the request body is not UTF-8 (bad byte at position {exc.start})",
                       hint="encode the JSON as UTF-8") from None
    data, reason = load_json(text)
    if reason is not None:
        # Syntax errors, nesting too deep, integers over 4,300 digits, lone surrogate escapes.
        raise WebError(400, f"the request body is not valid JSON: {reason}", hint="check the JSON syntax") from None
    if isinstance(data, dict) and "articles" in data:
        records = data["articles"]
    elif isinstance(data, dict):
        records = [data]
    else:
        records = data
    if not isinstance(records, list):
        raise WebError(422, "`articles` must be a list of article objects",
                       hint='send {"articles": [{"outlet": ..., "text": ...}]}')
    if not records:
        raise WebError(422, "no articles in the request", hint="send at least one article")
    if len(records) > MAX_ARTICLES:
        raise WebError(413, f"{len(records)} articles in one request; the limit is {MAX_ARTICLES}",
                       hint="split the articles over several requests")
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    for i, record in enumerate(records):
        where = f"articles[{i}]"
        if not isinstance(record, dict):
            problems.append(ReadProblem(where, f"expected an object with outlet and text, got {type(record).__name__}"))
            continue
        try:
            item = ArticleIn.model_validate(record)
        except ValidationError as exc:
            # Every field's problem, not the first: {"title": ...} said only "outlet: Field required",
            # and the resent record then failed on its missing text (session 23, E4).
            reasons = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())) or "article", e.get("msg", "invalid")) for e in exc.errors()]
            problems.append(ReadProblem(where, "; ".join(reasons)))
            continue
        if "\x00" in item.text:
            problems.append(ReadProblem(where, "text: contains NUL characters (binary data?)"))
            continue
        # The same cleaning, outlet naming and content id as reading a JSON file with the CLI.
        built = build_article(
            item.text, source=where, title=item.title, url=item.url, outlet=item.outlet,
            published=item.published, author=item.author, language=item.language,
            genre=section_genre([record.get(k) for k in _GENRE_KEYS]),
        )
        problems.extend(built.problems)
        if built.article is not None:
            articles.append(built.article)
    return articles, problems


def safe_filename(name: str | None, index: int) -> str:
    """A file name that cannot escape the upload folder; keeps the extension the readers key on."""
    base = Path((name or "").replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).strip("._")[:120]
    return base or f"upload-{index}"


def _expanded(files: list[tuple[str | None, bytes]], limit: int) -> list[tuple[str | None, bytes]]:
    """Compressed uploads decompressed here, all together at most `limit` bytes: a 256 KB gzip of
    62 MB of records must be refused at once, not read and ingested for minutes (413)."""
    import io

    from ..read.decode import _compression, _decompress_cut, human_size

    out: list[tuple[str | None, bytes]] = []
    total = 0
    for name, content in files:
        compression = _compression(content[:16])
        if compression:
            try:
                expanded, _, cut = _decompress_cut(io.BytesIO(content), *compression, max(0, limit - total) + 1)
            except Exception:  # noqa: BLE001 - a damaged archive is the reader's problem to report
                pass
            else:
                if cut:  # kept compressed so the reader reports the cut; its size counts as expanded
                    total += len(expanded) - len(content)
                else:
                    content = expanded
                    inner = (name or "").rsplit(".", 1)[0] if (name or "").lower().endswith((".gz", ".gzip", ".bz2", ".bzip2", ".xz")) else name
                    name = inner or name
        total += len(content)
        if total > limit:
            raise WebError(413, f"the uploaded files are over {human_size(limit)} uncompressed; the limit is {human_size(limit)} per request",
                           hint="split the upload over several requests")
        out.append((name, content))
    return out


def articles_from_files(files: list[tuple[str | None, bytes]], *, max_bytes: int | None = None,
                        max_records: int = MAX_ARTICLES) -> tuple[list[Article], list[ReadProblem]]:
    """Read uploaded (filename, content) pairs with the CLI's readers. At most `max_bytes`
    (uncompressed, all files together) and `max_records` articles per request, else 413."""
    from ..read import read_paths

    if not files:
        raise WebError(422, "no files in the upload", hint="send one or more files in the `files` form field")
    if max_bytes is not None:
        files = _expanded(files, max_bytes)
    with tempfile.TemporaryDirectory(prefix="newsweave-upload-") as tmp:
        root = Path(tmp)
        names: dict[str, str] = {}
        paths = []
        for i, (name, content) in enumerate(files):
            # One folder per file: two uploads called story.txt must not overwrite each other,
            # and the file name (which plain-text readers use as the outlet) is kept.
            folder = root / str(i)
            folder.mkdir()
            path = folder / safe_filename(name, i)
            path.write_bytes(content)
            names[str(path)] = name or path.name
            paths.append(path)
        result = read_paths(paths)
    if len(result.articles) > max_records:
        raise WebError(413, f"{len(result.articles)} articles in one upload; the limit is {max_records}",
                       hint="split the articles over several requests")
    articles = []
    for a in result.articles:
        articles.append(replace(a, source=_upload_name(a.source, names)))
    problems = [replace(p, source=_upload_name(p.source, names)) for p in result.problems]
    return articles, problems


def _upload_name(source: str | None, names: dict[str, str]) -> str | None:
    if not source:
        return source
    for temp, original in names.items():
        if source.startswith(temp):
            return "upload:" + original + source[len(temp):]
    return source


def problems_json(problems: list[ReadProblem]) -> list[dict[str, Any]]:
    return [{"source": p.source, "reason": p.reason, "level": getattr(p, "level", "error")} for p in problems]
