"""HTML pages: main text, title, date, author and site name through trafilatura, offline.

The page is parsed from the file's content only: nothing is fetched, not even when it names a URL.
Navigation, comments, tables and figures are left out; what trafilatura keeps then goes through the
same cleaning as every other format.
"""

from __future__ import annotations

import bisect
import re

from ..types import Article, ReadProblem
from .article import build_article
from .decode import Source, human_size
from .genre import declared as declared_genre
from .htmlblocks import paragraph_tree
from .pagemeta import tidy_page_metadata

# Markup beyond this is cut before extraction: lxml trees of huge pages take seconds and hundreds
# of megabytes, and no real article page is anywhere near this big.
MAX_HTML_CHARS = 1_000_000
# Scripts, styles, inline SVG and comments are most of a modern page's bytes and never article
# text; JSON-LD scripts stay because trafilatura reads the date and author from them.
# `strip_bulk` removes what `_BULK` would match, in one pass: the plain `re.sub(_BULK, ...)` rescans
# to the end of the page for every unclosed opener, quadratic on a page of `<script` or `<!--`.
_BULK = re.compile(
    r"<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<svg\b[^>]*>.*?</svg\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_BULK_OPENER = re.compile(r"<(?:(script|style|svg)\b|!--)", re.IGNORECASE)
_BULK_CLOSER = {
    "script": re.compile(r"</script\s*+>", re.IGNORECASE),
    "style": re.compile(r"</style\s*+>", re.IGNORECASE),
    "svg": re.compile(r"</svg\s*+>", re.IGNORECASE),
    "--": re.compile(r"-->"),
}
_LD_JSON = re.compile(r"ld\+json", re.IGNORECASE)


class _NextMatch:
    """The first match of a pattern at or after a position, remembered: positions only grow, so a
    search is redone only once the remembered match lies behind, and a failed search is final."""

    def __init__(self, pattern: re.Pattern, text: str) -> None:
        self.pattern, self.text = pattern, text
        self.searched_from = -1
        self.found: re.Match | None = None

    def at_or_after(self, pos: int) -> re.Match | None:
        if self.searched_from < 0 or (self.found is not None and self.found.start() < pos):
            self.searched_from = pos
            self.found = self.pattern.search(self.text, pos)
        return self.found


def strip_bulk(text: str, replacement: str = " ") -> str:
    """`_BULK.sub(replacement, text)` in time linear in the page size."""
    closers = {kind: _NextMatch(pattern, text) for kind, pattern in _BULK_CLOSER.items()}
    next_gt = _NextMatch(re.compile(">"), text)
    ld_json: list[int] | None = None
    out: list[str] = []
    copied = pos = 0
    while True:
        opener = _BULK_OPENER.search(text, pos)
        if opener is None:
            break
        kind = (opener.group(1) or "--").lower()
        if kind == "--":
            body_start = opener.end()
        else:
            gt = next_gt.at_or_after(opener.end())
            if gt is None:
                break  # no `>` anywhere after: no opener from here on can be complete
            if kind == "script":
                if ld_json is None:
                    ld_json = [m.start() for m in _LD_JSON.finditer(text)]
                first = bisect.bisect_left(ld_json, opener.end())
                if first < len(ld_json) and ld_json[first] + 7 <= gt.start():
                    pos = opener.start() + 1  # a JSON-LD script: kept
                    continue
            body_start = gt.end()
        close = closers[kind].at_or_after(body_start)
        if close is None:
            pos = opener.start() + 1
            continue
        out.append(text[copied : opener.start()])
        out.append(replacement)
        copied = pos = close.end()
    out.append(text[copied:])
    return "".join(out)


# Fewer words than this is a menu, a cookie wall or an error page, not an article.
MIN_HTML_WORDS = 10
# A page whose extracted text is this short, in at most two paragraphs, is reported as probably a
# caption or a teaser: real news articles are rarely under 80 words.
CAPTION_MAX_WORDS = 80


def looks_like_caption_or_teaser(text: str) -> bool:
    """Short text in one or two paragraphs: what is left when extraction found only a caption."""
    return len(text.split()) < CAPTION_MAX_WORDS and text.count("\n\n") <= 1


def _paragraphs_in_blocks(markup: str):
    """The parsed page with div-written paragraphs as `<p>`s (read/htmlblocks.py), or the markup
    itself when lxml finds no document or the rewrite fails: trafilatura then reports the page."""
    try:
        tree, _ = paragraph_tree(markup)
    except Exception:  # noqa: BLE001 - lxml raises many kinds on broken markup; trafilatura reports them
        return markup
    return markup if tree is None else tree


def read_html(src: Source) -> tuple[list[Article], list[ReadProblem]]:
    """Read one HTML page as one article. Returns (articles, problems)."""
    import trafilatura  # heavy-ish (lxml, courlan, htmldate): only when an HTML file is read

    source = str(src.path)
    problems: list[ReadProblem] = []
    markup = strip_bulk(src.text) if len(src.text) > 100_000 else src.text
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
        # a story written in <div>s without <p>s is made into paragraphs first (read/htmlblocks.py)
        document = trafilatura.bare_extraction(
            _paragraphs_in_blocks(markup),
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
    url = getattr(document, "url", None)
    # the page's own label (meta section, JSON-LD type, "Opinion |" before the title is trimmed)
    genre = declared_genre(url=url, title=getattr(document, "title", None), markup=markup)
    title, outlet, author = tidy_page_metadata(
        title=getattr(document, "title", None), outlet=getattr(document, "sitename", None), url=url,
        author=getattr(document, "author", None),
    )
    built = build_article(
        text,
        source=source,
        path=src.path,
        title=title,
        url=url,
        outlet=outlet,
        published=getattr(document, "date", None),
        author=author,
        genre=genre,
    )
    problems.extend(built.problems)
    if built.article is not None and looks_like_caption_or_teaser(built.article.text):
        n = len(built.article.text.split())
        problems.append(ReadProblem(
            source,
            f"the text found in this page is only {n} words in {built.article.text.count(chr(10) * 2) + 1} paragraph(s): "
            "it looks like a photo caption or a teaser, not the article (the page may load its story by script)",
            level="warning",
        ))
    return ([built.article] if built.article else []), problems
