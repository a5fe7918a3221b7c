"""HTML pages: main text, title, date, author and site name through trafilatura, offline.

The page is parsed from the file's content only: nothing is fetched, not even when it names a URL.
Navigation, comments, tables and figures are left out; what trafilatura keeps then goes through the
same cleaning as every other format.
"""

from __future__ import annotations

import re

from ..types import Article, ReadProblem
from .article import build_article
from .decode import Source, human_size

# Markup beyond this is cut before extraction: lxml trees of huge pages take seconds and hundreds
# of megabytes, and no real article page is anywhere near this big.
MAX_HTML_CHARS = 1_000_000
# Scripts, styles, inline SVG and comments are most of a modern page's bytes and never article
# text; JSON-LD scripts stay because trafilatura reads the date and author from them.
_BULK = re.compile(
    r"<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<svg\b[^>]*>.*?</svg\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
# Fewer words than this is a menu, a cookie wall or an error page, not an article.
MIN_HTML_WORDS = 10


def read_html(src: Source) -> tuple[list[Article], list[ReadProblem]]:
    """Read one HTML page as one article. Returns (articles, problems)."""
    import trafilatura  # heavy-ish (lxml, courlan, htmldate): only when an HTML file is read

    source = str(src.path)
    problems: list[ReadProblem] = []
    markup = _BULK.sub(" ", src.text) if len(src.text) > 100_000 else src.text
    if len(markup) > MAX_HTML_CHARS:
        markup = markup[:MAX_HTML_CHARS]
        problems.append(
            ReadProblem(
                source,
                f"HTML page is {human_size(src.size)}; without scripts and styles only its first {MAX_HTML_CHARS:,} characters of markup were read",
                level="warning",
            )
        )
    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many kinds on broken markup
        return [], problems + [ReadProblem(source, f"malformed HTML: {type(exc).__name__}: {str(exc)[:200]}")]
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return [], problems + [ReadProblem(source, "no article text found in this HTML page (malformed, empty, or only navigation)")]
    words = len(text.split())
    if words < MIN_HTML_WORDS:
        return [], problems + [ReadProblem(source, f"no article text found in this HTML page (only {words} words outside navigation)")]
    # trafilatura puts one paragraph per line; blank lines make them paragraphs for the cleaner.
    text = "\n\n".join(line for line in text.split("\n"))
    built = build_article(
        text,
        source=source,
        path=src.path,
        title=getattr(document, "title", None),
        url=getattr(document, "url", None),
        outlet=getattr(document, "sitename", None),
        published=getattr(document, "date", None),
        author=getattr(document, "author", None),
    )
    problems.extend(built.problems)
    return ([built.article] if built.article else []), problems
