"""A quotation inside an adverbial clause with a subject of its own is not the main speaker's:
"as Vance went on about “...”, Orrick said yes" (Vance's words, not Orrick's).

`attribution.governing_cues` climbs the parse from a quotation to the nearest speech verb above
it. When the way up enters that verb through a time clause hung on it ("as ...", "while ...",
"when ...", "until ...", "before ...", "after ...") whose verb has its own named subject, the
speech verb's subject did not say the quoted words: the clause's subject did (its verb is no
speech verb, or it would have been found first), as with a quotation under a named subject and no
speech verb at all ("Vance admires the plan as a “bold step”"). Only then: a clause hung lower
down, inside what is reported ("The office said Vance quit because rivals were “not ready”"), a
condition or a cause ("if the party goes “further right”"), or a subject that is no name keep the
speech verb's subject, as before (an earlier version that also read those moved 8 quotations of the
cased dev files, 7 of them for the worse: to a wrong name, or to none).

Written for session 17 (PolNeAR halves): one wrong speaker on the tuning half A was this shape;
see benchmarks/ANALYSIS.md.
"""

from __future__ import annotations

from .quote_parse import _outside, _pos
from .speaker_resolve import resolve
from .speakers import ArticleContext


def clause_speaker(doc_sents, cue, q_start: int, q_end: int, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> tuple[bool, str | None]:
    """(found, speaker): found when the way from the quotation up to `cue` enters it through a
    time clause whose own subject is a name; speaker is that name."""
    inside = [t for s in doc_sents for t in s if q_start <= base + t.idx < q_end]
    top = next((t for t in inside if t.head.i != t.i and not (q_start <= base + t.head.idx < q_end)), None)
    if top is None or cue not in list(top.ancestors):
        return False, None
    for anc in top.ancestors:
        if anc.i == cue.i:
            return False, None
        if _pos(anc) != "VERB" or anc.dep_ != "advcl" or anc.head.i != cue.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in anc.children):
            return False, None
        subj = next((c for c in anc.children if c.dep_ == "nsubj" and _outside(c, base, ctx)), None)
        if subj is None or _pos(subj) != "PROPN":
            return False, None
        name, rank = resolve(subj, base, ctx, sentences)
        return (True, name) if name and rank == 3 else (False, None)
    return False, None


_TIME_MARKS = frozenset("as while when whenever until before after".split())
