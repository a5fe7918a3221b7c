"""Three readings of dates relative to other dates, for the timeline (session 15).

Written from the error kinds of the fresh AllSides set `timeline_dev_i` (its first run at eeec94b:
64/66 right, 66/73 found); each is a general construction of news copy, not a fit to one text.

- `relative_baseline(tok)`: "fares are up 3 percent from a year ago": a relative-past date ("a year
  ago", "six months ago") that the parse hangs on "from"/"since" as a clause (`pcomp`, not the
  `pobj` that `timeline_syntax.baseline` reads) is the baseline of the change, not an event. The
  same tests as `baseline`: a change word on the preposition's head ("risen", "up") for "from", a
  change or a superlative for "since".
- `range_ends(text, found, kept)`: "From March to April, prices rose 0.8 percent", "from June to
  August the band toured": the end month of a month range is read (the month pattern reads "from
  March" but no bare month after "to"/"through"/"and"). It takes the start's year, the next one when
  it comes earlier in the calendar, or its own written year. The end is an event in both cases: the
  month a change is measured in, or the range's end (as `timeline_dev_e`'s gold reads spans); the
  start stays as `baseline` decides (dropped after a change word).
- `day_anaphors(text)` / `anaphor_day(...)`: "the night before", "the day before", "the next day",
  "the following morning", "the day after" with nothing after them that they are relative to
  ("the day before the vote" is left alone): the day before/after the last day the article stated
  (outside quotes) in this sentence or the one before, as `timeline`'s quoted "today" reads it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text.dates import MONTHS, DateMention
from .timeline_syntax import _is_change, _superlative_near

_RELATIVE_PAST = re.compile(r"(?i)\b(?:ago|earlier|before)$")


def relative_baseline(tok) -> bool:
    """Is the date token `tok` ("ago" of "a year ago") the clause object of a comparison's "from"/"since"?"""
    if tok.dep_ != "pcomp" or tok.head.i == tok.i or not _RELATIVE_PAST.search(tok.text):
        return False
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in ("from", "since"):
        return False
    if prep.lower_ == "from":
        return _is_change(prep.head)
    return _is_change(prep.head) or _superlative_near(prep.head, prep)


_MONTH_WORDS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_RANGE = re.compile(
    rf"\b(?i:from|between)\s+(?P<m1>{_MONTH_WORDS})\.?(?:\s+(?P<y1>(?:19|20)\d\d))?"
    rf"\s+(?i:to|through|and|until|till)\s+(?P<m2>{_MONTH_WORDS})\.?(?:\s+(?P<y2>(?:19|20)\d\d))?\b"
)


def range_ends(text: str, found: list[DateMention], kept: list[DateMention]) -> list[DateMention]:
    """`kept` plus the end month of each "from <month> to <month>" range whose end no date mention
    covers; `found` are all the sentence's mentions (before baselines were dropped), for the start's year."""
    out = list(kept)
    for r in _RANGE.finditer(text):
        a, b = r.span("m2")
        if r.group("y2"):
            b = r.end("y2")
        if any(m.start < b and a < m.end for m in found):
            continue
        month2 = MONTHS[r.group("m2").lower()]
        if r.group("y2"):
            year = int(r.group("y2"))
        else:
            start = next((m for m in found if m.start <= r.start("m1") < m.end and m.date and m.precision in ("month", "day")), None)
            if start is None:
                continue
            year, month1 = int(start.date[:4]), int(start.date[5:7])
            year = year if month2 >= month1 else year + 1
        out.append(DateMention(a, b, text[a:b], f"{year:04d}-{month2:02d}", "month"))
    out.sort(key=lambda m: m.start)
    return out


_ANAPHOR = re.compile(
    r"(?i)\bthe\s+(?:(?P<back>night|day|evening|morning)\s+before|(?P<on>next|following)\s+(?:day|morning|evening|night)|day\s+after)"
    r"(?=\s*(?:[,.;:)—–]|$|\s+(?:that|when|and|but)\b))"
)


def day_anaphors(text: str) -> list[tuple[int, str, int]]:
    """(offset, words, days from the antecedent) of each anaphoric "the night before" / "the next day" in `text`."""
    return [(m.start(), m.group(0), -1 if m.group("back") else 1) for m in _ANAPHOR.finditer(text)]


def anaphor_day(antecedent: tuple[int, dt.date] | None, sentence_index: int, shift: int) -> str | None:
    """The ISO day `shift` days from the article's last stated day, when that was said in this
    sentence or the one before; else None (too far back to be the one meant)."""
    if antecedent is None or antecedent[0] < sentence_index - 1:
        return None
    return (antecedent[1] + dt.timedelta(days=shift)).isoformat()
