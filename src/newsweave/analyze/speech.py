"""Where the quotations are in an article, and which of them are speech.

`quote_spans(text)` finds the words inside every quotation: straight or curly double quotes, the
doubled apostrophes some wire and newspaper texts use (''like this''), and British single quotes.
An unclosed quote runs to the end of its paragraph (the convention for a quote that continues in
the next paragraph). A curly quotation inside a curly quotation (“... what he calls “hell” ...”)
stays part of the outer one.

`not_speech(text, start, end, has_cue)` says why a quoted span is not something someone said: a
title (an advert, a TV show, a book: short and Title Case, or introduced by "titled", "dubbed"...),
a nickname, a one-word scare quote, a short term ("the term “X”", a verbless phrase without a speaker). Plain rules, general to English
news; the speech verbs come from `attribution.SPEECH_WORDS`.
"""

from __future__ import annotations

import re

_DOUBLE = re.compile(r"''|[\"“”″]")  # ″ (a double prime) stands in for a quote mark in some texts
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?…])['’](?=[\s.,;:!?)\]—–-]|$)|(?<=[,.!?] )['’](?=\s)")  # also "..., ' he added"
# Words that introduce a name rather than words spoken.
_NAMING = re.compile(
    r"(?i)\b(?:so-called|dubbed|nicknamed|known\s+as|titled|entitled|named|hashtag|slogan|motto|"
    r"(?:marked|stamped|printed|labell?ed)(?:\s+with)?|"  # a box marked “made in ...”: a label, not words said
    r"(?:show|series|programme|program|film|movie|book|song|album|advert|advertisement|ad|campaign|column|"
    r"podcast|documentary|play|musical|episode|segment|operation|group|team|brand)\s+called)\s*[\"“'‘]*\s*$"
)
# "says on “Fox News Sunday”": where the words were said, a programme.
_ON_PROGRAMME = re.compile(r"(?i)\b(?:says|said|saying|appears|appeared|appearing|appearance|spoke|speaking)\s+on\s+(?:the\s+)?[\"“]\s*$")
# "In their new book, “The Salt Road: ...,” two reporters write": a verbless quotation right after
# a work's noun is its title.
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:book|novel|memoir|biography|autobiography|film|movie|documentary|song|single|album|play|musical|"
    r"show|series|sitcom|podcast|poem|hymn|carol|painting|exhibition|opera)\s*,?\s*(?:''|[\"“'‘])\s*$"
)
# “X”'s host, the “X” singer: a quotation that owns something or names a person's work is a title.
_TITLE_AFTER = re.compile(r"\s*(?:''|[\"”])\s*(?:['’]s\b|(?:singer|star|actor|actress|host|co-host|author|director|helmer|creator|rapper|producer|hitmaker|writer|frontman|show|series|programme|program|podcast|film|movie|album|song)\b)")
# "rejecting the term “X”": a word talked about, not words spoken ("the words “...”" is often a
# chant or a sign: left alone); "LDL, or “bad cholesterol,”": another name for a thing.
_TERM = re.compile(r"(?i)(?:\b(?:the|a|this|that|these)\s+(?:terms?|labels?|buzzwords?|catchphrases?)|\w,\s+(?:or|aka|a\.k\.a\.))\s*[\"“'‘]*\s*$")
_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is it its vs de la".split())


