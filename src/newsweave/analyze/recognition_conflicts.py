"""One party recognising a thing that another party rejects, in two articles: "the council recognised the
famine as a crime" against "Ostmark rejected the term 'famine'".

Session 17 (issue 12): among the held-out misses listed as "a claim against its denial in other words"
are a government's formal recognition of an event under a name and the other government's rejection of
that name (set a `h06`, dev `c32`: one story in two dev files). The denial finders (`denials`,
`allegation_denials`) read a negated verb or a rejected content clause, never a rejected object noun,
so they do not see it. Read from the dependency parse, narrowly:

- An *acceptance*: a verb of recognising ("recognise", "acknowledge", "admit", "confirm", "affirm") with
  a common-noun direct object; a *rejection*: a verb of rejecting ("deny", "reject", "dispute",
  "refute") with one. When the parser gives the verb two objects ("rejecting the term 'famine'") the
  last one is the thing named.
- Skipped: a negated or modal verb ("did not confirm", "may acknowledge"), one under "if / whether /
  unless", the complement of a verb of declining ("refused to confirm"), questions, objects that are
  an accusation, a report or an approval ("claims", "reports", "nomination": `allegation_denials` and
  the vote finders read those, and "confirmed the nomination" is a vote, not a claim).
- They conflict when they are in different articles, their objects' head nouns have the same stem,
  and their subjects (when both are named) share no name word: two parties, one recognising and one
  rejecting the same thing.

Each side cites its sentence. Without a parser nothing is reported. Measured: benchmarks/ANALYSIS.md
"Session 17 (conflicts: causes)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import stem
from ..types import Conflict, ConflictSide, Document, Sentence
from .armed_conflicts import opposed_pairs, sentence_side
from .denials import _declined
from .parsing import parsed_items

_ACCEPTING = frozenset("recognize recognizes recognized recognizing recognise recognises recognised recognising acknowledge acknowledges "
                       "acknowledged acknowledging admit admits admitted admitting confirm confirms confirmed confirming affirm affirms "
                       "affirmed affirming".split())
_REJECTING = frozenset("deny denies denied denying reject rejects rejected rejecting dispute disputes disputed disputing refute refutes "
                       "refuted refuting".split())
_CUE = re.compile(r"\b(?:" + "|".join(sorted(_ACCEPTING | _REJECTING)) + r")\b", re.I)
_HEDGES = frozenset("may might could can would should must will shall".split())
_BOUND = frozenset("if whether unless".split())
_SKIP_OBJECTS = frozenset(stem(w) for w in "allegation allegations claim claims accusation accusations charge charges report reports rumor "
                          "rumors rumour rumours story stories suggestion suggestions nomination nominations nominee nominees appointment "
                          "request requests offer offers appeal appeals application applications bid bids motion motions "
                          "thing things it something anything".split())


@dataclass(frozen=True)
class _Stance:
    sentence: Sentence
    doc: int
    accepts: bool
    verb: str
    thing: str  # stem of the object's head noun
    phrase: str  # the object as written
    subject: frozenset  # name stems of the verb's subject ("" when none is named)


def _subject(verb):
    for v in (verb, verb.head):  # "X acknowledging A but rejecting B": the conjunct shares the subject
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if verb.dep_ != "conj":
            break
    return None


def _void(verb) -> bool:
    """Negated, modal, conditional, or the complement of a verb of declining."""
    if _declined(verb):
        return True
    for n in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        for c in n.children:
            if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _HEDGES or c.dep_ == "mark" and c.lower_ in _BOUND:
                return True
    return False


def _stances(parsed, s: Sentence, d_i: int) -> list[_Stance]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []
    for tok in parsed:
        low = tok.lower_
        if tok.pos_ != "VERB" or low not in _ACCEPTING and low not in _REJECTING or _void(tok):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if not objs:
            continue
        obj = objs[-1]
        thing = stem(obj.lower_)
        if thing in _SKIP_OBJECTS:
            continue
        subj = _subject(tok)
        names = frozenset(stem(t.lower_) for t in subj.subtree if t.pos_ == "PROPN") if subj is not None else frozenset()
        phrase = " ".join(t.text for t in obj.subtree if t.dep_ != "punct")
        out.append(_Stance(s, d_i, low in _ACCEPTING, tok.text, thing, phrase, names))
    return out


def recognition_conflicts(documents: tuple[Document, ...], *, nlp) -> list[Conflict]:
    """Recognised in one article, rejected in another (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    found = parsed_items(documents, _CUE, nlp, _stances)
    return [Conflict(about=f"{a.phrase}: recognised vs rejected", kind="claim", sides=(_side(a), _side(b)))
            for a, b in opposed_pairs(found, lambda x: x.accepts, lambda a, b: a.thing == b.thing and not a.subject & b.subject)]


def _side(x: _Stance) -> ConflictSide:
    return sentence_side(x.sentence, f"{'recognises' if x.accepts else 'rejects'} it ({x.verb} {x.phrase})")
