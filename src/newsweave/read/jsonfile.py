"""JSON and JSONL articles.

Accepted shapes, per JSON value (a whole .json file, or one JSONL line):
- an article object: `text` (or `body`, `content`, `article`, `maintext`) plus optional `title`,
  `url`, `outlet`, `published` (or `date`, `published_at`, `publishedAt`, `pubDate`), `author`,
  `language`/`lang`, a section or type naming the genre (`genre`, `section`, `articleSection`,
  `@type`: "Opinion", "OpinionNewsArticle"; read/genre.py); `source` counts as the outlet only when it is `{"name": ...}` (NewsAPI), since
  datasets use a plain `source` string for the dataset's name;
- a cluster object with a `documents` (or `articles`) list of article objects, as in the Multi-News
  dev data: `{"id", "documents": [{"text", "title"?}, ...], "summary"}`;
- a list of either.
A bad JSONL line is one problem naming its line number; the other lines are still read.
"""

from __future__ import annotations

import json
from typing import Any

from ..types import Article, ReadProblem
from .article import build_article
from .decode import Source, truncation_warning
from .genre import section_genre

_TEXT_KEYS = ("text", "body", "content", "article", "maintext", "full_text", "fulltext")
_TITLE_KEYS = ("title", "headline")
_URL_KEYS = ("url", "link", "canonical_url", "source_url")
_GENRE_KEYS = ("genre", "section", "articleSection", "article_section", "@type")  # read/genre.py
_OUTLET_KEYS = ("outlet", "site_name", "sitename", "site", "publisher", "source_name", "domain")
_DATE_KEYS = ("published", "date", "published_at", "publishedAt", "pubDate", "date_publish", "datetime", "created_at")
_AUTHOR_KEYS = ("author", "byline", "authors", "creator")
_LIST_KEYS = ("documents", "articles", "docs", "items")


