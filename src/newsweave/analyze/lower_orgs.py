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
    kept = [t for t in tokens if t.lower_ not in _SKIP and t.tag_ != "POS"]
    return "".join(t.lower_ + (t.whitespace_ or " ") for t in kept[:-1]).replace(" .", ".") + (kept[-1].lower_ if kept else "")


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
    # "u.s. army" -> "U.S. Army"
    return tagged.get(name) or " ".join(w.upper() if re.fullmatch(r"(?:[a-z]\.)+", w) else w[:1].upper() + w[1:] for w in name.split())


_IT_SAID = frozenset("said says added adds stated states".split())


def organisation_said_before(tok, base: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """For "…, it said in a statement" (`tok` the "it"): the organisation that was the subject of
    the nearest reporting verb before it in the article ("…, the army said on monday. The two …
    passed …, " it said"), when that subject is one organisation and no other organisation or
    person is named in between; else None. Lower-cased text only (the caller checks)."""
    if tok.head.lower_ not in _IT_SAID or tok.dep_ != "nsubj":
        return None
    from .ambiguity import _parsed
    from .attribution import subject_of
    from .cue_words import _CALENDAR, _SPOKES, SPEECH_WORDS
    from .lower_names import lower_name
    from .quote_parse import _pos
    from .speaker_resolve import resolve

    pos = base + tok.idx
    before = [(s, e) for s, e in sentences if s < pos and pos - s <= 2500]
    docs = [(s, _parsed(ctx, s, e)) for s, e in before if e - s <= 1500]
    verbs = [(s + t.idx, s, t) for s, doc in docs for t in doc
             if t.lower_ in SPEECH_WORDS and _pos(t) == "VERB" and s + t.idx < pos - len(tok.text) and not ctx.in_quote(s + t.idx)]
    if not verbs:
        return None
    _, s, verb = max(verbs, key=lambda v: v[0])
    subj = subject_of(verb, lambda t: not ctx.in_quote(s + t.idx))
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return None
    if subj.lower_ in ORG_KINDS and any(c.lower_ in ("the", "this", "that") for c in subj.children):
        # "the army said" after "the u.s. army's …", or "the tremaine shipping company said" itself
        name = organisation_by_kind(subj.lower_, s + subj.idx + len(subj.text), ctx, sentences)
    else:
        name, _ = resolve(subj, s, ctx, sentences)
        name = name if name and ctx.kind(name) == "organization" else None
    if not name:
        return None
    lo = s + subj.right_edge.idx + len(subj.right_edge.text)
    if any(lo <= m < pos and not ctx.in_quote(m) and ctx.kind(n) in ("person", "organization", "group") for m, _, n in ctx.mentions):
        return None
    for b, doc in docs:
        for t in doc:
            if lo <= b + t.idx < pos and not ctx.in_quote(b + t.idx) and t.lower_ not in _CALENDAR and (
                not ctx.entity_at(b + t.idx, b + t.idx + len(t.text), ("place",))
            ) and (
                _pos(t) == "PROPN" or t.lower_ in ORG_KINDS or t.lower_ in _SPOKES or (t.dep_ != "compound" and lower_name(t))
            ):
                return None  # "… working for the penwith diving club, …": someone else in view
    return name
