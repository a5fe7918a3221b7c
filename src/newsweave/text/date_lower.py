"""Dates in lower-cased copies (Multi-News style: "said tuesday", "on wednesday, april 25, 2018",
"since march of 2010"), for `dates.find_dates` (session 14, issue 12).

`dates` reads month and weekday names by their capital ("April 25, 2018", "on Tuesday"); a copy
with proper nouns lower-cased lost the capital, so before this module "wednesday, april 25, 2018"
was read as the year 2018 only, "on october 7, 2006" as an October of the publication's year plus
the year 2006, and "said tuesday" not at all. Without the capital a month or weekday name can be
an ordinary word ("this may seem", "their last march through the city", "the sun"), so each
pattern here asks for what makes the word a date:
- a day number after the month, with a year or a preposition/article before it ("on march 11",
  "the march 31 morning"); "may"/"march" without a year need that word before;
- a day before the month and a year after it ("from 3 november 2030 to 14 may 2031");
- a year after the month, maybe with "of" ("since march of 2010", "to december 2013"): this is
  read in cased text too, where "In March of 2010" used to be March of the publication's year;
- a weekday before a calendar date is that date ("wednesday, april 25, 2018"), not a weekday
  read against publication (cased too);
- a lower-case weekday name, unless a name holds it ("fox news sunday", "super tuesday").
`month_word_rejected` filters `dates`'s older "in March" pattern (case-blind since it was
written) when the month word is lower-case "may" or "march" and reads as the verb or the noun.

Written from reading 8 training clusters (seeded draw) and regex counts over the 20,000
lower-cased training clusters (development evidence, benchmarks/ANALYSIS.md "Lower-cased copies").
"""

from __future__ import annotations

import re

_FULL = "january|february|march|april|may|june|july|august|september|october|november|december"
_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# "wednesday, april 25, 2018", "on oct. 1, 2015", "march 31" (kind "mdy" in `dates`)
DAY_DATE = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAYS}),?\s+)?(?P<month>{_FULL}|{_ABBR})(?P<dot>\.)?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?:of\s+)?{_YEAR}(?!\d)|(?![\d:]))",
    re.I,
)
# "from 3 november 2030 to 14 may 2031" (kind "dmy" in `dates`; lower-case only with its year)
DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_FULL}|(?:{_ABBR})\.)\s+(?P<year2>(?:1[89]|20)\d\d)\b(?!\d)",
    re.I,
)
# "since march of 2010", "to december 2013", "in may 1945" (kind "month" in `dates`, always with a year)
MONTH_YEAR = re.compile(
    rf"\b(?P<lead>(?:in|since|during|until|by|from|early|late|mid-?|last|this|of|on|before|after|to|through|and|between)\s+|)"
    rf"(?P<month>{_FULL}|(?:{_ABBR})\.)\s+(?:of\s+)?{_YEAR}\b(?!\s*(?:%|per\s?cent))",
    re.I,
)
# "said tuesday", "on friday", "monday's twister" (kind "weekday" in `dates`); the capitalised form is `dates`'s own
LOWER_WEEKDAY = re.compile(
    rf"\b(?:(?P<lead>(?i:last|next|this|on|until|by|from|since|starting|this coming|coming|late|early))\s+)?(?P<weekday>{_WEEKDAYS})\b"
)

