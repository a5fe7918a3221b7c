"""Page metadata as a reader would write it: titles without the site's suffix, the outlet's name
rather than its domain, and no photo credit standing in for the author.

HTML pages give `<title>Merkel hosts Libya summit | DW | 19.01.2020</title>`, a site name that is
often only the domain ("dw.com") and sometimes an "author" that is the picture credit
("Photo: John Smith/AFP"). `tidy_page_metadata` fixes the three together, because the title's
suffix is also the best evidence of the outlet's name.
"""

from __future__ import annotations

import re

from .outlet import site_from_url

# Separators between a headline and the site's name: " | ", " - ", " – ", " — ", " :: ", " • ".
_SEPARATOR = re.compile(r"\s+(?:\||::|•|·|-|–|—)\s+")
_PIPE_LIKE = re.compile(r"\s+(?:\||::|•|·)\s+")
_DATE = re.compile(
    r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4})$"
)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)
# An "author" that is really a picture credit.
_CREDIT_AUTHOR = re.compile(
    r"\b(?:photo(?:graph)?s?|image|picture|credit|getty|shutterstock|alamy|istock(?:photo)?|ap\s+photo|wireimage)\b|/",
    re.IGNORECASE,
)
_SITE_NAME_MAX_WORDS = 4


def _key(name: str) -> str:
    name = name.casefold().strip()
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"[^\w]+", "", name)


def _site_keys(outlet: str | None, url: str | None) -> set[str]:
    keys = set()
    for value in (outlet, site_from_url(url) if url else None):
        if not value:
            continue
        keys.add(_key(value))
        if _DOMAIN.match(value):
            keys.add(_key(value.split(".")[0] if not value.startswith("www.") else value.split(".")[1]))
    keys.discard("")
    return keys


def split_title(title: str, *, outlet: str | None = None, url: str | None = None) -> tuple[str, str | None]:
    """(headline, the outlet's name as the suffix spells it, or None). Trailing segments go when
    they are a date, a domain, the outlet's name (matched against the site name and the URL), or
    (after " | ") a short name following a longer headline."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title, None
    seps = _SEPARATOR.findall(title)
    keys = _site_keys(outlet, url)
    site: str | None = None
    while len(parts) > 1:
        last, sep = parts[-1].strip(), seps[-1]
        head = " ".join(parts[:-1])
        if _DATE.match(last) or _DOMAIN.match(last):
            pass
        elif _key(last) in keys:
            site = site or last
        elif _PIPE_LIKE.fullmatch(sep) and len(last.split()) <= _SITE_NAME_MAX_WORDS and len(head.split()) >= 3:
            pass  # "| Opinion", "| World news": trimmed, but only a name matching the site names the outlet
        else:
            break
        parts, seps = parts[:-1], seps[:-1]
    kept = parts[0]
    for sep, part in zip(seps, parts[1:]):
        kept += sep + part
    headline = kept.strip()
    return (headline or title), site


def tidy_page_metadata(*, title: str | None, outlet: str | None, url: str | None, author: str | None) -> tuple[str | None, str | None, str | None]:
    """(title, outlet, author) cleaned as the module docstring says."""
    site = None
    if title:
        title, site = split_title(title, outlet=outlet, url=url)
    if site and (not outlet or _DOMAIN.match(outlet.strip())):
        outlet = site  # "DW" from the title beats "dw.com" from the site name
    if author and _CREDIT_AUTHOR.search(author):
        author = None
    return title, outlet, author
