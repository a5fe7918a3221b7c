"""Two articles giving different causes for the same event: "the outage was caused by a storm" against
"the company blamed the outage on a software update".

Session 17 (issue 12): the misses of the held-out sets a-e include causes claimed two ways by two
parties (a developer blaming the neighbouring construction for a tower's sinking against residents
saying it was not built to bedrock); no finder read a cause. This one reads a stated cause from the
dependency parse, narrowly, in these forms:

- "X caused E" (subject X, object E), "E was caused by X" (passive subject E, agent X), "E, caused by X"
  (a participle describing E);
- "A blamed X for E", "A blamed E on X", "E was blamed on X", "X was blamed for E", "X is to blame for E";
- "E was attributed to X"; "X was responsible for E", "X claimed / took responsibility for E" (X the claimant);
- "X is / was the cause of E", "the cause of E is / was X"; when X is "that" / "this" and the copula
  is the second half of "S, and that is the cause of E", X is the first half's clause S.

Skipped: a negated verb ("did not cause": a denial, read by `denials`), a modal or hedged one ("could
cause", "may have caused", "likely caused": a possibility, not a claim), questions, conditionals
("if", "whether", "unless"), and causes or events that are pronouns, "what", or wh-words. Who did it (blamed for,
responsible for, to blame) counts only when the one blamed is named: "enemies of peace" or "others" may be anyone.

Two stated causes conflict when they are in different articles, their events are the same (the
event phrases share their head noun's stem, or two content words), and the causes share no content
word (so "a gas leak" and "a leak in the main" agree, and a cause and its own detail are not set
against each other). Each side cites its sentence. Without a parser nothing is reported.

Measured: benchmarks/ANALYSIS.md "Session 17 (conflicts: causes)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import content_terms, stem
from ..types import Conflict, Document, Sentence
from .armed_conflicts import sentence_side
from .parsing import parsed_items

_CUE = re.compile(r"\b(?:caus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|responsib(?:le|ility)|attribut(?:e|es|ed|ing))\b", re.I)
_HEDGES = frozenset("may might could can would should must likely possibly probably perhaps apparently allegedly partly partially "
                    "also".split())
_BOUND = frozenset("if whether unless".split())
_DOUBTING = frozenset("doubt doubts doubted doubting deny denies denied denying dispute disputes disputed disputing question questions "
                      "questioned questioning reject rejects rejected rejecting investigate investigates investigated investigating "
                      "wonder wondered wonders".split())
_REPORTING = frozenset("say says said saying tell tells told telling allege alleges alleged alleging insist insists insisted insisting "
                       "argue argues argued arguing claim claims claimed claiming contend contends contended maintain maintains "
                       "maintained assert asserts asserted believe believes believed conclude concludes concluded find finds found "
                       "blame blames blamed blaming".split())
_NO_PARTY = frozenset("he she they it we i you who which that this these those some many others other most all both several one "
                      "someone anyone everyone people".split())
_EMPTY = frozenset("it this that these those they them he she him her what which who something anything everything nothing "
                   "much many some this one".split())
_SUBJ = ("nsubj", "nsubjpass")
_CAUSE_VERB = frozenset("cause causes caused causing".split())
_BLAME_VERB = frozenset("blame blames blamed blaming".split())
_BE = frozenset("is was are were be been 's ’s".split())
_ATTRIBUTE_VERB = frozenset("attribute attributes attributed attributing".split())
_CLAIMING = frozenset("claim claims claimed claiming take takes took taking accept accepts accepted accepting".split())
_CUE_WORDS = _CAUSE_VERB | _BLAME_VERB | _ATTRIBUTE_VERB | {"cause", "responsible", "responsibility"}


@dataclass(frozen=True)
class _Cause:
    sentence: Sentence
    doc: int
    cause: str  # the cause phrase as written
    cause_terms: frozenset
    event: str  # the event phrase as written
    event_head: str  # stem of the event phrase's head word
    event_terms: frozenset
    party: frozenset  # who states it: name stems (or the head noun) of the reporting verb's subject


def _terms(toks) -> frozenset:
    return frozenset(stem(t.text.lower()) for t in toks if t.is_alpha and content_terms(t.text))


def _phrase(tok, leave=()) -> list:
    """`tok`'s subtree, without the subtrees of `leave` and without a leading determiner."""
    leave = (*leave, *(c for c in tok.subtree if c.dep_ in ("relcl", "appos", "parataxis") and c is not tok))  # "..., which X says ..."
    gone = {t.i for x in leave for t in x.subtree}
    toks = [t for t in tok.subtree if t.i not in gone]
    while toks and toks[0].dep_ in ("det", "cc", "punct", "prep"):
        toks = toks[1:]
    while toks and toks[-1].dep_ in ("punct", "cc"):
        toks = toks[:-1]
    return toks


