"""Direct quotations and who said them.

`extract_quotes(documents, entities)` finds every quotation of two words or more (straight or
curly double quotes, British single quotes, partial quotes inside a sentence), attributes it, and
merges the same words carried by several outlets into one `Quote`.

Attribution, in order: a speech verb next to a name in the same sentence ("said Priya Nandakumar",
"Mayor Helen Okafor told reporters", "Ruth Adebayo, said:"); "a spokesman for X" -> X; a pronoun
("he said", "she added", "they said", "the two groups said") -> the last matching name mentioned
before it; a quote-only sentence continues the previous quote's speaker or takes the speaker named
in a preceding "X said:" sentence. Anything else gets `speaker=None`: unknown, not guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..types import Citation, Document, Quote, Sentence
from .entities import EntityIndex, strip_title

SPEECH = r"(?:said|says|say|added|adds|told|tells|wrote|writes|tweeted|posted|explained|insisted|warned|claimed|stated|argued|admitted|continued|recalled|noted|declared|replied|responded|urged|announced|confirmed|described|called|acknowledged|suggested|complained|asked|calling|saying|adding|describing|according to)"
_SPEECH = re.compile(rf"\b{SPEECH}\b", re.I)
_PRONOUN_SPEAKER = re.compile(rf"\b(?P<pron>he|she|they|it|we)\s+(?:\w+\s+)?{SPEECH}\b|\b{SPEECH}\s+(?P<pron2>he|she|they)\s*(?:[.,;]|$)|^\W*(?P<pron3>He|She|They)\b[^.;]*\b{SPEECH}\b")
_GROUP_SPEAKER = re.compile(rf"\b(?:the\s+)?(?P<n>two|three|both|four|the)\s+(?:groups|organisations|organizations|bodies|men|women|leaders)\s+(?:\w+ly\s+)?{SPEECH}\b", re.I)
_SPOKESPERSON = re.compile(r"\b(?:a|the|an)\s+(?:spokesman|spokeswoman|spokesperson|representative|source|official|statement)\s+(?:for|from|at)\s+(?:the\s+)?(?P<org>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]*))*)")
_SPOKESPERSON_PRE = re.compile(r"\b(?:a|an)\s+(?P<org>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)\s+(?:spokesman|spokeswoman|spokesperson|source|official)\b")
_RELATIVE = re.compile(r",\s*(?:who|which|whose|where|whom)\b[^,]*,")
_AUDIENCE = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$", re.I)
_NAME_FALLBACK = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+\b")

_DOUBLE = re.compile(r"[\"“”]")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?…])['’](?=[\s.,;:!?)\]—–-]|$)")


@dataclass(frozen=True)
class QuoteMention:
    article_id: str
    start: int  # offsets of the quoted words (without the quote marks) in the article text
    end: int
    text: str
    speaker: str | None
    sentence: Sentence


def _double_spans(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """Quoted spans in one paragraph. An unclosed quote runs to the paragraph end (the convention
    for a quote continued in the next paragraph)."""
    spans: list[tuple[int, int]] = []
    marks = [m.start() for m in _DOUBLE.finditer(text, p_start, p_end)]
    i = 0
    while i < len(marks):
        open_at = marks[i]
        if text[open_at] == "”":
            i += 1
            continue
        close_at = marks[i + 1] if i + 1 < len(marks) else p_end
        if i + 1 < len(marks) and text[close_at] == "“":
            # two openers in a row: the first never closed
            spans.append((open_at + 1, close_at))
            i += 1
            continue
        spans.append((open_at + 1, close_at))
        i += 2
    return spans


def _single_spans(text: str, p_start: int, p_end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = p_start
    while True:
        m = _SINGLE_OPEN.search(text, pos, p_end)
        if not m:
            return spans
        close = _SINGLE_CLOSE.search(text, m.end(), p_end)
        if not close:
            return spans
        start, end = m.end(), close.start()
        inner = text[start:end]
        if len(inner.split()) >= 2 and not any(s <= start < e for s, e in taken):
            spans.append((start, end))
            pos = close.end()
        else:
            pos = m.end()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside every quotation in `text`."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        double = _double_spans(text, para.start(), para.end())
        spans.extend(double)
        spans.extend(_single_spans(text, para.start(), para.end(), double))
    cleaned = []
    for s, e in sorted(spans):
        inner = text[s:e].strip(" ,;:")
        lead = len(text[s:e]) - len(text[s:e].lstrip(" ,;:"))
        if len(inner.split()) >= 2:
            cleaned.append((s + lead, s + lead + len(inner)))
    return cleaned


class _Attributor:
    """Resolves speakers within one article, remembering the names mentioned so far."""

    def __init__(self, doc: Document, entities: EntityIndex) -> None:
        self.doc = doc
        self.entities = entities
        self.mentions = entities.in_article(doc.article.id)

    def names_in(self, start: int, end: int, kinds: tuple[str, ...] = ("person", "organization", "group")) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, name) for m, name in self.mentions if start <= m.start and m.end <= end and self.entities.kinds.get(name) in kinds]

    def last_before(self, pos: int, kinds: tuple[str, ...], quotes: list[tuple[int, int]], count: int = 1) -> str | None:
        found: list[str] = []
        for m, name in reversed(self.mentions):
            if m.end > pos or self.entities.kinds.get(name) not in kinds:
                continue
            if any(s <= m.start < e for s, e in quotes):
                continue  # a name inside a quotation is not the one a pronoun points to
            if name not in found:
                found.append(name)
            if len(found) == count:
                break
        if not found:
            return None
        return " and ".join(sorted(found))  # one spelling for a group of speakers, whatever the order

    def last_pair_before(self, pos: int, quotes: list[tuple[int, int]]) -> str | None:
        """The last "X and (the) Y" naming two organisations or groups before `pos` (what "the
        two groups" points back to); None when there is none, rather than a guess."""
        text = self.doc.article.text
        orgs = [(m, n) for m, n in self.mentions if m.end <= pos and self.entities.kinds.get(n) == "organization" and not any(s <= m.start < e for s, e in quotes)]
        for (m1, n1), (m2, n2) in reversed(list(zip(orgs, orgs[1:]))):
            # "the Board of Deputies of British Jews and the Jewish Leadership Council"
            if n1 != n2 and re.fullmatch(r"(?:\s+of\s+[A-Z][\w’']*(?:\s+[A-Z][\w’']*)*)?\s+and\s+(?:the\s+)?", text[m1.end : m2.start]):
                return " and ".join(sorted((n1, n2)))
        return None

    def speaker(self, sentence: Sentence, q_start: int, q_end: int, quotes: list[tuple[int, int]], previous: tuple[str, int] | None = None) -> str | None:
        text = self.doc.article.text
        # The attribution is the sentence outside this and other quotes.
        inside = [(max(s, sentence.start), min(e, sentence.end)) for s, e in quotes if s < sentence.end and e > sentence.start]
        outside = list(text[sentence.start : sentence.end])
        for s, e in inside:
            for i in range(s - sentence.start, e - sentence.start):
                outside[i] = " "
        attribution = "".join(outside)
        base = sentence.start

        m = _GROUP_SPEAKER.search(attribution)
        if m:
            n = {"two": 2, "both": 2, "three": 3, "four": 4, "the": 2}[m.group("n").lower()]
            pair = self.last_pair_before(base + m.start(), quotes) if n == 2 else None
            return pair or (self.last_before(base + m.start(), ("organization", "group"), quotes, count=n) if n > 2 else None)

        verbs = list(_SPEECH.finditer(attribution))
        # Names inside a relative clause (", who led protests against Corbyn's approach,") are
        # not the speaker; the clause's head is.
        clauses = [(base + m.start(), base + m.end()) for m in _RELATIVE.finditer(attribution)]
        candidates = [c for c in self.names_in(sentence.start, sentence.end) if not any(s <= c[0] < e for s, e in inside + clauses)]
        best, best_dist, best_start, best_end = None, None, 0, 0
        if verbs and re.match(r"\W*(?:He|She)\b", attribution):
            # "He expressed surprise that Corbyn and Formby ..., calling it '...'": the names
            # are objects; the pronoun subject is the speaker.
            candidates = []
        if verbs and candidates:
            for v in verbs:
                v_start, v_end = base + v.start(), base + v.end()
                for c_start, c_end, name in candidates:
                    if _AUDIENCE.search(text[max(sentence.start, c_start - 12) : c_start]) or text[max(sentence.start, c_start - 3) : c_start].strip().lower() in ("on", "to"):
                        continue  # "told BBC Radio 4", "wrote on Twitter": the audience or medium
                    dist = v_start - c_end if c_end <= v_start else c_start - v_end
                    # A relative clause between the name and the verb does not count as distance.
                    dist -= sum(e - s for s, e in clauses if (c_end <= s and e <= v_start) or (v_end <= s and e <= c_start))
                    # Prefer the subject of the speech verb; a comma-separated role can sit between.
                    dist = dist if dist >= 0 else 10_000
                    if best_dist is None or dist < best_dist:
                        best, best_dist, best_start, best_end = name, dist, c_start, c_end
            if best is not None and best_dist is not None and best_dist < 80 and self.entities.kinds.get(best) == "person":
                return best
        m = _SPOKESPERSON.search(attribution) or _SPOKESPERSON_PRE.search(attribution)
        if m:
            org = strip_title(m.group("org"))
            resolved = self.entities.canonical(org)
            if resolved is None and org.lower() in ("board", "company", "council", "party", "union", "group", "firm"):
                resolved = self.last_before(base + m.start(), ("organization",), quotes)
            return resolved or org
        if best is not None and best_dist is not None and best_dist < 80:
            for c_start, c_end, name in candidates:
                if name != best and c_end <= best_start and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[c_end:best_start]) and self.entities.kinds.get(name) == self.entities.kinds.get(best):
                    return " and ".join(sorted((name, best)))
            if self.entities.kinds.get(best) == "group":
                noun = re.match(r"\s+(groups|leaders|organisations|organizations|community|MPs|campaigners|activists)\b", text[best_end:best_end + 30])
                if noun:
                    return text[best_start:best_end] + " " + noun.group(1)
            return best
        if verbs:
            m = _PRONOUN_SPEAKER.search(attribution)
            if m:
                pron = (m.group("pron") or m.group("pron2") or m.group("pron3")).lower()
                if pron in ("he", "she"):
                    # "he added" after a quote: the same speaker, unless someone else was named since.
                    if previous is not None and not any(
                        previous[1] <= mm.start < base + m.start() and self.entities.kinds.get(n) == "person" and not any(qs <= mm.start < qe for qs, qe in quotes)
                        for mm, n in self.mentions
                    ):
                        return previous[0]
                    return self.last_before(base + m.start(), ("person",), quotes)
                return self.last_pair_before(base + m.start(), quotes) or self.last_before(base + m.start(), ("organization", "group"), quotes)
            subject = re.search(rf"\b(?:the|The)\s+(?P<noun>board|company|council|union|party|firm|group|government|ministry|police)\b[^.]*?\b{SPEECH}\b", attribution)
            if subject:
                return self.last_before(base + subject.start(), ("organization",), quotes)
            fallback = [n for n in _NAME_FALLBACK.finditer(attribution) if not _AUDIENCE.search(attribution[max(0, n.start() - 12) : n.start()])]
            if fallback and len(fallback) == 1 and not candidates:
                name = strip_title(fallback[0].group(0))
                return self.entities.canonical(name) or name
        return None


