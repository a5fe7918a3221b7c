"""Deadlines that disagree: the same target reported with two deadlines that cannot both be meant.

"tests to cover 40 million people by the end of the spring" against "enough tests to cover 40
million people by the end of February" (an invented pair). Read narrowly, from the parse:

- A *deadline* is "by (the) end/middle of <month or season or the year>" or "by <month> [<day>]",
  turned into the days of the year it can mean ("the end of July": 25-31 July; "the end of the
  summer": 15 August to 22 September; "by July 4": that day). Other wordings ("by then", "by
  spring", "by the fall") are too loose to compare and are skipped.
- The *target* is a figure in the same sentence (`quantities`) and the verb that governs it
  ("cover ... 40 million people"). The deadline's "by" must hang from that verb.
- Two deadlines conflict when they come from different articles that are not copies of one
  another, give the same figure (same unit, ranges that overlap) for the same verb, and their
  days do not overlap. A sentence giving two deadlines, or two years that differ, is skipped.

Without a parser (`nlp=None`) nothing is reported.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..text.dates import MONTHS
from ..text.tokens import stem
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parse_texts
from .quantities import Quantity, compatible, quantities

_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
_DEADLINE = re.compile(
    rf"\bby\s+(?:the\s+)?(?:(?P<part>end|middle|close)\s+of\s+(?:the\s+)?(?P<period>{_MONTH_NAMES}|summer|spring|fall|autumn|winter|year)"
    rf"|(?P<month>{_MONTH_NAMES})(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?)\b(?!\s*(?:\d{{3,4}}|,\s*\d{{4}}))",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Days of the (non-leap) year each season's end can mean.
_SEASON_END = {"spring": ((5, 15), (6, 21)), "summer": ((8, 15), (9, 22)), "fall": ((11, 15), (12, 21)),
               "autumn": ((11, 15), (12, 21)), "winter": ((2, 15), (3, 20))}


def _doy(month: int, day: int) -> int:
    return sum(calendar.monthrange(2001, m)[1] for m in range(1, month)) + day


def deadline_days(m: re.Match) -> tuple[int, int] | None:
    """(first, last) day of the year a deadline expression can mean, or None."""
    if m.group("month"):
        month = MONTHS[m.group("month").lower()]
        last = calendar.monthrange(2001, month)[1]
        if m.group("day"):
            day = int(m.group("day"))
            return (_doy(month, day), _doy(month, day)) if 1 <= day <= last else None
        return _doy(month, 1), _doy(month, last)  # "by July": some time in July at the latest
    period, part = m.group("period").lower(), m.group("part").lower()
    if period == "year":
        return (_doy(12, 1), _doy(12, 31)) if part in ("end", "close") else (_doy(6, 1), _doy(7, 31))
    if period in _SEASON_END:
        (m1, d1), (m2, d2) = _SEASON_END[period]
        return (_doy(m1, d1), _doy(m2, d2)) if part in ("end", "close") else None
    month = MONTHS[period]
    last = calendar.monthrange(2001, month)[1]
    return (_doy(month, last - 6), _doy(month, last)) if part in ("end", "close") else (_doy(month, 10), _doy(month, 20))


@dataclass(frozen=True)
class _Deadline:
    sentence: Sentence
    doc: int
    days: tuple[int, int]
    q: Quantity
    verb: str
    surface: str


def _token_at(parsed, offset: int):
    for t in parsed:
        if t.idx <= offset < t.idx + len(t.text):
            return t
    return None


def _governing_verb(tok):
    while tok is not None and tok.pos_ not in ("VERB",):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _deadlines(parsed, s: Sentence, d_i: int) -> list[_Deadline]:
    ms = list(_DEADLINE.finditer(s.text))
    if len(ms) != 1 or len(set(_YEAR.findall(s.text))) > 1:
        return []
    m = ms[0]
    days = deadline_days(m)
    by = _token_at(parsed, m.start())
    if days is None or by is None:
        return []
    out = []
    for q in quantities(s.text):
        if not q.unit or q.measure in ("expected", "change", "rate", "total"):
            continue
        tok = _token_at(parsed, q.start + len(q.surface) - len(q.surface.lstrip()))
        verb = _governing_verb(tok)
        if verb is None or by.head.i != verb.i:
            continue
        out.append(_Deadline(s, d_i, days, q, stem(verb.text.lower()), m.group(0)))
    return out


def deadline_conflicts(documents: tuple[Document, ...], *, nlp=None, sources=None) -> list[Conflict]:
    """Deadlines for the same target that cannot both be meant (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    cands = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if _DEADLINE.search(s.text)]
    if len({d_i for d_i, _ in cands}) < 2:
        return []
    found = [x for (d_i, s), p in zip(cands, parse_texts(nlp, [s.text for _, s in cands])) for x in _deadlines(p, s, d_i)]
    key = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    out, seen = [], set()
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if a.doc == b.doc or key(a.doc) == key(b.doc) or a.verb != b.verb or a.q.unit != b.q.unit or not compatible(a.q, b.q):
                continue
            if a.days[1] >= b.days[0] and b.days[1] >= a.days[0]:
                continue  # the two wordings can mean the same day
            pair = frozenset(((a.sentence.article_id, a.sentence.index), (b.sentence.article_id, b.sentence.index)))
            if pair in seen:
                continue
            seen.add(pair)
            sides = tuple(
                ConflictSide(text=x.sentence.text, citations=(Citation(x.sentence.article_id, x.sentence.start, x.sentence.end, x.sentence.index),),
                             value=x.surface, article_ids=(x.sentence.article_id,))
                for x in sorted((a, b), key=lambda x: x.days)
            )
            out.append(Conflict(about=f"deadline for {a.q.surface.strip()}", kind="date", sides=sides))
    return out
