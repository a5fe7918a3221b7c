"""Three readings left after `timeline_offsets` (session 18, second pass).

Written from the error kinds `timeline_dev_m` showed at its one sealed run and the older sets'
left-over lists; each is a general construction of news copy, not a fit to one text. No model here:
regular expressions, and spaCy tokens where the caller has a parse.

- `holiday_occasion(text, m, published)`: "his Memorial Day address on Sunday", "spoke at a
  Memorial Day service", "remarks ahead of the Memorial Day holiday", in an article of the week
  before the holiday: the holiday written as the adjective of a noun names the occasion of something
  done before it, not an event of the holiday. A past clause sent it to last year's holiday (a year
  off); "ahead of" or a clause with no tense read sent it to the coming day, which the sentence does
  not report. Not read then, unless a future word comes before it in its clause. A
  holiday weekend ("the Memorial Day weekend") is kept (the gold dates it as its month), and so is a
  future clause ("will lead a Memorial Day parade": the parade is on the day) and any holiday further
  than a week from publication ("a Labor Day barbecue" told a week later is that Monday).
- `participle_tense(tense, root_of)`: "189 people were killed over a 72-hour period starting Friday",
  in a Tuesday article: "starting"/"beginning" is a participle hung on a noun or on a bare participle
  ("… killed and 516 injured … starting Friday"), so the tense is that of the clause above it (past: the
  Friday before), not the participle's own (none, read as present, so the lead sent the weekday
  forward). Only a past read there changes anything, and a finite verb keeps its own tense: "the ferry
  would run hourly starting Friday" and "Starting Friday, the ferry runs hourly" still point forward.
- `ahead_counts(text, mentions, published)`: "I'll be meeting them in a couple of weeks", "the
  plant will reopen in two weeks": a count of days, weeks or months after "in", in a clause with a
  future word before it, is that far ahead of the day the sentence states (outside quotes), else of
  publication; weeks and months give the month. Without a future word "in two weeks" is a duration
  ("sold out in two weeks") and is not read. `find_dates` reads only "two weeks from now" / "away".

Two word-level changes of the same pass live where the words are read: "By July" / "By Monday" in a
clause the parse reads as past look back ("By July, the reports grew grim": `text/dates.py`, as "from" and
"starting" already did), and "inaugural" is an event noun for a year adjective ("his 2017 inaugural fund";
`text/date_days.py`; a tax year, "his 1995 state income tax filings", stays unread).

Measured (same run, every timeline set vs 200aad0; tuning figures, `timeline_dev_m` was read for them):
benchmarks/ANALYSIS.md, "Session 18 (timeline, second pass)".
"""

from __future__ import annotations

import datetime as dt
import re

from ..text.date_days import _holiday_in
from ..text.dates import DateMention
from .timeline_bounds import inside_quote

# ---------------------------------------------------------------- a holiday as an occasion

_HOLIDAY = re.compile(
    r"(?P<holiday>Labou?r Day|Memorial Day|Veterans Day|Thanksgiving(?: Day)?|Christmas (?:Day|Eve)|New Year[’']s (?:Day|Eve)|Boxing Day|Fourth of July)$"
)
_NOUN_AFTER = re.compile(r"\s+(?P<w1>[a-z][a-z-]+)(?:\s+(?P<w2>[a-z][a-z-]+))?")
_NOT_NOUN = frozenset(
    "in on at to for from by with and or of as that when after before until through is was are were will would has had".split()
)
_AHEAD_BEFORE = re.compile(r"(?i)\b(?:ahead\s+of|before|in\s+advance\s+of)\s+(?:the\s+|a\s+|this\s+(?:year['’]s\s+)?)?$")
_WEEK = 7


