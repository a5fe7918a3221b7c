"""Document days: one letter, memo, ruling or lawsuit dated to two different weekdays.

`daytime.time_conflicts` dates verbs; a weekday that dates a noun ("in a Tuesday letter", "said in
a ruling Monday") anchors no event there. Here the noun is the event, for a closed class of
documents that are issued once (a letter, a memo, a ruling, a verdict, an indictment, a lawsuit, a
subpoena, a petition, an order; not statements, posts or interviews, which come every day). A
document is dated by a weekday when, in the dependency parse,

- the weekday modifies the noun or the noun the weekday ("a Tuesday letter", "Monday's ruling",
  "in a ruling Monday"), or
- both hang on one verb, the noun as its object or passive subject ("wrote a letter to the
  director on Wednesday", "the lawsuit was filed Thursday"), or the verb describes the noun
  ("a memorandum released Monday evening").

Two datings from different articles (not copies, published at most six days apart when dated)
conflict when they name the same kind of document (memo = memorandum), different weekdays, each
sentence names one weekday, each article dates that document one way, no sentence speaks of
several ("letters", "one letter", "a separate letter"), and the sentences share a name and two
more content words (the same writer, recipient or case; in lower-cased text, which has no names
to read, four content words). Weekday names are read in any case (Multi-News lower-cases them).
Without a parser nothing is reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..text.tokens import content_terms, stem
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parse_texts as parse

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_RE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_DOCS = {"letter": "letter", "letters": "letter", "memo": "memo", "memorandum": "memo", "ruling": "ruling", "verdict": "verdict",
         "indictment": "indictment", "lawsuit": "lawsuit", "subpoena": "subpoena", "petition": "petition", "order": "order"}
_DOC_RE = re.compile(r"\b(?:" + "|".join(_DOCS) + r")\b", re.IGNORECASE)
_OBJ = ("dobj", "obj", "nsubjpass", "attr")
_SEVERAL = frozenset("one another separate second first third latest new earlier previous both other two three several".split())
_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_TIME_WORDS = frozenset(stem(w) for w in _DAYS + ("morning", "afternoon", "evening", "night", "early", "late"))


@dataclass(frozen=True)
class _Dated:
    sentence: Sentence
    doc: int
    kind: str
    day: str
    terms: frozenset
    names: frozenset


def _anchor(tok):
    """The verb a word hangs on (the word itself when it is one), climbing the parse."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 12:
        tok, seen = tok.head, seen + 1
    return tok


def _dates(day, noun) -> bool:
    if day.head.i == noun.i or noun.head.i == day.i:
        return True  # "a Tuesday letter", "Monday's ruling", "in a ruling Monday"
    if day.head.lower_ == "on" and day.head.head.i == noun.i:
        return True  # "in a ruling on Tuesday"
    verb = _anchor(day)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.head.i == verb.i and noun.dep_ in _OBJ:
        return True  # "wrote a letter ... on Wednesday", "the lawsuit was filed Thursday"
    return verb.dep_ == "acl" and verb.head.i == noun.i  # "a memorandum released Monday evening"


def _datings(documents: tuple[Document, ...], nlp) -> list[_Dated]:
    found = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences
             if len(_DAY_RE.findall(s.text)) == 1 and _DOC_RE.search(s.text)]
    if not found:
        return []
    out = []
    for (d_i, s), parsed in zip(found, parse(nlp, [s.text for _, s in found])):
        day = next((t for t in parsed if t.lower_ in _DAYS), None)
        nouns = [t for t in parsed if t.lower_ in _DOCS and t.pos_ in ("NOUN", "PROPN")]
        if day is None:
            continue
        dated = [n for n in nouns if _dates(day, n)]
        kinds = {_DOCS[n.lower_] for n in dated}
        if len(kinds) != 1 or any(n.tag_ in ("NNS", "NNPS") or n.lower_ == "letters" or any(c.lower_ in _SEVERAL for c in n.children) for n in dated):
            continue  # "letters", "one letter", "a separate letter": several documents of that kind
        names = frozenset(n.lower() for n in _NAME.findall(s.text) if n.lower() not in _DAYS) - {s.text.split()[0].lower()}
        terms = frozenset(content_terms(s.text)) - _TIME_WORDS - {stem(k) for k in _DOCS}
        out.append(_Dated(s, d_i, kinds.pop(), day.lower_, terms, names))
    return out


def document_day_conflicts(documents: tuple[Document, ...], *, nlp=None, sources=None) -> list[Conflict]:
    """Conflicts over the weekday of one document (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    ds = _datings(documents, nlp)
    published = [d.article.published for d in documents]
    key = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    days_of: dict[tuple[int, str], set[str]] = defaultdict(set)
    for x in ds:
        days_of[(x.doc, x.kind)].add(x.day)
    out, seen = [], set()
    for i, a in enumerate(ds):
        for b in ds[i + 1:]:
            if a.doc == b.doc or key(a.doc) == key(b.doc) or a.kind != b.kind or a.day == b.day:
                continue
            if len(days_of[(a.doc, a.kind)]) > 1 or len(days_of[(b.doc, b.kind)]) > 1:
                continue  # an article dating two such documents: two of them
            pa, pb = published[a.doc], published[b.doc]
            if pa and pb and abs((pa - pb).days) > 6:
                continue
            if a.names and b.names:
                if not (a.names & b.names) or len((a.terms & b.terms) - a.names) < 2:
                    continue  # not the same writer, recipient or case
            elif len(a.terms & b.terms) < 4:
                continue  # lower-cased text (no names to read): four shared content words instead
            pair = (a.doc, b.doc, a.kind)
            if pair in seen:
                continue
            seen.add(pair)
            sides = tuple(ConflictSide(text=x.sentence.text, citations=(Citation(x.sentence.article_id, x.sentence.start, x.sentence.end, x.sentence.index),),
                                       value=x.day.title(), article_ids=(x.sentence.article_id,)) for x in (a, b))
            out.append(Conflict(about=f"day of the {a.kind}", kind="date", sides=sides))
    return out
