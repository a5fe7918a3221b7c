"""Date expressions in news text, resolved against the article's publication date.

`find_dates(text, published)` returns every date expression with its character span, the words it
came from, and the resolved ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) with its precision.

Absolute dates ("April 24, 2018", "24 April 2018", "2018-04-24", "in 2016") resolve on their own;
dates without a year ("April 24", "in March") and relative ones ("yesterday", "on Tuesday",
"last month", "last week", "two days ago") need the publication date. When it is missing, the
mention is still returned with `date=None`: unresolved, never guessed.

Choices, and why:
- A bare weekday ("on Tuesday") means the most recent such day on or before publication: news
  reports the past, and wire copy says "on Tuesday" on the Tuesday itself. After "until", "by",
  "next", "from", "starting" or "this coming", or in a sentence about the future ("will", "is due
  to"), it means the next such day after publication.
- "last week" has no day: it resolves to the month it fell in (precision "month"), or to the year
  when the week straddles two months, rather than inventing a day.
- A caller that knows the clause's tense (the timeline reads it from a dependency parse) passes
  `tense=`; it then decides which way a bare weekday or a month without a year points. A weekday
  equal to the publication day is that day unless "next"/"last" says otherwise.
- Seasons ("last summer", "this autumn") are a span of three months, shown as their year (precision
  "year", the finest unit that holds the span), only where they cannot be read two ways (see
  `date_days.season_year`); winter, which straddles two years, is not read.
- (session 13, part 2) counts in words ("Seventy-four years ago"), "two months away", "six weeks from
  now" (not in someone's quoted words); a bound of more than one unit ("more than 20 years ago") and a
  car's model year ("the 2017 Ford Fusion") are no dates; "by the end of the year" is this year in a
  clause about the future.
- Weekends and holidays (session 12, `date_days`): "this weekend" follows the tense, else the
  nearer one; "over the weekend" looks back; a weekend dates as its month (the year when it
  straddles two). Fixed-rule holidays ("a Labor Day cookout", "on Christmas Day") take the year
  the tense points to, else the nearest; "since Labor Day" starts a span and is not read.
- Not events: "the Voting Rights Act of 1965" (a name), "the Sept. 11 attacks", "a brighter
  tomorrow", a page's own date header ("date 2018-04-24"), "2005 levels", "until this year",
  named days ("Black Friday") and titles ("the Sunday Times").
- Linear time on any input: overlaps are checked in a sorted list and every look-around is a
  bounded window (tests/text/test_dates_linear.py).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..types import Precision
from .date_lower import lower_case_patterns, lower_case_skip
from .memo import kept_per_text
from .date_more import more_dates
from .date_days import NUMBER_WORD, VAGUE, event_noun_after, few_days_ago, holiday_date, model_year, number_value, season_year, weekend_saturday

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_YEAR2 = _YEAR.replace("?P<year>", "?P<year2>")
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "April 24, 2018" / "April 24" ; "24 April 2018" / "24 April"
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?(?![\d:])")),
    ("dmy", re.compile(rf"\b{_DAY2}\s+{_MONTH2}\b(?:,?\s+{_YEAR2})?")),
    # "in March 2018", "last March", "in March"
    ("month", re.compile(rf"\b(?P<lead>in|since|during|until|by|from|early|late|mid-?|last|next|this|of|on|before|after)\s+{_MONTH}(?:\s+{_YEAR})?\b", re.I)),
    # "a May interview", "its July summit": a month used as an adjective of an event noun (checked in `find_dates`)
    ("monthadj", re.compile(rf"\b(?i:a|an|the|its|his|her|their|our|my|your)\s+{_MONTH}(?=\s+[a-z])")),
    ("relmonth", re.compile(r"\b(?P<which>last|this|next|earlier this|later this|previous)\s+(?P<unit>month|year|week)\b", re.I)),
    # "last summer", "this autumn", "next spring" (winter straddles two years: not read)
    ("season", re.compile(r"\b(?P<which>last|this|next)\s+(?P<season>spring|summer|autumn|fall)\b(?!\s+(?:in|of|on|from)\b)", re.I)),
    # "this weekend", "over the weekend", "last weekend"; "this past week" (the seven days before)
    ("weekend", re.compile(r"\b(?P<which>this past|this coming|this|last|next|over the|past)\s+weekend\b", re.I)),
    ("pastweek", re.compile(r"\bthis past week\b", re.I)),
    # Fixed-rule holidays ("a Labor Day cookout", "on Christmas Day"); a bare "Christmas" only after a preposition
    ("holiday", re.compile(
        r"\b(?:(?P<lead>(?i:last|next|this|on|since|until|by|before|after|at|over))\s+)?"
        r"(?P<holiday>Labou?r Day|Memorial Day|Veterans Day|Thanksgiving(?: Day)?|Christmas (?:Day|Eve)|New Year[’']s (?:Day|Eve)|Boxing Day|Fourth of July|(?<=\s)Christmas(?=[\s,.;]))\b")),
    ("fewago", re.compile(r"\b(?:a\s+few|several|a\s+couple\s+of)\s+days\s+ago\b", re.I)),
    # "two days ago", "Seventy-four years ago", "two months away", "three weeks from now"; "more than 20 years ago" is vague
    ("ago", re.compile(rf"\b(?:{VAGUE}\s+)?(?P<n>\d+|{NUMBER_WORD})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|away|from\s+now)\b", re.I)),
    # "by the end of the year" when its clause is about the future: this year (the month: this month)
    ("yearend", re.compile(r"\bthe\s+end\s+of\s+the\s+(?P<unit>year|month)\b", re.I)),
    ("word", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<lead>(?i:last|next|this|on|until|by|from|since|starting|this coming|coming|late|early))\s+)?{_WEEKDAY}\b")),
    ("year", re.compile(rf"(?<![\d,.£$€])\b{_YEAR}\b(?!\d|,\d|\s{{0,3}}(?:%|per\s?cent|people|pedestrians|members|votes|times|levels?\b))")),
]
_PATTERNS = lower_case_patterns(_PATTERNS)  # lower-cased copies, "since march of 2010", "Wednesday, April 25, 2018" (`date_lower`)
# "date 2018-04-24" / "Published: …" at the head of a page: metadata, not an event.
_META_BEFORE = re.compile(r"(?i)(?:\bdate|published|updated|posted)\s*:?\s*$")
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:until|till|through)\s+$")
_PAST_BEFORE = re.compile(r"(?i)\b(?:was|were|had been|would be)\s+(?:\w+\s+)?$")  # "the vote was two months away": another story time
_SENTENCE_WINDOW = 400  # characters looked at on each side of a mention for its sentence (bounded: linear time)
# "MARROWBY, March 12 (Coastline) -", "FLINT, Mich., Oct. 4 (UPI) -": a city in capitals, maybe a state
_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]{2,},(?:\s+[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?,)?\s*$")
_ACT_BEFORE = re.compile(r"\bAct,?\s+(?:of\s+)?$")  # "the Voting Rights Act of 1965": a name, not an event
# "the Sept. 11 attacks": the name of the 2001 attacks, not this year's September 11
_NINE_ELEVEN_AFTER = re.compile(r"(?i)\s+(?:terror|attack|hijack|conspirac|commission|memorial|victim|famil|anniversar|era\b)")
# "a brighter tomorrow", "the world of tomorrow": the future, not a day
_NOUN_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:a|an)\s+(?:[a-z]+\s+)?|\bof\s+)$")
_FUTURE_LEAD = {"until", "by", "next", "from", "starting", "this coming", "coming"}
_FUTURE_CLAUSE = re.compile(r"\b(will|would|is due|are due|is expected|are expected|is set to|are set to|plans? to|scheduled|upcoming)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """One date expression in a text: `text[start:end] == expression`."""

    start: int
    end: int
    expression: str
    date: str | None
    precision: Precision | None


def _iso(year: int, month: int | None = None, day: int | None = None) -> tuple[str, Precision]:
    if day is not None and month is not None:
        return f"{year:04d}-{month:02d}-{day:02d}", "day"
    if month is not None:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _nearest_year(month: int, day: int | None, published: dt.date) -> int:
    """A date given without a year: the occurrence nearest to publication (news looks back more
    than forward, so anything over ~2 months ahead is taken as last year's)."""
    year = published.year
    candidate = dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))
    if (candidate - published).days > 62:
        year -= 1
    elif (published - candidate).days > 300:
        year += 1
    return year


