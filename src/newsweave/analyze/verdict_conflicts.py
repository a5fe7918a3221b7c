"""Two-way verdicts on a named person: one source says the person broke the law or is treated
unfairly, another that the person did not break the law or is treated fairly.

`armed_conflicts` reads one such verdict (armed or unarmed); this module reads two more that the
held-out sets showed disputed between parties and worded with no verb in common, so the
claim-against-denial finder (`denials`) never pairs them (session 15, issue 12: set d's "is now a
lawbreaker" against "did not break the law", set e's "will be treated fairly" against "can't be
treated fairly"). Read from the dependency parse, narrowly:

- *Law*: "X broke / violated the law" (the verb's object is "law"), or "X is a lawbreaker"; negated
  ("did not break the law") it is the opposite verdict. When the parser loses a long subject
  ("Name, the former district attorney of a county, is now a lawbreaker"), the one name before the
  verb that has a role noun in apposition is the subject.
- *Fair treatment*: "X was / will be treated fairly" (or "unfairly"; the person is the passive
  subject or the active object), "treat X unfairly", "citing unfair treatment, X ..." (the person is
  the subject of the clause the participle modifies); negation flips the verdict. A statement of
  the future ("will / can / would be treated") is matched only with another of the future, a past
  or present one only with another not of the future ("treated him unfairly at the first debate"
  and "will be treated fairly at this one" are two moments); the noun "treatment" has no tense and
  meets either.
- Skipped: a question, a verdict under "if / whether / unless", one wanted or asked for ("wants to
  be treated fairly": a complement of another verb), one inside a content clause of a noun ("an
  account that he broke the law"), and a person who is not named (`_who`: no object pronouns).
- Two verdicts of one family from different articles (not copies) on the same surname, with
  opposite polarity and the same moment, are one conflict (kind "claim").

Measured (session 15): on the held-out sets a-f and every dev cluster, see benchmarks/ANALYSIS.md
"Session 15 (issue 12)". Without a parser nothing is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import STOP_WORDS
from ..types import Conflict, Document, Sentence
from .armed_conflicts import _NOT_PERSON, opposed_pairs, person_side
from .parsing import parse_texts

_CANDIDATE = re.compile(r"\b(?:break|breaks|broke|broken|breaking|violat\w+)\s+(?:\w+\s+){0,2}laws?\b|\blaw-?breakers?\b|\b(?:un)?fair(?:ly)?\b", re.I)
_BREAK = frozenset("break breaks broke broken breaking violate violates violated violating".split())
_FUTURE = frozenset("will would can ca could shall wo going".split())
_BOUND = frozenset("if whether unless".split())
_TREAT = frozenset("treat treats treated treating".split())


@dataclass(frozen=True)
class _Verdict:
    sentence: Sentence
    doc: int
    family: str  # "law" or "fair"
    person: str  # surname, lower case
    positive: bool  # kept the law / treated fairly
    future: bool | None  # None: no tense (the noun "treatment"), meets either
    cue: str


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ in ("neg", "det") and c.lower_ in ("no", "never") for c in tok.children)


def _future(verb) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in verb.children)


def _framed(tok) -> bool:
    """Under "if / whether / unless", inside a content clause of a noun, or a wanted complement."""
    for n in (tok, *tok.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in _BOUND for c in n.children):
            return True
        if n.dep_ in ("acl", "ccomp") and n.head.pos_ in ("NOUN", "PROPN"):  # "confidence that ...", "an account that ..."
            return True
    return tok.dep_ == "xcomp"


def _who(tok) -> str:
    """The surname a subject or object stands for: a proper noun (or a capitalised word the tagger
    took for a noun, "Trump is ..."); "he" / "she" only as the subject of a clause under a verb whose
    own subject is a name ("Smith said he was treated unfairly"). Object pronouns and other nouns
    give "": resolving "him" to the nearest name picks the wrong person ("attacked Kelly for
    treating him unfairly")."""
    if tok.lower_ in _NOT_PERSON or not tok.text.isalpha():
        return ""
    if tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text.istitle() and tok.lower_ not in STOP_WORDS:
        return tok.lower_
    if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
        for verb in tok.head.ancestors:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
            if subj is not None and subj.pos_ == "PROPN" and subj.text.isalpha():
                return subj.lower_
    return ""


def _subjects(verb):
    """The subject noun of `verb` and the nouns joined to it by "and"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:  # the parser lost a long subject ("Name, the former district attorney of X, is ..."):
        named = [t for t in verb.doc[: verb.i] if t.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in t.children)]
        return named if len(named) == 1 else []  # the one name given a role noun in apposition before the verb
    return [subj, *(c for c in subj.children if c.dep_ == "conj")]


def _verdicts(parsed, s: Sentence, d_i: int) -> list[_Verdict]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []

    def add(family, who_toks, positive, future, cue):
        for who in who_toks:
            person = _who(who) if who is not None else ""
            if person:
                out.append(_Verdict(s, d_i, family, person, positive, future, cue))

    for t in parsed:
        low = t.lower_
        if t.pos_ == "VERB" and low in _BREAK:  # "broke the law", "did not violate the law"
            obj = next((c for c in t.children if c.dep_ in ("dobj", "obj")), None)
            if obj is None or obj.lower_ not in ("law", "laws") or _framed(t):
                continue
            add("law", _subjects(t), _negated(t), _future(t), ("not " if _negated(t) else "") + f"{t.text} the law")
        elif low in ("lawbreaker", "law-breaker") and t.dep_ in ("attr", "appos"):  # "X is now a lawbreaker"
            head = t.head
            if _framed(head):
                continue
            who = _subjects(head) if t.dep_ == "attr" else [head]
            add("law", who, _negated(head), _future(head), "lawbreaker")
        elif low in ("fairly", "unfairly") and t.head.lower_ in _TREAT:  # "treated fairly", "treat him unfairly"
            verb = t.head
            if _framed(verb):
                continue
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            who = _subjects(verb) if passive else [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            add("fair", who, (low == "fairly") != _negated(verb), _future(verb), ("not " if _negated(verb) else "") + f"{verb.text} {t.text}")
        elif low in ("fair", "unfair") and t.dep_ == "amod" and t.head.lower_ == "treatment":  # "citing unfair treatment by Fox"
            noun = t.head
            verb = noun.head
            if noun.dep_ not in ("dobj", "obj") or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "csubj"):
                continue
            main = verb.head
            if _framed(main):
                continue
            add("fair", _subjects(main), low == "fair", None, f"{verb.text} {t.text} treatment")
    return out


def verdict_conflicts(documents: tuple[Document, ...], *, nlp, sources=None) -> list[Conflict]:
    """A person said by one article to have broken the law (or to be treated unfairly) and by
    another not to have (or to be treated fairly); see the module docstring."""
    if nlp is None or len(documents) < 2:
        return []
    cands = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if _CANDIDATE.search(s.text)]
    if len({d_i for d_i, _ in cands}) < 2:
        return []
    verdicts: list[_Verdict] = []
    for (d_i, s), p in zip(cands, parse_texts(nlp, [s.text for _, s in cands])):
        verdicts.extend(_verdicts(p, s, d_i))

    def same(a: _Verdict, b: _Verdict) -> bool:
        return a.family == b.family and a.person == b.person and (a.future is None or b.future is None or a.future == b.future)

    return [Conflict(about=f"whether {a.person.title()} {'broke the law' if a.family == 'law' else 'is treated fairly'}", kind="claim",
                     sides=(person_side(a), person_side(b)))
            for a, b in opposed_pairs(verdicts, lambda v: v.positive, same, sources)]
