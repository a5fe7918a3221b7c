"""A quotation inside an adverbial clause with a subject of its own is not the main speaker's:
"as Vance went on about “...”, Orrick said yes" (Vance's words, not Orrick's).

`attribution.governing_cues` climbs the parse from a quotation to the nearest speech verb above
it. When the way up passes through an adverbial clause ("as ...", "while ...", "until ...") whose
verb has its own named subject, that speech verb's subject did not say the quoted words: the
clause's subject did (the clause's verb is no speech verb, or it would have been found first), as
with a quotation under a named subject and no speech verb at all ("Vance admires the plan as a
“bold step”"). A clause subject that is no name, or that resolves to no one, gives unknown rather
than the main speaker. A reported clause ("Orrick said Vance was a “liar”": ccomp) is left alone.

Written for session 17 (PolNeAR halves): one wrong speaker on the tuning half A was this shape;
see benchmarks/ANALYSIS.md.
"""

from __future__ import annotations

from .quote_parse import _outside, _pos
from .speaker_resolve import resolve
from .speakers import ArticleContext


def clause_speaker(doc_sents, cue, q_start: int, q_end: int, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> tuple[bool, str | None]:
    """(found, speaker): found when the way from the quotation up to `cue` passes an adverbial
    clause with its own subject outside quotations; speaker is that subject's name (or None)."""
    inside = [t for s in doc_sents for t in s if q_start <= base + t.idx < q_end]
    top = next((t for t in inside if t.head.i != t.i and not (q_start <= base + t.head.idx < q_end)), None)
    if top is None or cue not in list(top.ancestors):
        return False, None
    for anc in top.ancestors:
        if anc.i == cue.i:
            return False, None
        if _pos(anc) != "VERB" or anc.dep_ != "advcl":
            continue
        subj = next((c for c in anc.children if c.dep_ == "nsubj" and _outside(c, base, ctx)), None)
        if subj is None:
            continue
        if _pos(subj) != "PROPN":
            return True, None
        name, rank = resolve(subj, base, ctx, sentences)
        return True, name if name and rank == 3 else None
    return False, None
