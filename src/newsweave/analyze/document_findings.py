"""Documents that find, conclude and warn (issue 12, session 21, brief Q): a document's words are
its author's, when the text says who wrote or issued it.

    The board published a review on Monday. The review found that the pier was “past saving”.
    The board's harbour safety page warns that “the east steps flood at high tide”.
    His campaign sent an e-mail to supporters. It concludes: “Give what you can.”

- a verb of finding (find, conclude, show, determine; and for "It" the verbs only a text does:
  read, begin, end, continue) that a quotation hangs from, with a document as its subject: the
  document's author (`document_finding`, hook: `attribution.attribute`, where no speech verb
  was found). The author is the one the document noun carries ("a report by X", "X's review",
  "a report released by X") or is sent by ("X issued a report"); a definite noun with none ("the
  assessment") takes the one document named in the two sentences before, when that carries an
  author ("a report released by X. The assessment found ..."); "It" the document of the sentences
  before (`document_authors.document_it`). Anything else: unknown, never the last person quoted.
- a part of an owner's text as the subject of a speech verb ("X's travel advice section warns"):
  the one person or body the possessive names (`part_owner`, hook: `speaker_resolve.resolve`,
  beside `channel_owner`). Not when the subject is a person ("X's lawyer warns").

Written for the seed gold's document kind (benchmarks/ANALYSIS.md, session 21): tuning.
"""

from __future__ import annotations

from .quote_parse import _pos

_FINDING = frozenset("find finds found conclude concludes concluded show shows showed shown determine determines determined".split())
_TEXT_ONLY = frozenset("read reads begin begins began end ends ended continue continues continued conclude concludes concluded".split())
_DOCUMENTS = frozenset(
    """report reports assessment review audit investigation inquiry analysis study survey findings paper document
    letter memo email e-mail message statement indictment complaint filing lawsuit ruling order release""".split()
)
_PARTS = frozenset("section chapter page guidance advisory notice guide handbook manual bulletin".split())
_SPEAKERS = ("person", "organization", "group")


def document_finding(verb, base: int, ctx, sentences, outside) -> str | None:
    """The author of the document that finds or concludes the quotation hanging from `verb` (the
    verb itself or one up to three clauses above it), else None."""
    if ctx.lower:
        return None
    v, steps = verb, 0
    while v is not None and steps < 4:
        word = v.lower_
        if outside(v) and (word in _FINDING or word in _TEXT_ONLY):
            subj = [c for c in v.children if c.dep_ == "nsubj" and outside(c)]
            if len(subj) != 1:
                return None
            return _author(subj[0], base, ctx, sentences)
        if v.dep_ not in ("ccomp", "conj", "xcomp") or v.head.i == v.i:
            return None
        v, steps = v.head, steps + 1
    return None


def _author(subj, base: int, ctx, sentences) -> str | None:
    from .document_authors import document_it, noun_author

    if subj.lower_ == "it":
        found = document_it(subj, base, ctx, sentences)  # "It concludes:" after "X sent an e-mail"
        return found[0] if found else None
    if subj.lower_ not in _DOCUMENTS:
        return None
    own = noun_author(subj, base, ctx, sentences)
    if own:
        return own
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        return None  # "a study found": whose is not said
    return _named_before(subj, base, ctx, sentences)


def _named_before(subj, base: int, ctx, sentences) -> str | None:
    """The author of the one document named in the two sentences before `subj` ("... according
    to a report released by X. The assessment found"), when it carries one."""
    from .ambiguity import _parsed
    from .document_authors import noun_author

    pos = base + subj.idx
    for s, e in reversed([x for x in sentences if x[1] <= pos][-2:]):
        if e - s > 1500:
            return None
        doc = _parsed(ctx, s, e)
        nouns = [t for t in doc if t.lower_ in _DOCUMENTS and _pos(t) == "NOUN" and not ctx.in_quote(s + t.idx)]
        if not nouns:
            continue
        authors = {a for t in nouns for a in [noun_author(t, s, ctx, sentences)] if a}
        return authors.pop() if len(authors) == 1 else None
    return None


def part_owner(tok, base: int, ctx) -> str | None:
    """The one person or body whose possessive opens a subject phrase ending in a part of a text
    ("The Harbour Board's visitor safety section warns"), else None."""
    if ctx.lower or _pos(tok) != "NOUN" or tok.right_edge.lower_ not in _PARTS:
        return None
    from .speaker_resolve import _can_speak

    if _can_speak(tok.lower_) and tok.lower_ not in _PARTS:
        return None  # "Vance's lawyer ... warns": someone else
    owners = [t for t in tok.subtree if t.dep_ == "poss" and _pos(t) == "PROPN"]
    if len(owners) != 1:
        return None
    o = owners[0]
    lo, hi = base + tok.doc[o.left_edge.i].idx, base + o.right_edge.idx + len(o.right_edge.text)
    names = {n for s, e, n in ctx.mentions if s < hi and e > lo and ctx.kind(n) in _SPEAKERS and not ctx.in_quote(s)}
    return names.pop() if len(names) == 1 else None
