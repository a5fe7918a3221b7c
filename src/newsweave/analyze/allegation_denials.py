"""An accusation in one article against the accused's rejection of it in another.

"The agency hit back at allegations by the host that it is spying on him" against "the host said the
agency is spying on him"; "the ministry rejected claims that it had bugged the offices" against "the
ministry bugged the offices". The denying side names the accusation as a noun ("allegations",
"claims", "reports", "accusations") whose content clause says what is rejected, so the verb of the
clause is not negated and the claim-against-denial finder (`denials`, which reads negated verbs and
the clauses of "denied that ...") never sees it. Session 16 (issue 12) found this kind as the one
real conflict of the fresh AllSides set `g` (left/center/right excerpts), and its denial side holds
too few content words for `denials`' three-word phrase rule. Read from the dependency parse,
narrowly:

- A *rejection*: an accusation noun with a content clause ("that it is spying", the clause's verb
  a VERB marked by "that"), the noun being the object of a verb of rejecting ("denied / rejected /
  disputed / dismissed / refuted / rebutted / contested reports that ...") or governed by "at /
  against / on" after "hit back", "pushed back", "fired back", "struck back", "lashed out". Skipped:
  a rejecting verb that is negated, a question, a rejection under "if / whether / unless", a
  content verb that is itself negated or carries a modal of prospect ("would", "will": a forecast).
- Who is accused: the rejecting verb's subject (its name words, or its head noun, "the ministry");
  the clause's subject when it is a name ("denied reports that the Ostmark plant leaked"). The
  accuser: the names under the accusation noun outside its clause ("allegations by X").
- A *claim*: a sentence of another article (not a copy) with no negation or denial word, holding
  the clause's verb (same stem) as a predicate (not a modifier of a noun, not the complement of a
  verb of declining), whose subject is the accused (a shared name word, or the same head noun).
- They conflict when, besides that, the claim's sentence names the accuser, or the two phrases share
  two content words (the participants or the object: "offices of Dara Vell") and, when the rejected
  clause gives a purpose or cause ("claims that it fired her to stop the inquiry"), a word of it: a
  claim of the act alone ("fired her on Tuesday") does not meet a rejection of its purpose.

Measured: benchmarks/ANALYSIS.md "Session 16 (issue 12)". Without a parser nothing is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import content_terms, stem
from ..types import Conflict, Document, Sentence
from .denials import _NEGATION, _PROSPECT, _declined, claim_against
from .parsing import parse_texts, parsed_items

_ACCUSATIONS = frozenset("allegation allegations claim claims accusation accusations charge charges report reports suggestion suggestions "
                         "assertion assertions rumor rumors rumour rumours insinuation insinuations".split())
_REJECTING = frozenset(stem(w) for w in "deny denies denied denying reject rejects rejected rejecting dispute disputes disputed disputing "
                       "dismiss dismisses dismissed dismissing refute refutes refuted refuting rebut rebuts rebutted rebutting "
                       "contest contests contested contesting".split())
_BACK = frozenset("hit hits hitting push pushes pushed pushing fire fires fired firing strike strikes struck striking lash lashes lashed lashing".split())
_BACK_PREPS = frozenset(("at", "against", "on"))
_BOUND = frozenset("if whether unless".split())
_DESCRIBING = frozenset(("acl", "amod", "relcl", "compound"))
_CUE = re.compile(r"\b(?:allegations?|claims?|accusations?|charges?|reports?|suggestions?|assertions?|rumou?rs?|insinuations?)\s+(?:\w+\s+){0,8}?that\b", re.I)
_PRONOUNS = frozenset("it they he she we".split())


@dataclass(frozen=True)
class _Rejection:
    sentence: Sentence
    doc: int
    verb: str  # stem of the content clause's verb
    surface: str
    accused: frozenset  # name stems of who is accused (rejecting subject, a named clause subject)
    accused_head: str  # the rejecting subject's head noun (lower case), "" when none or a pronoun
    accuser: frozenset  # name stems under the accusation noun, outside its clause
    terms: frozenset  # content stems of the clause, its verb, subject and adverbial clauses left out
    why: frozenset  # content stems of the clause's adverbial clauses ("to stop the inquiry", "because ...")


def _name_stems(toks) -> frozenset:
    return frozenset(stem(t.text.lower()) for t in toks if t.text.isalpha() and (t.pos_ == "PROPN" or t.i > 0 and t.text[:1].isupper() and t.pos_ == "ADJ"))


def _subject(verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("conj", "xcomp"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _rejecting(noun):
    """The verb of rejecting that governs `noun`, or None."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and stem(head.text.lower()) in _REJECTING:
        return head
    if noun.dep_ == "pobj" and head.lower_ in _BACK_PREPS:
        verb = head.head
        if verb.pos_ == "VERB" and verb.lower_ in _BACK and any(c.lower_ == "back" or c.lower_ == "out" for c in verb.children):
            return verb
    return None


