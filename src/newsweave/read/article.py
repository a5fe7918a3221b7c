"""Turn one raw article (text plus whatever metadata a format gave) into an `Article`.

Every reader ends here, so cleaning, the size cap, headline handling, dates, outlet naming,
language and the content id are the same for every format.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..text.clean import clean_text
from ..types import Article, ReadProblem, content_id
from .genre import declared as declared_genre
from .language import NAMES, detect_language
from .outlet import resolve_outlet

# One article's text is capped at this many characters (a long feature is 50 KB; the longest of the
# 62,000 real articles in the dev and training data is 24,000 characters). Beyond it the text is cut
# at a paragraph break and the cut is reported as a warning. The cap bounds the time one runaway
# file costs: the full analysis grows faster than linearly with an article's length (session 22, a
# busy 2-core machine: 100,000 characters 33 s and 0.5 GB, 200,000 81 s, 400,000 142 s and 1.5 GB;
# at the earlier cap of 1,000,000, over 120 s and 4.3 GB).
MAX_ARTICLE_CHARS = 150_000
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
_TITLE_END = re.compile(r"""[.!?…,;:]["'”’]?$""")
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
# Publication dates outside these years are placeholders ("0001-01-01T00:00:00Z" is a zero
# timestamp in many JSON feeds, 9999-12-31 means "never"), and date arithmetic near the calendar's
# ends overflows; such a date is left empty with a warning, for that record only.
MIN_YEAR, MAX_YEAR = 1800, 2200
# Characters never allowed in a metadata field: C0/C1 controls (NUL makes PostgreSQL refuse the
# row; ESC and BEL drive terminals), bidi and zero-width controls, and lone surrogates.
_FIELD_JUNK = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


@dataclass
class Built:
    """What building one article produced: the article (or None) and any problems."""

    article: Article | None
    problems: list[ReadProblem] = field(default_factory=list)


def clean_field(value: Any, *, max_chars: int = 1000) -> str | None:
    """A one-line metadata value (title, outlet, author): controls, bidi and zero-width characters
    removed, whitespace runs made one space, cut to `max_chars`; None when nothing is left."""
    if not isinstance(value, str):
        return None
    text = " ".join(_FIELD_JUNK.sub(" ", value).split())[:max_chars].strip()
    return text or None


def clean_url(value: Any) -> str | None:
    """A URL without controls or whitespace (a newline or a space in a URL is never meant)."""
    if not isinstance(value, str):
        return None
    text = _FIELD_JUNK.sub("", value).strip()
    text = re.sub(r"\s+", "%20", text)[:4000]
    return text or None


def date_in_range(value: dt.date | None) -> bool:
    return value is not None and MIN_YEAR <= value.year <= MAX_YEAR


def parse_date(value: Any) -> dt.date | None:
    """A publication date from what formats carry: date/datetime, ISO strings ("2018-04-24",
    "2018-04-24T10:00:00Z"), RFC 2822 ("Tue, 24 Apr 2018 10:00:00 GMT"), time.struct_time,
    or a Unix timestamp. None when it cannot be read or lies outside MIN_YEAR..MAX_YEAR."""
    try:
        date = _parse_date(value)
    except (OverflowError, ValueError, TypeError):
        return None
    return date if date_in_range(date) else None


def _parse_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            # Milliseconds are common in JSON dumps.
            seconds = value / 1000 if value > 1e11 else value
            return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    match = _ISO_DATE.search(text[:40])
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    for pattern, order in ((_DAY_MONTH_YEAR, (0, 1, 2)), (_MONTH_DAY_YEAR, (1, 0, 2))):
        match = pattern.search(text[:60])
        month = _MONTHS.get(match.group(order[1] + 1)[:3].lower()) if match else None
        if match and month:
            try:
                return dt.date(int(match.group(order[2] + 1)), month, int(match.group(order[0] + 1)))
            except ValueError:
                return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed else None


