"""Multi-News style files: one file, several articles separated by `|||||`.

The Multi-News dataset also writes line breaks as the token `NEWLINE_CHAR` and sometimes separates
stories with `story_separator_special_tag`; both are understood. Each part is read like a
plain-text article (date marker, headline), and named "<file> #n" when it names no outlet.
"""

from __future__ import annotations

import re

from ..types import Article, ReadProblem
from .decode import Source
from .plaintext import read_plaintext_text

SEPARATOR = "|||||"
_SEPARATORS = re.compile(r"\|{5,}|story_separator_special_tag")
# A match can only start at the beginning of a whitespace run (the lookbehind), so a long run of
# spaces is scanned once, not once per space (the plain `\s*NEWLINE_CHAR` was quadratic on it).
_NEWLINE_TOKEN = re.compile(r"(?:(?<!\s)\s++)?NEWLINE_CHAR\s*+")


def looks_like_multinews(text: str) -> bool:
    return SEPARATOR in text or "story_separator_special_tag" in text


def split_multinews(text: str) -> list[str]:
    """The article texts in a Multi-News string, with NEWLINE_CHAR turned back into line breaks."""
    parts = _SEPARATORS.split(text)
    return [_NEWLINE_TOKEN.sub("\n", part).strip() for part in parts]


def read_multinews(src: Source) -> tuple[list[Article], list[ReadProblem]]:
    """Read every article in a Multi-News file. Empty parts are reported, not fatal."""
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    for number, part in enumerate(split_multinews(src.text), start=1):
        source = f"{src.path} (article {number})"
        if not part:
            problems.append(ReadProblem(source, "empty article between '|||||' separators", level="warning"))
            continue
        built = read_plaintext_text(part, source=source, path=src.path, label=f"{src.path.name} #{number}")
        problems.extend(built.problems)
        if built.article:
            articles.append(built.article)
    return articles, problems
