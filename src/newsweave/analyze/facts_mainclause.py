"""A fact member whose shared material sits only in a subordinate clause counts its outlet, not itself.

The fact grouping (`facts.group_sentences`) joins two sentences of different articles when they are alike. One kind of
false "n/N outlets" it makes (session 19 counted 43 such over-grouped sentences on the development sets): the other
outlet's lead is told in this sentence's trailing clause, while its main claim is another one ("Biden vowed to take
executive action after Republicans killed the bill" / "The talks collapsed"; "the statement came shortly after he
surrendered"). The gold then counts this article for the lead (its clause tells it) but gives the sentence its own,
narrower status.

The test: the sentence's main clause is the parse root of its core (`fact_similarity.core_text`; the clause a reporting
root reports) without its adverbial clauses (`advcl`: "after ...", "when ...", "as ...", "meaning ...", "to ...") and
its time prepositions ("after", "following", "amid", "ahead of"). When something was cut and the main clause alone is
under `FACTOR` x the bar against the group's members of other articles (mean similarity), the member leaves the group
and stands alone, and its article still counts for the members that stay (`FactGroups.carried`: shown as "also told
in other words by", with this sentence as the evidence). An article's first fact sentence (its lead) never leaves: a
lead's trailing clause mostly tells more of its own event ("said he would run, launching a third bid"). Only members
of groups spanning two articles or more are parsed; without spaCy nothing changes.

Measured (session 20, benchmarks/ANALYSIS.md "Session 20 (facts"; tuning figures: chosen on the 15 development sets,
1,211 sentences). In-process (no screen) 825 -> 832 status right; product path (`facts_compare_runs.py`, 29306f2 vs
this on): **843 -> 850, over-grouped 107 -> 94, under-grouped 261 -> 267**, groups wrong 47 -> 39; the short AllSides
and NeuS sets +10, the long full-text sets -3; `_p` 57 -> 58, `_q` 46 -> 47; Corbyn same-claim pairs found 32 -> 28 of 47.
Session 19's cruder clause-before-"after" test (no parse, the member's article dropped) had lost 2. But the summary
counts it changes (22 of 1,330 summary sentences, all lower) read against the sources: **the old count right 12, the new
right 10** (long articles 6 to 1; a claim carried by "blaming ...", "as ...", "after meeting ..." clauses is no side
remark). So it stays an option, OFF (`group_sentences(main_clause=False)`); `NW_MAINCLAUSE=1` turns it on in the
facts benchmark's worker.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from .parsing import auto_nlp

# Mean similarity of the main clause alone to the group's other-article members, as a share of the bar, under which
# the member's claim is another one (one figure tried at 0.5, 0.6, 0.75, 0.9 on the development sets).
FACTOR = 0.75
REPORTING = re.compile(
    r"^(?:say|says|said|saying|tell|tells|told|announce[sd]?|report(?:s|ed)?|claim(?:s|ed)?|add(?:s|ed)?|state[sd]?|"
    r"write|writes|wrote|warn(?:s|ed)?|confirm(?:s|ed)?)$",
    re.I,
)
TIME_PREP = re.compile(r"^(?:after|following|amid|since|before|until|ahead)$", re.I)


def main_clause(parsed) -> str | None:
    """The words of a parsed sentence's main clause without its adverbial clauses and time prepositions, in order;
    None when nothing was cut (the whole sentence is its main clause)."""
    pred = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if pred is None:
        return None
    if REPORTING.match(pred.text):
        pred = next((c for c in pred.children if c.dep_ == "ccomp"), pred)
    keep, cut, stack = [], False, [pred]
    while stack:
        t = stack.pop()
        keep.append(t)
        for c in t.children:
            if c.dep_ == "advcl" or (c.dep_ == "prep" and TIME_PREP.match(c.text)):
                cut = True
            else:
                stack.append(c)
    if not cut:
        return None
    return " ".join(t.text for t in sorted(keep, key=lambda t: t.i))


def split_one_sided(sentences, doc_of, groups, threshold, similarity, carried=None, nlp="auto", *, factor: float = FACTOR):
    """(groups, carried): `groups` with each one-sided member (module docstring) moved out to a group of its own, and
    `carried` (`FactGroups.carried`, None for none) with {member that stays: {the moved member's article: the moved
    member}} added for the articles the groups still count (None when empty). `similarity`: the story's sentence
    similarity (`.matrix`); `nlp`: a spaCy pipeline, "auto" for the shared one."""
    nlp = auto_nlp(nlp)
    multi = [g for g in groups if len({doc_of[x] for x in g}) > 1]
    if nlp is None or not multi:
        return groups, carried
    from .fact_similarity import core_text
    from .parsing import parse_texts

    leads = {min(x for x, d in enumerate(doc_of) if d == doc) for doc in set(doc_of)}
    members = sorted({x for g in multi for x in g} - leads)
    mains = {x: m for x, p in zip(members, parse_texts(nlp, [core_text(sentences[x].text) for x in members]))
             if (m := main_clause(p)) and len(m.split()) >= 4}
    out, carried = [], {y: dict(told) for y, told in (carried or {}).items()}
    for g in groups:
        cand = [x for x in g if x in mains] if g in multi else []
        if not cand:
            out.append(g)
            continue
        pseudo = np.asarray(similarity.matrix([sentences[y] for y in g] + [replace(sentences[x], text=mains[x]) for x in cand]))
        drop = []
        for k, x in enumerate(cand):
            others = [j for j, y in enumerate(g) if doc_of[y] != doc_of[x]]
            if pseudo[len(g) + k, others].mean() < factor * threshold:
                drop.append(x)
        stay = [x for x in g if x not in drop]
        if not drop or not stay:
            out.append(g)
            continue
        out.append(stay)
        kept_docs = {doc_of[y] for y in stay}
        for x in drop:
            out.append([x])
            if doc_of[x] not in kept_docs:
                for y in stay:
                    carried.setdefault(y, {}).setdefault(doc_of[x], x)
    return out, carried or None
