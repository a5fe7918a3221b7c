"""Time conflicts: the same event put on different days, or at different times of the same day.

"The gunman shot the judge's son on Sunday afternoon" in one article and "... shot her son
Sunday night" in another cannot both be true; nor can "the network released a statement mocking
him on Monday" and "the network mocked him in a statement on Tuesday". Each weekday named in a
sentence is read with the part of the day the words give ("Sunday afternoon", "early Monday",
"Wednesday morning", "in the early hours of Wednesday") and anchored to the event it dates: the
verb the time phrase hangs on in the dependency parse, with the verbs of a clause inside the time
phrase ("on Tuesday afternoon, when Fox News mocked him") and of the verb's object ("released a
statement mocking him").

Two mentions from different articles (not copies of one another) conflict when
- they name the same weekday with parts of the day that cannot overlap (afternoon vs night;
  "early Monday" and "Monday morning" overlap, so do evening and night), and the two sentences
  report the same happening: they share at least two verbs and a content word besides, or
- they name different weekdays, the sentences name one weekday each, and the events they anchor
  share a verb and the sentences share at least two more content words ("told The Hill Sunday"
  and "figures released Saturday" anchor different verbs: two events, no conflict).

The same day named two ways ("Christmas Eve" / "Tuesday") and "today" / "on Wednesday" are not
compared: only weekday names are. A weekday that dates a noun ("during Monday's showdown") or a
reporting verb ("said Friday that ...") anchors no event (session 7, from a false alarm of the
first run on `conflicts_heldout_b`). Without a parser (`nlp=None`) nothing is reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..text.tokens import content_terms, stem
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parse_texts as parse
from .unionfind import UnionFind

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_RE = re.compile(
    r"\b(?:(?P<pre>early|late|(?P<part0>morning|afternoon|evening|night)\s+(?:of|on))\s+)?"
    r"(?:(?:the\s+)?early\s+hours\s+of\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)
_EARLY_HOURS = re.compile(r"early\s+hours\s+of\s+$")
# Hours of the day (0-24) each part of a day can mean.
_HOURS = {"early": (0, 9), "morning": (5, 12), "afternoon": (12, 18), "evening": (17, 23), "night": (19, 24), "late": (18, 24), "": (0, 24)}
_REPORTING = frozenset(stem(w) for w in "say said says tell told announce announced report reported according add added state stated".split())
_TIME_WORDS = frozenset(stem(w.lower()) for w in _DAYS + ("morning", "afternoon", "evening", "night", "early", "late", "hours", "today", "yesterday"))


@dataclass(frozen=True)
class _When:
    sentence: Sentence
    doc: int
    day: str
    part: str  # "" when the words give no part of the day
    event_verbs: frozenset  # stems of the verbs the time phrase dates
    verbs: frozenset  # stems of every verb of the sentence
    terms: frozenset  # content stems of the sentence (time words and reporting verbs left out)
    n_days: int  # weekday names in the sentence


def _overlap(a: str, b: str) -> bool:
    (a0, a1), (b0, b1) = _HOURS[a], _HOURS[b]
    return a0 < b1 and b0 < a1


def _verb_stem(tok) -> str:
    return stem(tok.text.lower())


def event_verbs(parsed, start: int, end: int) -> frozenset:
    """Stems of the verbs that the time phrase at characters [start, end) of the sentence dates."""
    toks = [t for t in parsed if t.idx >= start and t.idx < end]
    if not toks:
        return frozenset()
    day = next((t for t in toks if t.text in _DAYS), toks[0])
    if day.dep_ == "poss" and day.head.pos_ in ("NOUN", "PROPN"):
        return frozenset()  # "during Monday's showdown": the weekday dates the showdown, not the verb above it
    top, head = day, day.head
    while head.i != top.i and head.pos_ not in ("VERB", "AUX"):
        top, head = head, head.head
    out = set()
    if head.pos_ == "VERB" and _verb_stem(head) in _REPORTING and head.i != top.i:
        return frozenset()  # "said Friday that ...": the day of the saying, not of what was said
    if head.pos_ in ("VERB", "AUX") and head.i != top.i:
        out.add(_verb_stem(head))
        for child in head.children:
            if child.dep_ == "advcl" and any(g.lower_ == "when" for g in child.children):
                out.add(_verb_stem(child))  # "reached a tipping point on Tuesday, when Fox News mocked him"
            if child.dep_ in ("dobj", "obj", "nsubjpass", "xcomp", "conj"):
                out.update(_verb_stem(t) for t in child.subtree if t.pos_ == "VERB" and (child.dep_ != "conj" or t.i == child.i))
    out.update(_verb_stem(t) for t in top.subtree if t.pos_ == "VERB")  # "on Tuesday afternoon, when Fox News mocked him"
    return frozenset(out - _REPORTING)


def _mentions(documents: tuple[Document, ...], nlp) -> list[_When]:
    found = []
    for d_i, d in enumerate(documents):
        for s in d.sentences:
            ms = list(_DAY_RE.finditer(s.text))
            if ms:
                found.append((d_i, s, ms))
    if not found:
        return []
    docs = parse(nlp, [s.text for _, s, _ in found])
    out = []
    for (d_i, s, ms), parsed in zip(found, docs):
        verbs = frozenset(_verb_stem(t) for t in parsed if t.pos_ == "VERB") - _REPORTING
        terms = frozenset(content_terms(s.text)) - _TIME_WORDS - _REPORTING
        for m in ms:
            part = m.group("part") or m.group("part0") or (m.group("pre") or "").lower()
            if _EARLY_HOURS.search(s.text[max(0, m.start("day") - 25): m.start("day")]) and not m.group("part"):
                part = "early"
            if (m.group("pre") or "").lower() == "early" and part == "morning":
                part = "early"  # "early Friday morning": the small hours
            part = part if part in _HOURS else ""
            out.append(_When(s, d_i, m.group("day"), part, event_verbs(parsed, m.start(), m.end()), verbs, terms, len(ms)))
    return out


def _conflicting(a: _When, b: _When) -> bool:
    if a.day == b.day:
        if not a.part or not b.part or _overlap(a.part, b.part):
            return False
        return len(a.verbs & b.verbs) >= 2 and len((a.terms & b.terms) - a.verbs) >= 1
    if a.n_days != 1 or b.n_days != 1:
        return False
    if b.part == "early" and _DAYS.index(b.day) == (_DAYS.index(a.day) + 1) % 7 and a.part not in ("morning", "afternoon", "early"):
        return False  # "Sunday" or "Sunday night" and "early Monday" can be one moment (or one moment in two time zones)
    if a.part == "early" and _DAYS.index(a.day) == (_DAYS.index(b.day) + 1) % 7 and b.part not in ("morning", "afternoon", "early"):
        return False
    shared_events = a.event_verbs & b.event_verbs
    return bool(shared_events) and len((a.terms & b.terms) - shared_events) >= 2


def _label(w: _When) -> str:
    return f"{w.day} {w.part}".strip() if w.part not in ("early", "late") else f"{w.part} {w.day}"


def time_conflicts(documents: tuple[Document, ...], *, nlp=None, sources=None) -> list[Conflict]:
    """Conflicts over the day or time of day of one event (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    ws = _mentions(documents, nlp)
    published = [d.article.published for d in documents]
    key = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    n = len(ws)
    sets = UnionFind(n)

    linked = False
    for i in range(n):
        for j in range(i + 1, n):
            a, b = ws[i], ws[j]
            if a.doc == b.doc or key(a.doc) == key(b.doc):
                continue
            pa, pb = published[a.doc], published[b.doc]
            if pa and pb and abs((pa - pb).days) > 6:
                continue  # weekday names a week apart may be different days
            if _conflicting(a, b):
                sets.union(i, j)
                linked = True
    if not linked:
        return []
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[sets.find(i)].append(i)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        by_value: dict[str, list[_When]] = defaultdict(list)
        for i in members:
            by_value[_label(ws[i])].append(ws[i])
        docs_per_value = [{w.doc for w in v} for v in by_value.values()]
        if any(x & y for k, x in enumerate(docs_per_value) for y in docs_per_value[k + 1:]):
            continue  # an article giving both values is describing two moments
        sides = []
        for value, wl in sorted(by_value.items(), key=lambda kv: min(w.doc for w in kv[1])):
            cites = tuple(dict.fromkeys(Citation(w.sentence.article_id, w.sentence.start, w.sentence.end, w.sentence.index) for w in wl))
            sides.append(ConflictSide(text=wl[0].sentence.text, citations=cites, value=value, article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
        words = sides[0].text.split()
        out.append(Conflict(about="day or time of: " + " ".join(words[:12]) + ("..." if len(words) > 12 else ""), kind="date", sides=tuple(sides)))
    return out
