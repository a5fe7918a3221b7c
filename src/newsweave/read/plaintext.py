"""Plain-text articles: an optional ` date YYYY-MM-DD` marker, an optional headline first line.

The headline (a short first paragraph without a full stop) is taken out of the text into `title`,
so `Article.text` starts with the first paragraph of the story.
"""

from __future__ import annotations

import re

from ..types import ReadProblem
from .article import Built, build_article
from .decode import Source

_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")


def split_date_marker(text: str) -> tuple[str | None, str]:
    """' date 2018-04-24 rest' -> ('2018-04-24', 'rest'); no marker -> (None, text)."""
    match = _DATE_MARKER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]


def read_plaintext_text(text: str, *, source: str, path=None, label: str | None = None) -> Built:
    """One plain-text article from a string (also used for each part of a Multi-News file)."""
    published, body = split_date_marker(text)
    return build_article(body, source=source, path=path, published=published, label=label, detect_headline=True)


def read_plaintext(src: Source) -> tuple[list, list[ReadProblem]]:
    """Read a plain-text file: one article. Returns (articles, problems)."""
    built = read_plaintext_text(src.text, source=str(src.path), path=src.path)
    return ([built.article] if built.article else []), built.problems