def _week_bucket(first: dt.date, last: dt.date) -> tuple[str, Precision]:
    if (first.year, first.month) == (last.year, last.month):
        return _iso(first.year, first.month)
    if first.year == last.year:
        return _iso(first.year)
    return _iso(last.year)


def _sentence_around(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - _SENTENCE_WINDOW), min(len(text), end + _SENTENCE_WINDOW)
    left = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1)
    right_candidates = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i >= 0]
    right = min(right_candidates) if right_candidates else hi
    # Quoted words say nothing about the reporter's tense ("we will find out", he said on Tuesday).
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text[left + 1 : right])


# "took over two years ago", "boiled over three days ago": "over" ends a phrasal verb, it bounds nothing
_PARTICLE_BEFORE = re.compile(r"(?i)\b(?:\w+ed|took|take[sn]?|taking|won|came|ran|fell|went|gone|left|handed)\s+$")


def _particle(text: str, m: re.Match[str]) -> bool:
    return m.group("vague").lower() in ("over", "under") and bool(_PARTICLE_BEFORE.search(text[max(0, m.start() - 15) : m.start()]))


def _quoted(text: str, start: int) -> bool:
    before = text[max(0, start - _SENTENCE_WINDOW) : start]
    return before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1


def _future(text: str, m: re.Match[str], tense: str | None) -> bool:
    """Is the clause about the future? The parse's tense when the caller gave one, else a
    future word anywhere in the sentence outside quotes."""
    if tense is not None:
        return tense == "future"
    return bool(_FUTURE_CLAUSE.search(_sentence_around(text, m.start(), m.end())))


