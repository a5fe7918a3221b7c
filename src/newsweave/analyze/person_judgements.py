"""A named person judged in opposite terms by two parties: "X is an excellent journalist", says one
side; "X is biased", says the other.

The framing finder (`framing`) reads judgements of a *thing* (a meeting, a deal, a bill) and finds
none about a person; set e's `e06` (session 20, issue 12) is a moderator called excellent by her
network's chief and biased by the candidate. Read from the dependency parse, narrowly:

- A *judgement*: a copula whose subject is a named person (`verdict_conflicts._who`: a proper noun,
  or "he"/"she" under a verb whose subject is a name; or a noun with a name in apposition) and whose predicate is a judging adjective
  ("is biased", "would be fair") or a noun it qualifies ("is an excellent journalist"), or a judging
  noun ("is a liar"). Negation flips it ("is not biased" is a positive judgement). The words judge
  the person's fairness, honesty, competence or courage only (`_POSITIVE`, `_NEGATIVE`); praise in
  general ("great", "good") is left out: it is said of players, shows and meals as often as of people.
- It counts only as a *party's* judgement: the subject of a verb of saying or believing above it
  ("argued that ...", "he believes ..."), or, for a sentence with none, a previous sentence ending in
  "said:" (a statement printed as a block). Narrative judgements and hedged ones ("may be", "if",
  questions, wanted ones) are skipped; so is a party that shares a word with the person judged.
- Two judgements of the same surname, opposite polarity, from different articles (not copies),
  whose parties share no word, are one conflict (kind "framing").

Measured: benchmarks/ANALYSIS.md "Session 20 (conflicts ...)". Without a parser nothing is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import STOP_WORDS
from ..types import Conflict, Document, Sentence
from .armed_conflicts import opposed_pairs, person_side
from .parsing import parse_texts
from .verdict_conflicts import _framed, _negated, _who

_POSITIVE = frozenset("excellent fair impartial unbiased honest trustworthy competent qualified professional courageous brave nonpartisan".split())
_NEGATIVE = frozenset("biased unfair partisan dishonest untrustworthy corrupt incompetent unqualified unfit unprofessional cowardly "
                      "liar coward crook fraud bigot racist".split())
_CANDIDATE = re.compile(r"\b(?:" + "|".join(sorted(_POSITIVE | _NEGATIVE)) + r")\b", re.I)
_SAYING = frozenset("say said says argue argued argues believe believes believed claim claimed claims insist insisted insists tell told tells "
                    "think thinks thought complain complained complains allege alleged alleges contend contended contends charge charged "
                    "write wrote writes tweet tweeted tweets add added adds".split())
_HEDGES = frozenset("may might could should".split())
_BE = frozenset("be is are was were 's ’s been being".split())
_NOT = frozenset("not n't n’t never".split())


@dataclass(frozen=True)
class _Judgement:
    sentence: Sentence
    doc: int
    person: str  # surname, lower case
    positive: bool
    party: str  # lower-cased words of who judges
    cue: str


def _party(verb, s: Sentence, previous: str | None) -> str | None:
    """Who gives the judgement at `verb` (see the module docstring), lower case, or None."""
    for anc in verb.ancestors:
        if anc.lower_ in _SAYING:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return " ".join(t.lower_ for t in subj.subtree) if subj is not None else None
    if previous and re.search(r"\bsaid:\s*$", previous):
        m = re.search(r"([^,.;]*?)\s+said:\s*$", previous)
        return m.group(1).lower() if m else None
    return None


def _words(party: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", party) if w not in STOP_WORDS}


def _judgements(parsed, s: Sentence, d_i: int, previous: str | None) -> list[_Judgement]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []
    for t in parsed:
        low = t.lower_
        if low not in _POSITIVE and low not in _NEGATIVE:
            continue
        if t.dep_ == "acomp" or t.dep_ == "attr":  # "is biased", "is a liar"
            pred = t
        elif t.dep_ == "amod" and t.head.dep_ == "attr":  # "is an excellent journalist"
            pred = t.head
        else:
            continue
        verb = pred.head
        if verb.lower_ not in _BE or _framed(verb) or any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _who(subj):  # "the host, Tamsin Orrell, is ...": the name in apposition
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)
        person = _who(subj) if subj is not None else ""
        party = _party(verb, s, previous) if person else None
        if not party or not _words(party) or person in _words(party):
            continue
        negated = _negated(verb) or _negated(t) or any(c.lower_ in _NOT for c in verb.children)
        out.append(_Judgement(s, d_i, person, (low in _POSITIVE) != negated, party, ("not " if negated else "") + low))
    return out


def person_judgement_conflicts(documents: tuple[Document, ...], *, nlp, sources=None) -> list[Conflict]:
    """One named person judged fair (honest, competent ...) by one party and the opposite by another,
    in different articles; see the module docstring."""
    if nlp is None or len(documents) < 2:
        return []
    cands = [(d_i, s, d.sentences[s.index - 1].text if s.index > 0 else None)
             for d_i, d in enumerate(documents) for s in d.sentences if _CANDIDATE.search(s.text)]
    if len({d_i for d_i, _, _ in cands}) < 2:
        return []
    found: list[_Judgement] = []
    for (d_i, s, prev), p in zip(cands, parse_texts(nlp, [s.text for _, s, _ in cands])):
        found.extend(_judgements(p, s, d_i, prev))

    def same(a: _Judgement, b: _Judgement) -> bool:
        return a.person == b.person and not _words(a.party) & _words(b.party)

    return [Conflict(about=f"how {a.person.title()} is judged: {a.cue} vs {b.cue}", kind="framing", sides=(person_side(a), person_side(b)))
            for a, b in opposed_pairs(found, lambda j: j.positive, same, sources)]
