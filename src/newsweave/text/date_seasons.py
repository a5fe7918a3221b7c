"""Seasons, weekends and a day's part written without "this"/"last" (session 17), for `dates.find_dates`.

`dates` reads "last summer", "this weekend", "over the weekend"; news copy also writes the season or
the weekend with an article, an adjective or a demonstrative, and an evening as an adjective. Each is a
span of days read against the publication date and the clause's tense, then dated as the finest unit
that holds the whole span (the scorer and the timeline take a coarser date as right for any day in
it): a season is its year, a weekend its month (the year when Saturday and Sunday straddle two).

- "a busy summer", "all summer", "over the summer", "that summer surge": the season nearest the
  publication date, read only when the article falls inside it or within two months after it (then
  no reader takes another year; "in the summer" is left: often a habit, "works in the summer");
  "that <season>" after a year in the same sentence is that year's.
  "fall" is read only as "that fall" (a bare "a fall" is a drop). Winter straddles two years: not read.
- "the holiday weekend", "over the long weekend", "The rainy, late-summer weekend was …", "during the
  weekend": a weekend with "the" and up to three modifiers, or "the weekend" after "during"/"on"/
  "at": the one just gone in a past clause, the coming one (this one on a Saturday or Sunday) in a
  future clause, else the nearer one (`date_days.weekend_saturday`). "a holiday weekend" (a
  description), "from the weekend" (a source) and "through the weekend" (a limit: "the road stays shut
  through the weekend") are not read.
- "an evening session", "a late-night vote": the article's own day, unless the clause is future.

What was measured (every timeline set vs d8558a4): benchmarks/ANALYSIS.md, session 17 (seasons).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .date_days import weekend_saturday

_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# A weekend's modifier is a word that is no article, preposition or conjunction ("across the country
# throughout the weekend" and "the events of the weekend" are not one weekend phrase).
_MOD = r"(?:(?!(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|over|during|through|throughout|across|this|that)\b)[A-Za-z][\w'-]*,?\s+)"
_PATTERNS = [
    ("that", re.compile(r"\bthat\s+(?P<season>spring|summer|autumn|fall)\b", re.I)),
    ("season", re.compile(
        r"\b(?:(?P<all>all|the\s+whole|the\s+entire)\s+|(?P<art>an?)\s+(?P<adj>[a-z][\w-]*)\s+|(?P<prep>over|during|throughout)\s+the\s+)"
        r"(?P<season>spring|summer|autumn)\b(?!\s+(?:of|in)\s+\d)(?!-)", re.I)),
    ("weekend", re.compile(
        r"\b(?P<lead>from\s+|through\s+|over\s+|during\s+|on\s+|at\s+)?the\s+(?P<mods>" + _MOD + r"{0,3})weekend\b(?!s)", re.I)),
    ("evening", re.compile(r"\ban?\s+(?P<part>evening|late-night|overnight)\s+(?=[a-z])", re.I)),
]
# A noun right after a bare season makes the season an adjective of a thing ("a summer camp").
_NOT_THING = re.compile(r"\s*(?:[,.;:)\"”—–-]|$|(?:with|and|to|as|when|that|of|in|on|at|for|after|before|is|was|has|had|will|ahead|long|break|surge|season)\b)", re.I)
# "the first weekend of May", "the following weekend", "the same weekend": another weekend than the nearest.
_ORDER = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|last|final|next|previous|following|past|coming|same|one|two|three|every|each|\d+\w*)\b")
_DAY_WORDS_BEFORE = re.compile(r"(?i)(?:year|month|week|every|each|weekday)\s*$")


def _bucket(first: dt.date, last: dt.date) -> tuple[str, str]:
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month"
    return f"{first.year:04d}", "year"


def _near_season_year(season: str, published: dt.date) -> int | None:
    """The year of the season when the article is inside it or at most two months after it."""
    first, last = _SEASONS[season]
    return published.year if first <= published.month <= last + 2 else None


def season_spans(text: str, published: dt.date | None, tense: Callable[[int, int], str | None] | None, found: list) -> list[tuple[int, int, str, str]]:
    """(start, end, ISO date, precision) of each season, weekend or evening `find_dates` did not
    read, not overlapping `found` (its DateMentions) nor each other."""
    if published is None:
        return []
    taken = [(d.start, d.end) for d in found]
    out: list[tuple[int, int, str, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if kind == "evening":
                e = m.end("part")
            if not free(s, e):
                continue
            read = tense(s, e) if tense is not None else None
            date = None
            if kind == "that":
                years = [int(y) for y in re.findall(r"\b(?:1[89]|20)\d\d\b", text[:s])]
                year = years[-1] if years else _near_season_year(m.group("season").lower(), published)
                date = (f"{year:04d}", "year") if year is not None else None
            elif kind == "season":
                if m.group("art") and not _NOT_THING.match(text, e):
                    continue  # "a summer camp": a thing, not a time
                year = _near_season_year(m.group("season").lower(), published)
                date = (f"{year:04d}", "year") if year is not None else None
            elif kind == "weekend":
                lead = (m.group("lead") or "").strip().lower()
                mods = m.group("mods").strip()
                if lead in ("from", "through") or not (lead or mods) or _DAY_WORDS_BEFORE.search(mods) or _ORDER.search(mods) or re.match(r"\s+of\b", text[e:]):
                    continue  # "statistics from the weekend", a bare "the weekend", "the weekday weekend"
                if s > 0 and text[max(0, s - 9) : s].lower().strip().endswith(("every", "each")):
                    continue
                sat = weekend_saturday("this", published, read or ("past" if lead == "over" else None))
                date = _bucket(sat, sat + dt.timedelta(days=1))
            elif kind == "evening" and read != "future":
                date = (published.isoformat(), "day")
            if date is None:
                continue
            taken.append((s, e))
            out.append((s, e, date[0], date[1]))
    return out