def _resolve(kind: str, m: re.Match[str], text: str, published: dt.date | None, tense: str | None = None) -> tuple[str | None, Precision | None]:
    g = m.groupdict()
    if kind == "iso":
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        return _iso(y, mo, d) if _valid_day(y, mo, d) else (None, None)
    if kind in ("mdy", "dmy"):
        month = MONTHS[(g.get("month") or g.get("month2")).lower().rstrip(".")]
        day = int(g.get("day") or g.get("day2"))
        year_raw = g.get("year") or g.get("year2")
        if year_raw:
            year = int(year_raw)
        elif published:
            year = _nearest_year(month, day, published)
        else:
            return None, None
        return _iso(year, month, day) if _valid_day(year, month, day) else (None, None)
    if kind in ("month", "monthadj"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        if g.get("year"):
            return _iso(int(g["year"]), month)
        if not published:
            return None, None
        lead = (g.get("lead") or "").lower()
        if kind == "monthadj" and tense is None:
            return _iso(_nearest_year(month, None, published), month)  # "a May interview": the noun's time, not the clause's
        if lead == "last":
            year = published.year if month < published.month else published.year - 1
        elif lead == "next":
            year = published.year if month > published.month else published.year + 1
        elif lead == "until" or lead == "by" and tense != "past" or _future(text, m, tense):  # "By July, reports grew grim": July past (session 18)
            year = published.year if month >= published.month else published.year + 1
        elif tense == "past":
            year = published.year if month <= published.month else published.year - 1
        else:
            year = _nearest_year(month, None, published)
        return _iso(year, month)
    if kind == "year":
        return _iso(int(g["year"]))
    if not published:
        return None, None
    if kind == "relmonth":
        which, unit = " ".join(g["which"].lower().split()), g["unit"].lower()
        delta = {"last": -1, "previous": -1, "next": 1}.get(which, 0)
        if unit == "year":
            return _iso(published.year + delta)
        if unit == "month":
            return _iso(*_month_shift(published.year, published.month, delta))
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=delta)
        return _week_bucket(monday, monday + dt.timedelta(days=6))
    if kind == "weekend":
        sat = weekend_saturday(" ".join(g["which"].lower().split()), published, tense)
        return _week_bucket(sat, sat + dt.timedelta(days=1))
    if kind == "pastweek":
        return _week_bucket(published - dt.timedelta(days=7), published - dt.timedelta(days=1))
    if kind == "holiday":
        day = holiday_date(g["holiday"], (g.get("lead") or "").lower(), published, tense)
        return _iso(day.year, day.month, day.day) if day else (None, None)
    if kind == "fewago":
        return _week_bucket(*few_days_ago(published))
    if kind == "season":
        year = season_year(g["which"].lower(), g["season"].lower(), published)
        return _iso(year) if year is not None else (None, None)
    if kind == "yearend":
        if tense == "past" or (tense is None and not _future(text, m, None)):
            return None, None  # "By the end of the year, the crews had gone": the story's year, not read here
        return _iso(published.year, published.month if g["unit"].lower() == "month" else None)
    if kind == "ago":
        n = number_value(" ".join(g["n"].split()))
        if n is None:
            return None, None
        n = n if g["dir"].lower() == "ago" else -n  # "two months away", "a year from now": ahead
        unit = g["unit"].lower()
        if unit == "day":
            day = published - dt.timedelta(days=n)
            return _iso(day.year, day.month, day.day)
        if unit == "week":
            day = published - dt.timedelta(weeks=n)
            return _week_bucket(day - dt.timedelta(days=day.weekday()), day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=6))
        if unit == "month":
            return _iso(*_month_shift(published.year, published.month, -n))
        return _iso(published.year - n)
    if kind == "word":
        word = " ".join(g["word"].lower().split())
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        day = published + dt.timedelta(days=offset)
        return _iso(day.year, day.month, day.day)
    if kind == "weekday":
        target = WEEKDAYS[g["weekday"].lower()]
        lead = " ".join((g.get("lead") or "").lower().split())
        # "were shot from Friday through Sunday": a parsed past tense outranks a start word
        future = lead in _FUTURE_LEAD and not (tense == "past" and lead in ("from", "starting", "by")) or (not lead or lead == "on") and _future(text, m, tense)
        if lead == "last":
            future = False
        elif tense == "near" and lead in ("", "on"):
            future = (target - published.weekday()) % 7 < (published.weekday() - target) % 7  # the nearer one
        if future:
            # "on Wednesday" in a Wednesday article is that day; "next Wednesday" is a week on.
            delta = (target - published.weekday()) % 7
            if delta == 0 and lead in ("next", "this coming", "coming"):
                delta = 7
            day = published + dt.timedelta(days=delta)
        else:
            delta = (published.weekday() - target) % 7
            if lead == "last" and delta == 0:
                delta = 7
            day = published - dt.timedelta(days=delta)
        return _iso(day.year, day.month, day.day)
    return None, None


