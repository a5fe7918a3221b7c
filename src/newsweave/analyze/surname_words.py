"""A surname that is also an ordinary word, tagged as one at the head of a sentence ("Bright
warned lawmakers ...", "Young told reporters ...") (issue 12, session 18, brief D).

The tagger reads a capitalised word that opens a sentence by its ordinary sense when it is an
adjective or a noun too, so neither the entity tagger nor the parser gives it as a name, and the
speech verb's subject resolved to nobody: in the story-level gold (seed15) both quotations of a
witness whose surname is an adjective were left unknown after his first, fully named one.

Here such a subject is the one person the article named before it (outside quotations) whose
last name is that word ("Dr. Ada Bright ... Bright warned"); two such people, or none: no answer.
"""

from __future__ import annotations


def surname_subject(tok, pos: int, ctx) -> str | None:
    """For a capitalised non-name subject token at `pos`, the one person named before it whose
    last word it is; else None."""
    if ctx.lower or tok.dep_ not in ("nsubj", "nsubjpass") or not tok.text.istitle() or len(tok.text) < 3:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return None  # "The Bright ...", "Her Young ...": a described thing, not a bare surname
    people = {n for s, _, n in ctx.mentions
              if s < pos and not ctx.in_quote(s) and ctx.kind(n) == "person" and len(n.split()) > 1 and n.split()[-1] == tok.text}
    return people.pop() if len(people) == 1 else None
