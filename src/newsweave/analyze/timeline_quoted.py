"""Days told relative to another day, for `timeline.build_timeline` (session 19): the anaphors of
`timeline_relative` and a quoted count of days "from now".

`text.dates` drops "six days from now" inside a quotation: the speaker's "now" is the day the words
were said, not the publication date ("“… just six days from now,” the host insisted", in an article
written months later). When the article states that day outside quotes in this sentence or the two
before ("On Oct. 29, the host made a claim. … “… six days from now,” he insisted."), the count is
read from it; otherwise the words stay unread, as before. Two sentences back, one more than the
quoted "today" rule of `timeline`, because a quotation is often introduced by a sentence of context
after the one that dates the speech. Only days are counted (a count of weeks or months is a month,
which the day-precision events of this hook do not carry).

`anaphor_cues(text)` says whether a sentence has anything for `anaphor_days`, which yields
(offset, words, ISO day) for "the night before" / "the next day" (`timeline_relative`, outside
quotes) and for the quoted counts.

What was measured (every unsealed timeline set, and `_n` sealed, vs 852ccd6): benchmarks/ANALYSIS.md,
session 19 (timeline).
"""

from __future__ import annotations

import datetime as dt
import re

from ..text.date_days import NUMBER_WORD, number_value
from .timeline_bounds import inside_quote
from .timeline_relative import anaphor_day, day_anaphors

_FROM_NOW = re.compile(rf"(?i)\b(?P<n>\d+|{NUMBER_WORD})\s+days?\s+from\s+now\b")


def _quoted_counts(text: str) -> list[tuple[int, str, int]]:
    out = []
    for m in _FROM_NOW.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else number_value(" ".join(m.group("n").split()))
        if n is not None and inside_quote(text, m.start()):
            out.append((m.start(), m.group(0), n))
    return out


def anaphor_cues(text: str) -> bool:
    """Does `text` hold a day anaphor or a quoted count of days from now?"""
    return bool(day_anaphors(text) or _quoted_counts(text))


def anaphor_days(text: str, said: tuple[int, dt.date] | None, sentence_index: int) -> list[tuple[int, str, str]]:
    """(offset, words, ISO day) of each anaphor and quoted count in the sentence `text`; `said` is the
    article's last day stated outside quotes (sentence index, day)."""
    out = []
    for at, words, shift in day_anaphors(text):
        day = None if inside_quote(text, at) else anaphor_day(said, sentence_index, shift)
        if day is not None:
            out.append((at, words, day))
    if said is not None and said[0] >= sentence_index - 2:
        out += [(at, words, (said[1] + dt.timedelta(days=n)).isoformat()) for at, words, n in _quoted_counts(text)]
    return out