def _child(tok, *deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def _pobj(tok, prep_word: str):
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == prep_word:
            return _child(c, "pobj")  # not "blamed X for failing to ...": X's own act, not an event X caused
    return None


def _hedged(tok) -> bool:
    """Negated, modal or hedged, under "if / whether / unless", at `tok` or its governing verbs up to the root."""
    n = tok
    while True:
        for c in n.children:
            if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _HEDGES or c.dep_ == "advmod" and c.lower_ in _HEDGES:
                return True
            if c.dep_ == "mark" and c.lower_ in _BOUND:
                return True
        if n.dep_ in ("ROOT", "conj") or n.head is n:  # a conjoined clause's head is a sibling, not a governor
            return False
        n = n.head
        if n.lower_ in _DOUBTING:  # "doubting that the helmet caused it", "investigating what caused it"
            return True


def _pairs(tok):
    """(cause token list, event token list) stated at the cue word `tok`, or None."""
    if tok.lower_ in _CAUSE_VERB and tok.pos_ == "VERB":
        agent = _pobj(tok, "by")
        if tok.dep_ == "acl" and agent is not None:  # "damage caused by the storm"
            return _phrase(agent), [t for t in _phrase(tok.head, leave=[tok])]
        subjpass = _child(tok, "nsubjpass")
        if subjpass is not None and agent is not None:
            return _phrase(agent), _phrase(subjpass)
        subj, obj = _child(tok, "nsubj"), _child(tok, "dobj")
        if subj is not None and obj is not None:
            return _phrase(subj), _phrase(obj)
        comp = _child(tok, "ccomp", "xcomp")  # "caused the land to sink"
        if subj is not None and comp is not None and _child(comp, "nsubj") is not None:
            return _phrase(subj), _phrase(comp)
        return None
    if tok.lower_ in _BLAME_VERB and tok.pos_ == "VERB":
        on, for_ = _pobj(tok, "on"), _pobj(tok, "for")
        obj, subjpass = _child(tok, "dobj"), _child(tok, "nsubjpass")
        if obj is not None and on is not None:
            return _phrase(on), _phrase(obj)
        if obj is not None and for_ is not None:
            return _phrase(obj), _phrase(for_)
        if subjpass is not None and on is not None:
            return _phrase(on), _phrase(subjpass)
        if subjpass is not None and for_ is not None:
            return _phrase(subjpass), _phrase(for_)
        if tok.dep_ == "acl" and on is not None:  # "the outage, blamed on a storm"
            return _phrase(on), _phrase(tok.head, leave=[tok])
        if tok.dep_ == "xcomp" and tok.head.lower_ in _BE and for_ is not None and any(c.lower_ == "to" for c in tok.children):
            subj = _child(tok.head, "nsubj")  # "X is to blame for E"
            return (_phrase(subj), _phrase(for_)) if subj is not None else None
        return None
    if tok.lower_ in _ATTRIBUTE_VERB and tok.pos_ == "VERB":
        to, obj, subjpass = _pobj(tok, "to"), _child(tok, "dobj"), _child(tok, "nsubjpass")
        event = obj if obj is not None else subjpass
        return (_phrase(to), _phrase(event)) if to is not None and event is not None else None
    if tok.lower_ == "responsible" and tok.dep_ == "acomp" and tok.head.lower_ in _BE:
        subj, for_ = _child(tok.head, "nsubj"), _pobj(tok, "for")  # "X was responsible for E"
        return (_phrase(subj), _phrase(for_)) if subj is not None and for_ is not None else None
    if tok.lower_ == "responsibility" and tok.dep_ == "dobj" and tok.head.lower_ in _CLAIMING:
        subj, for_ = _child(tok.head, "nsubj"), _pobj(tok, "for")  # "X claimed responsibility for E"
        return (_phrase(subj), _phrase(for_)) if subj is not None and for_ is not None else None
    if tok.lower_ in ("cause", "causes") and tok.pos_ == "NOUN" and tok.dep_ in ("attr", "nsubj"):
        event = _pobj(tok, "of")
        cop = tok.head
        if event is None or cop.lower_ not in _BE:
            return None
        if tok.dep_ == "attr":
            subj = _child(cop, "nsubj")
            if subj is None:
                return None
            if subj.lower_ in ("that", "this") and cop.dep_ == "conj" and cop.head.pos_ in ("VERB", "AUX"):
                first = cop.head  # "S, and that is the cause of E": the cause is S
                return _phrase(first, leave=[cop]), _phrase(event)
            return _phrase(subj), _phrase(event)
        attr = _child(cop, "attr", "acomp")
        return (_phrase(attr), _phrase(event)) if attr is not None else None
    return None


def _party(tok) -> frozenset:
    """Who states the cause at `tok`: the subject of the nearest reporting verb governing it ("X says E was
    caused by ...", "..., X told a reporter"), or of "blame" itself; its name stems, else its head noun.
    Empty for a pronoun, a quantifier or no such verb: a cause told by no named party."""
    for n in (tok, *tok.ancestors):
        if n.lower_ in _REPORTING and n.pos_ == "VERB" and (n is not tok or n.lower_.startswith("blam")):
            subj = _child(n, "nsubj")
            if subj is None:
                continue
            names = frozenset(stem(t.lower_) for t in subj.subtree if t.pos_ == "PROPN")
            if names:
                return names
            return frozenset() if subj.lower_ in _NO_PARTY or subj.pos_ != "NOUN" else frozenset((stem(subj.lower_),))
    return frozenset()


def _head(toks) -> str:
    heads = [t for t in toks if t.head.i not in {x.i for x in toks} or t.head.i == t.i]
    return stem(heads[0].text.lower()) if heads else ""


def _causes(parsed, s: Sentence, d_i: int) -> list[_Cause]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []
    for tok in parsed:
        if tok.lower_ not in _CUE_WORDS:
            continue
        if _hedged(tok):
            continue
        got = _pairs(tok)
        if not got:
            continue
        cause, event = got
        if not cause or not event or len(cause) == 1 and cause[0].lower_ in _EMPTY or len(event) == 1 and event[0].lower_ in _EMPTY:
            continue
        if any(t.tag_ in ("WDT", "WP", "WRB") for t in cause + event):
            continue
        agentive = tok.lower_ in ("responsible", "responsibility") or tok.lower_ in _BLAME_VERB and _pobj(tok, "on") is None
        if agentive and not any(t.pos_ == "PROPN" for t in cause):  # who did it: "enemies of peace", "others" may be anyone
            continue
        e_terms = _terms(event)
        c_terms = _terms(cause) - e_terms  # "crews pumping near the tower" for "the tower's problems": the tower is the event's
        if not c_terms or not e_terms:
            continue
        party = _party(tok)
        if not party:  # a cause told as plain narrative or by "he" / "some": not one party's claim
            continue
        out.append(_Cause(s, d_i, " ".join(t.text for t in cause), c_terms, " ".join(t.text for t in event), _head(event), e_terms, party))
    return out


def _same_event(a: _Cause, b: _Cause) -> bool:
    return bool(a.event_head) and (a.event_head == b.event_head and a.event_head in a.event_terms) or len(a.event_terms & b.event_terms) >= 2


def _agrees(found: list[_Cause], doc: int, c: _Cause) -> bool:
    return any(x.doc == doc and _same_event(x, c) and x.cause_terms & c.cause_terms for x in found)


def cause_conflicts(documents: tuple[Document, ...], *, nlp) -> list[Conflict]:
    """Different stated causes of the same event in two articles (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    found = parsed_items(documents, _CUE, nlp, _causes)
    out, seen = [], set()
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if a.doc == b.doc or not _same_event(a, b) or a.cause_terms & b.cause_terms or a.party & b.party:
                continue
            if _agrees(found, b.doc, a) or _agrees(found, a.doc, b):  # an article stating both causes takes no side
                continue
            key = frozenset((a.sentence.article_id, a.sentence.index, b.sentence.article_id, b.sentence.index))
            if key in seen:
                continue
            seen.add(key)
            sides = tuple(sentence_side(x.sentence, f"caused by {x.cause}") for x in (a, b))
            out.append(Conflict(about=f"cause of {a.event}: {a.cause} vs {b.cause}", kind="claim", sides=sides))
    return out
