"""Stance read from the parse, for framing conflicts (session 13): who praised or condemned the
thing, and what a mixed quote's main clause says about it.

`framing.characterisation_conflicts` pairs parties whose *quoted* words judge the same target
(meeting, deal, bill, ruling, report ...) with opposite polarity. Two common forms of a party's
judgement escape that reading, and this module reads them, narrowly:

1. A reported evaluation, unquoted: the party is the subject of a verb of praise ("praised",
   "hailed", "welcomed", "applauded", "lauded", "commended") or of condemnation ("condemned",
   "denounced", "criticised", "slammed", "decried", "derided") whose direct object holds the target
   noun ("Expert reviewers have praised the final draft agreement as ambitious"). The verb gives the
   stance, whatever adjectives follow. Not when the verb is negated, is a participle describing a
   noun, or its subject is a pronoun or a quantifier ("some", "many", "others": no named party).
2. A quote holding both polarities ("It's outrageous that the deal is being spun as a success ...")
   is read by its main clause: the quote's top predicate (the clause the reporting verb governs,
   or the sentence's root) and its own complement ("outrageous"), not the words of the clauses
   under it, which report what others say ("spun as a success") or add detail ("a safe climate").
   Only when that main clause has one polarity, and the target noun is inside the quote.

Each yields `(target, polarity, party, sentence)` entries that `characterisation_conflicts` adds to
its table, so the pairing rules (different parties, opposite polarity, one target) are the same.
Only sentences that hold a target noun and a stance verb or a mixed quote are parsed. Without a
parser (`nlp=None`) nothing is added.
"""

from __future__ import annotations

import re

from ..types import Document, Sentence
from .parsing import parse_texts

_PRAISE = frozenset("praise praised praises praising hail hailed hails hailing welcome welcomed welcomes welcoming applaud applauded applauds "
                    "applauding laud lauded lauds lauding commend commended commends commending".split())
_CONDEMN = frozenset("condemn condemned condemns condemning denounce denounced denounces denouncing criticise criticised criticises "
                     "criticising criticize criticized criticizes criticizing slam slammed slams slamming decry decried decries decrying "
                     "deride derided derides deriding".split())
_STANCE_RE = re.compile(r"\b(?:" + "|".join(sorted(_PRAISE | _CONDEMN)) + r")\b", re.I)
_NO_PARTY = frozenset("he she they it we i you who which that this these those some many others other most all both several "
                      "one someone anyone everyone people".split())
_QUOTES = re.compile(r'“([^”]{2,600})”|"([^"]{2,600})"')  # double quotes only: an apostrophe ends no quote


def _party(verb) -> str | None:
    """The subject noun phrase of `verb` (the agent of a passive), or None for pronouns and quantifiers."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj is None or subj.lower_ in _NO_PARTY or subj.pos_ == "PRON":
        return None
    words = [t for t in subj.subtree if t.dep_ in ("compound", "amod", "nmod") and t.head.i == subj.i or t.i == subj.i]
    words = [t.text for t in sorted(words, key=lambda t: t.i) if t.is_alpha]
    return " ".join(words) or None


def _reported(parsed, targets: dict[str, re.Pattern]) -> list[tuple[str, int, str]]:
    out = []
    for tok in parsed:
        low = tok.lower_
        if low not in _PRAISE and low not in _CONDEMN or tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "compound"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
        if obj is None:
            continue
        target = next((k for k, rx in targets.items() if rx.fullmatch(obj.lower_) or rx.fullmatch(obj.lemma_.lower())), None)
        party = _party(tok)
        if target and party:
            out.append((target, 1 if low in _PRAISE else -1, party))
    return out


def _inside(tok, spans) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


def _quote_top(parsed, spans):
    """The quote's one top predicate (its head is outside the quote, or it is the root), or None."""
    inside = [t for t in parsed if _inside(t, spans) and not t.is_punct]
    tops = [t for t in inside if t.head.i == t.i or not _inside(t.head, spans)]
    tops = [t for t in tops if t.pos_ in ("VERB", "AUX", "ADJ")]
    return tops[0] if len(tops) == 1 else None


def _main_clause_polarity(top, spans, polarity) -> int:
    """Polarity of the quote's top predicate and its own complements (see the module docstring)."""
    words = [top] + [c for c in top.children if c.dep_ in ("acomp", "attr", "dobj", "oprd") and _inside(c, spans)]
    words += [g for c in words[1:] for g in c.children if g.dep_ in ("amod", "advmod", "neg")]
    words += [c for c in top.children if c.dep_ == "neg"]
    return polarity(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))


def stance_entries(documents: tuple[Document, ...], *, nlp, targets: dict[str, re.Pattern], polarity, pos: re.Pattern,
                   neg: re.Pattern, party_of) -> list[tuple[str, int, str, Sentence]]:
    """`(target, polarity, party, sentence)` for the two forms of the module docstring."""
    if nlp is None:
        return []
    cands: list[tuple[Sentence, list[tuple[int, int]]]] = []
    for d in documents:
        for s in d.sentences:
            if not any(rx.search(s.text) for rx in targets.values()):
                continue
            spans = [m.span(1) if m.group(1) is not None else m.span(2) for m in _QUOTES.finditer(s.text)]
            text_q = " ".join(s.text[a:b] for a, b in spans)
            mixed = bool(spans) and bool(pos.search(text_q)) and bool(neg.search(text_q))
            if _STANCE_RE.search(s.text) and not spans or mixed:
                cands.append((s, spans if mixed else []))
    if not cands:
        return []
    out = []
    for (s, spans), parsed in zip(cands, parse_texts(nlp, [s.text for s, _ in cands])):
        if not spans:
            out += [(t, p, party, s) for t, p, party in _reported(parsed, targets)]
            continue
        quote = " ".join(s.text[a:b] for a, b in spans)
        target = next((k for k, rx in targets.items() if rx.search(quote)), None)
        top = _quote_top(parsed, spans)
        if top is None:
            continue
        party = party_of(s) or (_party(top.head) if top.head.i != top.i and top.head.pos_ == "VERB" else None)
        p = _main_clause_polarity(top, spans, polarity)
        if target and party and p:
            out.append((target, p, party, s))
    return out
