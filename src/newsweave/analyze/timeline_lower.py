"""What the timeline reads of a sentence: its content, not its page furniture; and one line per
sentence for what cannot be dated (session 14, issue 12: lower-cased Multi-News copies).

- Furniture is not dated. A photo caption or credit ("... at the pier, wednesday, april 25, 2018.
  ( associated press )", "file - in this june 9, 2031 photo, ...") dates a picture, not an
  event of the story: a sentence `text.furniture` calls furniture gives no event. Dates in a
  leading dateline or a video player's lead-in ("play facebook twitter google plus embed <clip
  title> 2: 35 <the story's first sentence>", "must watch <clip title> 01: 08 ...") are not read
  either, and the event is shown without them (nor is a fact: `without_player_lead`, used by
  `facts.fact_sentences`).
- A sentence that has a resolved date is on the timeline by it; its relative words that could not
  be resolved (an undated copy: "since march" beside "2010", "this year" beside "in september")
  add nothing. A sentence with only unresolved words gives one unresolved line, its expressions
  joined, instead of one line each ("in september" and "this year" of one sentence were two).
  Relative words are never resolved without an anchor (`dates`: no publication date, no date).
  Unresolved lines of different articles with the same words ("on monday / on sunday") that belong
  to one fact (or whose sentences are close) are one line citing all, as dated events are.

Written from reading 8 training clusters (development evidence; benchmarks/ANALYSIS.md,
"Lower-cased copies (session 14)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.dates import DateMention
from ..text.furniture import content_span, furniture_kind
from ..types import Sentence

# A video player's lead-in, up to the clip's running time, before the story's own first sentence.
_PLAYER_LEAD = re.compile(
    r"(?i)^\s*(?:(?:play\s+)?facebook\s+twitter\s+(?:google\s+plus\s+)?embed\b|must\s+watch\b).{0,160}?\b\d{1,2}:\s?\d\d\s+(?=\S)"
)


# Furniture kinds whose dates are a picture's, a page's or a widget's, not the story's. A teaser (a
# sentence cut with "…", as in an excerpt) or a label line is still content and is read.
_NOT_DATED = frozenset({"credit", "caption", "video", "widget", "archive", "related", "newsletter", "cookie", "byline"})


# A caption that does not open the sentence (glued after a cut teaser: "The... ( associated press ) this
# photo provided by x shows ..."), and a sentence that ends on a photographer's credit in brackets
# ("... on monday from a trip. ( jane doe / associated press )"): captions in lower-cased copies.
_CAPTION_CUE = re.compile(
    r"(?i)\bthis\s+(?:[\w,.'-]+\s+){0,6}?(?:photo|image|picture|handout\s+photo|screenshot|video\s+still)\s+"
    r"(?:provided|released|taken|made|obtained|shows|posted|courtesy)\b|"
    r"\(\s*[a-z][a-z .'-]{2,40}\s*/\s*(?:the\s+)?[a-z][a-z .&'-]{1,40}\)\s*$"
)


# A caption that ends on its date, glued before the article's own dateline ("an apple logo is seen at
# the fair in x, june 10, 2013. ( reuters ) - apple received ..."): the content starts after the dateline.
_CAPTION_BEFORE_DATELINE = re.compile(
    r"(?i)^[^\n]{10,300}?\b(?:1[89]|20)\d\d\b[^.!?\n]{0,60}\.\s[^.!?]{0,120}?\(\s*(?:reuters|ap|afp|cnn|associated\s+press)\s*\)\s*(?:--?|[—–])\s*(?=\S)"
)


def content_bounds(text: str) -> tuple[int, int] | None:
    """(start, end) in `text` (one sentence) of its content, or None when it is furniture that
    dates nothing of the story (`_NOT_DATED`: a caption, a credit, a player's label, a widget). A
    player lead-in, or a caption before the article's own dateline, is dropped before
    `content_span`'s dateline and credit rules."""
    lead = _PLAYER_LEAD.match(text) or _CAPTION_BEFORE_DATELINE.match(text)
    offset = lead.end() if lead else 0
    rest = text[offset:]
    if furniture_kind(rest) in _NOT_DATED or _CAPTION_CUE.search(rest):
        return None
    a, b = content_span(rest)
    return offset + a, offset + b


def without_player_lead(sentence: Sentence) -> Sentence | None:
    """`sentence` without a video player's lead-in (offsets kept exact), for fact sentences: a fact
    is shown by its story text, not "play facebook twitter google plus embed <clip title> 0: 40".
    None when nothing of four words or more is left."""
    lead = _PLAYER_LEAD.match(sentence.text)
    if lead is None:
        return sentence
    text = sentence.text[lead.end() :]
    if len(text.split()) < 4:
        return None
    return replace(sentence, start=sentence.start + lead.end(), text=text)


def in_content(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions that lie in the sentence's content (none when it is furniture)."""
    bounds = content_bounds(text)
    if bounds is None:
        return []
    a, b = bounds
    return [m for m in mentions if m.start >= a and m.end <= b]


def one_unresolved(mentions: list[DateMention]) -> list[DateMention]:
    """The resolved mentions when there are any; else one unresolved mention standing for all of
    them (its expression the expressions joined with " / ", its span the first one's)."""
    resolved = [m for m in mentions if m.date is not None]
    if resolved or not mentions:
        return resolved
    first = mentions[0]
    expression = " / ".join(dict.fromkeys(m.expression for m in mentions))
    return [DateMention(first.start, first.end, expression, None, None)]


_LEAD_WORD = re.compile(r"(?i)^(?:on|early|late)\s+")


def undated_key(expression: str) -> str:
    """The words of an unresolved line, for merging lines of different articles: lower-case, "on",
    "early", "late" dropped, order ignored ("On monday / sunday" and "monday / on sunday" agree)."""
    parts = {_LEAD_WORD.sub("", p.strip().lower()) for p in expression.split(" / ") if p.strip()}
    return " / ".join(sorted(parts))
