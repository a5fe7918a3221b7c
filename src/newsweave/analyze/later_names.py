"""A speaker described first and named just after (issue 12, session 21, brief Q):

    A harbour trust said on Friday it would “look again” at the plan. The statement from the
    Marrowby Harbour Trust came after ...
    The pier is “beyond repair”, according to her surveyor. ... Her surveyor Ada Vance said ...

News leads often give the speaker by a description ("a London hospital", "his publisher") and
the name in the sentence or two after. When a description left unresolved as a speaker has an
indefinite article or a possessive pronoun, the one person or body that the description's
sentence or the next two name with that noun is the speaker: an organisation whose name ends in
it ("... Trust"), a name right after it ("publisher NAME": `ArticleContext.name_after`),
or a person introduced with it as their role; after "a/an" only a body ("a resident said ...
Resident Tom Reed said" may be two residents). Not when there are several, not when the name was
already named before the description (then the description is no introduction of it), and not
in lower-cased text (names are not visible there). A definite description ("the mayor") is
read back, as before, never forward.

Written for the seed gold's cataphoric kind (benchmarks/ANALYSIS.md, session 21): tuning.
"""

from __future__ import annotations

import re

from .quote_parse import _pos

_OPENERS = frozenset("a an his her its their".split())


def named_later(tok, base: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The one name the description `tok` ("a London hospital") is given within its sentence and
    the two after it, else None."""
    if ctx.lower or _pos(tok) != "NOUN" or not tok.text.isalpha() or not tok.text.islower():
        return None
    openers = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if len(openers) != 1 or openers[0].lower_ not in _OPENERS or openers[0].i > tok.i:
        return None
    word, pos = tok.lower_, base + tok.idx
    # "a resident said ... Resident Tom Reed said" may be two residents: an indefinite description
    # takes only a body named after it; "his publisher" (one of a kind) may take a person too
    bodies_only = openers[0].lower_ in ("a", "an")
    here = next((k for k, (s, e) in enumerate(sentences) if s <= pos < e), None)
    if here is None:
        return None
    lo, hi = pos + len(tok.text), sentences[min(here + 2, len(sentences) - 1)][1]
    found = set()
    for m in re.finditer(rf"\b{re.escape(word)}\b", ctx.text[lo:hi]):
        at = lo + m.start()
        if not ctx.in_quote(at) and (name := ctx.name_after(at + len(word))) and not (bodies_only and ctx.kind(name) == "person"):
            found.add(name)  # "Neruda's Spanish publisher Seix Barral"
    for s, e, name in ctx.mentions:
        if lo <= s < hi and not ctx.in_quote(s) and ctx.kind(name) == "organization" and ctx.text[s:e].split()[-1].lower() == word:
            found.add(name)  # "Great Ormond Street Hospital"
    # every capitalised name ending in the noun counts, tagged or not ("St Brendan’s Hospital and
    # Marrowby General Hospital": two, so neither)
    titled = {m.group(0) for m in re.finditer(r"(?:[A-Z][\w’'.-]*\s+){1,5}" + re.escape(word.capitalize()) + r"\b", ctx.text[lo:hi])}
    if len(titled) > 1:
        return None
    if not bodies_only:
        found |= {name for s, words, name in ctx.roles if lo <= s < hi and word in words}
    if len(found) != 1:
        return None
    name = found.pop()
    if any(s < pos and n == name for s, _, n in ctx.mentions):
        return None  # named before: the description is no introduction of it
    return name


# "“...” With those striking words in an interview, Ada Vance said ...": the words just quoted
_THOSE_WORDS = re.compile(r"[\s\"”’'.,!?]*((?:With|In)\s+(?:those|these)\s+(?:[a-z-]+\s+){0,2}words\b)")


def owner_of_words_after(q_start: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """A quotation followed right away by a sentence that opens "With those (...) words" and whose
    main-clause subject is a name: that person or body (hook: `quotes._paraphrased`); else None."""
    if ctx.lower:
        return None
    q_end = next((e for s, e in ctx.quotes if s == q_start), None)
    m = _THOSE_WORDS.match(ctx.text, q_end) if q_end is not None else None
    if not m:
        return None
    span = next(((s, e) for s, e in sentences if s <= m.start(1) < e), None)
    if span is None or span[1] - span[0] > 1500:
        return None
    from .ambiguity import _parsed
    from .speaker_resolve import resolve

    s, e = span
    doc = _parsed(ctx, s, e)
    roots = [t for t in doc if t.dep_ == "ROOT" and s + t.idx >= m.end(1)]
    subj = [c for r in roots[:1] for c in r.children if c.dep_ == "nsubj" and _pos(c) == "PROPN" and not ctx.in_quote(s + c.idx)]
    if len(subj) != 1:
        return None
    name, rank = resolve(subj[0], s, ctx, sentences)
    return name if name and rank == 3 and ctx.kind(name) in ("person", "organization", "group") else None