def extract_quotes(documents: tuple[Document, ...], entities: EntityIndex) -> tuple[Quote, ...]:
    """All quotations, one `Quote` per distinct quotation across outlets, in order of first appearance."""
    mentions: list[QuoteMention] = []
    for doc in documents:
        text = doc.article.text
        spans = quote_spans(text)
        attributor = _Attributor(doc, entities)
        previous: QuoteMention | None = None
        for q_start, q_end in spans:
            sentence = next((s for s in doc.sentences if s.start <= q_start < s.end), None)
            if sentence is None:
                continue
            prior = (previous.speaker, previous.end) if previous is not None and previous.speaker and sentence.index - previous.sentence.index <= 2 else None
            speaker = attributor.speaker(sentence, q_start, q_end, spans, prior)
            if speaker is None:
                before = text[sentence.start : q_start - 1].strip()
                prev_sentence = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
                if not before and previous is not None and prev_sentence is not None and previous.end >= prev_sentence.start:
                    speaker = previous.speaker  # a quote continued in the next sentence
                elif not before and prev_sentence is not None and prev_sentence.text.rstrip().endswith(":"):
                    speaker = attributor.speaker(prev_sentence, prev_sentence.end, prev_sentence.end, spans)
            mention = QuoteMention(doc.article.id, q_start, q_end, text[q_start:q_end], speaker, sentence)
            mentions.append(mention)
            previous = mention
    return merge_quotes(mentions)