_AMBIGUOUS = frozenset({"may", "march"})
_DATE_LEAD = re.compile(
    r"(?i)(?:\b(?:on|since|until|till|by|from|before|after|of|through|to|between|and|the|a|an|its|his|her|their|our|"
    + _WEEKDAYS
    + r")|,)\s*$"
)
# After "may" as a month a clause goes on with punctuation or a function word ("in may, the …",
# "last may when he …"); "this may seem", "in may be" are the verb.
_AFTER_MAY_OK = frozenset(
    "when and but after before in at for to that as while with amid following during because until on or".split()
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|their|his|her|its|our|my|your|this|that|final|first|second|[a-z]+['’]s)\s+$")
_MARCH_PATH = frozenset("on to through against toward towards across along past into from in down up".split())

# Names that hold a weekday: "fox news sunday", "super tuesday", "sunday times", "saturday night live";
# and a weekday that names a kind of thing ("any sunday talk show", "the sunday papers").
_NAME_BEFORE = frozenset(
    "black good super cyber ash holy maundy shrove easter palm fat giving bloody blue manic mad whit plough freaky casual "
    "throwback business news".split()
)
_NAME_AFTER = re.compile(
    r"\s+(?:times|telegraph|express|mirror|post|herald|tribune|star|independent|sport|mail|observer|review|magazine|"
    r"edition|shows?|talk|school|service|night\s+live|night\s+football|morning\s+shows?|papers?)\b"
)


# "( published thursday, july 31, 2014 )", "Updated: June 3, 2015": the page's own date, at the start of
# a line or in brackets, or with a colon ("she posted on July 31 a video" is an event).
_PUBLISHED_BEFORE = re.compile(
    r"(?i)(?:(?:^|[(\[|\n])\s*(?:published|updated|posted|last\s+updated)(?:\s+on)?|\b(?:published|updated|posted)\s*:)\s*$"
)


def page_date(text: str, m: re.Match[str]) -> bool:
    """Is this `DAY_DATE` match the page's own date ("( published thursday, july 31, 2014 )")? The
    caller reserves its span so that neither its weekday nor its year is read either."""
    return bool(_PUBLISHED_BEFORE.search(text[max(0, m.start() - 24) : m.start()]))


def day_date_rejected(text: str, m: re.Match[str]) -> bool:
    """Is this `DAY_DATE` match not a date? Only lower-case month words are questioned (a capital
    is `dates`'s own evidence): an abbreviation needs its dot or a year ("aug. 11", "aug 11, 2015"),
    and "may"/"march" without a year need a date word before ("on march 11", not "will march 5 …")."""
    month = m.group("month")
    if not month[:1].islower() or m.group("year"):
        return False
    word = month.lower()
    if word not in _FULL.split("|") and not m.group("dot"):
        return True
    if word in _AMBIGUOUS and not m.group("wd"):
        return not _DATE_LEAD.search(text[max(0, m.start() - 12) : m.start()])
    return False


def month_word_rejected(text: str, m: re.Match[str]) -> bool:
    """Is `dates`'s "in March" match (lead word, month, no year) the verb "may" or a "march" on
    foot? Only lower-case "may"/"march" are questioned. "may": rejected unless punctuation, the
    end, or a function word follows ("in may, the …", "last may when …"; not "this may seem").
    "march" after last/this/next: rejected after a determiner ("their last march") or before a
    word of a route ("this march to the capitol")."""
    month = m.group("month")
    word = month.lower()
    if word not in _AMBIGUOUS or not month[:1].islower():
        return False
    after = _NEXT_WORD.match(text, m.end(), m.end() + 20)
    follows = after.group(1) if after and not text[m.end() : after.start(1)].strip() else None
    if word == "may":
        return follows is not None and follows.lower() not in _AFTER_MAY_OK
    lead = (m.group("lead") or "").lower()
    if lead in ("last", "this", "next"):
        if _DETERMINER_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            return True
        return follows is not None and follows.lower() in _MARCH_PATH
    return False


def lower_day_name(text: str, start: int, end: int) -> bool:
    """Is the lower-case weekday at `text[start:end]` part of a name ("fox news sunday", "super
    tuesday", "the sunday times")?"""
    before = text[max(0, start - 20) : start].split()
    if before and before[-1].lower() in _NAME_BEFORE:
        return True
    return bool(_NAME_AFTER.match(text, end, end + 24))


def lower_case_patterns(patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, re.Pattern[str]]]:
    """`dates`'s pattern list with these in place: the day dates before its "mdy" (they take a
    weekday in front and the lower-case forms), the month-with-year before its "month", the
    lower-case weekday after its own weekday pattern."""
    out: list[tuple[str, re.Pattern[str]]] = []
    for kind, pattern in patterns:
        if kind == "mdy" and DAY_DATE not in (p for _, p in out):
            out += [("mdy", DAY_DATE), ("dmy", DAY_MONTH_YEAR)]
        if kind == "month" and MONTH_YEAR not in (p for _, p in out):
            out.append(("month", MONTH_YEAR))
        if kind == "year" and LOWER_WEEKDAY not in (p for _, p in out):
            out.append(("weekday", LOWER_WEEKDAY))
        out.append((kind, pattern))
    return out


def lower_case_skip(pattern: re.Pattern[str], kind: str, text: str, m: re.Match[str], taken: list[tuple[int, int]], i: int) -> bool:
    """Should `dates.find_dates` skip this match? A lower-case weekday in a name, a day date or a
    month that is not one (`day_date_rejected`, `month_word_rejected`); a page's own date is
    skipped with its span reserved in `taken` (at index `i`), so its weekday and year are not read."""
    if pattern is LOWER_WEEKDAY and lower_day_name(text, m.start("weekday"), m.end()):
        return True
    if pattern is DAY_DATE and page_date(text, m):
        taken.insert(i, m.span())
        return True
    if pattern is DAY_DATE and day_date_rejected(text, m):
        return True
    return kind == "month" and not m.group("year") and month_word_rejected(text, m)
