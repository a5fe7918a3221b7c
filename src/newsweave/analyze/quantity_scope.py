"""What a figure's own words say about its scope: an upper bound, or an earlier moment (issue 12, session 13).

Kinds from the session-13 training value sample (`gold/conflicts_train_values.jsonl`, `s13-seed13` tuning,
with the session-10 tuning verdicts); fictional tests in `tests/analyze/test_conflicts_values13.py`.

- `within_before(before)`: "within 320 feet of the airliner" is a bound, not a distance: any distance up to
  it is what the words allow, so "within a hundred feet" is no contradiction (tv02, tv94).
- `changed_from(text, start, end)`: a change from the figure to another: "trimmed the schedule from 82 games
  to 48", "cut from 82 to 48 games" (the figure after "from" is the state before; a rise "from 10 to 20" is
  a range, read apart): "past", compared with nothing (as `quantity_moments`).
- `earlier(text, start, end)`: a time the sentence opens with, or that follows the figure in its clause,
  that lies a month or more back ("Three years ago, the city drained a 7.5-million-gallon reservoir", "Last
  October, more than 60 elephants were killed", "... 11,600 inmates two years ago", "two years ago, when
  11,600 inmates were refusing"); such a figure is compared only with another so dated (`quantity_frames`).
  "Last week" or a weekday is not enough: an article of the next day tells the story's own event that way.
- `clocks_apart(a, b)`: both sentences give a time of day and the times differ ("at 11 a.m. ... 55 GW of the
  58 GW consumed" / "around 1pm ... 55 GW of the 63 GW being consumed"): two moments.
"""

from __future__ import annotations

import re

_WITHIN = re.compile(r"\bwithin\s+(?:(?:about|around|roughly|some|just)\s+)?$", re.I)

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)"
_NUMBERISH = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|\d+)"
# a month or more back: "three years ago", "a decade ago", "last October", "in October last year" (not "last year":
# a year's review published in January tells its own story so, "there were 10 fatal accidents last year")
_BACK = (rf"(?:(?:about|nearly|almost|more than|some|just over)\s+)?{_NUMBERISH}\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)"
         rf"|last\s+{_MONTH}|(?:in|by)\s+{_MONTH}\s+(?:of\s+)?last\s+year")
_OPENS_BACK = re.compile(rf"^\W*(?:(?:and|but|back|even)\s+)?(?:{_BACK})\b\s*,?", re.I)
_AFTER_BACK = re.compile(rf"^[^.;:!?,()\"“”]{{0,80}}?\b(?:{_BACK})\b", re.I)
# "... than two years ago, when 11,600 inmates were refusing meals": the figure of that earlier time
_WHEN_BEFORE = re.compile(rf"\b(?:{_BACK}),?\s+when\b[^.;:!?,]{{0,100}}$", re.I)
# "from 82 games to 48", "from 82 to 48 games": the figure after "from" is the state before the change
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|almost|some|roughly|more than)\s+)?[$£€]?\s*$", re.I)
_TO_AFTER = re.compile(r"^[^\s.,;]*(?:\s+(?!to\b)[a-z-]+){0,2}\s+to\s+(?:(?:about|around|nearly|just|only)\s+)?[$£€]?\s*(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b)", re.I)


_CLOCK = re.compile(r"\b(\d{1,2})(?:\s?[:.]\s?(\d\d))?\s?([ap])\.?\s?m\b\.?", re.I)


def _clocks(text: str) -> set:
    return {(int(h) % 12, int(mm or 0), ap.lower()) for h, mm, ap in _CLOCK.findall(text)}


def clocks_apart(a: str, b: str) -> bool:
    """Do two sentences each give a time of day, and no time in common (see the module docstring)?"""
    ca, cb = _clocks(a), _clocks(b)
    return bool(ca and cb and not ca & cb)


def within_before(before: str) -> bool:
    """Does the text before a figure make it an upper bound ("within 16 miles")?"""
    return bool(_WITHIN.search(before))


def changed_from(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] the state before a change ("from 82 games to 48")? It is `past`."""
    return bool(_FROM_BEFORE.search(text[max(0, start - 30): start]) and _TO_AFTER.match(text[end:end + 60]))


def earlier(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] dated a month or more back by its own sentence ("Three years ago,
    ...", "last October", "... ago, when N ...")? Compared only with a figure dated so too (`quantity_frames`)."""
    opening = _OPENS_BACK.match(text)
    if opening and opening.end() <= start and not re.search(r"[.;:!?]", text[opening.end():start]):
        return True
    if _WHEN_BEFORE.search(text[max(0, start - 140): start]):
        return True
    return bool(_AFTER_BACK.match(text[end:end + 90]))
