"""Quoted words whose source a sentence nearby announced: a statement (issue 12, session 21,
brief Q2).

Two shapes the older rules left unknown (fictional wording):

    The Harbour Board released a statement on Monday regretting the closure. Councillor Ada
    Vance and the pier trust had fought for the pier for a decade. “Today's decision is...

    In a later statement, the Harbour Board said the pier was unsafe. When the divers reached the
    piles they found them “rotten to the core”, it added.

1. `statement_bridge`: a bare quotation opening its sentence, one background sentence after a
   sentence in which a named person or body issues a statement, letter or message ("X released
   a statement", "X put out a letter", "In a statement, X said") is that statement's: X. Unlike
   `narrative_bridges`, the background sentence may name other people (news excerpts cut right
   after the statement's first words put the bill's sponsors there), so the other guards are
   strict: one background sentence only, all in one paragraph; no quotation in the two sentences
   before; no speech word, "according", document noun or pronoun main-clause subject in the
   background sentence; no earlier quotation of the paragraph given to someone else; the issuer a
   person or body, one only.
2. `in_statement_author` (for `document_authors.document_it`): "it added" right after a sentence
   "In a statement, X said ...": "it" is the statement or X, X either way; only when the
   document noun hangs on a speech verb through "in" and that verb's subject is a name.
Not built: the words of a book "billed as ..." go to no one. A rule giving them to the author
(the possessive before "book") fixed one seed26 mention, but its one other firing on the dev text
was a promotional phrase another outlet credits to the publisher; a doubtful speaker is worse than
none (the lead's call, benchmarks/ANALYSIS.md "Session 21 (quotes: seed26's misses ...)").
Anything else: unknown, never a guess. Written after reading seed26's misses (tuning).
"""

from __future__ import annotations

import re

from .ambiguity import _parsed
from .cue_words import SPEECH_WORDS
from .paraphrase_leads import _GAP, paragraph_gives_other
from .quote_parse import _pos

_ISSUED = frozenset("statement statements letter message memo announcement release tweet post note email e-mail".split())
_SENDING = frozenset(
    """send sends sent issue issues issued release releases released publish publishes published post posts posted
    tweet tweets tweeted sign signs signed circulate circulated""".split()
)
_PRONOUN_SUBJECTS = frozenset("he she it they we i you this these those that".split())


def _issuer(noun, base: int, ctx, sentences) -> str | None:
    """The named issuer of the statement noun `noun`, read from its own clause, else None."""
    from .document_authors import _put_out, noun_author  # (document_authors imports this module)

    if noun.dep_ == "dobj" and (noun.head.lower_ in _SENDING or _put_out(noun.head)):
        return noun_author(noun, base, ctx, sentences)
    return in_statement_author(noun, base, ctx, sentences)


def in_statement_author(noun, base: int, ctx, sentences) -> str | None:
    """"In a statement, X said ...": X (a name), else None."""
    from .speaker_resolve import resolve  # (speaker_resolve imports document_authors)

    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if not verb.tag_.startswith("VB") or verb.lower_ not in SPEECH_WORDS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _pos(subj) != "PROPN":
        return None
    name, _ = resolve(subj, base, ctx, sentences)
    return name


def statement_bridge(q_start: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The issuer of the statement announced two sentences before the bare quotation at
    `q_start`, across one background sentence (module docstring, 1); else None."""
    if ctx.lower:
        return None
    before = [(s, e) for s, e in sentences if e <= q_start]
    if len(before) < 2:
        return None
    (ls, le), (bs, be) = before[-2], before[-1]
    text = ctx.text
    if not _GAP.fullmatch(text, be, q_start) or "\n" in text[ls:q_start] or not re.fullmatch(r"\s*", text[le:bs]):
        return None
    if le - ls > 800 or be - bs > 500 or any(ls <= qs < q_start for qs, _ in ctx.quotes):
        return None
    lead = _parsed(ctx, ls, le)
    issuers = {_issuer(t, ls, ctx, sentences) for t in lead if t.lower_ in _ISSUED and _pos(t) == "NOUN"} - {None}
    if len(issuers) != 1:
        return None
    author = issuers.pop()
    if not any(c.isupper() for c in author) or ctx.kind(author) not in ("person", "organization", "group"):
        return None
    for t in _parsed(ctx, bs, be):
        low = t.lower_
        if low in SPEECH_WORDS and t.tag_.startswith("VB") or low == "according" or low in _ISSUED:
            return None
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.dep_ == "ROOT" and (t.tag_ == "PRP" or low in _PRONOUN_SUBJECTS):
            return None  # "He ..." / "They ...": someone else may be in view
    return None if paragraph_gives_other(q_start, ctx, author) else author

