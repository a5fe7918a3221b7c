"""Organisations spoken of by their kind in a lower-cased article (issue 12, session 13, part 2).

"the airline said", "the company said" in the standard Multi-News copies: the tagger finds almost
no organisation names there, so the kind noun had nothing to point back to. It points to an
organisation only when the article itself names exactly one of that kind before it, by the kind
noun as the head of the name ("the porthcurno shipping company", "the u.s. army") or by
apposition ("tremaine ferries, the operator,"). "british airways" is not known to be an airline
unless the text says so; two of a kind, or none: unknown. Never a guess.
"""

from __future__ import annotations

import re

# Kind nouns that name an organisation (a person's role is `lower_people`'s).
ORG_KINDS = frozenset(
    """airline carrier company firm corporation operator manufacturer maker retailer bank insurer charity
    army navy agency department ministry council board commission authority regulator union
    university college school hospital museum zoo club team league church network broadcaster
    newspaper magazine publisher studio label""".split()
)
_SKIP = frozenset("the a an this that its his her their our".split())


def _name(tokens) -> str:
    return " ".join(t.lower_ for t in tokens if t.lower_ not in _SKIP and t.tag_ != "POS")


def _of_kind(doc, kind: str, base: int, pos: int, ctx) -> set[str]:
    """Names of organisations of `kind` a parsed sentence (at `base`) gives before `pos`,
    outside quotations."""
    out = set()
    for t in doc:
        if t.lower_ != kind or t.dep_ == "compound" or base + t.idx >= pos or ctx.in_quote(base + t.idx):
            continue
        mods = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
        if mods:
            # "the porthcurno shipping company": the kind is the head of the name
            first = min(m.left_edge.i for m in mods)
            out.add(_name(doc[first : t.i + 1]))
        elif t.dep_ == "appos" and t.head.tag_ in ("NN", "NNP", "NNS", "NNPS") and t.head.lower_ not in ORG_KINDS:
            # "tremaine ferries, the operator, ...": the name it is in apposition to
            head = t.head
            if not any(c.dep_ in ("det", "poss") for c in head.children):
                comp = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
                first = min([c.left_edge.i for c in comp] + [head.i])
                out.add(_name(doc[first : head.i + 1]))
        elif any(c.dep_ in ("amod", "nummod", "poss", "nmod") or (c.dep_ == "det" and c.lower_ not in ("the", "this", "that")) for c in t.children if c.i < t.i):
            out.add("?")  # "a company", "another airline", "a small firm": one more of that kind, unnamed
    return {n for n in out if n and n != kind}


def organisation_by_kind(kind: str, pos: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The one organisation of `kind` ("airline") the article names before `pos`, else None."""
    if kind not in ORG_KINDS:
        return None
    from .ambiguity import _parsed

    found: set[str] = set()
    tagged: dict[str, str] = {}
    for s, e, name in ctx.mentions:
        if s < pos and not ctx.in_quote(s) and ctx.kind(name) == "organization" and name.split()[-1].lower() == kind:
            found.add(name.lower())
            tagged[name.lower()] = name
    pattern = re.compile(rf"(?i)\b{re.escape(kind)}\b")
    for s, e in sentences:
        if s >= pos or e - s > 1500:
            continue
        if not any(not ctx.in_quote(s + m.start()) and s + m.start() < pos for m in pattern.finditer(ctx.text[s:e])):
            continue
        found |= _of_kind(_parsed(ctx, s, e), kind, s, pos, ctx)
    # "the u.s. army" and "u.s. army" are one organisation; so is a shorter form of a longer name
    names = {n for n in found if not any(o != n and o.endswith(" " + n) for o in found)}
    if len(names) != 1 or "?" in names:
        return None
    name = names.pop()
    return tagged.get(name) or " ".join(w[:1].upper() + w[1:] for w in name.split())
