"""A body spoken of by its kind in a cased article: "the company said", "the agency said" (issue 12,
session 16, brief J).

`speaker_checks.named_body` resolves "the caucus" to the one organisation whose name ENDS in the
noun ("the Harbour Caucus"). A body is also called by its kind when its name does not end in it:
"Quillon Inc. ... the company said in a post", "the Office of Tidal Safety ... the agency said".
Here the head noun is matched to the organisations the article tagged before it (outside
quotations, not only inside a person's title) by what their names say:

- a public-body noun ("agency", "department", "ministry", "board", "court", ...) fits a name that
  contains one of its name words ("the agency": Agency, Administration, Centers, Bureau,
  Service, Commission, Authority, Department, Institute(s));
- a firm noun ("company", "firm", "corporation", ...) fits an organisation whose name has no
  public-body or association word (a "company" is a plain ORG: "Quillon Labs", not "the Ocean
  Health Organization" or "the Senate");
- an acronym ("QHA") is the same body as a longer name whose initials it spells (with or without
  its "of": "QBOV" and "QBV" both spell "Quillon Bank of Veldra"); an acronym with no such longer
  name may be any kind, so it fits every noun (and so makes a second candidate, never an answer on
  its own);
- "the central bank" (the one kind modifier read) fits a name that says it is one: "Central Bank",
  "Reserve", "People's Bank", "National Bank", or "Bank of" a place ("the Bank of Veldra"; not "Bank
  of America", a firm); "the network" ("the cable network") fits a broadcaster's name ("News",
  "Network", "Broadcasting", "Television", "TV", "Channel"), session 17, brief M: in cased dev, 1 and
  4 quotations were left unknown after these nouns.

A speaker only when exactly one organisation fits; two, or none: unknown (never a guess).
Measured with quote_precision / quote_quality / quote_merge against a14b5b4 (ANALYSIS.md,
Quotes, "Session 16 (bodies)").
"""

from __future__ import annotations

import re

from .speaker_checks import _IN_TITLE

# Words that mark a public body or an association in an organisation's name.
_AGENCY_WORDS = ("Agency", "Administration", "Centers", "Center", "Bureau", "Service", "Commission", "Authority",
                 "Department", "Institute", "Institutes")
_NOT_FIRM = frozenset(
    """Agency Administration Centers Bureau Service Commission Authority Department Institute Institutes Ministry
    Office Board Committee Council Court Party Campaign Organization Organisation Association Union Federation League
    Senate House Congress Parliament Assembly Government Police Army Navy Force Forces Guard University College School
    Church Foundation Fund Society Coalition Alliance Caucus Court Tribunal Nations Bank Reserve Cabinet Council State
    States Republic Kingdom City County Club Team""".split()
)
_FIRM_NOUNS = frozenset("company firm corporation retailer manufacturer automaker carmaker airline carrier startup chain".split())
# A public-body noun -> the name words that fit it.
_BODY_NOUNS = {
    "agency": _AGENCY_WORDS,
    "department": ("Department", "Police"),  # "the Harbour Police ... the department said"
    "ministry": ("Ministry",),
    "board": ("Board",),
    "committee": ("Committee",),
    "commission": ("Commission",),
    "council": ("Council",),
    "court": ("Court", "Tribunal"),
    "party": ("Party",),
    "campaign": ("Campaign",),
    "administration": ("Administration",),
    "office": ("Office",),
    "bureau": ("Bureau",),
    "organization": ("Organization", "Organisation"),
    "organisation": ("Organization", "Organisation"),
    "foundation": ("Foundation",),
    "institute": ("Institute",),
    "union": ("Union",),
    "university": ("University",),
    "bank": (),  # only "the central bank" (`_CENTRAL_BANK`)
    "network": ("News", "Network", "Networks", "Broadcasting", "Television", "TV", "Channel"),
}
# The one modifier a kind noun may carry here (it narrows the kind; any other may mean another body).
_KIND_MODIFIERS = {"bank": ("central",), "network": ("cable", "television", "broadcast")}
_CENTRAL_BANK = re.compile(r"Central Bank|Reserve|People['’]s Bank|National Bank|\bBank of (?!America)[A-Z]")
_SMALL = frozenset("of for and the on in to at".split())


def _acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z.&]{1,7}", name))


_NO_BODY = frozenset({"Q&A", "FAQ"})  # tagged as organisations, never one (a "Q&A" on a website)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _SMALL and w[0].isupper())


def _spells(acronym: str, name: str) -> bool:
    """"QHA" spells "Quillon Health Authority" ("CDC" spells the first letters of a longer name's initials)."""
    letters = acronym.replace(".", "").replace("&", "")
    every = "".join(w[0].upper() for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() != "the")
    return len(letters) >= 2 and (_initials(name).startswith(letters) or every.startswith(letters.upper()))


def _fits(noun: str, name: str) -> bool:
    if _acronym(name):
        return True  # of unknown kind
    words = set(re.findall(r"[A-Za-z]+", name))
    if noun == "bank":
        return bool(_CENTRAL_BANK.search(name))
    if noun in _FIRM_NOUNS:
        return not (words & _NOT_FIRM)
    return bool(words & set(_BODY_NOUNS[noun]))


def body_by_kind(tok, pos: int, ctx) -> str | None:
    """For a bare definite kind noun ("the company", "the agency") subject at `pos`, the one
    organisation named before it in this article whose name fits the noun; None otherwise."""
    noun = tok.lower_
    if ctx.lower or not tok.text.islower() or (noun not in _FIRM_NOUNS and noun not in _BODY_NOUNS):
        return None
    mods = [c for c in tok.children if c.dep_ not in ("det", "punct") and c.i < tok.i]
    if len(mods) > 1 or mods and mods[0].lower_ not in _KIND_MODIFIERS.get(noun, ()) or noun == "bank" and not mods:
        return None  # "the rival company", "the state agency": a described one, maybe another
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in tok.children):
        return None  # "the agency in charge of ...", "the company that ...": which one is said there
    names = {n for s, e, n in ctx.mentions
             if s < pos and n not in _NO_BODY and not ctx.in_quote(s) and ctx.kind(n) == "organization" and not _IN_TITLE.match(ctx.text, e)}
    # An acronym and the longer name it spells are one body: keep the longer name.
    names = {n for n in names if not (_acronym(n) and any(o != n and not _acronym(o) and _spells(n, o) for o in names))}
    fitting = {n for n in names if _fits(noun, n)}
    if len(fitting) != 1:
        return None
    name = fitting.pop()
    return None if _acronym(name) else name
