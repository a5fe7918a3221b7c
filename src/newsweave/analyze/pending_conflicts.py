"""Done against still pending: one article says an act has happened, another that it is only
expected or planned ("the mayor has appointed Ilse Varga as harbour chief" against "the mayor's
expected appointment of Ilse Varga"; invented examples).

Session 19 (issue 12): two of the held-out misses are an outcome stated as done in one outlet and
as pending in another (dev `c02`: a nomination made vs an expected one). Neither side has a number,
a denial or a plan verb of its own kind, so no other finder reads them. Read from the dependency
parse, narrowly:

- A *pending act* is an act noun with an adjective of pendency ("the expected / planned / proposed
  / upcoming nomination of X", its object the "of" / "on" phrase, its agent the possessor), or an
  act verb governed by a word of planning or expecting ("plans / intends / is expected / is set /
  is poised / is scheduled / is likely / has yet to nominate X", "his plans to nominate X"), its
  object the verb's direct object (or, passive, the subject of the governing word).
- A *done act* is a past verb in the indicative ("nominated X", "has nominated X", "X was
  nominated"): not negated, not under a modal ("would have"), "if / whether / unless", a verb of
  denying or doubting, or a negated verb, and not in a question.
- An act names a *named* object: the proper nouns of its object (titles dropped). Acts without a
  named object ("the expected vote") are skipped: the same act on the same thing is the point.
- Two acts conflict when they come from different articles (not copies), one done and one pending,
  with the same act stem ("nominated" / "nomination"), objects sharing a name, agents sharing a
  name when both have one, the same year if either sentence names one, and neither article also
  stating the other state of that act (an article that says "was expected to ... and on Monday
  did" tells a development). When both articles have publication dates and the pending one is
  the older, the act happened between them: a development, not a conflict, and nothing is
  reported. Undated articles are compared (the sentences show the reader which is which).

Each side cites its sentence (kind "claim", about "done vs pending: ..."). Without a parser nothing
is reported. Measured: benchmarks/ANALYSIS.md "Session 19 (conflicts: ...)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import stem
from ..types import Conflict, Document, Sentence
from .armed_conflicts import opposed_pairs, sentence_side
from .parsing import parse_texts, parsed_items

_PENDING_ADJ = frozenset("expected planned proposed upcoming impending anticipated prospective looming imminent scheduled intended "
                         "possible potential likely rumored rumoured".split())
_PLAN_VERBS = frozenset("plan plans planned planning intend intends intended intending expect expects expected expecting set poised "
                        "scheduled due likely slated aim aims aiming".split())
_PLAN_NOUNS = frozenset("plan plans intention intentions bid".split())
_PENDING_CUE = re.compile(r"\b(?:expected|planned|proposed|upcoming|impending|anticipated|prospective|looming|imminent|scheduled|intended|"
                          r"possible|potential|likely|rumou?red|plans?|planning|intend\w*|expect\w*|set to|poised|slated|due to|aim\w* to|"
                          r"yet to)\b", re.I)
_MODALS = frozenset("would could might may should can ca must will shall 'd 'll".split())
_BOUND = frozenset("if whether unless".split())
_DOUBT = frozenset(stem(w) for w in "deny denied denies reject rejected dispute disputed doubt doubted question questioned wonder wondered "
                   "ask asked speculate speculated rumor rumored report reported allege alleged claim claimed".split())
_PAST_AUX = frozenset("has have had 's was were been".split())
_TITLES = frozenset(stem(w) for w in "mr mrs ms dr president sen senator rep gov governor secretary minister prime chief judge "
                    "justice general gen lt col sgt king queen prince pope".split())
_CALENDAR = frozenset(stem(w) for w in "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december".split())
_LIGHT = frozenset(stem(w) for w in "be have do make take get give go come say tell see know set".split())  # no act of their own


@dataclass(frozen=True)
class _Act:
    sentence: Sentence
    doc: int
    done: bool
    act: str  # stem of the act word ("nominat")
    objects: frozenset  # stems of the object's proper nouns
    agent: frozenset  # stems of the agent's proper nouns (may be empty)
    years: frozenset
    cue: str
    words: str = ""  # the act word and its object's names as written ("nominated Herman Cain"), for the report
    perfect: bool = False  # a done act in the present perfect ("has nominated"): a claim about the article's own present


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _act_key(word: str) -> str:
    """One key for an act's verb and noun ("voted" / "vote", "nominated" / "nomination")."""
    k = stem(word.lower())
    return k[:-1] if k.endswith("e") else k


