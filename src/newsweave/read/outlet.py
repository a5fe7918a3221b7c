"""Outlet names: from metadata, else the URL's site, else the text's credit line or the file name.

`resolve_outlet(outlet=..., url=..., text=..., path=..., label=...)` always returns a non-empty,
readable name: "Coastline News Agency", "bbc.co.uk", "Marrowby Gazette", "Reuters", or for a source
that names no outlet anywhere a short label that tells it apart: "by Jane Smith" (its byline) or
"“Harbour crane falls at…”" (its headline's, else its text's, first words) — never a hash file
name like "unknown outlet (000_b965fbacd8f4ed8b.txt)".
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from .decode import inner_path

# Sub-domains that say nothing about the outlet ("www.bbc.co.uk" and "m.bbc.co.uk" are bbc.co.uk).
_NOISE_SUBDOMAINS = frozenset({"www", "www1", "www2", "www3", "m", "mobile", "amp", "edition", "beta", "web"})
_NUMERIC_PREFIX = re.compile(r"^\d+[_\-. ]+")
_HASH_SUFFIX = re.compile(r"[_\-. ](?=[0-9a-f]*\d)[0-9a-f]{8,}$", re.IGNORECASE)
_BARE_HASH = re.compile(r"^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$|^\d+$", re.IGNORECASE)
# Credit lines that name the outlet: a wire dateline "LONDON (Reuters) -" or "MARROWBY, March 12
# (Coastline) -", and copyright notices "© 2018 The Example Times".
_DATELINE = re.compile(r"^[A-Z][A-Za-z0-9 .,'/-]{1,60}?\((?P<name>[A-Z][\w.&' -]{1,40})\)\s*[-–—:]")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?P<name>[A-Z][\w.&' -]{1,40}?)[.,]?\s*(?:All rights reserved|$)", re.MULTILINE)
# Labels for sources without an outlet: at most this many words / characters.
_LABEL_WORDS = 5
_LABEL_CHARS = 40
_BYLINE_NAME = re.compile(r"^(?:[Bb]y|BY)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:[,|]|$)")
_DOMAIN_LIKE = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/.*)?$", re.IGNORECASE)
# A name written as a bare domain (no scheme, no path) with a capital: the record's own spelling of
# the outlet ("FactCheck.org", "HuffPost.com"), kept as written; a URL or an all-lower host is the site.
_BARE_DOMAIN = re.compile(r"^(?=[^/]*[A-Z])(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)


def outlet_key(name: str) -> str:
    """The case-free name of an outlet: spellings equal but for case ("FactCheck.org",
    "factcheck.org") are one outlet (sessions 25-26)."""
    return name.casefold()


class OutletSpellings:
    """One outlet, one spelling: each outlet gets the spelling seen first of its case-free name
    (`outlet_key`). The reader applies it across the files of one read (`read.stream.iter_articles`),
    the Ray engine across its shards (`engines.shards.merge_shards`) and ingest across runs, seeded
    with the store's spellings (`pipeline.ingest.cluster_batch`: the spelling stored first wins)."""

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self._first: dict[str, str] = dict(known or {})

    def spell(self, outlet: str) -> str:
        return self._first.setdefault(outlet_key(outlet), outlet)


