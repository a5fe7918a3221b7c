"""Plans against no plans: one article says someone is considering doing something, another that
they are not planning to (or have ruled it out).

"The minister said she is considering lifting the quota" against "the minister said she was not
planning to waive or repeal the island's quota" (an invented pair). Read from the dependency parse:

- An *intention* is a verb of considering or planning (consider, weigh, mull, contemplate,
  explore, eye, plan, intend, "think about", "look at/into") with the action it governs (its
  clausal complement, gerund object, "about"/"at" complement, or a noun object such as "a
  change of policy"), the action's conjuncts ("waive or repeal") included. It is *negative* when
  the intention verb is negated ("not planning to", "not considering"), when it is the noun
  "plans"/"intention" under "no" ("no plans to change"), or "rule out"; otherwise *positive*.
  Questions and conditionals are skipped.
- Its *agent* is the subject of the intention verb or, for a pronoun ("he is considering"), the
  nearest subject above it in the parse that is not a pronoun ("President Trump said he ...").
- Two intentions conflict when they come from different articles that are not copies of one
  another, one positive and one negative, their agents share a word, their actions are the same
  verb or in the same class of verbs (lift / waive / repeal / rescind ... are one class: removing
  a rule), and their actions' phrases share a name or two content words.

Without a parser (`nlp=None`) nothing is reported. This finds disagreement about an intention
at one moment; a plan that changed between two reports is also reported, and its sentences
show the reader which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import content_terms, stem
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parsed_items
from .unionfind import UnionFind

_CANDIDATE = re.compile(r"\b(?:consider\w*|weigh\w*|mull\w*|contemplat\w*|explor\w*|eye(?:s|d|ing)?|plan(?:s|ned|ning)?|intend\w*|intention|"
                        r"think\w* about|look\w* (?:at|into)|rul(?:e|es|ed|ing) out)\b", re.I)


def _norm(word: str) -> str:
    """A stem that folds "planning" / "planned" / "plans" / "plan" together."""
    s = stem(word.lower())
    if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "aeiouls":
        s = s[:-1]
    return s


def _forms(words: str) -> dict[str, str]:
    """Normalised inflections of each word -> the word (parsing here runs no lemmatizer)."""
    out = {}
    for w in words.split():
        for f in (w, w + "s", w + "es", w + "d", w + "ed", w + "ing", w[:-1] + "ing", w + w[-1] + "ing", w + w[-1] + "ed", w[:-1] + "ed"):
            out.setdefault(_norm(f), w)
    return out


_INTENT_VERBS = _forms("consider weigh mull contemplate explore eye plan intend")
_PREP_VERBS = {"think": ("about",), "look": ("at", "into")}
_PREP_FORMS = _forms("think look")
_INTENT_NOUNS = _forms("plan intention")
_RULE = _forms("rule")
# Actions that mean the same outcome for this purpose (one class per line); any other action
# matches only its own lemma.
_ACTION_CLASSES = [
    "lift waive waiver repeal rescind revoke suspend suspension scrap drop end remove cancel abolish overturn reverse ease relax loosen exempt exemption",
    "change alter modify amend revise overhaul reform",
    "sell divest",
    "close shut",
    "leave quit withdraw exit",
]
_CLASS_OF = {f: i for i, line in enumerate(_ACTION_CLASSES) for f in _forms(line)}
_PRONOUNS = frozenset("i you he she it we they this that who which".split())
_TITLES = frozenset(stem(w) for w in "president mr mrs ms dr sen senator rep gov governor secretary minister prime chief leader spokesman spokeswoman".split())
_BOUND = frozenset(("if", "unless", "whether"))  # conditional or reported question


@dataclass(frozen=True)
class _Intention:
    sentence: Sentence
    doc: int
    positive: bool
    actions: frozenset  # action lemmas (with conjuncts)
    terms: frozenset  # content stems of the actions' phrases
    names: frozenset
    agent: frozenset
    surface: str


def _action_keys(words: frozenset) -> frozenset:
    return frozenset(f"class:{_CLASS_OF[x]}" if x in _CLASS_OF else x for x in map(_norm, words))


def _agent(tok) -> frozenset:
    """Content stems of the subject of `tok`, climbing to the nearest subject that is not a pronoun."""
    node = tok
    while True:
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and node.dep_ == "conj":
            subj = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for s in subj:
            if s.lower_ not in _PRONOUNS:
                words = [t for t in s.subtree if t.is_alpha and t.lower_ not in _PRONOUNS]
                names = [t for t in words if t.pos_ == "PROPN"]
                agent = frozenset(stem(t.lower_) for t in (names or [t for t in words if t.pos_ == "NOUN"]))
                return (agent - _TITLES) or agent
        if node.head.i == node.i:
            return frozenset()
        node = node.head


def _phrase(actions: list) -> tuple[frozenset, frozenset]:
    ids = {a.i for a in actions}
    toks = [t for a in actions for t in a.subtree if t.i not in ids]
    terms = frozenset(stem(t.lower_) for t in toks if t.is_alpha and content_terms(t.text))
    names = frozenset(stem(t.lower_) for t in toks if t.pos_ == "PROPN")
    return terms, names


def _actions_of(head) -> list:
    """The action governed by an intention word, with its conjuncts."""
    for c in head.children:
        if c.dep_ in ("xcomp", "acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            first = c
            break
        if c.dep_ == "dobj" and (c.pos_ == "VERB" or c.tag_ == "VBG"):
            first = c
            break
        if c.dep_ == "prep" and c.lower_ in ("about", "at", "into", "of"):
            comp = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
            if comp:
                first = comp[0]
                break
        if c.dep_ == "dobj" and c.pos_ == "NOUN":
            first = c
            break
    else:
        return []
    return [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ == first.pos_]


def _intentions(parsed, s: Sentence, d_i: int) -> list[_Intention]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []
    for tok in parsed:
        norm = _norm(tok.lower_)
        negated = any(c.dep_ == "neg" for c in tok.children)
        if tok.pos_ == "VERB" and norm in _INTENT_VERBS:
            positive = not negated
        elif tok.pos_ == "VERB" and norm in _PREP_FORMS and any(c.dep_ == "prep" and c.lower_ in _PREP_VERBS[_PREP_FORMS[norm]] for c in tok.children):
            positive = not negated
        elif tok.pos_ == "VERB" and norm in _RULE and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            positive = False
        elif tok.pos_ == "NOUN" and norm in _INTENT_NOUNS and any(c.lower_ == "no" for c in tok.children):
            positive = False
        else:
            continue
        if any(c.dep_ == "mark" and c.lower_ in _BOUND for n in (tok, *tok.ancestors) for c in n.children):
            continue  # "if he is considering ...", "asked whether he plans to ..."
        actions = _actions_of(tok)
        if not actions:
            continue
        terms, names = _phrase(actions)
        agent = _agent(tok if tok.pos_ == "VERB" else tok.head)
        if not agent or len(terms) < 2:
            continue
        lemmas = frozenset(a.lower_ for a in actions)
        surface = s.text[tok.idx - parsed[0].idx: actions[-1].idx - parsed[0].idx + len(actions[-1].text)]
        out.append(_Intention(s, d_i, positive, _action_keys(lemmas), terms, names, agent, surface))
    return out


def plan_conflicts(documents: tuple[Document, ...], *, nlp=None, sources=None) -> list[Conflict]:
    """Positive against negative intentions across articles (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    found = parsed_items(documents, _CANDIDATE, nlp, _intentions)
    key = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    sets = UnionFind(len(found))
    linked = set()
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if not (a.positive and not b.positive) or a.doc == b.doc or key(a.doc) == key(b.doc):
                continue
            if not a.actions & b.actions or not a.agent & b.agent or (not a.names & b.names and len(a.terms & b.terms) < 2):
                continue
            sets.union(i, j)
            linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(sets.find(i), []).append(i)
    out = []
    for members in groups.values():
        sides = []
        for positive, label in ((True, "considering it"), (False, "not planning it")):
            xs = [found[i] for i in members if found[i].positive == positive]
            cites = tuple(dict.fromkeys(Citation(x.sentence.article_id, x.sentence.start, x.sentence.end, x.sentence.index) for x in xs))
            sides.append(ConflictSide(text=xs[0].sentence.text, citations=cites, value=f"{label} ({xs[0].surface})",
                                      article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
        words = sides[1].text.split()
        out.append(Conflict(about="plan vs no plan: " + " ".join(words[:12]) + ("..." if len(words) > 12 else ""), kind="claim", sides=tuple(sides)))
    return out
