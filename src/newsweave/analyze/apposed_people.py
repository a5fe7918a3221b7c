"""A person the entity tagger missed or typed as a body, shown to be a person by a role in
apposition (issue 12, session 19, brief D):

    Ana Vell, a harbour resident visiting Port Enys, said the boats came late.
    “We waited on the quay for an hour,” she said.

    The mayor of Port Enys, Tom Reed, said four houses had fallen.

`ArticleContext.salient_person` points "he"/"she" at the one person the nearest sentences name,
and only names the tagger typed "person" count there; a two-word name it read as a group or an
organisation, or did not tag at all, left the pronoun unknown (story-level seeds: four mentions,
seed12 and seed14; the tagger gave "group", "organization" and nothing). English shows the person
by syntax: the sentence's one main-clause subject is a proper name with a role noun in apposition
("X, a resident ...", "X, owner of ...", `lower_people.is_role`), or is a role noun with a proper
name in apposition ("The mayor of P, X, said"). That name (titles dropped) is the answer, only
when the sentence names no person the tagger found (the caller asks this after its own lookup)
and the name is two to four capitalised words, none of them a body's or a place's word; the
caller's ambiguity check still applies. Not for lower-cased text (`lower_people` reads it there).
"""

from __future__ import annotations

from .entities import TITLES
from .lower_people import is_role
from .reporting_subjects import sole_main_subject

# Words that make a capitalised run a body's or a place's name, not a person's.
_BODY_WORDS = frozenset(
    """inc corp co ltd llc group party council committee department ministry office agency board court
    university college school hospital home church bank company news network house senate
    city county state republic union association institute foundation center centre club team""".split()
)


def _name_of(tok) -> str | None:
    """The proper name ending at `tok` (its compound run), titles dropped, or None when it does
    not read as a person's name."""
    run = [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.dep_ in ("compound", "flat") or t.i == tok.i]
    words = [t.text for t in run if t.text.lower().rstrip(".") not in TITLES]
    if not 2 <= len(words) <= 4 or any(t.tag_ != "NNP" for t in run):
        return None
    if any(not w[:1].isupper() or w.lower().rstrip(".") in _BODY_WORDS for w in words):
        return None
    return " ".join(words)


def role_introduced(subj) -> bool:
    """Whether a proper-noun subject is introduced with a person's role in apposition ("Ana Vell II,
    owner of the Vell Boat Yard, has ..."): `pronoun_chains.named_before` lets such a sentence open
    a run of "he"/"she" sentences even when its verb reports nothing (an introduction, not a person
    only spoken about: "Kim is the first leader ..." has no apposition and still gives no one)."""
    return subj.tag_ == "NNP" and any(c.dep_ == "appos" and c.tag_ in ("NN", "NNS") and is_role(c.lower_) for c in subj.children)


def apposed_person(ctx, start: int, end: int) -> str | None:
    """The person text[start:end] introduces as its main-clause subject with a role in
    apposition (module docstring), else None."""
    if ctx.lower or end - start > 1500:
        return None
    from .ambiguity import _parsed  # (ambiguity imports speakers, which calls this)

    doc = _parsed(ctx, start, end)
    subj = sole_main_subject(ctx, doc, start)
    if subj is None:
        return None
    appos = [c for c in subj.children if c.dep_ == "appos" and not ctx.in_quote(start + c.idx)]
    if subj.tag_ == "NNP":
        name_tok = subj if role_introduced(subj) and all(not ctx.in_quote(start + c.idx) for c in appos) else None
    elif subj.tag_ == "NN" and is_role(subj.lower_):
        name_tok = next((c for c in appos if c.tag_ == "NNP"), None)
    else:
        return None
    if name_tok is None:
        return None
    name = _name_of(name_tok)
    if name is None:
        return None
    at = start + doc[name_tok.left_edge.i].idx
    tagged = ctx.entity_at(at, start + name_tok.idx + len(name_tok.text), ("person", "place"))
    return None if tagged else name  # a person: the caller's lookup; a place: no one
