"""A date in a side detail: the timeline shows the phrase the date belongs to, not the whole sentence.

A timeline entry showed the sentence holding its date, so a date in a side detail stood next to the sentence's
main event: a lead reporting Tuesday's arrest of a man described as one of a candidate's 2016 fund-raisers was
listed under 2016 as well, and a reader scanning the dates read "2016: arrested" (AllSides dev story 5848, found
by brief E5; session 25, E6 item 3). The 2016 date is right (it dates the fund-raising: the timeline gold's rule),
the text shown with it was not.

`side_details(parsed, mentions, published)` decides which of a sentence's dates are shown so (below);
`detail_span(parsed, start, end)` reads the dependency parse of the sentence: when the date expression at
[start, end) belongs to a noun (a modifier of it: "his top 2016 campaign fund-raisers", "the inaugural fund of
2017") or to a clause on a noun (a relative clause or participle: "X, who ran the fund in 2017, was arrested"),
not to the sentence's main clause (its root verb and the verbs joined to it: "was arrested on Tuesday", "said on
Monday that the vote fell in May"), it gives the span of the widest phrase holding the date below the main verb, up to 20 words and less than most
of the sentence ("X, who ran the fund in 2017"; in a long object, "a candidate's campaign in the 2016
election"), which the timeline shows as the entry's text; the citation stays the whole sentence. A date on the
main clause, a sentence without a verb root, or no such phrase of 3 words or more: None.
"""

from __future__ import annotations

import datetime as dt
import re

_MAIN_LINKS = frozenset({"conj", "xcomp", "ccomp", "advcl", "parataxis"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# Nouns that are part of a date phrase ("the week of Sept. 20", "the end of 2016"), not what it dates.
_TIME_NOUNS = frozenset("""day days week weeks weekend month months year years morning afternoon evening night time
    period quarter season spring summer fall autumn winter date end start beginning middle half""".split())
_CLAUSES_ON_NOUNS = frozenset({"relcl", "acl", "appos", "amod"})
_TRIM = " ,;:—–-"
_DANGLING = re.compile(r"\s+(?:and|or|but)$")
_MAX_WORDS = 20  # a detail longer than this is cut to the widest phrase within it


def _main_verb(tok) -> bool:
    """Whether `tok` is the sentence's root verb or a verb joined to it by clause links only."""
    while tok.dep_ != "ROOT":
        if tok.pos_ not in _VERBS or tok.dep_ not in _MAIN_LINKS:
            return False
        tok = tok.head
    return tok.pos_ in _VERBS


def detail_span(parsed, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) in the sentence of the phrase a side-detail date belongs to, or None (see the module)."""
    if parsed is None:
        return None
    inside = [t for t in parsed if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return None
    head = next((t for t in inside if not (t.head.idx < end and t.head.idx + len(t.head.text) > start) or t.head.i == t.i), inside[0])
    side, path, tok = False, [], head
    while not _main_verb(tok):
        if tok.head.i == tok.i:  # a root that is not a verb: a fragment, nothing to tell apart
            return None
        tok = tok.head
        if _main_verb(tok):
            break
        if tok.lower_ in _TIME_NOUNS:
            continue
        if tok.pos_ in _NOUNS or tok.pos_ in _VERBS and tok.dep_ in _CLAUSES_ON_NOUNS:
            side = True
        path.append(tok)
    if not side:
        return None
    text, best = parsed.text, None
    for tok in path:  # the widest phrase on the way up that is still a phrase, not most of the sentence
        if tok.pos_ == "ADP":
            continue
        words = list(tok.subtree)
        a, b = words[0].idx, words[-1].idx + len(words[-1].text)
        a, b = _tidy(text, a, b)
        count = sum(1 for w in words if not w.is_punct)
        if count > _MAX_WORDS or b - a >= 0.8 * len(text.strip()):
            break
        if count >= 3:
            best = (a, b)
    return best


def _tidy(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without edge punctuation or a dangling last "and"/"or"/"but", and with the opening quotation mark
    of a closing one inside it ("“Harbour Day” rally on Saturday" whole)."""
    while True:
        while a < b and text[a] in _TRIM:
            a += 1
        while b > a and text[b - 1] in _TRIM:
            b -= 1
        tail = _DANGLING.search(text, a, b)
        if tail is None or tail.end() != b:
            break
        b = tail.start()
    for opening, closing in (("“", "”"), ("‘", "’")):
        if text.count(closing, a, b) > text.count(opening, a, b) and a > 0 and text[a - 1] == opening:
            a -= 1
    return a, b


def _before(date: str | None, published: dt.date | None) -> bool:
    """Whether `date` (ISO, any precision) is before the month of `published`."""
    month = published.isoformat()[:7] if published is not None else None
    return bool(month and date and date[:7] < month[: len(date[:7])])


def may_show_detail(mentions, published: dt.date | None) -> bool:
    """Whether a sentence with these date mentions can have a side detail shown (`side_details`): two dates, or
    one before the article's month. The timeline parses only such sentences for the purpose."""
    return len(mentions) >= 2 or any(_before(m.date, published) for m in mentions)


def side_details(parsed, mentions, published: dt.date | None) -> list[tuple[int, int] | None]:
    """For each date mention of one sentence, the span to show instead of the sentence, or None. A side
    detail's phrase is shown only when it cannot be the sentence's own event: the main clause has a date of
    its own that differs ("X, a 2016 fund-raiser, was arrested on Tuesday"), or the detail's date is before the
    article's month (backstory: "the 1955 murder of ..."). A detail of the news's own days ("in a bipartisan
    vote on Thursday", in the week's report of that vote) dates the sentence's event too: the sentence stays."""
    spans = [detail_span(parsed, m.start, m.end) for m in mentions]
    main = {m.date for m, span in zip(mentions, spans) if span is None and m.date}
    out: list[tuple[int, int] | None] = []
    for m, span in zip(mentions, spans):
        out.append(span if span is not None and m.date and (main - {m.date} or _before(m.date, published)) else None)
    return out
