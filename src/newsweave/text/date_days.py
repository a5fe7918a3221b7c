"""Named and weekly days for `dates`: which weekend "this weekend" is, and which year's holiday
"a Labor Day cookout" is, and which year "last spring" is, read against the publication date (and the
clause's tense when known); and (session 13, part 2) counts in words ("Seventy-four"), the vague bounds
("more than", "nearly") and a car's model year ("the 2017 Ford Fusion")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

# Events a month or a year can qualify as an adjective ("a May interview", "her 2008 campaign", "the
# landmark 1973 ruling", "his 2017 inaugural fund" (session 18)); a count ("2000 supporters") or a tax year
# ("1995 state income tax filings") is none.
_EVENT_NOUNS = frozenset(
    "interview interviews summit summits meeting meetings talks conference convention congress session hearing "
    "hearings trial verdict ruling rulings decision election elections primary primaries caucus caucuses race races "
    "campaign campaigns bid run debate debates rally rallies speech address visit trip tour vote referendum poll "
    "polls survey report study memo letter statement announcement agreement deal accord treaty reauthorization "
    "attack attacks shooting bombing crash storm hurricane flood floods earthquake fire war invasion coup uprising "
    "crisis recession collapse protest protests strike march riots indictment arrest raid launch inaugural inauguration".split()
)
_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def event_noun_after(text: str, end: int) -> bool:
    """Is one of the (up to) two lower-case words after `text[:end]` an event noun ("a May *interview*",
    "the September jobs *report*")?"""
    for _ in range(2):
        m = _LOWER_WORD.match(text, end, end + 30)
        if not m:
            return False
        if m.group(1) in _EVENT_NOUNS:
            return True
        end = m.end()
    return False


def few_days_ago(published: dt.date) -> tuple[dt.date, dt.date]:
    """"A few days ago", "several days ago": somewhere from six to two days before publication (the
    caller dates the span as its month, or its year when it straddles two months)."""
    return published - dt.timedelta(days=6), published - dt.timedelta(days=2)


def weekend_saturday(which: str, published: dt.date, tense: str | None) -> dt.date:
    """The Saturday of the weekend meant (the caller dates it as the finest unit holding Saturday
    and Sunday: a month, or the year when they straddle two months). "over the weekend" / "last weekend" look back, "next weekend"
    ahead; "this weekend" follows the tense, else the nearer one (Monday: the one just gone)."""
    w = published.weekday()
    recent = published - dt.timedelta(days=(w - 5) % 7)  # Saturday on or before publication
    coming = recent if w >= 5 else recent + dt.timedelta(days=7)
    if which == "over the":
        sat = recent
    elif which in ("last", "this past", "past"):
        sat = recent - dt.timedelta(days=7) if w >= 5 else recent
    elif which in ("next", "this coming"):
        sat = recent + dt.timedelta(days=7) if w >= 5 else coming
    elif w >= 5:
        sat = recent
    elif tense in ("past", "future"):
        sat = recent if tense == "past" else coming
    else:
        sat = recent if w <= 2 else coming
    return sat


# Northern-hemisphere seasons as (first month, last month).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def season_year(which: str, season: str, published: dt.date) -> int | None:
    """The year of "last/this/next <season>", only when no reader could take it otherwise:
    "last summer" before this year's summer is over is last year's; after it ("last summer" in
    October) it may be either, and "next summer" before this year's has begun may be this year's:
    both are left unread (None). "last spring" when a whole season (the summer) has passed since this
    year's ended (September on) is this year's (session 13, part 2)."""
    first, last = _SEASONS[season]
    if which == "this":
        return published.year
    if which == "last" and published.month <= last:
        return published.year - 1
    if which == "last" and published.month > last + 3:
        return published.year  # "last spring" in October: a whole season (the summer) between, so this year's
    if which == "next" and published.month >= first:
        return published.year + 1
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` of a month (n = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_in(name: str, year: int) -> dt.date:
    key = name.lower().replace("’", "'").replace("labour", "labor")
    if key == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    fixed = {"veterans day": (11, 11), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
             "boxing day": (12, 26), "fourth of july": (7, 4)}
    return dt.date(year, *fixed.get(key, (12, 25)))


def holiday_date(name: str, lead: str, published: dt.date, tense: str | None) -> dt.date | None:
    """Which year's holiday: "last"/"next" say so, else the tense (the one on or before
    publication for the past, on or after for the future), else the nearest. "since Labor Day"
    starts a span: not an event."""
    if lead == "since":
        return None
    days = [_holiday_in(name, y) for y in (published.year - 1, published.year, published.year + 1)]
    if lead == "last" or tense == "past":
        day = max(d for d in days if (d < published if lead == "last" else d <= published))
    elif lead == "next" or tense == "future":
        day = min(d for d in days if (d > published if lead == "next" else d >= published))
    elif lead == "this":
        day = days[1]
    else:
        day = min(days, key=lambda d: abs((d - published).days))
    return day


# Session 13, part 2: counts in words ("Seventy-four years ago"), vague bounds, model years.
_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORD = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_ONES)}))?|{'|'.join(reversed(_TEENS))}|{'|'.join(_ONES)}|a|an)"
)


def number_value(words: str) -> int | None:
    """"Seventy-four" → 74, "twenty one" → 21, "a" → 1, "12" → 12; anything else None."""
    words = words.lower()
    if words.isdigit():
        return int(words)
    if words in ("a", "an"):
        return 1
    total = 0
    for part in re.split(r"[-\s]+", words):
        if part in _ONES:
            total += _ONES.index(part) + 1
        elif part in _TEENS:
            total += _TEENS.index(part) + 10
        elif part in _TENS:
            total += (_TENS.index(part) + 2) * 10
        else:
            return None
    return total


# "more than 20 years ago", "nearly a decade ago": a bound, not a date (the gold's vague periods)
VAGUE = r"(?P<vague>(?:more|less|fewer)\s+than|over|nearly|almost|under|at\s+least|upwards\s+of)"
# "the 2017 Ford Fusion", "a 2029 Toyota Camry": a car's model year, not an event
_MAKES = frozenset(
    "ford chevrolet chevy toyota honda nissan tesla bmw audi volkswagen vw mercedes mercedes-benz hyundai kia mazda subaru "
    "jeep dodge chrysler buick cadillac gmc lincoln lexus acura infiniti volvo porsche jaguar fiat ram mitsubishi".split()
)
_AFTER_YEAR = re.compile(r"\s+([A-Za-z][\w-]*)")


def model_year(text: str, end: int) -> bool:
    """Is the year ending at `end` a product's model year ("the 2017 Ford Fusion", "a 2019 model")?"""
    m = _AFTER_YEAR.match(text, end, end + 30)
    return bool(m and (m.group(1).lower() in _MAKES and m.group(1)[0].isupper() or m.group(1).lower() in ("model", "models")))
