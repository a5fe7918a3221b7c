"""A quotation inside what a named person's claim says: "Vance's claim that there were “..."".

When the sentences around a quotation hold no speech verb, attribution leaves it unknown unless a
named subject governs it. News often reports speech with a noun instead of a verb: "Trump's claim
that ...", "Orrick's warning that ...", "the senator's insistence that ...". The quoted words
inside the clause such a noun introduces are the possessor's. Read here: climbing the parse from
the quotation, at least one verb (the clause) and then the speech noun, with no other noun in
between ("Vance's claim about the “rigged” count" is no clause: the quoted word may be the
writer's); the possessor must be a proper name that resolves to a person or body of the article.

Written for session 17 (PolNeAR halves): two such quotations on the tuning half A (a candidate's
claim about a city's shootings) were unknown; see benchmarks/ANALYSIS.md.
"""

from __future__ import annotations

from .quote_parse import _outside, _pos
from .speaker_resolve import resolve
from .speakers import ArticleContext

SPEECH_NOUNS = frozenset(
    """claim claims assertion assertions contention insistence remark remarks comment comments statement statements
    warning warnings promise promises pledge pledges vow vows boast boasts accusation accusations charge charges
    suggestion prediction predictions declaration admission argument arguments""".split()
)


def claimant(doc_sents, q_start: int, q_end: int, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> str | None:
    """The named possessor of the speech noun whose clause holds the quotation, else None."""
    inside = [t for s in doc_sents for t in s if q_start <= base + t.idx < q_end]
    top = next((t for t in inside if t.head.i != t.i and not (q_start <= base + t.head.idx < q_end)), None)
    if top is None:
        return None
    clause = False
    for anc in top.ancestors:
        if not _outside(anc, base, ctx):
            return None
        pos = _pos(anc)
        if pos in ("VERB", "AUX"):
            clause = True
            continue
        if pos in ("NOUN", "PROPN", "PRON", "NUM"):
            if not clause or anc.lower_ not in SPEECH_NOUNS:
                return None
            owner = next((c for c in anc.children if c.dep_ == "poss" and _pos(c) == "PROPN" and _outside(c, base, ctx)), None)
            if owner is None:
                return None
            name, rank = resolve(owner, base, ctx, sentences)
            if name and rank == 3 and ctx.kind(name) in ("person", "organization", "group"):
                ctx.__dict__.setdefault("claim_ends", set()).add(q_end)
                return name
            return None
    return None


def passed_on(ctx: ArticleContext, speaker: str | None, rank: int, q_end: int) -> tuple[str | None, int, int]:
    """What a quotation leaves for the quotations after it in its paragraph (`quotes._continued`):
    its speaker, except one read from a claim noun, which holds for the claim's own clause only
    ("... Vance's claim that there were “...”. Reporters checked and found “...”": not Vance's)."""
    return (None, 0, q_end) if q_end in ctx.__dict__.get("claim_ends", ()) else (speaker, rank, q_end)
