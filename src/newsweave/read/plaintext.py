"""Plain-text articles: optional ` date YYYY-MM-DD` marker, optional headline first line."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..types import Article, content_id

_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


def read_plaintext(path: Path) -> list[Article]:
    raw = path.read_text(encoding="utf-8", errors="replace")
    published = None
    match = _DATE_MARKER.match(raw)
    if match:
        published = dt.date.fromisoformat(match.group(1))
        raw = raw[match.end():]
    text = raw.strip()
    if not text:
        return []
    lines = text.split("\n", 1)
    title = None
    if len(lines) == 2 and len(lines[0]) < 200 and not lines[0].rstrip().endswith((".", '"', "”")):
        title = lines[0].strip()
    outlet = re.sub(r"^\d+[_-]|[_-][0-9a-f]{8,}$", "", path.stem) or path.stem
    return [Article(id=content_id(text), outlet=outlet, text=text, title=title, published=published, source=str(path))]
