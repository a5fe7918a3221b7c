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
"""

from __future__ import annotations

from .ambiguity import _subjects
from .quote_parse import _pos


def joint_subject(tok, base: int, ctx, sentences, resolve) -> str | None:
    """The names joined in the nearest main-clause subject before "they", when it is a
    coordination of names; else None."""
    if tok.lower_ != "they":
        return None
    for t, b in _subjects(tok, base, ctx, sentences):
        if _pos(t) != "PROPN" or not any(c.dep_ == "conj" and _pos(c) == "PROPN" for c in t.children):
            return None  # the nearest subject is something else: not this rule's
        name, _ = resolve(t, b, ctx, sentences)
        return name if name and " and " in name else None
    return None