def _names(tokens) -> frozenset:
    """Stems of the singular proper nouns (a people's name, "Americans", NNPS, names no one thing;
    nor does a day or a month)."""
    return frozenset(stem(t.lower_) for t in tokens if t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_alpha) - _TITLES - _CALENDAR


def _object_of_verb(verb) -> list:
    """The act's object: the passive subject, else the direct object, else an "on" phrase ("voted on the bill")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    obj = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
    return obj or [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree]


def _agent_of_verb(verb) -> frozenset:
    subj = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    by = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
    return _names(subj or by)


def _blocked(tok) -> bool:
    """Negated, modal, conditional, or under a verb of denying/doubting or a negated verb."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    for i, t in enumerate((tok, *tok.ancestors)):
        kids = list(t.children)
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids) or any(c.dep_ == "mark" and c.lower_ in _BOUND for c in kids):
            return True
        if i and (stem(t.lower_) in _DOUBT or any(c.dep_ == "neg" for c in kids)):
            return True
    return False


def _done(tok) -> bool:
    """A past indicative act verb: "nominated X", "has nominated X", "X was nominated"."""
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "xcomp", "advcl", "pcomp", "csubj") or stem(tok.lower_) in _LIGHT:
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBD":
        return not aux
    return tok.tag_ == "VBN" and bool(aux) and all(c.lower_ in _PAST_AUX for c in aux)