def _first(record: dict, keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


def _outlet(record: dict) -> str | None:
    value = _first(record, _OUTLET_KEYS)
    if isinstance(value, dict):
        value = value.get("name")
    if value is None and isinstance(record.get("source"), dict):
        value = record["source"].get("name")
    return value if isinstance(value, str) else None


def _json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words with its article ("a number", not Python's "a int")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return {str: "a string", list: "a list", dict: "an object"}.get(type(value), f"a {type(value).__name__}")


def _article_from(record: Any, *, src: Source, where: str, label: str | None) -> tuple[list[Article], list[ReadProblem]]:
    """One article object (or a cluster of them) at `where` in the file."""
    source = f"{src.path} ({where})" if where else str(src.path)
    if not isinstance(record, dict):
        return [], [ReadProblem(source, f"expected an article object with a 'text' field, found {_json_kind(record)}")]
    for key in _LIST_KEYS:
        documents = record.get(key)
        if isinstance(documents, list) and _first(record, _TEXT_KEYS) is None:
            return _cluster(documents, src=src, where=where, cluster_id=record.get("id"))
    raw = _first(record, _TEXT_KEYS)
    if isinstance(raw, list) and all(isinstance(p, str) for p in raw):
        raw = "\n\n".join(raw)
    if not isinstance(raw, str):
        reason = "no 'text' field" if raw is None else f"'text' is {_json_kind(raw)}, not a string"
        return [], [ReadProblem(source, f"{reason}; an article object needs its text under 'text'")]
    author = _first(record, _AUTHOR_KEYS)
    if isinstance(author, list):
        author = ", ".join(a if isinstance(a, str) else str(a.get("name", "")) if isinstance(a, dict) else str(a) for a in author)
    title = _first(record, _TITLE_KEYS)
    url = _first(record, _URL_KEYS)
    lang = _first(record, ("language", "lang"))
    built = build_article(
        raw,
        source=source,
        path=src.path,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        outlet=_outlet(record),
        published=_first(record, _DATE_KEYS),
        author=author if isinstance(author, str) else None,
        language=lang if isinstance(lang, str) and len(lang.strip()) in (2, 3, 5) else None,
        label=label,
        genre=section_genre([record.get(k) for k in _GENRE_KEYS]),
    )
    return ([built.article] if built.article else []), built.problems


def _cluster(documents: list, *, src: Source, where: str, cluster_id: Any) -> tuple[list[Article], list[ReadProblem]]:
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    name = str(cluster_id) if isinstance(cluster_id, (str, int)) else (where or src.path.name)
    for number, document in enumerate(documents, start=1):
        place = f"{where}, document {number}" if where else f"document {number}"
        got, bad = _article_from(document, src=src, where=place, label=f"{name} document {number}")
        articles.extend(got)
        problems.extend(bad)
    if not documents:
        problems.append(ReadProblem(f"{src.path} ({where or 'top level'})", "empty 'documents' list"))
    return articles, problems


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"


def load_json(text: str) -> tuple[Any, str | None]:
    """(value, None), or (None, reason) for text that is not usable JSON: a syntax error, nesting
    too deep, a number too long to convert (Python refuses integers over 4,300 digits), or a lone
    surrogate escape ("\\ud800": not a character, and it cannot be written as UTF-8)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, _json_error(exc)
    except RecursionError:
        return None, "malformed JSON: nested too deeply to read"
    except ValueError as exc:
        return None, f"unusable JSON: {str(exc).split(';')[0][:120]}"
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        return None, f"unusable JSON: a string holds a lone surrogate escape (\\u{ord(exc.object[exc.start]):04x}), not a character"
    except (RecursionError, ValueError):
        return None, "malformed JSON: nested too deeply to read"
    return value, None


def read_json(src: Source) -> tuple[list[Article], list[ReadProblem]]:
    """A .json file: one article, a cluster, or a list of either. A file of several JSON values
    one per line (JSONL saved as .json) is read as JSONL."""
    value, reason = load_json(src.text)
    if reason is not None:
        if "Extra data" in reason:
            return read_jsonl(src)
        return [], [ReadProblem(str(src.path), reason)]
    if isinstance(value, list):
        articles: list[Article] = []
        problems: list[ReadProblem] = []
        if not value:
            return [], [ReadProblem(str(src.path), "empty JSON list: no articles")]
        many = len(value) > 1
        for number, record in enumerate(value, start=1):
            label = f"{src.path.name} #{number}" if many else None
            got, bad = _article_from(record, src=src, where=f"record {number}", label=label)
            articles.extend(got)
            problems.extend(bad)
        return articles, problems
    return _article_from(value, src=src, where="", label=None)


def read_jsonl(src: Source) -> tuple[list[Article], list[ReadProblem]]:
    """A .jsonl file: one JSON value per line. Each bad line is one problem with its line number;
    a cut compressed file keeps its complete lines, with one warning saying how many."""
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    # Split on "\n" only: str.splitlines also breaks at U+2028, U+0085 and \x1c-\x1e, which JSON
    # strings may hold raw, and would cut a good record in two.
    lines = src.text.split("\n")
    if src.truncated:
        # A compressed file cut mid-way: the text after the last newline is part of a line whose
        # end is lost; every line before it is whole and read.
        lines.pop()
        complete = sum(1 for line in lines if line.strip())
        if complete:
            problems.append(ReadProblem(str(src.path), truncation_warning(src.truncated, len(src.data), lines=complete), level="warning"))
        else:
            problems.append(ReadProblem(str(src.path), f"file ends early: {src.truncated} stream truncated before its first complete line"))
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        value, reason = load_json(line)
        if reason is not None:
            reason = reason.replace(" at line 1, column ", " at column ")
            problems.append(ReadProblem(f"{src.path} ({where})", f"{reason}; line skipped"))
            continue
        got, bad = _article_from(value, src=src, where=where, label=f"{src.path.name} line {number}")
        articles.extend(got)
        problems.extend(bad)
    return articles, problems