def find_dates(text: str, published: dt.date | None, tense: Callable[[int, int], str | None] | None = None) -> list[DateMention]:
    """All date expressions in `text`, left to right, non-overlapping (longest/most specific wins).

    `published` anchors relative expressions; without it they come back with `date=None`.
    `tense(start, end)`, when given, says whether the clause holding the expression at
    `text[start:end]` is "past", "present" or "future" (e.g. from a dependency parse); it decides
    which way a bare weekday or a month without a year points. Without it a future word in the
    sentence decides. Linear in the text: every look-around is bounded.
    (session 27, brief P3) Without `tense` the answer depends on the text and the date alone and is
    kept for a text of up to 2,000 characters (`_untensed`): an analysis asks for one sentence's dates from its timeline and its fact
    matching; each caller gets its own list.
    """
    if tense is None:
        return _untensed(text, published)
    return _find_dates(text, published, tense)


@kept_per_text(maxsize=4096, fresh=list)  # session 28 (brief P5): the one helper; longer texts are read each time
def _untensed(text: str, published: dt.date | None) -> list[DateMention]:
    return _find_dates(text, published, None)


# (session 27, brief P4) A pattern runs only on a text holding the literals each of its matches needs (groups
# ANDed, a group's words ORed, looked up in `text.lower()`): most sentences have no digit, month or day word.
_WORDS = {
    "month": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "weekday": tuple(name.lower() for name in calendar.day_name),
    "unit": ("day", "week", "month", "year"), "season": ("spring", "summer", "autumn", "fall"), "ago": ("ago", "away", "now"),
    "holiday": ("day", "thanksgiving", "christmas", "year", "july"),
    "word": ("yesterday", "today", "tomorrow", "night", "morning", "afternoon", "evening"),
    **{word: (word,) for word in ("weekend", "this past week", "day", "end")},
}
_NEEDS = {
    "iso": ("digit",), "mdy": ("digit", "month"), "dmy": ("digit", "month"), "month": ("month",), "monthadj": ("month",),
    "relmonth": ("unit",), "season": ("season",), "weekend": ("weekend",), "pastweek": ("this past week",),
    "holiday": ("holiday",), "fewago": ("day", "ago"), "ago": ("unit", "ago"), "yearend": ("end", "unit"),
    "word": ("word",), "weekday": ("weekday",), "year": ("digit",),
}
_FOLD_ODD = re.compile("[\u0130\u0131\u017f\u212a]")  # fold to ASCII letters under re.I, not under lower()


