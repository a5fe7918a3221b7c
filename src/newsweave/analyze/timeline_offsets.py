"""Seven readings of a date that the words around it decide (session 18).

Written from the error kinds of the fresh AllSides set `timeline_dev_l` (its first run at 200aad0:
75/79 right, 78/83 found) and the older sets' left-over errors; each is a general construction of
news copy, not a fit to one text. spaCy tokens in, no model here.

- `event_adjective(text, m)`: "the Jan. 6 attack", "the November election": a date written as the
  adjective of an event noun names a known event, its year read from the publication date. It is not
  carried forward by `timeline._year_carried` ("on June 15, 2021, … accusing … of the Jan. 6 attack"
  is January 2021, not January 2022); the carry is for a sequence of prepositional dates ("take office
  in January 2027, run in November").
- `participle_baseline(tok)`: "a rise from the 4,870 counted in May": the date hangs on a
  participle that modifies the object of a comparison's "from"/"since" (after a change word or a
  superlative, as `timeline_syntax.baseline` reads them), so it dates the baseline, not an event.
- `comparative_since(tok)`: "higher than any yearly count since at least 2011": "since" hung on a
  comparative ("higher", "more", "worse") bounds a comparison, like a superlative's "since"; the
  gold's settled "since" rule reads it `null`. A baseline told with its own "when" clause is kept.
- `nowadays(text, m, tok)`: "Today, a majority of adults say …", "Today, it is owned by …": a
  sentence that opens with "Today," outside quotes and whose verb is a simple present (active or
  passive) states how things are now, not an event of the day. "Today, the Senate voted …" (past) and
  "Today, the Senate is voting …" (progressive) are still the day.
- `day_offsets(text, mentions)`: "two days before Tuesday's primary" is the Sunday (the weekday's
  mention is moved by the count); "spoke to the island on Tuesday, a day after the last ferry
  left" also dates the leaving, the Monday: a count of days after/before, set off by a comma or
  a dash, counted from the last day the sentence stated before it (outside quotes). The one-word
  "the day after"/"the night before" stay with `timeline_relative`.
- `written_forms(text, mentions, reread)`: "leaving August the 31st" (a day said aloud) is read as
  "August 31st" (`spoken_days`), and "by mid-September", "since mid-March 2020, when …" as the month
  (`mid_months`; `find_dates` does not read the hyphenated form; the lead before it, "by", "since",
  "in", still decides the way the month points). Whether the month is
  an event or a baseline is then decided as for any month.
- `told_when(text, m)`: a baseline followed by its own ", when …" clause is told as an event
  (`timeline_dev_b`'s rule), also when the parse hangs the clause on another word ("bookings at their
  lowest since mid-March 2031, when the storm …": the parse may hang it on the superlative's noun).

Measured (same run, every timeline set vs 200aad0): benchmarks/ANALYSIS.md, session 18.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text.dates import DateMention
from .timeline_bounds import inside_quote
from .timeline_occasions import _IN_COUNT
from .timeline_nested import _when_follows
from .timeline_syntax import _governing_prep, _has_range_end, _is_change, _superlative_near

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT_RE = r"(?P<n>a|one|two|three|four|five|six|seven|[1-9])"

# ---------------------------------------------------------------- the carried year

_THE_BEFORE = re.compile(r"(?i)\bthe\s$")
_ADJ_AFTER = re.compile(r"\s+(?!(?:in|on|at|to|for|from|by|with|and|or|of|as|that|when|after|before|until|through)\b)[a-z][a-z-]+\b")


def event_adjective(text: str, m: DateMention) -> bool:
    """Is the mention `m` a date written as the adjective of a noun after "the" ("the Jan. 6 attack")?"""
    return bool(_THE_BEFORE.search(text[max(0, m.start - 5) : m.start])) and bool(_ADJ_AFTER.match(text, m.end))


# ---------------------------------------------------------------- baselines

_PARTICIPLE_LINKS = frozenset({"in", "on", "during"})


def participle_baseline(tok) -> bool:
    """Is the date token `tok` on a participle ("encountered in May") that modifies the object of a
    comparison's preposition ("a rise from the 4,870 counted in May")?"""
    prep = _governing_prep(tok)
    if prep is None or prep.lower_ not in _PARTICIPLE_LINKS or prep.head.i == prep.i:
        return False
    part = prep.head
    if not (part.tag_ in ("VBN", "VBG") and part.dep_ == "acl" and part.head.i != part.i):
        return False
    noun = part.head
    gov = _governing_prep(noun)
    if gov is None or gov.lower_ not in ("from", "since") or _when_follows(tok):
        return False
    head = gov.head  # `baseline`'s tests, without its "told with its own clause" exit (the participle is that clause)
    if gov.lower_ == "from":
        return _is_change(head) and not _has_range_end(gov)
    return _is_change(head) or _superlative_near(head, gov)