def _pending_head(tok):
    """The word of planning or expecting that governs act verb `tok`, or None."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ in _PLAN_VERBS:
        return head
    if tok.dep_ == "xcomp" and head.lower_ in ("has", "have", "had") and any(c.lower_ == "yet" for c in head.children):
        return head  # "has yet to nominate"
    if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in ("likely", "due", "set", "poised"):
        return head
    if tok.dep_ in ("acl", "relcl") and head.lower_ in _PLAN_NOUNS and any(c.dep_ == "poss" for c in head.children):
        return head  # "his plans to nominate" (an intention; "a plan to protect renters" names a programme)
    return None


def _acts(parsed, s: Sentence, d_i: int, *, pending_only: bool) -> list[_Act]:
    if s.text.rstrip().endswith("?"):
        return []
    years = frozenset(_YEAR.findall(s.text))
    out = []
    for tok in parsed:
        if tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in _PENDING_ADJ for c in tok.children):
            obj = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "on") for t in c.subtree]
            agent = _names(t for c in tok.children if c.dep_ == "poss" for t in c.subtree)
            cue = next(c.text for c in tok.children if c.lower_ in _PENDING_ADJ) + " " + tok.text
            done, verb = False, tok
        elif tok.pos_ == "VERB" and (head := _pending_head(tok)) is not None:
            obj = _object_of_verb(tok)
            if not obj and any(c.dep_ == "auxpass" for c in tok.children):  # "Varga is expected to be appointed"
                obj = [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
                agent = frozenset()
            else:
                agent = _names(t for c in head.children if c.dep_ in (("poss",) if head.pos_ == "NOUN" else ("nsubj", "nsubjpass")) for t in c.subtree)
            if any(c.dep_ == "neg" for c in head.children):
                continue  # "is not expected to": another claim
            if head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in head.children):
                continue  # "was expected to", "had planned to": what was pending then, told as past
            cue = f"{head.text} ... {tok.text}"
            done, verb = False, head
        elif not pending_only and _done(tok):
            obj, agent, cue, done, verb = _object_of_verb(tok), _agent_of_verb(tok), tok.text, True, tok
        else:
            continue
        if not done and any(c.dep_ == "mark" and c.lower_ in _BOUND for t in (verb, *verb.ancestors) for c in t.children):
            continue
        if done and _blocked(tok):
            continue
        objects = _names(obj)
        act = _act_key(tok.lower_)
        if objects and len(act) >= 3 and stem(tok.lower_) not in _LIGHT:
            perfect = done and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s") for c in tok.children)
            words = " ".join([tok.text] + [t.text for t in sorted(obj, key=lambda t: t.i) if t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_alpha])
            out.append(_Act(s, d_i, done, act, objects, agent, years, f"{'done' if done else 'pending'} ({cue})", words, perfect))
    return out


def _same(a: _Act, b: _Act) -> bool:
    if a.act != b.act or not a.objects & b.objects:
        return False
    if a.agent and b.agent and not a.agent & b.agent:
        return False
    return not ((a.years or b.years) and not a.years & b.years)


def _pending_acts(documents: tuple[Document, ...], nlp) -> list[_Act]:
    """Pending acts, parsing only the sentences where a word of pendency is followed (within five
    words) by a word whose stem another article uses in a past form ("-ed"): the act that another
    article could state as done. (Irregular pasts never meet their act's stem anyway.)"""
    past = [{_act_key(w) for w in re.findall(r"\b[A-Za-z]+ed\b", d.article.text)} for d in documents]
    cands = []
    for d_i, d in enumerate(documents):
        others = set().union(*(p for j, p in enumerate(past) if j != d_i))
        for s in d.sentences:
            if any(_act_key(w) in others for m in _PENDING_CUE.finditer(s.text) for w in re.findall(r"[A-Za-z]+", s.text[m.end(): m.end() + 60])[:5]):
                cands.append((d_i, s))
    if not cands:
        return []
    return [a for (d_i, s), p in zip(cands, parse_texts(nlp, [s.text for _, s in cands])) for a in _acts(p, s, d_i, pending_only=True)]


def pending_conflicts(documents: tuple[Document, ...], *, nlp, sources=None) -> list[Conflict]:
    """An act stated as done in one article and as still pending in another (module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    pending = _pending_acts(documents, nlp)
    if not pending:
        return []
    # Done acts are looked for only in sentences holding a pending act's object name and act stem.
    wanted = {(a.act, o) for a in pending for o in a.objects}
    acts_re = re.compile(r"\b(?:" + "|".join(sorted({re.escape(a) for a, _ in wanted})) + r")\w*", re.I)
    objs = {o for _, o in wanted}

    def cue_done(text: str) -> bool:
        return bool(acts_re.search(text)) and any(stem(w.lower()) in objs for w in re.findall(r"[A-Za-z]+", text))

    class _Cue:
        search = staticmethod(cue_done)

    done = [a for a in parsed_items(documents, _Cue, nlp, lambda p, s, d: _acts(p, s, d, pending_only=False)) if a.done]
    acts = pending + done
    states = {(a.doc, a.act, o, a.done) for a in acts for o in a.objects}

    def both_in_one(a: _Act, b: _Act) -> bool:
        shared = a.objects & b.objects
        return any((d, a.act, o, not st) in states for d, st in ((a.doc, a.done), (b.doc, b.done)) for o in shared)

    def later_done(a: _Act, b: _Act) -> bool:
        """A development, or one that cannot be told from one: the pending article is the older, or
        either is undated and the done act is not stated in the present perfect."""
        p_done, p_pending = documents[a.doc].article.published, documents[b.doc].article.published
        if p_done is None or p_pending is None:
            return not a.perfect
        return p_pending < p_done

    out = []
    for a, b in opposed_pairs(acts, lambda x: x.done, lambda x, y: _same(x, y) and not both_in_one(x, y) and not later_done(x, y), sources):
        act_word, *names = a.words.split()
        shared = a.objects & b.objects  # only the names both sides give ("nominated X and Y" vs "the expected nomination of X")
        out.append(Conflict(about="done vs pending: " + " ".join([act_word] + [n for n in names if stem(n.lower()) in shared]), kind="claim",
                            sides=(sentence_side(a.sentence, a.cue), sentence_side(b.sentence, b.cue))))
    return out
