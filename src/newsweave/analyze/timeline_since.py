"""A bare date as the object of "since" bounds a span: not an event (session 19).

The gold rule settled in session 17 (benchmarks/gold/README.md, "since"): a bare date as the object of
"since" ("has been working with a minority since 2019", "stranded since Wednesday night", "celebrated
since 1866", "since last October") is a counting bound or a baseline, `null`, unless told with its own
clause ("since 1982, when …"); a date inside a "since" phrase that dates the event told there, by its
own verb or an event noun ("since forces withdrew in August", "since a 2018 inspection", "since
Monday night's debate", "since 2019 elections"), is that event's date. The code before this read a plain span start as the event ("has lived there since
2013", session 13), dropping only negated ones (`timeline_text.span_start`) and comparisons' baselines
(`timeline_syntax`); a sweep of the dated sentences no timeline gold covers (AllSides excerpts outside
every gold, session 19) found four such bounds dated among 249 events.

One exception keeps the event: a passive or resultative participle right before "since" ("has been
suspended since 2016", "have been stranded since Wednesday night", "the pier, closed since May")
names the event that began the state — the suspension in 2016 — and `timeline_dev` (the Corbyn
articles) dates it so; an activity ("has been working since 2019", "have been celebrating since
1866") or a plain span ("has lived there since 2013") has no such event and is the bound.

`span_start(text, m)` is `timeline_text.span_start` (the negated bound) or a date written right
after "since" ("since", "ever since", "since at least", "since as early as"; the lead may be inside the
expression, "since June") that no ", when …"/" when …" clause follows. `timeline` imports it in place
of the older one, so both of its paths (with and without a parse) read it.

What was measured (every unsealed timeline set, and `_n` sealed, vs 852ccd6): benchmarks/ANALYSIS.md,
session 19 (timeline).
"""

from __future__ import annotations

import re

from ..text.date_days import event_noun_after
from ..text.dates import DateMention
from .timeline_text import span_start as negated_span_start

_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:at\s+least\s+|as\s+early\s+as\s+)?$")
_SINCE_IN = re.compile(r"(?i)^since\s")
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)
# "since Monday night's debate", "since the 2018 inspection": the date of an event noun, not a bare date
_POSSESSIVE_AFTER = re.compile(r"(?i)(?:\s+(?:night|morning|evening|afternoon))?['’]s\b")
# "been suspended since", "was closed since", "remain jailed since", ", shut since": a participle naming the event that began the state
_PARTICIPLE_BEFORE = re.compile(
    r"(?i)(?:\b(?:be|been|being|is|are|was|were|remains?|remained|stays?|stayed)|,)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|held|kept|shut|stuck|built|sent|put|set|lost|gone|left|missing)\s+(?:ever\s+)?since\s+(?:at\s+least\s+)?$"
)


def since_bound(text: str, m: DateMention) -> bool:
    """Is `m` a bare date right after "since", with no "when" clause of its own?"""
    if not (_SINCE_IN.match(m.expression) or _SINCE_BEFORE.search(text[max(0, m.start - 30) : m.start])):
        return False
    if _PARTICIPLE_BEFORE.search(text[max(0, m.start - 60) : m.start] + ("since " if _SINCE_IN.match(m.expression) else "")):
        return False
    if _POSSESSIVE_AFTER.match(text, m.end, m.end + 14) or event_noun_after(text, m.end):
        return False
    return not _WHEN_AFTER.match(text, m.end, m.end + 12)


def span_start(text: str, m: DateMention) -> bool:
    """A span's bound, not an event: a negated one ("have not voted since 2008") or a bare "since <date>"."""
    return negated_span_start(text, m) or since_bound(text, m)
