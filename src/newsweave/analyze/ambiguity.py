"""Is a pronoun's antecedent ambiguous? A wrong speaker is worse than "unknown", so a pronoun
subject ("they said", "she added", "it called ...") that attribution has resolved to a candidate
(the last speaker, the groups just named) is dropped to unknown when another possible antecedent
was introduced as the subject of a clause in between: in the pronoun's own sentence before it, or
in the sentence before it (same or previous paragraph). The nearest such subject decides: when
it is the candidate itself ("Ban condemned what he called ..."), the pronoun is not ambiguous.

- "they"/"we": a plural subject ("Seven doctors signed a letter."; "X and Y met ...") or a
  subject naming an organisation or group, that is not the candidate ("the two groups" points
  back to the groups named, so it is no new one);
- "it": a subject naming an organisation or group that is not the candidate, or a common noun
  with a name in apposition ("the party daily, Rodong Sinmun,");
- "he"/"she": a subject that is a bare proper name (no "the": "Dana said", not "The White House
  said") and not the candidate, whatever type the entity tagger gave it (taggers mistype people as
  organisations).

The sentence before is parsed here on demand (only for pronoun subjects, which are few): the
quote windows parse a quotation's own sentences only.
"""

from __future__ import annotations

import re

from .cue_words import _GROUP_NOUNS
from .speakers import ArticleContext

_SUBJECTS = ("nsubj", "nsubjpass")
_PLURAL_TAGS = ("NNS", "NNPS")
_COLLECTIVE = ("organization", "group")


def _words(name: str | None) -> set[str]:
    return {w.lower().strip(".'’s") for w in re.findall(r"[A-Za-z][\w.'’-]*", name or "") if w[:1].isupper()}


def _outside(tok, base: int, ctx: ArticleContext) -> bool:
    return not ctx.in_quote(base + tok.idx) and tok.is_alpha


def _parsed(ctx: ArticleContext, start: int, end: int):
    cache = ctx.__dict__.setdefault("_antecedent_parses", {})
    if (start, end) not in cache:
        from .doc_cache import run_steps
        from .entities import shared_nlp

        nlp = shared_nlp(None)
        cache[(start, end)] = run_steps(nlp, [ctx.text[start:end].replace("''", '" ').replace("―", "—")], ("tok2vec", "tagger", "parser"))[0]
    return cache[(start, end)]


def _main(t) -> bool:
    """A subject of a main clause (of the root or of a verb conjoined to it), not of a clause
    reported or embedded ("McGee said Trump made the wrong call": McGee, not Trump)."""
    head = t.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT"


def _subjects(tok, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> list[tuple[object, int]]:
    """(subject token, its base offset) of main clauses before the pronoun in its sentence and in
    the sentence before, nearest first."""
    out = [(t, base) for t in reversed(tok.sent) if t.i < tok.i and t.dep_ in _SUBJECTS and _main(t) and _outside(t, base, ctx)]
    own_start = base + tok.sent.start_char
    before = [s for s in sentences if s[1] <= own_start + 1 and s[0] < own_start]
    if before:
        s, e = before[-1]
        if not ctx._paragraphs_between(e, own_start) and 0 < e - s <= 1500:
            out += [(t, s) for t in reversed(_parsed(ctx, s, e)) if t.dep_ in _SUBJECTS and _main(t) and _outside(t, s, ctx)]
    return out


def _named(t, base: int, ctx: ArticleContext, kinds: tuple[str, ...]) -> list[str]:
    """Entities of `kinds` named in the subject phrase of `t` (outside quotations)."""
    span = t.doc[t.left_edge.i : t.right_edge.i + 1]
    start, end = base + span.start_char, base + span.end_char
    return [n for s, e, n in ctx.mentions if start <= s < end and ctx.kind(n) in kinds and not ctx.in_quote(s)]


def ambiguous(word: str, candidate: str | None, tok, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> bool:
    """Whether another antecedent than `candidate` is in view of the pronoun `word` at `tok`: the
    nearest subject that could be one decides (the candidate itself: not ambiguous)."""
    if candidate is None:
        return False
    mine = _words(candidate)
    for t, b in _subjects(tok, base, ctx, sentences):
        if t.tag_.startswith("PRP") or t.tag_ in ("WP", "WDT", "DT", "EX"):
            continue
        if word in ("he", "she", "him", "her", "his"):
            if t.tag_ == "NNP" and not any(c.dep_ == "det" for c in t.children) and not ctx.in_dateline(b + t.idx):
                chunk = t.doc[t.left_edge.i : t.i + 1]
                named = ctx.entity_at(b + t.idx, b + t.idx + len(t.text))
                if ctx.kind(named or "") == "place":
                    continue
                # lower-cased text ("obama signaled ..."): every word of the chunk may be a name's
                said = {w.lower().strip(".'’s") for w in chunk.text.split()} if ctx.lower else _words(chunk.text)
                # "said County Health Director Dr. Ada Vell": the name in apposition to the subject
                said |= {w for c in t.children if c.dep_ == "appos" and c.tag_ == "NNP" for w in _words(c.doc[c.left_edge.i : c.i + 1].text)}
                return not (said & mine or _words(named) & mine)
            continue
        collective = _named(t, b, ctx, _COLLECTIVE)
        if t.lower_ in _GROUP_NOUNS or any(_words(n) & mine for n in collective):
            return False  # the candidate itself ("the two groups" points back to the groups named)
        others = [n for n in collective if not _words(n) & mine]
        # "the party daily, Rodong Sinmun,": a name in apposition to a common noun, whatever its type
        appos = [c for c in t.children if c.dep_ == "appos" and c.tag_ == "NNP" and not _words(c.doc[c.left_edge.i : c.i + 1].text) & mine]
        if others or (t.tag_ != "NNP" and appos):
            return True
        if word != "it":
            plural = t.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in t.children)
            if plural and not any(_words(n) & mine for n in _named(t, b, ctx, _COLLECTIVE + ("person",))):
                return True
    return False