def site_from_url(url: str | None) -> str | None:
    """'https://www.bbc.co.uk/news/x' -> 'bbc.co.uk'; None for anything without a host."""
    if not url:
        return None
    text = url.strip()
    if "://" not in text:
        text = "//" + text
    try:
        host = (urlsplit(text).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host or "." not in host or re.fullmatch(r"[\d.]+", host):
        return None
    parts = host.split(".")
    while len(parts) > 2 and parts[0] in _NOISE_SUBDOMAINS:
        parts = parts[1:]
    return ".".join(parts)


def clean_outlet(name: str | None) -> str | None:
    """Tidy an outlet name from metadata; a domain or URL becomes its site name."""
    if name is None:
        return None
    text = " ".join(str(name).split()).strip(" -|:")
    if not text:
        return None
    if _DOMAIN_LIKE.match(text):
        site = site_from_url(text) or text
        if _BARE_DOMAIN.match(text) and text.lower().endswith(site):
            return text[len(text) - len(site):]  # the outlet's own casing: "FactCheck.org", not "factcheck.org"
        return site
    return text[:120]


def outlet_from_text(text: str, *, raw: str | None = None) -> str | None:
    """An outlet named by the text itself: a wire dateline at the top of the (cleaned) text, or a
    copyright notice near the end of the `raw` text (cleaning removes copyright lines)."""
    head = text.lstrip()[:300]
    match = _DATELINE.match(head)
    if match:
        return match.group("name").strip()
    match = _COPYRIGHT.search((raw if raw is not None else text)[-600:])
    if match:
        return match.group("name").strip()
    return None


def outlet_from_filename(path: Path) -> str | None:
    """'000_bbc-news_b965fbacd8f4ed8b.txt' -> 'Bbc News'... made readable; None when the stem is
    only a hash or a number ('b965fbacd8f4ed8b', '000_b965fbacd8f4ed8b')."""
    name = inner_path(path).name
    base = name.rsplit(".", 1)[0] if "." in name else name
    if "." in base and _DOMAIN_LIKE.match(base):
        site = site_from_url(base)  # "www.bbc.co.uk.html" names its site
        if site:
            return site
    stem = _HASH_SUFFIX.sub("", base)
    stem = _NUMERIC_PREFIX.sub("", stem)
    stem = _HASH_SUFFIX.sub("", stem).strip("_-. ")
    if not stem or _BARE_HASH.match(stem):
        return None
    words = [w for w in re.split(r"[_\- ]+", stem) if w]
    if stem.islower() or stem.isupper():
        # File names are usually lower-case slugs; a short single word is likely an acronym.
        if len(words) == 1 and len(words[0]) <= 3:
            return words[0].upper()
        return " ".join(w.capitalize() for w in words)
    return " ".join(words)


def resolve_outlet(
    *,
    outlet: str | None = None,
    url: str | None = None,
    text: str = "",
    raw: str | None = None,
    path: Path | None = None,
    label: str | None = None,
    title: str | None = None,
    author: str | None = None,
) -> str:
    """Pick the outlet name: metadata, then the URL's site, then the file name, then a credit
    line in the text, then a short label of the source (`source_label`: byline, headline's or
    text's first words), and only for an empty record "unknown outlet (<label or file name>)".
    Never returns ''."""
    for candidate in (clean_outlet(outlet), site_from_url(url)):
        if candidate:
            return candidate
    if path is not None and label is None:
        from_file = outlet_from_filename(path)
        if from_file:
            return from_file
    from_text = outlet_from_text(text, raw=raw) if text else None
    if from_text:
        return from_text
    return source_label(title=title, author=author, text=text, raw=raw) or f"unknown outlet ({label or (path.name if path is not None else 'no source')})"


def _first_words(text: str, n: int = _LABEL_WORDS) -> str:
    words = text.strip().lstrip("\"'“”‘’«»([").split()
    short = " ".join(words[:n])
    if len(short) > _LABEL_CHARS:
        short = short[:_LABEL_CHARS].rsplit(" ", 1)[0] or short[:_LABEL_CHARS]
    punctuation = ".,;:!?…\"'“”‘’"
    short = short.rstrip(punctuation)
    return f"“{short}…”" if len(words) > n or short != " ".join(words).rstrip(punctuation) else f"“{short}”"


def source_label(*, title: str | None = None, author: str | None = None, text: str = "", raw: str | None = None) -> str | None:
    """A short label that tells apart sources without any outlet metadata, in this order: the
    byline ("by Jane Smith", from the author field or a "By ..." line at the top of the raw text),
    else the headline's first words ("“Harbour crane falls at…”"), else the text's first words."""
    name = author if author and len(author) <= _LABEL_CHARS else None
    if not name:
        for line in [x.strip() for x in (raw or "").split("\n")[:12] if x.strip()][:4]:
            match = _BYLINE_NAME.match(line)
            if match:
                name = " ".join(match.group("name").split())
                break
    if name:
        return f"by {name}"
    for candidate in (title, text):
        if candidate and candidate.strip():
            return _first_words(candidate)
    return None


# The forms `source_label` writes: an outlet from metadata or a URL never starts with a curly quote, "by " and a
# capital, or "unknown outlet (" (session 19: such a label is shown by the file name, render/unnamed_outlets.py).
_LABEL = re.compile(r"^(?:“.*”|by [A-Z].*|unknown outlet \(.*\))$", re.DOTALL)


def is_unnamed(outlet: str | None) -> bool:
    """True for the labels `read/outlet.source_label` makes for a source that names no outlet."""
    return not outlet or bool(_LABEL.match(outlet))


def file_label(article) -> str:
    """The name of the file an article was read from (its record number kept), else its id."""
    source = (article.source or "").replace("\\", "/").rstrip("/")
    return source.rsplit("/", 1)[-1] or article.id


def shown_outlet(article) -> str:
    """The article's source as a user is shown it: its outlet, or its file name when it names no
    outlet (not the label the reader made for it, a headline fragment; session 19, brief G)."""
    return file_label(article) if is_unnamed(article.outlet) else article.outlet


def set_aside_label(article) -> str:
    """An input set aside as not an article, as shown: "outlet: title" (`shown_outlet`). A display
    string of the stored article alone, so a stored report is re-labelled on read
    (`store.codec.current_labels`, session 20)."""
    title = (article.title or "").strip()
    outlet = shown_outlet(article)
    return f"{outlet}: {title}" if title else outlet