def holiday_occasion(text: str, m: DateMention, published: dt.date | None) -> bool:
    """Is `m` a holiday written as the adjective of a noun ("his Memorial Day address"), in an article
    published in the week before that holiday, read as last year's holiday or after "ahead of"?"""
    h = _HOLIDAY.search(m.expression)
    if h is None or published is None or not m.date:
        return False
    after = _NOUN_AFTER.match(text, m.end)
    if after is None or after.group("w1") in _NOT_NOUN or "weekend" in (after.group("w1"), after.group("w2")):
        return False  # "on Memorial Day in Ohio", "the Memorial Day (holiday) weekend"
    name = h.group("holiday")
    upcoming = _holiday_in(name, published.year)
    if upcoming < published:
        upcoming = _holiday_in(name, published.year + 1)
    if not 0 < (upcoming - published).days <= _WEEK:
        return False
    if m.date < published.isoformat() or _AHEAD_BEFORE.search(text[max(0, m.start - 30) : m.start]):
        return True  # a past clause took last year's holiday; "ahead of": the occasion is the coming one
    return not _FUTURE_CUE.search(_CLAUSE_BREAK.split(text[max(0, m.start - 120) : m.start])[-1])  # "will lead a … parade": the day


# ---------------------------------------------------------------- "a period starting Friday"

_START_WORDS = frozenset({"starting", "beginning"})


def participle_tense(tense, root_of):
    """`tense(start, end)` with a weekday or month after a "starting"/"beginning" participle on a noun
    ("a period starting Friday") given the tense of the clause that noun is in."""

    def read(start: int, end: int):
        tok = root_of(start, end)
        lead = None if tok is None else tok if tok.lower_ in _START_WORDS else tok.head  # the span may hold the lead
        if lead is not None and lead.lower_ in _START_WORDS and lead.dep_ in ("acl", "prep", "advcl") and lead.head.i != lead.i:
            noun = lead.head  # a noun, or a bare participle ("… killed and 516 injured … starting Friday"), not "would run"
            if noun.tag_.startswith("VB") and (noun.tag_ not in ("VBN", "VBG") or any(c.dep_ in ("aux", "auxpass") for c in noun.children)):
                return tense(start, end)
            above = tense(noun.idx, noun.idx + len(noun.text))
            if above == "past":
                return above
        return tense(start, end)

    return read


# ---------------------------------------------------------------- "in a couple of weeks"

_COUNTS = {"a": 1, "one": 1, "a couple of": 2, "a couple": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_IN_COUNT = re.compile(
    r"\bin\s+(?:just\s+|about\s+|another\s+)?(?P<n>a\s+couple(?:\s+of)?|a|one|two|three|four|five|six|[1-9])\s+"
    r"(?P<unit>day|week|month)s?\b(?!\s+(?:time|ago|earlier|before|after|later)\b)"
)
_FUTURE_CUE = re.compile(r"(?i)(?:\bwill\b|['’]ll\b|\bgoing\s+to\b|\b(?:is|are)\s+(?:set|due|expected|scheduled)\s+to\b|\bplans?\s+to\b)")
_CLAUSE_BREAK = re.compile(r"[.;!?]|,\s*(?:but|and)\s")


def _month_after(day: dt.date, months: int) -> str:
    y, mo = divmod(day.month - 1 + months, 12)
    return f"{day.year + y:04d}-{mo + 1:02d}"


def ahead_counts(text: str, mentions: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """`mentions` plus each "in <count> days/weeks/months" of a future clause, counted from the day
    the sentence states outside quotes (else publication)."""
    if published is None:
        return mentions
    out = list(mentions)
    for r in _IN_COUNT.finditer(text):
        if any(m.start < r.end() and r.start() < m.end for m in out):
            continue
        before = text[max(0, r.start() - 120) : r.start()]
        before = _CLAUSE_BREAK.split(before)[-1]
        if not _FUTURE_CUE.search(before):
            continue
        stated = [m for m in mentions if m.precision == "day" and m.date and not inside_quote(text, m.start)]
        anchor = dt.date.fromisoformat(stated[-1].date) if stated else published
        n = _COUNTS.get(" ".join(r.group("n").lower().split())) or int(r.group("n"))
        unit = r.group("unit").lower()
        if unit == "day":
            day = anchor + dt.timedelta(days=n)
            out.append(DateMention(r.start(), r.end(), r.group(0), day.isoformat(), "day"))
        elif unit == "week":
            day = anchor + dt.timedelta(weeks=n)
            out.append(DateMention(r.start(), r.end(), r.group(0), day.isoformat()[:7], "month"))
        else:
            out.append(DateMention(r.start(), r.end(), r.group(0), _month_after(anchor, n), "month"))
    out.sort(key=lambda m: m.start)
    return out
