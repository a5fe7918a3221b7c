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

And four ways the text names a speaker that were left unknown:
- "he"/"she" in a paragraph, and an article up to there, that names one person only: that person
  (`only_person`; the nearest-sentences rule of `ArticleContext.salient_person` finds nobody
  when the sentences right before name no one);
- "the caucus wrote": the one organisation the article named before whose name ends in that noun
  ("the Harbour Reform Caucus"), none if several (`named_body`);
- a signature with a title before the name ("“...” — Harbour Board Chair Ada Vance, in a tweet"):
  the person named at its end (`titled_signature`);
- "“...,” the 33-year-old, clad in oilskins, told the paper": an age in place of a name, right
  after the closing mark, is the person "he" would be (`age_after`; the parse gives the verb no
  subject there).

Measured on the hand-labelled AllSides draw `seed21` of benchmarks/quote_precision.py (one
case of each kind, read to find them) and guarded on PolNeAR dev and the lower-cased gold
(benchmarks/ANALYSIS.md, "Session 15 (fresh AllSides and NeuS draw)").
"""

from __future__ import annotations

import re

from .cue_words import _SPOKES, SPEECH_WORDS
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


# An unnamed person the text brings in (then "he"/"she" may be them).
_SOMEONE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_SPOKES)) + r"|officer|officers|resident|residents|witness|neighbou?r|friend|mother|"
                      r"father|wife|husband|son|daughter|doctor|nurse|lawyer|attorney|teacher|student|woman|man|boy|girl)\b")


def only_person(ctx, pos: int) -> str | None:
    """The one person the article names (outside quotations) before `pos`, when the paragraph
    holding `pos` names that person too; None when it names none or several, or in lower-cased
    text (whose people are not all tagged)."""
    if ctx.lower:
        return None
    people = {n for s, _, n in ctx.mentions if s < pos and ctx.kind(n) == "person" and not ctx.in_quote(s)}
    if len(people) != 1:
        return None
    p_start = ctx.text.rfind("\n", 0, pos) + 1
    name = next(iter(people))
    last = max((s for s, _, n in ctx.mentions if p_start <= s < pos and n == name), default=None)
    if last is None or _SOMEONE.search(ctx.text, last, pos):
        return None  # "... a spokeswoman for the board ... she said": an unnamed person in view
    return name


def named_body(tok, pos: int, ctx) -> str | None:
    """For a bare definite noun ("the caucus"), the one organisation named before `pos` (outside
    quotations, not only inside a person's title) whose name ends in it; None if none or several,
    or when the noun has modifiers."""
    if ctx.lower or not tok.text.islower() or any(c.dep_ not in ("det", "punct") and c.i < tok.i for c in tok.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    names = {n for s, e, n in ctx.mentions if s < pos and not ctx.in_quote(s) and ctx.kind(n) == "organization" and n.split()[-1].lower() == tok.lower_ and len(n.split()) > 1 and not _IN_TITLE.match(ctx.text, e)}
    return names.pop() if len(names) == 1 else None


# An organisation named only inside a person's title ("Kestrel Police spokesman Aldo Frane") is
# not introduced as the one that speaks: "the police said" is then left unknown.
_IN_TITLE = re.compile(r"\s+(?:" + "|".join(sorted(_SPOKES)) + r"|chief|chair|chairman|chairwoman|director|head|leader|member|members|officer|officers)\b")


def titled_signature(ctx, start: int, end: int, name: str) -> str | None:
    """A dash signature of more than five capitalised words ("Harbour Board Chair Ada Vance"): the
    person named in it, else None (a title alone signs nothing)."""
    if len(name.split()) <= 5:
        return name
    return ctx.entity_at(start, end, ("person",))


_AGE_AFTER = re.compile(r"[\s,”\"']*the\s+\d{1,3}-year-old\b[^.“”\"]{0,80}?\b(?:told|said|says|added|explained|recalled)\b")


def age_after(ctx, q_start: int, q_end: int, sentences) -> str | None:
    """For a quotation followed by "the 33-year-old ... told", the person "he"/"she" would be there:
    the last speaker of the paragraph with nobody named since, or the one person named nearby."""
    if ctx.lower or not _AGE_AFTER.match(ctx.text, q_end):
        return None
    return ctx.salient_person(q_start, sentences)
