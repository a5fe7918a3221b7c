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
from .copy_edges import lead_in_end
from .lower_pieces import join_cut_pieces
from .casing import _outside_quotes, is_cased
from .standalone import _FIRST_PERSON, reason

# A connective that only links the sentence to the one before it ("But", "However,", "In
# addition,"): dropping it leaves the claim as it was. Not "Otherwise" (a condition: "Otherwise,
# the deal collapses") nor "For now" (a limit in time), and never before "if", "unless", "not",
# "never" or "only" (eleventh session: what a sentence claims is never changed by a cut).
_CONNECTIVE = re.compile(
    r"""(?:But|And|Yet|So|Still|Also|However|Meanwhile|Indeed|Moreover|Furthermore|Nevertheless|Nonetheless|Plus|Now|Then|
    Later|Earlier|Afterwards?|Again|Besides|Likewise|Similarly|Instead|Therefore|Thus|Hence|Even\s+so|In\s+addition|
    In\s+turn|As\s+a\s+result|By\s+contrast|In\s+contrast|At\s+the\s+same\s+time|On\s+the\s+other\s+hand|In\s+fact|Of\s+course|
    After\s+all|For\s+its\s+part|For\s+their\s+part|For\s+his\s+part|For\s+her\s+part)(?:,\s*|\s+)(?!(?:if|unless|not|never|only)\b)""",
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


def standalone_span(text: str, cased: bool = True, lower: bool = False) -> tuple[int, int] | None:
    """(start, end) of the part of `text` after a connective or leading clause (at most three
    dropped, one after another) when `text` leans on its context and that part does not; None
    when `text` stands as it is or no such part exists. `text[start:end]` keeps the sentence end.
    With `lower`, a part opening on a lower-case letter ("But the council voted ..." -> "the
    council voted ...") is taken when it stands with that letter capitalised (`display`); only in
    a cased article (in a lower-cased one the pronoun rules cannot run: read on val100, most such
    parts still leant on their context)."""
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
            if lower and cased and _lower_part_stands(part, m.group(0), cased):
                return start, len(text.rstrip())
            continue  # "But when it comes to X, Y ...": try the clause after the connective
        if reason(part, cased) is None:
            end = len(text.rstrip())
            return start, end
    return None


# A part in lower case is only taken after a piece that ended on a comma ("However, the ...") or
# after a bare "But", "And" or "Yet": a connective run into its phrase ("In addition to X",
# "Instead of X", "So many people") leaves a piece of that phrase.
_LOWER_AFTER = re.compile(r"(?:(?:But|And|Yet)\s+|[^\n]*,\s*)$", re.I)
# "yes, women make less ...", "well, ...": a reply, not a sentence; "more importantly, ...",
# "even tougher news", "perhaps the most ...": a comparison with what came before.
_REPLY = re.compile(r"(?:(?:yes|no|well|oh|okay|ok|sure|now)\b[,!]|(?:more|most|even|perhaps|less|equally|too|also)\b)", re.I)


# "for Trump, it's more likely ...": a pronoun subject right after an opening phrase points back.
_POINTS_BACK = re.compile(r"""[^,"“”]{0,60},\s+(?:it|it's|it’s|this|that|these|those|they|he|she)\b""", re.I)


def _lower_part_stands(part: str, dropped: str, cased: bool) -> bool:
    """May `part` (opening in lower case after `dropped`) be shown capitalised?"""
    if not part[:1].islower() or _CONNECTIVE.match(part) or _CLAUSE.match(part):
        return False  # "and in fact, that ...": drop the next opening first
    if _FIRST_PERSON.search(_outside_quotes(part)):
        return False  # "according to the survey, the failings of our school system": the outlet's voice
    return bool(_LOWER_AFTER.fullmatch(dropped)) and not _REPLY.match(part) and "?" not in part and not _POINTS_BACK.match(part) and reason(display(part), cased) is None


def display(text: str) -> str:
    """A part opening in lower case as a summary shows it: its first letter capitalised, as an
    editor does with a quotation's first word (the citation still points at the exact span). A
    first word with a capital inside ("iPhone", "eBay") is a name written so: left as it is. An
    opening quotation mark is passed over ('" it was ...' -> '" It was ...')."""
    k = len(text) - len(text.lstrip("\"“‘' "))
    if k > 3 or not text[k : k + 1].islower():
        return text
    word = text[k:].split(maxsplit=1)[0]
    if any(c.isupper() for c in word):
        return text
    return text[:k] + text[k].upper() + text[k + 1 :]


def trim_sentence(sentence: Sentence, cased: bool = True, lower: bool = False) -> Sentence:
    """`sentence`, or its stand-alone part (`standalone_span`) with exact offsets."""
    span = standalone_span(sentence.text, cased, lower)
    if span is None:
        return sentence
    a, b = span
    return replace(sentence, start=sentence.start + a, end=sentence.start + b, text=sentence.text[a:b])


def trim_leaning(documents: Sequence[Document], lower: bool = False) -> tuple[Document, ...]:
    """Every sentence that leans on its context only through its opening replaced by the part that
    stands alone (indices kept, so a sentence's predecessor is still index - 1). Before that, page
    text a copy glued before the news is dropped (`copy_edges.lead_in_end`: a dateline whose
    capitals were lost, an agency dateline behind a caption)."""
    out = []
    for d in documents:
        cased = is_cased(d.article.text[:5000])
        sentences = tuple(trim_sentence(_news_part(s, k == 0, cased), cased, lower) for k, s in enumerate(d.sentences))
        sentences = sentences if cased else join_cut_pieces(sentences, d.article.text)  # "dual u.s." + "And ..." (lower_pieces.py)
        out.append(d if all(a is b for a, b in zip(sentences, d.sentences)) else replace(d, sentences=sentences))
    return tuple(out)


def _news_part(sentence: Sentence, first: bool, cased: bool) -> Sentence:
    """`sentence` without a lead-in of page text (`copy_edges.lead_in_end`), exact offsets kept."""
    a = lead_in_end(sentence.text, first, cased)
    if not a:
        return sentence
    return replace(sentence, start=sentence.start + a, text=sentence.text[a:])
