"""What a length measures, read from the parse, so that "a depth of four kilometers" and
"some six miles below the surface" are compared as the quake's depth, and "the ship is thought to
be 98 feet long" and "the 25-meter wreck" as the wreck's size, though the sentences
share almost no words.

`quantities` gives a length its dimension (`measure`: depth, size, height, width). This module
finds the *measured things* of such a length in its sentence's parse:

- the noun the figure modifies ("the 25-meter *wreck*"), unit and dimension words skipped;
- else the subject of the nearest verb above the figure that has one that is not a pronoun, with
  its possessors and compounds ("the quake's *epicenter* ... had a depth of"), reporting verbs
  ("..., the institute said") skipped; else the subjects of the sentence's main clauses ("the
  Italian *quake* was very shallow: ... it occurred about six miles below").

`same_thing` says whether two lengths of the same dimension from different articles measure the
same thing: their measured things share a word, or (cross-article reference: one article's
"vessel" is the other's "wreck") each one's first measured thing is a word of the other's
article and each article gives only one value for that dimension.
"""

from __future__ import annotations

from ..text.tokens import stem
from .parsing import parse_texts

DIMENSIONS = frozenset(("depth", "size", "height", "width"))
_SKIP = frozenset(stem(w) for w in (
    "km kilometer kilometre kilometers kilometres mile miles meter metre meters metres m foot feet ft inch inches yard yards "
    "depth length height width size long deep tall high wide distance surface level").split())
_PRONOUNS = frozenset("i you he she it we they this that who which what one".split())
_REPORTING = frozenset(stem(w) for w in "say said says tell told report reported add added state stated accord according".split())


def _noun_key(tok) -> str:
    return stem(tok.lower_)


def _subjects(verb) -> list:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    out = []
    for s in subj:
        if s.lower_ in _PRONOUNS or s.pos_ not in ("NOUN", "PROPN"):
            continue
        out.append(s)
        out.extend(c for c in s.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN"))
    return out


def measured_things(parsed, start: int) -> tuple[str, ...]:
    """Stems of what the length starting at character `start` measures, the most direct first."""
    tok = next((t for t in parsed if t.idx <= start < t.idx + len(t.text)), None)
    if tok is None:
        return ()
    node = tok
    for _ in range(6):  # the noun the figure modifies, before any verb
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.pos_ in ("NOUN", "PROPN") and _noun_key(node) not in _SKIP:
            return (_noun_key(node),)
    found = []
    node = tok
    while not found and node.head.i != node.i:  # else the subject of the nearest verb above that has one
        node = node.head
        if node.pos_ in ("VERB", "AUX") and stem(node.lower_) not in _REPORTING:
            found = _subjects(node)
    if not found:
        for root in (t for t in parsed if t.dep_ == "ROOT" and stem(t.lower_) not in _REPORTING):
            found.extend(_subjects(root))
    return tuple(dict.fromkeys(_noun_key(t) for t in found if _noun_key(t) not in _SKIP))


def parse_measured(nlp, items: list[tuple[str, int]]) -> list[tuple[str, ...]]:
    """`measured_things` for each (sentence text, figure offset); empty without a parser."""
    if nlp is None or not items:
        return [() for _ in items]
    parsed = parse_texts(nlp, [t for t, _ in items])
    return [measured_things(p, start) for p, (_, start) in zip(parsed, items)]


def same_thing(a: tuple[str, ...], b: tuple[str, ...], a_article_words: set[str], b_article_words: set[str], *, one_value_each: bool) -> bool:
    """Do two lengths measure the same thing (see the module docstring)?"""
    if not a or not b:
        return False
    if set(a) & set(b):
        return True
    return one_value_each and a[0] in b_article_words and b[0] in a_article_words
