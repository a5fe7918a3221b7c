"""A document introduced with its source in a phrase that is not a name ("a report from the
state attorney general, Ada Vance") (issue 12, session 22, brief Q5). Fictional wording:

    The mayor misled the council, according to a report from the state auditor, Ada Vance,
    released on Monday. The report said that the mayor and his aides “ignored every warning.”

"The report said" looks back for the sentence that introduced the report (`speaker_resolve._author`).
When the report's own "from"/"by" phrase is a description (`document_authors.noun_author` reads
only names there), the old fallback took that sentence's main subject ("the mayor"), the one the
report is about. Now the phrase decides: its name in apposition ("the state auditor, Ada Vance")
is the author; a bare description leaves the author unknown.
Written after reading seed30's wrong speakers (tuning).
"""

from __future__ import annotations

from .quote_parse import _pos


def phrase_source(doc, noun: str, s_start: int, ctx) -> tuple[bool, str | None]:
    """(whether `noun` in this parsed sentence has a "from"/"by" phrase, the name it gives)."""
    for t in doc:
        if t.lower_ != noun or ctx.in_quote(s_start + t.idx):
            continue
        objs = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for p in c.children if p.dep_ == "pobj"]
        for obj in objs:
            for appos in (a for a in obj.children if a.dep_ == "appos" and _pos(a) == "PROPN"):
                lo, hi = s_start + appos.left_edge.idx, s_start + appos.right_edge.idx + len(appos.right_edge.text)
                names = [n for s, e, n in ctx.mentions if lo <= s < hi and ctx.kind(n) in ("person", "organization", "group")]
                if names:
                    return True, names[0]
        if objs:
            return True, None
    return False, None


def not_the_document(doc, noun: str, s_start: int, ctx) -> bool:
    """Whether every mention of `noun` in this parsed sentence (outside quotations) is something
    other than a document (session 26, brief S16): the word as a verb ("will release the boats") or
    the noun with an "of" complement ("demanded the release of the boats", "the order of events").
    Such a sentence does not introduce the document that later speaks, so its subject is not the
    author. A document sent out ("issued a statement of support") is found before this is asked
    (`document_authors.noun_author`). False when the noun is not found as a token."""
    seen = [t for t in doc if t.lower_ == noun and not ctx.in_quote(s_start + t.idx)]
    return bool(seen) and all(_pos(t) in ("VERB", "AUX") or any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children) for c in t.children) for t in seen)
