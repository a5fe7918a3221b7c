"""Date expressions `dates.find_dates` leaves to this module (session 19), and the last pass over its list.

`more_dates(text, published, tense, found)` takes `find_dates`' own mentions, adds the seasons,
weekends and evenings of `date_seasons` and the kinds below, and returns them all in text order.
Each kind is a general construction of news copy, named in the older timeline sets' remaining misses
(benchmarks/ANALYSIS.md, sessions 17 and 18), not a fit to one text:

- A year before 1800 ("when the plague reached the port in 1720", "founded in 1776"): `dates` reads
  1800-2099 only, because a bare four-digit number below that is far more often a count ("1500
  homes"). Here it is read only after "in", "since", "until", "before", "after" or "circa" and when
  no word that could be the counted noun follows it: punctuation, the end, or a function word
  ("in 1720, half the town fled", "in 1776 by fishermen"). Centuries ("the 1700s") are not read.
- A year opening a sentence as its subject ("2020 marks the sixth year …", "1998 was …"): `dates`
  wants a preposition, an article or punctuation around a year, and a sentence's first word has none;
  here a year at a sentence start followed by one of a few verbs is read.
- A season as the adjective of an event noun ("an autumn pickup in hiring", "a summer surge", "the
  spring session"): `date_seasons` leaves "a <season> <noun>" alone ("a summer camp" is a thing, not a
  time); with a noun that names something that happens in time it is that season, dated as its year
  when one occurrence is clearly the nearest to publication (at most three months off, and the other
  candidates at least three months further).
- A day and month without a year after "by", "until", "before", "starting", … ("by 11 September") in a
  clause the caller reads as future:
  `dates` takes the occurrence nearest to publication, looking ahead at most about two months, so "the
  troops will have left by 11 September" in a July article went to last year's. In a future clause it is
  the coming one (up to six months ahead), as a month without a year already is.
- A weekday as a possessive ("during Monday's debate", "from Monday night's debate performance",
  "but Tuesday's hearing … does not help"), read forward by `dates` (a start word "from" before it,
  a present progressive, or a "will" in another clause of the sentence) although nothing in its own
  clause looks ahead: the event the noun names is the latest such day on or before publication. A
  future cue in its clause, before or after it ("will use Monday's encounter", "expect her to win Monday's
  debate", "Monday's debate … will be his first", "ahead of", "upcoming", "next"), keeps the day ahead.
- "early <weekday>" or "<weekday> … local time" on the day after publication, in a clause not read as
  future: `dates` takes a past clause's weekday as the latest one on or before publication, six days
  back; but "early Friday" in a Thursday article is the coming night (a US evening article on a strike
  abroad, hours after it, in the time zone of the place). Read as that next day.

What was measured (every unsealed timeline set and `_n` sealed, vs 852ccd6): benchmarks/ANALYSIS.md,
session 19 (timeline).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .date_seasons import season_spans

_OLD_YEAR = re.compile(r"\b(?P<lead>in|since|until|before|after|circa)\s+(?P<year>1[0-7]\d\d)\b(?![\d,.]\d)", re.I)
# What may follow an old year: punctuation, the end, or a function word (never a noun it could count).
_OLD_AFTER = re.compile(
    r"(?:\s*(?:[,.;:)\]\"”’—–]|$)|\s+(?:when|as|by|the|a|an|in|on|at|with|that|but|after|before|under|during|"
    r"he|she|they|it|was|were|is|had|has|its|his|her|their|for|until|amid|following)\b)"
)
_OPENING_YEAR = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))[\"“]?(?P<year>(?:1[89]|20)\d\d)\s+"
    r"(?=(?:marks|marked|was|is|saw|brought|will|has|had|began|ended|became|proved|remains|remained|looks|promises)\b)"
)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# Nouns that name something happening in time, as a season's adjective can qualify them.
_SEASON_EVENTS = frozenset(
    "pickup rebound recovery surge wave spike peak slowdown slump offensive session term semester campaign "
    "election elections rally tour push launch release reopening return vote deadline hiring outbreak".split()
)
_SEASON_ADJ = re.compile(r"\b(?:an?|the|its|their|our)\s+(?P<season>spring|summer|autumn|fall)\s+(?P<noun>[a-z]+)\b", re.I)
_EARLY_DAY = re.compile(r"(?i)^(?:early\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_LOCAL_TIME = re.compile(r"(?i)(?:\s+(?:morning|afternoon|evening|night))?,?\s+local\s+time\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _months_off(published: dt.date, year: int, first: int, last: int) -> int:
    """Whole months between the publication month and the season's span in `year` (0 inside it)."""
    at = published.year * 12 + published.month - 1
    a, b = year * 12 + first - 1, year * 12 + last - 1
    return 0 if a <= at <= b else min(abs(at - a), abs(at - b))


def nearest_season_year(season: str, published: dt.date) -> int | None:
    """The year of the occurrence of `season` nearest to publication, when no other comes close."""
    first, last = _SEASON_MONTHS[season]
    offs = sorted((_months_off(published, y, first, last), y) for y in (published.year - 1, published.year, published.year + 1))
    if offs[0][0] > 3 or offs[1][0] - offs[0][0] < 3:
        return None
    return offs[0][1]


