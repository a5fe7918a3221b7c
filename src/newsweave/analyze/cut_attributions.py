"""A quotation whose attribution the excerpt cut before its verb: "“...,” Sen. Ada Vell, a Harbour
Democrat who chaired the panel for..." (issue 12, session 28, brief S20).

News excerpts (the AllSides story texts, search snippets, teasers) stop mid-sentence with "...".
When the cut falls after the inverted attribution's subject and before its verb, the quotation has
no speech verb at all and the attribution gave no one, though the sentence names its speaker in the
one place an inverted attribution puts it: right after the closing mark and its comma. That is the
shape `quote_frames.name_after_close` reads when the verb is there ("“...,” Mayor Ada Vance,
surveying the damage, told reporters"); here the verb is missing because the text ends.

The speaker is that name when all of these hold:
- a comma closes the quoted words (",”" or "”,"): the quotation is the object of a verb still to come;
- a person or body the tagger names starts within 40 characters of the closing mark, after at most
  five words of title or description ("Sen.", "Georgia Secretary of State", "champion rower"; none
  a preposition, conjunction or speech verb, "of" only inside a capitalised title), and a comma
  follows the name (its apposition opens);
- from that comma to the end of the text, at most 200 characters with no line break and no full
  stop, question or exclamation mark ending a sentence, and the text ends with the cut ("..." or
  "…"): the verb is missing, not elsewhere.
Anything else: None (the other rules decide). Measured in benchmarks/ANALYSIS.md "Session 28
(quotes ...; brief S20)".
"""

from __future__ import annotations

import re

from .quote_frames import _NOT_ROLE
from .speakers import ArticleContext

_COMMA_CLOSE = re.compile(r"(?:,\s*(?:''|[\"”’'])|(?:''|[\"”’'])\s*,)\s*")
_CUT = re.compile(r"(?:\.\.\.|…)\s*$")
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’')\]]*)\s+[A-Z“\"]")


def cut_speaker(q_start: int, q_end: int, ctx: ArticleContext) -> str | None:
    """The name right after the quotation [q_start, q_end) when the excerpt ends before the verb
    of its inverted attribution (module docstring), else None."""
    if ctx.lower or q_end <= q_start:
        return None
    m = _COMMA_CLOSE.match(ctx.text, q_end)
    if not m:
        return None
    lead = m.end()
    rest = ctx.text[lead:]
    if len(rest) > 300 or "\n" in rest.rstrip() or not _CUT.search(rest):
        return None
    for s, e, name in sorted(ctx.mentions):
        if not lead <= s <= lead + 40 or ctx.in_quote(s):
            continue
        if ctx.kind(name) not in ("person", "organization"):
            continue
        tail = ctx.text[e:]
        if not _title(ctx.text[lead:s]) or not tail.startswith(",") or len(tail) > 200:
            return None
        if _SENTENCE_END.search(tail):
            return None
        return name
    return None


def _title(words: str) -> bool:
    """At most five words of title or description before a name ("Sen.", "Georgia Secretary of
    State", "the harbour pilot"): none a preposition, conjunction or speech verb, except "of"
    between two capitalised words."""
    toks = words.split()
    if len(toks) > 5:
        return False
    for i, w in enumerate(toks):
        if not re.fullmatch(r"[\w.'’-]+", w):
            return False
        if w.lower() == "of" and 0 < i < len(toks) - 1 and toks[i - 1][:1].isupper() and toks[i + 1][:1].isupper():
            continue
        if w.lower() in _NOT_ROLE:
            return False
    return True