def _norm_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _same_quote(a: list[str], b: list[str]) -> bool:
    """Exactly the same words, or one is a trimmed version of the other (contiguous words)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 6 and len(short) < 0.6 * len(long):
        # A short phrase inside a longer quote ("minimum level of action") is often the
        # reporter's paraphrase of a different statement, not the same quotation trimmed.
        return short == long
    joined_long = " " + " ".join(long) + " "
    return " " + " ".join(short) + " " in joined_long


def merge_quotes(mentions: list[QuoteMention]) -> tuple[Quote, ...]:
    groups: list[list[QuoteMention]] = []
    words = {id(m): _norm_words(m.text) for m in mentions}
    for m in mentions:
        for g in groups:
            if any(_same_quote(words[id(m)], words[id(o)]) for o in g):
                g.append(m)
                break
        else:
            groups.append([m])
    quotes = []
    for g in groups:
        text = max((m.text for m in g), key=len)
        speakers = Counter(m.speaker for m in g if m.speaker)
        speaker = speakers.most_common(1)[0][0] if speakers else None
        article_ids = tuple(dict.fromkeys(m.article_id for m in g))
        citations = tuple(dict.fromkeys(Citation(m.article_id, m.sentence.start, m.sentence.end, m.sentence.index) for m in g))
        quotes.append(Quote(text=text, speaker=speaker, article_ids=article_ids, citations=citations))
    return tuple(quotes)
