"""Checks on a resolved speaker that cased news outside PolNeAR showed going wrong (issue 12,
session 15); each one names the speaker the text gives, or no one, and never guesses.

- a party word is no name: "Ada Vance, a longtime Republican, said" parsed with "Republican" as
  the subject gives Vance (the name it stands in apposition to); "the panel's ranking Democrat
  said" with no name in apposition gives no one (`party_member`);
- "the former mayor" is the person introduced as former mayor, not the sitting mayor named
  last (`role_modifiers`: the role noun's "former" must be among the person's title words);
- "they said" after a quotation in a sentence whose own subject is plural ("Vance and her
  partner Ortiz will seek approval “...,” they said") is that subject, before any group named
  earlier in the article (`own_plural_subject`).

Measured on the hand-labelled AllSides draw `seed21` of benchmarks/quote_precision.py (one
case of each kind, read to find them) and guarded on PolNeAR dev and the lower-cased gold
(benchmarks/ANALYSIS.md, "Session 15 (fresh AllSides and NeuS draw)").
"""

from __future__ import annotations

from .cue_words import SPEECH_WORDS
from .quote_parse import _outside, _pos

# One member of a party or movement: a description of a person, never that person's name.
_MEMBERS = frozenset("republican democrat libertarian independent conservative liberal socialist progressive "
                     "tory whig centrist moderate populist".split())
# Modifiers of a role noun that a person's title must carry too ("the former president").
_ROLE_MODIFIERS = frozenset({"former", "ex"})  # not "outgoing": a description added later ("the outgoing emir")


def lone_member(name: str | None) -> bool:
    """Whether a resolved speaker is a bare party word ("Republican")."""
    return bool(name) and name.lower() in _MEMBERS


def party_member(tok, base: int, ctx, sentences, resolve) -> tuple[str | None, int]:
    """The speaker for a subject resolved to a bare party word: the name it stands in apposition
    to ("Vance, a longtime Republican,"), else no one ("the committee's ranking Republican")."""
    head = tok.head
    if tok.dep_ == "appos" and head.i != tok.i and _pos(head) == "PROPN" and _outside(head, base, ctx):
        name, rank = resolve(head, base, ctx, sentences)
        if name and not lone_member(name):
            return name, rank
    return None, 0


def role_modifiers(tok) -> list[str]:
    """The role noun's own modifiers that a person's title must share ("former")."""
    return [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in _ROLE_MODIFIERS]


def own_plural_subject(tok, base: int, ctx, sentences, resolve) -> str | None:
    """For "they" reporting a quotation ("... “as soon as possible,” they said"), the plural
    subject of the same sentence's main clause, when there is exactly one and it names a speaker."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or tok.head.lower_ not in SPEECH_WORDS:
        return None
    found = []
    for t in tok.sent:
        if t.i >= tok.i or t.dep_ not in ("nsubj", "nsubjpass") or t.head.i == tok.head.i or _pos(t) == "PRON":
            continue
        plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
        if plural and _outside(t, base, ctx):
            found.append(t)
    if len(found) != 1:
        return None
    name, _ = resolve(found[0], base, ctx, sentences)
    return name