def _next_day(m, text: str, published: dt.date, tense: Callable[[int, int], str | None] | None) -> str | None:
    """The day after publication for "early <weekday>" / "<weekday> local time" naming it, else None."""
    g = _EARLY_DAY.match(m.expression)
    if not g or m.date is None or m.precision != "day":
        return None
    tomorrow = published + dt.timedelta(days=1)
    if _WEEKDAYS.index(g.group("weekday").lower()) != tomorrow.weekday() or m.date == tomorrow.isoformat():
        return None
    if not (m.expression.lower().startswith("early") or _LOCAL_TIME.match(text, m.end, m.end + 30)):
        return None
    if tense is not None and tense(m.start, m.end) == "future":
        return None
    return tomorrow.isoformat()


_MONTH_NAME = re.compile(r"(?i)\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


# A bound or a start before the day: "by 11 September", "until Sept. 11", "starting Jan. 3" (not "on", "the": "will
# testify about the attack on Jan. 6", "a committee formed to look into the Jan. 6 riot" name a past day in a future clause).
_COMING_LEAD = re.compile(r"(?i)\b(?:by|until|till|before|starting|beginning|from|through)\s+$")


def _coming_day(m, text: str, published: dt.date, tense: Callable[[int, int], str | None] | None) -> str | None:
    """Next year's day for a day and month without a year that fell behind publication, after a bound or
    start word in a future clause."""
    if tense is None or not _COMING_LEAD.search(text[max(0, m.start - 12) : m.start]) or m.date is None or m.precision != "day" or re.search(r"\d{4}", m.expression) or not _MONTH_NAME.search(m.expression):
        return None
    day = dt.date.fromisoformat(m.date)
    if day >= published or day.month == 2 and day.day == 29:
        return None
    coming = day.replace(year=day.year + 1)
    if coming < published or (coming - published).days > 183 or tense(m.start, m.end) != "future":
        return None
    return coming.isoformat()


_POSSESSIVE_DAY = re.compile(r"(?i)(?:\s+(?:night|morning|evening|afternoon))?['’]s\b")
_WEEKDAY_WORD = re.compile(r"(?i)^(?:(?:on|from|by|until)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_CLAUSE_START = re.compile(r"[,;:(—–]|\b(?:but|and|while|as|when|after)\s")
_FUTURE_CUE = re.compile(r"(?i)\b(?:will|shall|wo|going\s+to|expect\w*|ahead|before|upcoming|next|coming|set|scheduled|plans?|planned|due|would|could|may|might)\b|['’]ll\b")


def _possessive_past(m, text: str, published: dt.date) -> str | None:
    """The latest such day on or before publication for a possessive weekday read forward with no future cue in its clause."""
    g = _WEEKDAY_WORD.match(m.expression)
    if not g or m.date is None or m.precision != "day" or m.date <= published.isoformat() or not _POSSESSIVE_DAY.match(text, m.end, m.end + 14):
        return None
    before = text[max(0, m.start - 200) : m.start]
    starts = [x.end() for x in _CLAUSE_START.finditer(before)]
    after = re.split(r"[,;:(—–]", text[m.end : m.end + 200], maxsplit=1)[0]  # "Monday's debate … will be his first"
    if _FUTURE_CUE.search(before[starts[-1] if starts else 0 :]) or _FUTURE_CUE.search(after):
        return None
    back = (published.weekday() - _WEEKDAYS.index(g.group("weekday").lower())) % 7
    return (published - dt.timedelta(days=back)).isoformat()


def more_dates(text: str, published: dt.date | None, tense: Callable[[int, int], str | None] | None, found: list) -> list:
    """`found` (from `find_dates`) with the seasons of `date_seasons` and this module's kinds added, in text order."""
    from .dates import DateMention  # `dates` imports this module

    found = list(found)
    if published is not None:
        for i, m in enumerate(found):
            day = _next_day(m, text, published, tense) or _coming_day(m, text, published, tense) or _possessive_past(m, text, published)
            if day is not None:
                found[i] = DateMention(m.start, m.end, m.expression, day, "day")
    found += [DateMention(s, e, text[s:e], d, p) for s, e, d, p in season_spans(text, published, tense, found)]
    taken = [(d.start, d.end) for d in found]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, date: str, precision: str) -> None:
        taken.append((s, e))
        found.append(DateMention(s, e, text[s:e], date, precision))

    for m in _OLD_YEAR.finditer(text):
        if free(*m.span()) and _OLD_AFTER.match(text, m.end(), m.end() + 12):
            add(m.start(), m.end(), m.group("year"), "year")
    for m in _OPENING_YEAR.finditer(text):
        if free(*m.span("year")):
            add(m.start("year"), m.end("year"), m.group("year"), "year")
    if published is not None:
        for m in _SEASON_ADJ.finditer(text):
            if m.group("noun").lower() not in _SEASON_EVENTS or not free(m.start(), m.end("season")):
                continue
            year = nearest_season_year(m.group("season").lower(), published)
            if year is not None:
                add(m.start(), m.end("season"), f"{year:04d}", "year")
    return sorted(found, key=lambda d: d.start)
