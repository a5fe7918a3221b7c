"""A summary sentence may be a contiguous part of a source sentence (issue 13): when a sentence
leans on what came before it only through its opening ("But Boehner's team settled on ...",
"When she arrived, Quill said ..."), the part after that opening is shown instead, and its citation
points at exactly that part (a `Sentence` with the same index and narrower offsets, the way
`text.furniture.trim_sentence` drops a dateline). Words are never added and letters never changed,
so a part is only taken when it opens like a sentence (a capital, a digit or a quotation mark) and
`standalone.reason` finds nothing it leans on.

Only openings are dropped. A trailing ", he said" or attribution tail cannot be cut away without
leaving the part ending on a comma (or without its full stop), which reads as a cut sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Document, Sentence
from .standalone import is_cased, reason

# A connective that only links the sentence to the one before it ("But", "However,", "In
# addition,"): dropping it leaves the claim as it was.
_CONNECTIVE = re.compile(
    r"""(?:But|And|Yet|So|Still|Also|However|Meanwhile|Indeed|Moreover|Furthermore|Nevertheless|Nonetheless|Plus|Now|Then|
    Later|Earlier|Afterwards?|Again|Besides|Likewise|Similarly|Instead|Otherwise|Therefore|Thus|Hence|Even\s+so|In\s+addition|
    In\s+turn|As\s+a\s+result|By\s+contrast|In\s+contrast|At\s+the\s+same\s+time|On\s+the\s+other\s+hand|In\s+fact|Of\s+course|
    After\s+all|For\s+now|For\s+its\s+part|For\s+their\s+part|For\s+his\s+part|For\s+her\s+part)(?:,\s*|\s+)""",
    re.X | re.I,
)
# A leading clause of time or concession, or the occasion of a remark, ended by a comma ("When
# she arrived,", "Although he now lives elsewhere,", "In a rare interview,", "Asked about the
# deal,"): the rest says what it said with it. Clauses that set a condition, a topic or a frame
# ("If", "Unless", "Without", "Under the new rules", "When it comes to X", "For X", "With X") are
# never dropped: without them the rest says something else (read on fulltext_dev46: a "When it comes
# to X," opening whose rest is a sweeping claim about X only).
_CLAUSE = re.compile(
    r"""(?:When(?!\s+it\s+comes)|Whenever|After|While|Before|Since|Until(?!\s+(?:now|recently)\b)|Once|Although|Though|Even\s+though|Despite|During|
    Following|Amid|Asked|Speaking|Responding|Writing|In\s+addition\s+to|Earlier|Later|Last|Back|
    (?:In|At|On|During)\s+(?:a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:interview|statement|speech|address|appearance|
    letter|post|tweet|news\s+conference|press\s+conference|briefing|hearing|rally|memo|email|op-ed|essay|filing))(?:\s[^,;:"“”‘’()—]{0,120}?)?,\s+""",
    re.X | re.I,
)
# A dropped clause must not hold the sentence's speaker or verb ('The group, Harris said, was ...').
_SAYING_IN_CLAUSE = re.compile(r"\b(?:said|says|told|added|wrote|according)\b")
_PLACE_SPLIT = re.compile(r"[A-Z][\w.'’-]*,\s")
_CAPITAL_END = re.compile(r"\b[A-Z][\w.'’-]*,\s+$")
_OPENS = re.compile(r"""["“]?[A-Z0-9]""")
MIN_WORDS = 6  # a shorter remainder is a fragment, not a sentence


def standalone_span(text: str, cased: bool = True) -> tuple[int, int] | None:
    """(start, end) of the part of `text` after a connective or leading clause (at most three
    dropped, one after another) when `text` leans on its context and that part does not; None
    when `text` stands as it is or no such part exists. `text[start:end]` keeps the sentence end."""
    if reason(text, cased) is None:
        return None
    start = 0
    for _ in range(3):
        rest = text[start:]
        m = _CONNECTIVE.match(rest) or _CLAUSE.match(rest)
        if not m or _SAYING_IN_CLAUSE.search(m.group(0)):
            return None
        if _PLACE_SPLIT.match(rest[m.end() :]) and _CAPITAL_END.search(m.group(0)):
            return None  # "In Rochester, N.H., Biden ...": the comma was inside a place name
        start += m.end()
        part = text[start:]
        if len(part.split()) < MIN_WORDS:
            return None
        if not _OPENS.match(part):
            continue  # "But when it comes to X, Y ...": try the clause after the connective
        if reason(part, cased) is None:
            end = len(text.rstrip())
            return start, end
    return None


def trim_sentence(sentence: Sentence, cased: bool = True) -> Sentence:
    """`sentence`, or its stand-alone part (`standalone_span`) with exact offsets."""
    span = standalone_span(sentence.text, cased)
    if span is None:
        return sentence
    a, b = span
    return replace(sentence, start=sentence.start + a, end=sentence.start + b, text=sentence.text[a:b])


def trim_leaning(documents: Sequence[Document]) -> tuple[Document, ...]:
    """Every sentence that leans on its context only through its opening replaced by the part that
    stands alone (indices kept, so a sentence's predecessor is still index - 1)."""
    out = []
    for d in documents:
        cased = is_cased(d.article.text[:5000])
        sentences = tuple(trim_sentence(s, cased) for s in d.sentences)
        out.append(d if all(a is b for a, b in zip(sentences, d.sentences)) else replace(d, sentences=sentences))
    return tuple(out)
