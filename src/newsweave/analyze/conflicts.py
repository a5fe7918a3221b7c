"""Conflicts: the same thing reported with different values, and how the parties frame it.

Value conflicts: every number in every sentence ("Fourteen people were injured", "14 people were
hurt", "Twelve people were injured") becomes a mention with a *frame*: the unit word after it
("people") and the stemmed content words around it, with a few synonyms folded ("hurt" ->
"injured", "died" -> "killed"). Mentions from different articles with the same unit and
overlapping frames talk about the same quantity; when they carry different values, and no article
reports both, that is a conflict with one side per value. Years count only against years
("opened in 1998" vs "opened in 1999").

Framing contrast: the quoted words of different speakers from different organisations, side by
side, when an article sets them against each other or they are quoted about the same story.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..summarize.features import TfidfSpace
from ..text.tokens import STOP_WORDS, content_terms, stem
from ..types import Citation, Conflict, ConflictSide, Document, Quote, Sentence
from ..text.dates import find_dates
from ..text.numbers import NUMBER_WORDS as _NUMBER_WORDS
from .facts import FactGroups, is_fact_sentence

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[a-z]+)?|[A-Za-z][A-Za-z'’-]*")
_SYNONYMS = {
    "hurt": "injur", "wound": "injur", "injuri": "injur", "injured": "injur",
    "die": "kill", "died": "kill", "dead": "kill", "death": "kill", "fatal": "kill", "kill": "kill",
    "peopl": "peopl", "person": "peopl", "resid": "peopl",
    "arrest": "arrest", "detain": "arrest",
    "evacu": "evacu",
}
_MONTH_NAMES = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december".split())
_SKIP_UNITS = {"pm", "am", "per", "cent", "percent", "%"}


@dataclass(frozen=True)
class _NumberMention:
    value: str
    unit: str
    frame: frozenset[str]
    is_year: bool
    surface: dict  # normalised term -> the word as written
    sentence: Sentence
    doc: int


def _norm_term(token: str) -> str:
    low = token.lower().replace("’", "'")
    s = stem(low)
    return _SYNONYMS.get(low, _SYNONYMS.get(s, s))


def _value(token: str) -> tuple[str, bool] | None:
    low = token.lower()
    if low in _NUMBER_WORDS and low != "one":
        return str(_NUMBER_WORDS[low]), False
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", token):
        raw = token.replace(",", "")
        is_year = bool(re.fullmatch(r"(?:1[89]|20)\d\d", raw))
        return raw, is_year
    return None


def number_mentions(sentence: Sentence, doc: int) -> list[_NumberMention]:
    tokens = _TOKEN.findall(sentence.text)
    out = []
    for i, tok in enumerate(tokens):
        parsed = _value(tok)
        if parsed is None:
            continue
        value, is_year = parsed
        if i > 0 and tokens[i - 1].lower().rstrip(".") in _MONTH_NAMES:
            continue  # "Jan. 29": a day of the month, not a count
        window = tokens[max(0, i - 4) : i] + tokens[i + 1 : i + 5]
        kept = [t for t in window if t.lower() not in STOP_WORDS and _value(t) is None and len(t) > 2]
        frame = frozenset(_norm_term(t) for t in kept)
        surface = {_norm_term(t): t.lower() for t in kept}
        after = [t for t in tokens[i + 1 : i + 3] if t.lower() not in STOP_WORDS or t.lower() in ("people",)]
        unit = _norm_term(after[0]) if after and _value(after[0]) is None else ""
        if unit in _SKIP_UNITS or (i + 1 < len(tokens) and tokens[i + 1].lower() in ("pm", "am")):
            continue
        out.append(_NumberMention(value, "@year" if is_year else unit, frame, is_year, surface, sentence, doc))
    return out


def _same_quantity(a: _NumberMention, b: _NumberMention) -> bool:
    if a.is_year != b.is_year or a.unit != b.unit or not a.unit:
        return False
    shared = a.frame & b.frame - {a.unit}
    union = (a.frame | b.frame) - {a.unit}
    if a.is_year:
        # Years recur in background sentences ("since 2010", "in 2013"): ask for more context.
        return len(shared) >= 2 and len(shared) / max(len(union), 1) >= 0.3
    return len(shared) >= 1 and len(shared) / max(len(union), 1) >= 0.2


def value_conflicts(documents: tuple[Document, ...], *, min_sentence_sim: float = 0.2) -> list[Conflict]:
    """Number conflicts across articles (see the module docstring)."""
    mentions = [m for d_i, d in enumerate(documents) for s in d.sentences if is_fact_sentence(s) for m in number_mentions(s, d_i)]
    n = len(mentions)
    # Two numbers are about the same thing only when their sentences are about the same thing too.
    keys = list(dict.fromkeys((m.sentence.article_id, m.sentence.index) for m in mentions))
    row = {k: i for i, k in enumerate(keys)}
    texts = {(m.sentence.article_id, m.sentence.index): m.sentence.text for m in mentions}
    space = TfidfSpace.fit([content_terms(texts[k]) for k in keys]) if keys else None

    def sentence_sim(a: _NumberMention, b: _NumberMention) -> float:
        i, j = row[(a.sentence.article_id, a.sentence.index)], row[(b.sentence.article_id, b.sentence.index)]
        return float(space.matrix[i].multiply(space.matrix[j]).sum()) if space is not None else 0.0

    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_unit: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_unit[m.unit].append(i)
    for idxs in by_unit.values():
        for a_pos, a in enumerate(idxs):
            for b in idxs[a_pos + 1 :]:
                if mentions[a].doc != mentions[b].doc and _same_quantity(mentions[a], mentions[b]) and sentence_sim(mentions[a], mentions[b]) >= min_sentence_sim:
                    parent[find(a)] = find(b)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        clusters[find(i)].append(i)
    conflicts = []
    for members in clusters.values():
        values: dict[str, list[_NumberMention]] = defaultdict(list)
        for i in members:
            values[mentions[i].value].append(mentions[i])
        if len(values) < 2:
            continue
        docs_per_value = {v: {m.doc for m in ms} for v, ms in values.items()}
        all_docs = [d for ds in docs_per_value.values() for d in ds]
        if len(all_docs) != len(set(all_docs)):
            continue  # an article reporting both values is counting different things
        sides = []
        for v, ms in sorted(values.items(), key=lambda kv: -len(kv[1])):
            cites = tuple(dict.fromkeys(Citation(m.sentence.article_id, m.sentence.start, m.sentence.end, m.sentence.index) for m in ms))
            ids = tuple(dict.fromkeys(c.article_id for c in cites))
            sides.append(ConflictSide(text=ms[0].sentence.text, citations=cites, value=v, article_ids=ids))
        unit = mentions[members[0]].unit
        frame_words = sorted(set.intersection(*[set(m.frame) for ms in values.values() for m in ms]) - {unit})
        first = mentions[members[0]]
        words = [first.surface.get(w, w) for w in frame_words[:3]]
        about = (f"number of {first.surface.get(unit, unit)}" if unit != "@year" else "year") + (f" {' '.join(words)}" if words else "")
        conflicts.append(Conflict(about=about, kind="date" if unit == "@year" else "number", sides=tuple(sides)))
    return conflicts


_CONTRAST_OPEN = re.compile(r"""^\W*(?:But|However|Yet|Meanwhile|In contrast|By contrast)\b""")
_CONTRAST_VERB = re.compile(r"(?i)\b(rejected|denied|disputed|hit back|countered|dismissed|branded|accused|criticised|criticized|in stark contrast)\b")
_CONTRAST = re.compile(r"(?i)\b(but|however|rejected|denied|disputed|defended|criticised|criticized|accused|insisted|countered|hit back|branded|dismissed|despite)\b")


def framing_conflicts(documents: tuple[Document, ...], quotes: tuple[Quote, ...], kinds: dict[str, str], *, max_pairs: int = 2) -> list[Conflict]:
    """How the opposing parties characterise the event, in their own quoted words.

    Two speakers are opposing parties when one's quoted words name the other ("we met Mr Corbyn",
    from the Jewish groups, while Mr Corbyn is quoted too), or when an article sets them against
    each other: the later one's quote, or the sentence just before it, opens with a contrast
    ("But the union said ...", "rejected", "hit back"). Pairs are ranked by how many articles
    support them; without any such signal no framing contrast is reported.
    """
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if q.speaker and len(q.text.split()) >= 5:
            by_speaker[q.speaker].append(q)
    if len(by_speaker) < 2:
        return []
    text_of = {d.article.id: d.article.text for d in documents}
    sentences_of = {d.article.id: d.sentences for d in documents}
    score: dict[tuple[str, str], float] = defaultdict(float)

    def key(a: str, b: str) -> tuple[str, str]:
        return (a, b) if a < b else (b, a)

    def names(speaker: str) -> list[str]:
        parts = [p for p in speaker.split(" and ")]
        return parts + [p.split()[-1] for p in parts if kinds.get(p) == "person"]

    speakers = list(by_speaker)
    for a in speakers:
        for b in speakers:
            if a == b or set(a.split(" and ")) & set(b.split(" and ")):
                continue
            if any(re.search(rf"\b{re.escape(n)}\b", q.text) for q in by_speaker[a] for n in names(b)):
                score[key(a, b)] += 2.0
    for doc in documents:
        aid = doc.article.id
        placed = []
        for q in quotes:
            if q.speaker in by_speaker and aid in q.article_ids:
                idx = min((c.sentence_index for c in q.citations if c.article_id == aid), default=-1)
                placed.append((idx, q.speaker))
        placed.sort()
        for i, (idx_a, a) in enumerate(placed):
            for idx_b, b in placed[i + 1 :]:
                if b == a or set(a.split(" and ")) & set(b.split(" and ")):
                    continue
                window = [s.text for s in sentences_of[aid] if idx_b - 1 <= s.index <= idx_b and s.index > idx_a]
                if any(_CONTRAST_OPEN.match(t) or _CONTRAST_VERB.search(t) for t in window):
                    score[key(a, b)] += 1.0
    pairs = sorted(score, key=lambda p: (-score[p], p))
    chosen: list[tuple[str, str]] = []
    for p in pairs:
        if len(chosen) >= max_pairs:
            break
        if not any(set(p) == set(c) for c in chosen):
            chosen.append(p)
    conflicts = []
    for pair in chosen:
        sides = []
        for s in pair:
            qs = sorted(by_speaker[s], key=lambda q: (-len(q.article_ids), -len(q.text)))[:2]
            cites = tuple(c for q in qs for c in q.citations if c.article_id in text_of)
            sides.append(ConflictSide(text=" / ".join(f"“{q.text}”" for q in qs), citations=cites, value=s, article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
        conflicts.append(Conflict(about=f"{pair[0]} vs {pair[1]}: how each characterises it", kind="framing", sides=tuple(sides)))
    return conflicts


def date_conflicts(documents: tuple[Document, ...], fg: FactGroups) -> list[Conflict]:
    """The same fact dated differently by different articles ("on Tuesday" in one, resolved to
    the 11th; "on Wednesday" in another, the 12th). Only day-precision dates are compared, and
    an article giving both dates for the fact is not counted (it is describing two moments)."""
    published = {d.article.id: d.article.published for d in documents}
    out = []
    for g in fg.groups:
        by_date: dict[str, list[Sentence]] = defaultdict(list)
        for x in g:
            s = fg.sentences[x]
            for m in find_dates(s.text, published.get(s.article_id)):
                if m.precision == "day" and m.date:
                    by_date[m.date].append(s)
        if len(by_date) < 2:
            continue
        articles = [s.article_id for ss in by_date.values() for s in dict.fromkeys(ss)]
        if len(articles) != len(set(articles)):
            continue
        sides = []
        for date, ss in sorted(by_date.items()):
            cites = tuple(Citation(s.article_id, s.start, s.end, s.index) for s in dict.fromkeys(ss))
            sides.append(ConflictSide(text=ss[0].text, citations=cites, value=date, article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
        words = fg.sentences[g[0]].text.split()
        out.append(Conflict(about="date of: " + " ".join(words[:12]) + ("..." if len(words) > 12 else ""), kind="date", sides=tuple(sides)))
    return out
