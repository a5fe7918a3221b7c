"""Lawful or unlawful: one source says an act is legal, another that it has no legal basis ("the
governor's order is lawful" against "the governor acted without any legal authority").

Session 18 (issue 12): among the held-out misses that are "a claim against its rejection in other
words" is one act's legality, asserted by its defenders and denied by its opponents in words that
share no verb ("his executive action is legal" / "acting without any constitutional or statutory
basis", set d `d07`). `verdict_conflicts` reads a *person* breaking the law; this module reads the
verdict on an *act*. Read from the dependency parse, narrowly:

- A *verdict* is one of
  - a predicate adjective of legality ("is legal", "was unconstitutional", "be lawful"; also the
    object's predicate in "ruled the order unconstitutional"): the act is the copula's subject (or
    that object); the attributive adjective ("illegal immigrants", "an illegal strike") is a
    description, not a verdict, and is skipped;
  - an adverb of legality on a verb ("acted unlawfully", "was legally entitled"): the act is the
    verb with its object;
  - "without (any) legal / constitutional / statutory basis / authority" on a verb, or "within
    his / its legal authority / rights / powers": unlawful and lawful, the act is the verb.
  Legal, lawful and constitutional are one family; "il-", "un-" and "without" make the verdict
  negative; a negation on the verdict's verb or copula flips it.
- Skipped: questions, a verdict under "if / whether / unless", hedged ("may / might / could /
  would be illegal": a forecast or a possibility, not a verdict), one under a negated verb ("no
  longer considers it unconstitutional": which verdict is meant is unclear), the adverbs "legally"
  and "constitutionally" when positive (they mostly mean "by law": "legally binding", "legally
  requires"), and an act with no content word of its own ("it is illegal", "this is
  unconstitutional"), and a verdict in a "where" clause ("where abortion is illegal": a class of
  places, not one act; the one wrong report on the 20,000 training clusters). "Not only illegal" is
  no negation.
- Two verdicts conflict when they come from different articles (not copies), have opposite
  polarity, and their acts share a content word (stemmed: "action" / "acting" meet).

Each side cites its sentence. Without a parser nothing is reported. Measured: benchmarks/ANALYSIS.md
"Session 18 (conflicts: ...)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import content_terms, stem
from ..types import Conflict, Document, Sentence
from .armed_conflicts import opposed_pairs, sentence_side
from .parsing import parsed_items

_CUE = re.compile(r"\b(?:il|un)?(?:legal(?:ly)?|lawful(?:ly)?|constitutional(?:ly)?)\b|\bwithout (?:any )?(?:\w+ ){0,3}(?:basis|authority|authorization|grounds)\b|"
                  r"\bwithin (?:his|her|its|their|the) (?:\w+ )?(?:authority|rights?|powers?|remit)\b", re.I)
_POSITIVE = frozenset("legal lawful constitutional lawfully".split())  # "legally" / "constitutionally" mostly mean "by law" ("legally binding")
_NEGATIVE = frozenset("illegal unlawful unconstitutional illegally unlawfully unconstitutionally".split())
_BASIS_ADJ = frozenset("legal constitutional statutory lawful judicial congressional".split())
_BASIS = frozenset("basis authority authorization grounds".split())
_WITHIN = frozenset("authority rights right powers power remit".split())
_HEDGES = frozenset("may might could would should can ca".split())
_BOUND = frozenset("if whether unless".split())
_COPULAS = frozenset("is was are were be been being remain remains remained seem seems seemed appear appears appeared".split())
_DECLARING = frozenset("rule rules ruled ruling declare declares declared declaring call calls called calling find finds found finding deem "
                       "deems deemed deeming consider considers considered considering hold holds held holding".split())
_GENERIC = frozenset(stem(w) for w in "it this that these those which what thing way".split())


@dataclass(frozen=True)
class _Verdict:
    sentence: Sentence
    doc: int
    lawful: bool
    act: frozenset  # content stems of the act
    cue: str


def _negated(tok) -> bool:
    """A negation on `tok` ("is not legal", "no longer considers"), but not "not only"."""
    return any(c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only")
               or c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


def _hedged(tok) -> bool:
    for t in (tok, *tok.ancestors):
        if any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in t.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _BOUND for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "conj", "acomp", "attr", "oprd", "advmod", "prep", "pobj", "ccomp"):
            break
    return False


def _terms(tokens) -> frozenset:
    return frozenset(stem(t.text.lower()) for t in tokens if t.is_alpha and content_terms(t.text)) - _GENERIC


def _act_of_verb(verb) -> frozenset:
    """The verb and its object's words (no subject: two parties' names are not the act)."""
    toks = [verb] + [t for c in verb.children if c.dep_ in ("dobj", "obj", "attr", "nsubjpass") for t in c.subtree]
    return _terms(toks)


def _verdicts(parsed, s: Sentence, d_i: int) -> list[_Verdict]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []
    for tok in parsed:
        word = tok.lower_
        if word in _POSITIVE | _NEGATIVE and tok.pos_ in ("ADJ", "ADV"):
            lawful = word in _POSITIVE
            head = tok.head
            if tok.dep_ in ("acomp", "attr") and head.lower_ in _COPULAS:
                act = _terms(t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)
                verb = head
            elif tok.dep_ in ("oprd", "ccomp", "xcomp") and head.pos_ == "VERB":  # "ruled / declared the order unconstitutional"
                act = _terms(t for c in head.children if c.dep_ in ("dobj", "obj") for t in c.subtree)
                verb = head
            elif tok.dep_ == "amod" and tok.i > head.i and head.dep_ in ("dobj", "obj") and head.head.lower_ in _DECLARING:
                act = _terms(head.subtree) - {stem(word)}  # the parser's reading of "ruled the curfew unconstitutional"
                verb = head.head
            elif tok.dep_ in ("dobj", "obj") and head.lower_ in _DECLARING:  # or "the curfew" as a compound of the adjective
                act = _terms(t for t in tok.subtree if t.i != tok.i)
                verb = head
            elif tok.dep_ == "advmod" and tok.pos_ == "ADV" and head.pos_ == "VERB":  # "acted unlawfully"
                act, verb = _act_of_verb(head), head
            else:
                continue  # attributive ("illegal immigrants") and the rest: descriptions, not verdicts
        elif word in ("without", "within") and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if word == "without" and obj.lower_ in _BASIS and any(c.lower_ in _BASIS_ADJ for c in obj.subtree):
                lawful = False
            elif word == "within" and obj.lower_ in _WITHIN and any(c.dep_ == "poss" for c in obj.children):
                lawful = True
            else:
                continue
            verb = tok.head
            act = _act_of_verb(verb)
        else:
            continue
        if _hedged(tok) or any(t.lower_ in _BOUND for t in verb.subtree if t.dep_ == "mark"):
            continue
        if any(c.lower_ == "where" for c in verb.children):
            continue  # "where abortion is illegal": a class of places, not a verdict on one act
        if any(_negated(a) for a in verb.ancestors):
            continue  # "no longer considers it unconstitutional", "did not say it was legal": unclear, skipped
        if _negated(verb) or _negated(tok):
            lawful = not lawful
        if act:
            out.append(_Verdict(s, d_i, lawful, act, f"{'lawful' if lawful else 'unlawful'} ({tok.text})"))
    return out


def legality_conflicts(documents: tuple[Document, ...], *, nlp, sources=None) -> list[Conflict]:
    """One act called lawful in one article and unlawful in another (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    verdicts = parsed_items(documents, _CUE, nlp, _verdicts)
    if not any(v.lawful for v in verdicts) or all(v.lawful for v in verdicts):
        return []
    return [Conflict(about="whether it was lawful: " + " ".join(sorted(a.act & b.act)), kind="claim",
                     sides=(sentence_side(a.sentence, a.cue), sentence_side(b.sentence, b.cue)))
            for a, b in opposed_pairs(verdicts, lambda v: v.lawful, lambda a, b: bool(a.act & b.act), sources)]
