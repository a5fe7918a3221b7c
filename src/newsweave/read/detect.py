"""Which reader a file needs: its extension, checked against a sniff of its content.

Content wins when it is unmistakable (a `.txt` that holds an RSS feed is read as a feed; a `.html`
whose text starts with `{` is JSON); otherwise the extension decides; otherwise plain text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

Format = Literal["text", "html", "json", "jsonl", "multinews", "feed"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "text", ".text": "text", ".md": "text", ".story": "text", ".src": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".php": "html", ".asp": "html", ".aspx": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
}
# Files that are certainly not articles, skipped without opening them (reported, not read).
SKIPPED_EXTENSIONS = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".svg", ".pdf", ".zip",
    ".7z", ".tar", ".mp3", ".mp4", ".mov", ".avi", ".wav", ".ogg", ".exe", ".dll", ".so", ".pyc", ".db",
    ".sqlite", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".epub", ".woff", ".woff2", ".ttf",
})

_FEED = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_TAGS = re.compile(r"</?(?:p|div|span|a|article|section|h[1-6]|br|meta|title|script|ul|li)\b[^>]{0,200}>", re.IGNORECASE)
_JSONL_SECOND = re.compile(r"\}\s*\n\s*\{")


def sniff(text: str) -> Format | None:
    """The format the content itself shows, or None when it could be anything."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if not head:
        return None
    if head[0] in "{[":
        first, _, rest = head.partition("\n")
        if head[0] == "{" and first.rstrip().endswith("}") and rest.lstrip().startswith("{"):
            return "jsonl"
        return "json"
    if head.startswith("<"):
        if _FEED.search(head[:1024]):
            return "feed"
        if _HTML.search(head) or _TAGS.search(head):
            return "html"
        if head.startswith("<?xml"):
            return "feed"
    if "|||||" in text[:2_000_000] or "story_separator_special_tag" in head:
        return "multinews"
    if len(_TAGS.findall(head)) >= 5:
        return "html"  # a fragment of markup without <html>
    return None


def detect_format(path: Path, text: str) -> Format:
    """The reader for `path` whose decoded content is `text`."""
    by_extension = EXTENSIONS.get(path.suffix.lower())
    by_content = sniff(text)
    if by_content is None:
        return by_extension or "text"
    if by_extension == "jsonl" and by_content == "json":
        return "jsonl"  # a one-line JSONL file looks like JSON
    if by_extension == "json" and by_content == "jsonl":
        return "json"  # read_json falls back to lines itself
    if by_extension == "text" and by_content == "html" and not text.lstrip("\ufeff \t\r\n").startswith("<"):
        return "text"  # prose that mentions a few tags is still prose
    if by_extension == "feed" and by_content == "html" and path.suffix.lower() == ".xml":
        return "html"  # XHTML saved as .xml
    return by_content
