"""A quotation standing alone after narrative sentences, read back like "he said" (issue 12,
session 26, brief S14; the census class 2 of session 25):

    Harbour master Ada Vell closed the north pier on Friday after a week of storms.
    “Nobody sails until the wall is mended.”

News excerpts often end on the quoted words with no speech verb at all, after a sentence or two
about the person who said them. `paraphrase_leads` and `narrative_bridges` take such a quotation
only when a sentence before reports speech or thought; here the quotation itself is sent to the
same walk as a speaking "he"/"she" (`subject_chains.walk_back`): the main-clause subjects of the
sentences before, nearest first, with the same guards (one named person; "he"/"she" carries the
chain; a thing passed over only when its sentence names nobody; the answer's sentence names nobody
else unless its verb reports speech; nobody else speaks or is quoted in between). On top of those:
- the quotation is a sentence of its own (or several): nothing but quote marks, spaces and
  punctuation between the start of its sentence and its words, and between its words and the
  next sentence or paragraph;
- the walk stays in the quotation's paragraph (as `narrative_bridges`: a quotation opening a new
  paragraph after narrative gives no one; a "he said" walk may cross two breaks);
- every quotation between the answer's sentence and this one was given to the same person (an
  earlier quotation read with nobody, or with someone else, leaves it unknown).
Only people (not bodies): "it" and "they" stay with the body rules. Anything else: unknown.
"""

from __future__ import annotations

import re

from .speakers import ArticleContext
from .subject_chains import _PEOPLE, walk_back

_OPENING = re.compile(r"[\s\"“‘'.…]*")  # marks (and the dots of a cut excerpt) before the words
_CLOSING = re.compile(r"[\"”’'.!?…\s]*")  # the end of a quoted sentence after its words


def lone_speaker(q_start: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> str | None:
    """The person the sentences before a quotation standing alone are about (module docstring), else None."""
    if ctx.lower:
        return None
    q_end = next((e for s, e in ctx.quotes if s == q_start), None)
    own = next(((s, e) for s, e in sentences if s <= q_start < e), None)
    if q_end is None or own is None or not _OPENING.fullmatch(ctx.text, own[0], q_start) or not _alone_after(q_end, ctx, sentences):
        return None
    speaker = walk_back(own[0], q_start, _PEOPLE, ctx, sentences, 0)
    if speaker is None or not _same_voice(speaker, own[0], ctx, sentences):
        return None
    return speaker


def _alone_after(q_end: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> bool:
    """Whether nothing but closing marks and sentence punctuation follow the words before the next
    sentence, the next paragraph or the end ("“...,” she said" and "“...” Vell said." do not)."""
    end = _CLOSING.match(ctx.text, q_end).end()
    if end >= len(ctx.text.rstrip()) or "\n" in ctx.text[q_end:end]:
        return True
    return any(s == end for s, _ in sentences) and re.search(r"[.!?…]", ctx.text[q_end - 1 : end]) is not None


def _same_voice(speaker: str, own_start: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> bool:
    """Whether every quotation read as speech between the answer's walk and this quotation was
    given to `speaker` (the walk stops at most four sentences back: the window read here)."""
    before = [s for s, e in sentences if e <= own_start + 1 and s < own_start][-4:]
    start = before[0] if before else own_start
    mine = _words(speaker)
    return all(not (start <= at < own_start) or (who and _words(who) & mine) for at, who, _ in ctx.history)


def _words(name: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", name or "")}