def _double_spans(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    marks = [(m.start(), m.end()) for m in _DOUBLE.finditer(text, p_start, p_end)]
    i = 0
    while i < len(marks):
        open_at, open_end = marks[i]
        if text[open_at] == "”":
            # a closing mark, unless it stands before a word at a word start (”Mr. Trump embodies ...)
            # or opens the paragraph, where it can close nothing (”  … he delivered ...,” X wrote)
            opens_word = (open_at == p_start or text[open_at - 1].isspace()) and open_end < p_end and not text[open_end].isspace()
            opens_word = opens_word or open_at == p_start and open_end < p_end and i + 1 < len(marks)
            if not opens_word:
                i += 1
                continue
        if i + 1 >= len(marks):
            spans.append((open_end, p_end))
            break
        close_at = marks[i + 1][0]
        nested = _nested_close(text, marks, i) if text[open_at] == "“" and text[close_at] == "“" else None
        if nested is not None:
            # “... what he calls “hell” than live ...”: a quotation inside the quotation.
            spans.append((open_end, marks[nested][0]))
            i = nested + 1
            continue
        spans.append((open_end, close_at))
        if text[close_at] == "“":  # two openers in a row: the first never closed
            i += 1
            continue
        i += 2
    return spans


def _nested_close(text: str, marks: list[tuple[int, int]], i: int) -> int | None:
    """For a curly opener at marks[i] followed by another opener: the index of the closer that
    balances it (curly marks only, in the paragraph), or None (the first was never closed)."""
    depth = 0
    for k in range(i, min(len(marks), i + 12)):  # nesting is shallow; a bound keeps this linear
        mark = text[marks[k][0]]
        if mark not in "“”":
            return None  # a straight mark has no direction: leave the pairing alone
        depth += 1 if mark == "“" else -1
        if depth == 0:
            return k
    return None


def _single_spans(text: str, p_start: int, p_end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = p_start
    while True:
        m = _SINGLE_OPEN.search(text, pos, p_end)
        if not m:
            return spans
        if text[m.start() : m.start() + 2] == "''":
            pos = m.end()
            continue
        close = _SINGLE_CLOSE.search(text, m.end(), p_end)
        if not close:
            return spans
        start, end = m.end(), close.start()
        if len(text[start:end].split()) >= 2 and not any(s <= start < e for s, e in taken):
            spans.append((start, end))
            pos = close.end()
        else:
            pos = m.end()


_SPACED_SINGLE = re.compile(r"(?:(?<=\s)|^)'(?=\s|[.,;:!?]|$)")
_CONTRACTED = re.compile(r"\s(?:m|ll|s|t|re|ve|d)\b")


def _spaced_single_spans(text: str, p_start: int, p_end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single quotes of tokenised text, a mark with spaces on both sides ("obama tells africa ' you
    are not alone ' in ebola fight"), told apart from the apostrophes such text also spaces out
    ("i ' m", "o ' connell", "the scouts ' meeting"): a pair of marks in one sentence, at most 12
    words apart, neither a contraction's."""
    marks = []
    for m in _SPACED_SINGLE.finditer(text, p_start, p_end):
        before = text[max(p_start, m.start() - 3) : m.start()]
        if re.fullmatch(r"(?:^|.*[\s(])[a-z]\s", before, re.I) or _CONTRACTED.match(text, m.end()):
            continue  # "i ' m", "o ' connell", "don ' t"
        marks.append(m.start())
    spans: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(marks):
        start, end = marks[i] + 1, marks[i + 1]
        inner = text[start:end]
        if 1 <= len(inner.split()) <= 12 and not re.search(r"[.!?]\s+\S", inner) and inner[:1].isspace() and not any(s <= start < e for s, e in taken):
            spans.append((start, end))
            i += 2
        else:
            i += 1
    return spans


def quote_spans(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """(start, end) of the words inside every quotation in `text` (quote marks and edge
    punctuation excluded), in text order."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        double = _double_spans(text, para.start(), para.end())
        spans.extend(double)
        single = _single_spans(text, para.start(), para.end(), double)
        spans.extend(single)
        spans.extend(_spaced_single_spans(text, para.start(), para.end(), double + single))
    cleaned = []
    for s, e in sorted(spans):
        raw = text[s:e]
        inner = raw.strip(" ,;:'")
        lead = len(raw) - len(raw.lstrip(" ,;:'"))
        if inner and len(inner.split()) >= min_words:
            cleaned.append((s + lead, s + lead + len(inner)))
    return cleaned


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower().strip(".,!?:;") not in _SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def not_speech(text: str, start: int, end: int, *, has_cue: bool, governed: bool = False, term_use: bool = False, verbless: bool = False) -> str | None:
    """Why the quotation text[start:end] is not speech ("title or name", "one word", "term"), or
    None when it may well be someone's words. `has_cue`: a speech verb governs or sits beside it;
    `governed`: a speech verb with a known speaker governs it in the parse, so a single lower-case
    word is that speaker's word ("Clinton called them “deplorables”", "said the videos were
    “inconclusive”"), not a scare quote. `term_use`: the quotation is used as a term (quotes.py:
    a short one with no verb, no known speaker and no speech verb closely governing it, or one that
    modifies a noun outside the quote marks: “forced arbitration” clauses): even when it is
    somebody's phrase, without a speaker it tells the reader nothing. `verbless`: no verb inside
    (from the parse): right after a work's noun ("In their new book, “...”") it is the title."""
    inner = text[start:end].strip()
    words = inner.split()
    before = text[max(0, start - 40) : start]
    if not words:
        return "empty"
    if len(words) == 1 and re.match(r"(?i)(?:https?://|www\.)\S+$", inner):
        return "link"  # an attribute value in scraped markup (Poster="http://...")
    if len(words) <= 4 and (_TERM.search(before) or term_use):
        return "term"
    if len(words) <= 6 and _TITLE_AFTER.match(text, end):
        return "title or name"  # the “Daily Show”'s host, the “Beauty and the Beat” singer (no comma: no attribution)
    if verbless and _WORK_BEFORE.search(before):
        return "title or name"
    if _NAMING.search(before) or (len(words) <= 5 and _ON_PROGRAMME.search(before)) or re.match(r"[,.\"”'’]*\s+by\s+[A-Z]", text[end : end + 12]):
        return "title or name"  # "... called “X”", or a headline with its byline: “X,” by Jane Roe
    ends_sentence = inner[-1:] in ".!?…"
    bare = [w.strip(".,!?…;:") for w in words]
    content = [w for w in bare if w and w.lower() not in _SMALL_WORDS]
    if len(words) <= 6 and _title_case(bare):
        # Headline case ("Face the Nation", "Legend in the Coal Fields.", "Crooked Hillary"):
        # a programme, a title or a nickname, even right after a speech verb. A single
        # capitalised word, or a capitalised opening word alone, may still be speech.
        if len(content) >= 3 or len(content) < len(bare) or (len(bare) >= 2 and all(w[:1].isupper() for w in bare)):
            return "title or name"
        if not ends_sentence and not has_cue:
            return "title or name"
    long_words = [w for w in bare if len(w) > 3]
    if len(long_words) >= 4 and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words) and not has_cue:
        return "title or name"  # a headline of any length ("Trump, in Feud With Network, Shuns Debate: ...")
    if len(words) == 1 and not (governed and inner[:1].islower()):
        return "one word"  # a scare-quoted word, or a single word too short to stand as a quotation
    return None