def _may_match(text: str) -> Callable[[str], bool]:
    """Can a pattern of this kind match `text`? False only when a literal it needs is missing."""
    if _FOLD_ODD.search(text):
        return lambda kind: True
    low = text.lower()
    have = {name: any(word in low for word in words) for name, words in _WORDS.items()}
    have["digit"] = re.search(r"\d", text) is not None
    return lambda kind: all(have[need] for need in _NEEDS[kind])


def _find_dates(text: str, published: dt.date | None, tense: Callable[[int, int], str | None] | None) -> list[DateMention]:
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    found: list[DateMention] = []
    may_match = _may_match(text)
    for kind, pattern in _PATTERNS:
        if not may_match(kind):
            continue
        for m in pattern.finditer(text):
            start, end = m.span("month") if kind == "monthadj" else m.span()
            if kind == "monthadj" and not event_noun_after(text, end):
                continue  # "the May government": only "a May interview", "its July summit" (an event noun follows)
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue
            if kind == "weekday" and not m.group("lead") and _is_name_part(text, start):
                continue
            if lower_case_skip(pattern, kind, text, m, taken, i):
                continue  # "this may seem", "fox news sunday", "( published thursday, july 31, 2014 )" (`date_lower`)
            if kind == "word" and text[start].isupper() and start > 0 and text[max(0, start - 3) : start].strip() not in ("", ".", '"', "“"):
                continue  # "BBC Radio 4's Today programme": a name, not a day
            if kind == "year" and (not _year_context(text, start, end) or _ACT_BEFORE.search(text[max(0, start - 12) : start])):
                continue
            if kind == "mdy" and not m.group("year") and MONTHS[m.group("month").lower()] == 9 and m.group("day") == "11" and _NINE_ELEVEN_AFTER.match(text, end, end + 16):
                taken.insert(i, (start, end))
                continue  # "the Sept. 11 attacks": a name
            if kind == "word" and m.group("word").lower() in ("tomorrow", "today") and _NOUN_DAY_BEFORE.search(text[max(0, start - 20) : start]):
                continue  # "a brighter tomorrow", "the leaders of today"
            if kind == "iso" and _META_BEFORE.search(text[max(0, start - 12) : start]):
                taken.insert(i, (start, end))  # "date 2018-04-24" at the head of a page: the page's own date
                continue
            if kind == "ago" and m.group("vague") and number_value(" ".join(m.group("n").split())) != 1 and not _particle(text, m):
                taken.insert(i, (start, end))
                continue  # "more than 20 years ago": a bound, not a date ("more than a year ago" is the year before)
            if kind == "ago" and m.group("dir").lower() != "ago" and (_PAST_BEFORE.search(text[max(0, start - 25) : start]) or _quoted(text, start)):
                continue  # "the election was two months away", "“… just six days from now,” he said": another time's "now"
            if kind == "year" and model_year(text, end):
                continue  # "the 2017 Ford Fusion": a model year
            if kind == "yearend" and _resolve(kind, m, text, published or dt.date(2000, 1, 1), tense(start, end) if tense else None)[0] is None:
                continue
            if kind == "relmonth" and _LIMIT_BEFORE.search(text[max(0, start - 10) : start]):
                continue  # "until this year, only five had won": a limit, not an event
            if _DATELINE.search(text[max(0, start - 40) : start]):
                continue  # "MARROWBY, March 12 (Coastline) -": the filing date, not an event
            if kind == "month" and m.group("lead").lower() in ("may",):
                continue
            if kind == "season" and published is not None and _resolve(kind, m, text, published)[0] is None:
                continue  # "last summer" in October: this year's or last year's, left unread
            if kind == "holiday" and m.group("holiday") == "Christmas" and not m.group("lead"):
                continue  # "a Christmas tree": only "on/at/before … Christmas" is the day
            if kind == "holiday" and _resolve(kind, m, text, published or dt.date(2000, 1, 1))[0] is None:
                continue  # "since Labor Day": a span's start
            needs_tense = tense is not None and (kind in ("weekday", "weekend", "holiday", "yearend") or kind == "monthadj" or kind == "month" and not m.group("year"))
            date, precision = _resolve(kind, m, text, published, tense(start, end) if needs_tense else None)
            taken.insert(i, (start, end))
            found.append(DateMention(start, end, text[start:end], date, precision))
    return more_dates(text, published, tense, found)  # seasons, weekends (`date_seasons`), old years, a next-day "early Friday" (`date_more`)