def split_headline(text: str) -> tuple[str | None, str]:
    """If cleaned `text` opens with a headline paragraph (short, no full stop, more text after),
    return (headline, rest); else (None, text)."""
    first, sep, rest = text.partition("\n\n")
    if not sep or not rest.strip():
        return None, text
    line = first.strip()
    if len(line) > _TITLE_MAX_CHARS or len(line.split()) > _TITLE_MAX_WORDS or _TITLE_END.search(line):
        return None, text
    if not any(ch.isalpha() for ch in line):
        return None, text
    return line, rest


def _drop_repeated_title(text: str, title: str | None) -> str:
    """Formats that carry a title often repeat it as the text's first line; remove the copy."""
    if not title:
        return text
    first, sep, rest = text.partition("\n\n")
    if sep and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return text


def _cap(text: str, source: str) -> tuple[str, list[ReadProblem]]:
    if len(text) <= MAX_ARTICLE_CHARS:
        return text, []
    cut = text.rfind("\n\n", 0, MAX_ARTICLE_CHARS)
    if cut < MAX_ARTICLE_CHARS // 2:
        cut = text.rfind(" ", 0, MAX_ARTICLE_CHARS)
    if cut < MAX_ARTICLE_CHARS // 2:
        cut = MAX_ARTICLE_CHARS
    reason = (
        f"article text is {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,} per article; "
        f"only the first {cut:,} characters were read"
    )
    return text[:cut], [ReadProblem(source, reason, level="warning")]


def build_article(
    raw_text: str,
    *,
    source: str,
    path: Path | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: Any = None,
    author: str | None = None,
    language: str | None = None,
    label: str | None = None,
    detect_headline: bool = False,
    genre: str | None = None,
) -> Built:
    """Clean and check one article.

    In: the raw text and metadata a reader found; `source` names the file (and record) for
    problems; `label` names the record for an "unknown outlet (...)" fallback when the file name
    would be shared by many articles; `genre` is what the page's metadata declares (`genre.declared`),
    else the url and title are read for it; `detect_headline` takes a headline first paragraph out of the
    text into `title` (plain text, Multi-News). Out: `Built` with the article (None when no text
    was left) and warnings/errors.
    """
    text, problems = _cap(raw_text or "", source)
    cleaned = clean_text(text)
    clean_title = clean_field(title)
    if detect_headline and clean_title is None:
        clean_title, cleaned = split_headline(cleaned)
    cleaned = _drop_repeated_title(cleaned, clean_title).strip()
    if not cleaned:
        reason = "no article text" if not (raw_text or "").strip() else "no article text left after removing captions, links and other page furniture"
        problems.append(ReadProblem(source, reason))
        return Built(None, problems)
    date = parse_date(published)
    if published not in (None, "") and date is None:
        shown = clean_field(str(published), max_chars=40)
        try:
            raw_date = _parse_date(published)
        except (OverflowError, ValueError, TypeError):
            raw_date = None
        why = (f"is outside {MIN_YEAR}-{MAX_YEAR} (a placeholder?)" if raw_date is not None else "not understood")
        problems.append(ReadProblem(source, f"publication date {shown!r} {why}; left empty", level="warning"))
    given = (clean_field(language, max_chars=20) or "").lower()
    lang = given[:2] if given[:2].isascii() and given[:2].isalpha() and len(given) >= 2 else detect_language(cleaned)
    if lang and lang != "en":
        name = NAMES.get(lang, lang)
        problems.append(
            ReadProblem(source, f"article looks {name} ({lang}), not English; it was read, but summaries are tuned for English", level="warning")
        )
    article = Article(
        id=content_id(cleaned),
        outlet=clean_field(resolve_outlet(outlet=clean_field(outlet), url=clean_url(url), text=cleaned, raw=text, path=path,
                                          label=label, title=clean_title, author=clean_field(author, max_chars=500)), max_chars=200)
        or "unknown outlet",
        text=cleaned,
        title=clean_title,
        url=clean_url(url),
        published=date,
        author=clean_field(author, max_chars=500),
        source=source,
        language=lang,
        genre=genre or declared_genre(url=clean_url(url), title=clean_title),
    )
    return Built(article, problems)