def _framed(tok) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _BOUND for n in (tok, *tok.ancestors) for c in n.children)


def _rejections(parsed, s: Sentence, d_i: int) -> list[_Rejection]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []
    for noun in parsed:
        if noun.lower_ not in _ACCUSATIONS or noun.pos_ != "NOUN":
            continue
        verb = _rejecting(noun)
        if verb is None or any(c.dep_ == "neg" for c in verb.children) or _framed(verb):
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB"
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _PROSPECT for c in clause.children):
            continue
        rsubj = _subject(verb)
        accused = _name_stems(rsubj.subtree) if rsubj is not None else frozenset()
        head = rsubj.lower_ if rsubj is not None and rsubj.pos_ in ("NOUN", "PROPN") else ""
        csubj = _subject(clause)
        if csubj is not None and csubj.lower_ not in _PRONOUNS:
            accused = accused | _name_stems(csubj.subtree)
        inside = {t.i for t in clause.subtree}
        accuser = _name_stems(t for t in noun.subtree if t.i not in inside)
        subj_toks = {t.i for t in csubj.subtree} if csubj is not None else set()
        why_toks = {t.i for c in clause.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree}  # "to stop ...", "because ..."
        terms = _terms(t for t in clause.subtree if t.i != clause.i and t.i not in subj_toks and t.i not in why_toks)
        why = _terms(t for t in clause.subtree if t.i in why_toks)
        if accused or head:
            out.append(_Rejection(s, d_i, stem(clause.text.lower()), f"{verb.text} {noun.text} that ... {clause.text}", accused, head, accuser, terms, why))
    return out


def _terms(toks) -> frozenset:
    return frozenset(stem(t.text.lower()) for t in toks if t.is_alpha and content_terms(t.text))


def _claim_matches(tok, parsed, rej: _Rejection) -> bool:
    subj = _subject(tok)
    if subj is None:
        return False
    names = _name_stems(subj.subtree)
    if not (names & rej.accused or rej.accused_head and subj.lower_ == rej.accused_head and subj.pos_ == "NOUN"):
        return False
    if rej.accuser & _name_stems(parsed):
        return True
    subj_toks = {t.i for t in subj.subtree}
    terms = _terms(t for t in tok.subtree if t.i != tok.i and t.i not in subj_toks)
    return len(terms & rej.terms) >= 2 and (not rej.why or bool(terms & rej.why))


def allegation_conflicts(documents: tuple[Document, ...], *, nlp, sources=None) -> list[Conflict]:
    """Accusations against their rejection in another article (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    rejections = parsed_items(documents, _CUE, nlp, _rejections)
    if not rejections:
        return []
    root = (lambda i: sources.root.get(documents[i].article.id, documents[i].article.id)) if sources is not None else (lambda i: i)

    def worth_parsing(d_i: int, s: Sentence) -> bool:
        if _NEGATION.search(s.text):
            return False
        words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", s.text)}
        return any(r.verb in words and r.doc != d_i and root(r.doc) != root(d_i) for r in rejections)

    claims = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if worth_parsing(d_i, s)]
    out, seen = [], set()
    for (d_i, s), parsed in zip(claims, parse_texts(nlp, [s.text for _, s in claims])):
        for tok in parsed:
            if tok.pos_ != "VERB" or tok.dep_ in _DESCRIBING or _declined(tok) or _framed(tok):
                continue
            if any(c.dep_ == "aux" and c.lower_ in _PROSPECT for c in tok.children):
                continue
            v = stem(tok.text.lower())
            for rej in rejections:
                if rej.verb != v or rej.doc == d_i or root(rej.doc) == root(d_i) or not _claim_matches(tok, parsed, rej):
                    continue
                pair = (s.article_id, s.index, rej.sentence.article_id, rej.sentence.index)
                if pair in seen:
                    continue
                seen.add(pair)
                out.append(claim_against(s, tok.text, rej.sentence, f"rejects it ({rej.surface})", "accusation vs its rejection: "))
    return out
