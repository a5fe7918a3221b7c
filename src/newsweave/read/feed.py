"""RSS and Atom feed files: one article per entry, through feedparser, from the file content only.

The body is the entry's longest `content` (e.g. `content:encoded`), else its summary/description,
with HTML turned into paragraphs. The outlet is the feed's title, else the entry's or feed's site.
"""

from __future__ import annotations

import io
import re

from ..types import Article, ReadProblem
from .article import build_article
from .decode import _DECLARED, Source, _declared_encoding, human_size
from .outlet import site_from_url

_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "figure")
_DROP_TAGS = ("script", "style", "noscript", "figcaption", "iframe", "template", "svg")
_TAG = re.compile(r"<[a-zA-Z/!]")
# Feeds beyond this are cut (and reported): feedparser keeps the whole document in memory several
# times over, and real feeds are well under a megabyte.
MAX_FEED_BYTES = 4 * 1024 * 1024


def html_to_text(markup: str) -> str:
    """A fragment of HTML to plain text, one paragraph per block element. Plain text passes through."""
    if not markup or not _TAG.search(markup):
        return markup or ""
    from lxml import etree, html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]{0,500}>", " ", markup)
    for bad in list(root.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    for block in root.iter(*_BLOCK_TAGS):
        # Paragraph breaks around block elements, so the cleaner sees one paragraph per line.
        block.tail = "\n\n" + (block.tail or "")
        if block.tag != "br":
            block.text = "\n\n" + (block.text or "")
    return root.text_content()


def _cut_feed(data: bytes, limit: int) -> bytes:
    """Cut a feed after its last complete entry before `limit` and close the document, so the
    strict XML parser still accepts it (feedparser's fallback parser is many times slower)."""
    head = data[:limit]
    end = max(head.rfind(b"</item>") + len(b"</item>"), head.rfind(b"</entry>") + len(b"</entry>"))
    if end <= len(b"</item>"):
        return head
    start = data[:4096]
    closing = b"</channel></rss>" if b"<rss" in start else b"</feed>" if b"<feed" in start else b"</rdf:RDF>"
    return head[:end] + closing


_XML_ENCODING = re.compile(r"""(<\?xml[^>]{0,100}?encoding=)["']?[A-Za-z0-9_.:-]{1,40}["']?""", re.IGNORECASE)


def _usable_declaration(data: bytes, text: str) -> bytes:
    """A feed that declares an encoding Python cannot decode text with ("rot13", "undefined",
    "base64") is handed to feedparser as the text our decoder read, re-declared as UTF-8:
    feedparser would otherwise raise on it."""
    head = data[:2048]
    if not _DECLARED.search(head) or _declared_encoding(head) is not None:
        return data
    return _XML_ENCODING.sub(r'\1"utf-8"', text, count=1).encode("utf-8", errors="replace")


def _entry_body(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if isinstance(c, dict)]
    body = max(contents, key=len) if contents else ""
    summary = entry.get("summary", "") or ""
    return body if len(body) >= len(summary) else summary


def read_feed(src: Source) -> tuple[list[Article], list[ReadProblem]]:
    """Read every entry of an RSS/Atom file. A broken feed with no entries is one problem; a
    broken feed with entries is read as far as it goes, with a warning."""
    import feedparser  # only needed for feed files

    source = str(src.path)
    # A stream, never a string: feedparser treats a string that looks like a URL or a path as
    # something to fetch or open. The raw bytes keep the feed's own encoding declaration valid.
    problems: list[ReadProblem] = []
    data = src.data
    if len(data) > MAX_FEED_BYTES:
        data = _cut_feed(data, MAX_FEED_BYTES)
        problems.append(ReadProblem(source, f"feed is {human_size(src.size)}; only the first {human_size(MAX_FEED_BYTES)} were read", level="warning"))
    data = _usable_declaration(data, src.text)
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = f"malformed feed: {parsed.get('bozo_exception')}"
        else:
            reason = "feed has no entries"
        return [], problems + [ReadProblem(source, reason)]
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        problems.append(ReadProblem(source, f"feed is not well-formed ({parsed.get('bozo_exception')}); read what could be read", level="warning"))
    feed_title = parsed.feed.get("title")
    feed_link = parsed.feed.get("link")
    articles: list[Article] = []
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source} (entry {number})"
        body = html_to_text(_entry_body(entry))
        title = html_to_text(entry.get("title", "")).strip() or None
        built = build_article(
            body,
            source=where,
            path=src.path,
            title=title,
            url=entry.get("link") or None,
            outlet=feed_title or (None if entry.get("link") else site_from_url(feed_link)),
            published=entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published") or entry.get("updated"),
            author=entry.get("author") or None,
            label=f"{src.path.name} entry {number}",
        )
        if built.article is None and not body.strip():
            problems.append(ReadProblem(where, "feed entry has no content or summary"))
            continue
        problems.extend(built.problems)
        if built.article:
            articles.append(built.article)
    return articles, problems
