"""A reporting verb the parser left without a subject, right after a name (issue 12, session 18,
brief K).

A long run of modifiers before a name ("a gloomy and at times surly Mayor Ada Vance insisted
...", "The unusually subdued Vance called the loss a “...”") often misleads the parser: the
name becomes an apposition of the place before it and the verb a conjunct of an earlier clause
(whose subject, a pronoun, is then taken), or the name becomes the root and the verb a reduced
passive modifier of it ("a man called Rex"), which `attribution._is_cue` rightly drops. Either
way the quotation was left unknown although the sentence names the speaker right before the
verb. Found in an editor's read of four AllSides stories (one quotation) and in the story-level
quote gold (one more, seed14); session 18's cased dev sweep is in benchmarks/ANALYSIS.md.

The name is the verb's subject only when all of these hold (else nothing changes):
- the verb is a finite past or present form (or the past participle the parser took for a
  modifier) and has no subject of its own in the parse;
- the word right before it (spaces aside) is a proper noun outside quotations, and the name
  it ends is not the object of a preposition or a possessive ("the letter to Vance said",
  "Vance's aide said": someone else speaks);
- the verb has an object or a clause of its own (what was said or named: "called the loss a",
  "insisted the vote was"): "a ship called Rex" names a thing and says nothing.
"""

from __future__ import annotations

from .quote_parse import _pos

_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_SAID = frozenset({"dobj", "ccomp", "oprd"})
_NOT_SUBJECT = frozenset({"pobj", "poss", "dobj", "iobj", "dative", "agent"})
_BEFORE_NAME = frozenset({"to", "by", "of", "for", "with", "from", "about", "against", "at", "in", "on", "'s", "’s"})


def name_before(verb, outside=lambda tok: True):
    """The proper noun right before a subject-less reporting `verb` that is its subject by the
    conditions of the module docstring, else None."""
    if verb.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    if not any(c.dep_ in _SAID for c in verb.children):
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    name = verb.doc[k]
    if _pos(name) != "PROPN" or not outside(name) or name.dep_ in _NOT_SUBJECT:
        return None
    start = k
    while start > 0 and (_pos(verb.doc[start - 1]) == "PROPN" or verb.doc[start - 1].is_space):
        start -= 1
    first = next((t for t in verb.doc[start : k + 1] if not t.is_space), name)
    if first.dep_ in _NOT_SUBJECT or first.head.lower_ in _BEFORE_NAME and first.head.i < first.i:
        return None
    prior = verb.doc[start - 1] if start > 0 else None
    if prior is not None and prior.lower_ in _BEFORE_NAME:
        return None
    return name


def named_acl(tok) -> bool:
    """"The unusually subdued Vance called the loss a “...”" parsed as a name modified by a
    passive participle: a reporting verb after all, when a name stands right before it."""
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and name_before(tok) is not None