def comparative_since(tok) -> bool:
    """Is the date token `tok` the object of a "since" that hangs on a comparative ("higher … since 2005")?"""
    prep = _governing_prep(tok)
    if prep is None or prep.lower_ != "since" or prep.head.i == prep.i:
        return False
    if any(c.dep_ in ("relcl", "acl") for t in prep.children if t.dep_ == "pobj" for c in t.children) or _when_follows(tok):
        return False  # "since 1990, when …": told as an event
    head = prep.head
    if head.tag_ in ("JJR", "RBR"):
        return True
    # "sailings are higher than any total since 2011": the comparative is the copula's complement
    return any(c.dep_ in ("acomp", "advmod", "attr") and c.tag_ in ("JJR", "RBR") and any(t.lower_ == "than" for t in c.children) for c in head.children)


_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.I)


def told_when(text: str, m: DateMention) -> bool:
    """Is the date followed by its own ", when …" clause ("the lowest since mid-March 2020, when …")?
    Then it is told as an event, whatever the parse hung the clause on (`timeline_dev_b`'s rule)."""
    return bool(_WHEN_AFTER.match(text, m.end))


# ---------------------------------------------------------------- "Today," as now

_TODAY_OPENING = re.compile(r"\s*Today,")
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re"})


def nowadays(text: str, m: DateMention, tok) -> bool:
    """Does the sentence open with "Today," (outside quotes) on a simple-present clause?"""
    if m.expression != "Today" or not _TODAYS_AT(text, m.start) or tok is None or inside_quote(text, m.start):
        return False
    verb = tok.head
    if verb.i == tok.i or tok.dep_ not in ("npadvmod", "advmod", "nmod"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes  # "a majority … say", "it owns"; not "will" / "has"
    if verb.tag_ == "VBN":
        return bool(auxes) and all(a.lower_ in _PRESENT_AUX for a in auxes) and any(a.dep_ == "auxpass" for a in auxes)
    return False


def _TODAYS_AT(text: str, start: int) -> bool:
    return text[:start].strip() == "" and bool(_TODAY_OPENING.match(text, start))


# ---------------------------------------------------------------- counted days

_BEFORE_WEEKDAY = re.compile(
    rf"(?i)\b{_COUNT_RE}\s+days?\s+(?P<dir>before|after)\s+(?P<wd>{'|'.join(_WEEKDAYS)})(?:['’]s)?\b"
)
_AFTER_CLAUSE = re.compile(
    rf"(?:,|—|–|--)\s*(?:(?i:just|only|barely)\s+)?(?P<phrase>{_COUNT_RE}\s+days?\s+(?P<dir>after|before))\s+"
    rf"(?!(?:{'|'.join(_WEEKDAYS)})\b)(?=[a-z]|the\b|[A-Z][a-z])"
)


def _shift(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def day_offsets(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` with "N days before <weekday>('s)" moved by N days, and a day added for each
    ", N days after <clause>" counted from the last day the sentence stated before it."""
    out = list(mentions)
    for r in _BEFORE_WEEKDAY.finditer(text):
        n = _COUNT[r.group("n").lower()] if not r.group("n").isdigit() else int(r.group("n"))
        sign = -1 if r.group("dir").lower() == "before" else 1
        for i, m in enumerate(out):
            if m.start == r.start("wd") and m.precision == "day" and m.date:
                out[i] = DateMention(r.start(), r.end(), text[r.start() : r.end()], _shift(m.date, sign * n), "day")
    for r in _AFTER_CLAUSE.finditer(text):
        if inside_quote(text, r.start("phrase")):
            continue
        before = [m for m in out if m.end <= r.start() and m.precision == "day" and m.date and not inside_quote(text, m.start)]
        if not before:
            continue
        n = _COUNT[r.group("n").lower()] if not r.group("n").isdigit() else int(r.group("n"))
        sign = -1 if r.group("dir") == "after" else 1
        a, b = r.span("phrase")
        out.append(DateMention(a, b, text[a:b], _shift(before[-1].date, sign * n), "day"))
    out.sort(key=lambda m: m.start)
    return out


_COUNTED = re.compile(rf"(?i)^{_COUNT_RE}\s+days?\s+(?:before|after)\b")


def counted(m: DateMention) -> bool:
    """Is `m` a day counted from another ("a day after", "two days before Tuesday's")? Such a day is
    derived, not stated: it is not the antecedent of a later "the next day" or quoted "today"."""
    return bool(_COUNTED.match(m.expression))


def extra_cue(text: str) -> bool:
    """Does the sentence need reading although `find_dates` finds nothing or the parse is not asked
    for ("leaving August the 31st", "Today, most adults say …")?"""
    return bool(_SPOKEN.search(text) or _MID.search(text) or _TODAY_OPENING.match(text) or _IN_COUNT.search(text))  # + "in two weeks" (`timeline_occasions`)


# ---------------------------------------------------------------- "August the 31st"

_SPOKEN = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?P<the>\s+the\s+)(?P<day>[0-3]?\d(?:st|nd|rd|th))\b"
)


_MID = re.compile(
    r"\b(?P<mid>mid-)(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)


def written_forms(text: str, mentions: list[DateMention], reread) -> list[DateMention]:
    """`mentions` plus the two forms `find_dates` does not read: "<Month> the <ordinal>" and
    "mid-<Month>" (see `spoken_days`, `mid_months`)."""
    return mid_months(text, spoken_days(text, mentions, reread), reread)


def mid_months(text: str, mentions: list[DateMention], reread) -> list[DateMention]:
    """`mentions` plus "mid-<Month>( <year>)" ("by mid-September", "since mid-March 2020, when …") read
    as "<Month>" with its lead ("By mid-January" points forward as "By January" does): `reread(text2)`
    finds the dates of a copy of `text` with "mid-" blanked (same length, so the offsets hold)."""
    out = list(mentions)
    for r in _MID.finditer(text):
        if any(m.start < r.end() + 3 and r.start() < m.end for m in out):
            continue
        copy = text[: r.start()] + "    " + text[r.end() :]  # "By mid-January" -> "By     January": the lead still decides
        for m in reread(copy):
            if m.start <= r.end() < m.end and m.precision == "month" and m.date:
                out.append(DateMention(m.start, m.end, text[m.start : m.end], m.date, "month"))
    out.sort(key=lambda m: m.start)
    return out


def spoken_days(text: str, mentions: list[DateMention], reread) -> list[DateMention]:
    """`mentions` plus "<Month> the <ordinal>" read as "<Month> <ordinal>": `reread(text2)` finds the
    dates of a copy of `text` with "the" blanked out (same length, so the offsets hold)."""
    out = list(mentions)
    for r in _SPOKEN.finditer(text):
        over = [m for m in out if m.start < r.end() and r.start() < m.end]
        if any(m.precision != "month" or m.end > r.end("month") for m in over):
            continue  # read already; only a bare month ("on August") gives way to the day
        a, b = r.span("the")
        copy = text[:a] + " " + r.group("day") + " " * (b - a - 1) + text[r.end("day") :]
        for m in reread(copy):
            if m.start == r.start() and m.precision == "day" and m.date:
                out = [x for x in out if x not in over]
                out.append(DateMention(r.start(), r.end(), text[r.start() : r.end()], m.date, "day"))
    out.sort(key=lambda m: m.start)
    return out
