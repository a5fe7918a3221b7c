""""They" after two named people: the pair is the speaker ("Senators A and B wrote to the board on
Monday. “...,” they wrote.").

A letter, statement or post signed by two or more people is reported with "they" in the next
sentence; before this, "they" looked only for a previous quotation's speaker or for organisations
named together, so a pair of people left the quotation unknown. Here the nearest main-clause
subject before the pronoun (in its own sentence or the one before it, `ambiguity._subjects`, the
same subjects the ambiguity check reads) decides: when it is a coordination of names ("A and B",
"A, B and C"), the speaker is that coordination as `speaker_resolve.resolve` joins it; any other
nearest subject (a plural noun, a pronoun, one name) leaves "they" to the older rules.

Measured (session 16, issue 12): the quote_precision seed23 joint-author miss; other seeds, PolNeAR
and the merge set unchanged (benchmarks/ANALYSIS.md, Quotes, "Session 16 (speaker gap)").

Session 24 (brief S9, E4 item 4): the nearest subject may be a definite noun for two people ("the
couple", "the pair", "the duo") that points back to a coordination of names one or two sentences
before it ("When Ada and Tom Vance announced ..., fans .... The couple had posted a joint statement.
“...,” they wrote."): then the nearest such coordination there, outside quotations, is the speaker.
"""

from __future__ import annotations

from .ambiguity import _parsed, _subjects
from .quote_parse import _pos


def joint_subject(tok, base: int, ctx, sentences, resolve) -> str | None:
    """The names joined in the nearest main-clause subject before "they", when it is a
    coordination of names; else None."""
    if tok.lower_ != "they":
        return None
    for t, b in _subjects(tok, base, ctx, sentences):
        if t.lower_ in _PAIR_NOUNS and any(c.dep_ in ("det", "poss") for c in t.children):
            return _pair_before(b + t.idx, ctx, sentences, resolve)  # "the couple" (session 24)
        if _pos(t) != "PROPN" or not any(c.dep_ == "conj" and _pos(c) == "PROPN" for c in t.children):
            return None  # the nearest subject is something else: not this rule's
        name, _ = resolve(t, b, ctx, sentences)
        return name if name and " and " in name else None
    return None


_PAIR_NOUNS = frozenset("couple pair duo".split())


def _pair_before(pos: int, ctx, sentences, resolve) -> str | None:
    """The nearest coordination of names ("Ada and Tom Vance", "Ada Vance and Tom Reed") in the
    sentence holding `pos` before it or in the two sentences before that, resolved as one speaker."""
    k = next((i for i, (s, e) in enumerate(sentences) if s <= pos < e), None)
    if k is None:
        return None
    for s, e in reversed(sentences[max(0, k - 2) : k + 1]):
        if ctx._paragraphs_between(min(e, pos), pos):
            break
        doc = _parsed(ctx, s, e)
        pairs = [t for t in doc if s + t.idx < pos and _pos(t) == "PROPN" and not ctx.in_quote(s + t.idx) and any(c.dep_ == "conj" and _pos(c) == "PROPN" for c in t.children)]
        if pairs:
            name, _ = resolve(pairs[-1], s, ctx, sentences)
            return name if name and " and " in name else None
    return None