# Named days: "Black Friday", "Super Tuesday"; and names that start with a weekday ("the Sunday Times").
_DAY_NAME_BEFORE = frozenset(
    "black good super cyber ash holy maundy shrove easter palm fat giving bloody blue manic mad whit plough freaky casual "
    "throwback business".split()
)
_DAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Night|Morning|Star|Independent|Sport|Mail|Observer|Review|Magazine|Edition|Show)\b")


def _is_name_part(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].rstrip()
    word = before.split()[-1] if before.split() else ""
    if word[:1].isupper() and word.lower() in _DAY_NAME_BEFORE:
        return True
    end = text.find(" ", start, start + 12)
    return bool(end > 0 and _DAY_NAME_AFTER.match(text, end, end + 20))


_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|from|until|till|before|after|during|a|the|early|late|mid|around|circa|between|and|to|year|spring|summer|autumn|fall|winter|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|[\d,(']|-)\s*$",
    re.I,
)


_YEAR_AND_YEAR = re.compile(r"\s+(?:and|or|to|through)\s+(?:1[89]|20)\d\d\b")


def _year_context(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year when a preposition, article, month or day precedes it, or
    punctuation follows it ("the 2016 report", "in 1998", "1998."), not when it counts things."""
    before = text[max(0, start - 15) : start]
    after = text[end : end + 2]
    if _YEAR_BEFORE.search(before) or _YEAR_AND_YEAR.match(text, end, end + 12) or event_noun_after(text, end):
        return True  # "her 2000 and 2006 Senate races", "her 2008 campaign", "the landmark 1973 ruling"
    return not after[:1].isalpha() and not (after[:1] == " " and after[1:2].islower())
