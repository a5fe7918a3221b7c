"""Two readings of a date that the words around it decide (session 17, second fresh draw).

Written from the error kinds of the fresh AllSides set `timeline_dev_k` (its first run, d8558a4 and
HEAD 5f81249 identical: 42/49 right, 44/54 found); each is a general construction of news copy, not
a fit to one text. Plain text in, no model.

- `inside_quote(text, at)`: is `at` inside a quotation? Scraped copy often opens a quotation with a
  curly mark and closes it with a straight one (“… we fly out tomorrow," the pilot said). Counting
  each style apart left everything after such a quotation "inside", so a day stated after it ("told
  reporters after a briefing Monday") was not taken as the day the quoted words were said, and a
  "tomorrow" in them was read from an older day. The marks are read in order: a curly opening mark
  opens, a curly closing mark closes, a straight mark toggles. Text with one style reads as before.
- `count_bound(text, m)`: "at least 40 boats have sunk since March", "more than 2 million visitors
  since last October": a date right after "since" that bounds a count starts the counting, it is
  not an event (the gold rule since `timeline_dev_i`: counting bounds are `null`). A count is a
  number (digits, or a number word such as "dozen" or "million") earlier in the same clause. Not
  when the date is told with its own "when" clause ("since March 2020, when …" is an event, as
  `timeline_dev_b`'s gold reads it), and not for a number that is itself a time ("by 5 p.m.").
- `quantity_than(text, m)`: "a ticket costs 40 cents more than a year ago", "$2 per box higher than
  last spring": a date after a quantity's comparative "than" is the comparison's baseline
  (`null`). The parse reads "than <date>" (`timeline_syntax.baseline`) but not when the date
  pattern has taken "more than" into its own words ("more than a month ago" is otherwise a vague
  past). Only with a number right before the comparative (at most two words between): "was
  founded more than a year ago" stays an event.
- `word_bound(text, m)`: either of the two, the one hook `timeline.sentence_dates` calls.

Measured (same run, every timeline set vs d8558a4): see benchmarks/ANALYSIS.md, session 17 (timeline,
second fresh draw).
"""

from __future__ import annotations

import re

from ..text.dates import DateMention

_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
_SINCE_IN = re.compile(r"(?i)^since\b")
_CLAUSE_EDGE = re.compile(r"[;:—–]|\s-\s|,\s+(?:but|while|although|though)\b")
_COUNT = re.compile(
    r"(?i)\b(?:\d[\d,]*(?:\.\d+)?\b(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|%|percent)|:\d)"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b"
)
_TOLD_AS_EVENT = re.compile(r"\s*,?\s*when\b", re.I)
_THAN_LEAD = re.compile(r"(?i)^(?:more|less|fewer)\s+than\s+")
_QUANTITY_THAN = re.compile(
    r"(?i)\d[\d,]*(?:\.\d+)?\s*(?:%|percent)?\s+(?:[a-z]+\s+){0,2}"
    r"(?:more|less|fewer|higher|lower|greater|bigger|smaller|cheaper|dearer)\s+than\s+$"
)


def inside_quote(text: str, at: int) -> bool:
    """Is `text[at]` inside a quotation, reading the marks before it in order (see the module docstring)?"""
    inside = False
    for ch in text[:at]:
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


def count_bound(text: str, m: DateMention) -> bool:
    """"… 18 deaths since Friday night": the start of a count, not an event (see the module docstring)."""
    if not (_SINCE_IN.match(m.expression) or _SINCE_BEFORE.search(text[max(0, m.start - 8) : m.start])):
        return False
    if _TOLD_AS_EVENT.match(text, m.end):
        return False
    clause = _CLAUSE_EDGE.split(text[max(0, m.start - 160) : m.start])[-1]
    return bool(_COUNT.search(clause))


def quantity_than(text: str, m: DateMention) -> bool:
    """"… 40 cents more than a year ago": a comparison's baseline, not an event (see the module docstring)."""
    lead = _THAN_LEAD.match(m.expression)
    left = text[max(0, m.start - 60) : m.start] + (lead.group(0) if lead else "")
    return bool(_QUANTITY_THAN.search(left))


def word_bound(text: str, m: DateMention) -> bool:
    """A count's start or a quantity's baseline: no event at `m` (`count_bound`, `quantity_than`)."""
    return count_bound(text, m) or quantity_than(text, m)
