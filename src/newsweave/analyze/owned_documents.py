"""A quotation inside a relative clause of a document noun that names its owner, beside a participle
that does not govern it (issue 12, session 24, brief S9). Fictional wording:

    President Ada Vance struck down a Reed proclamation that barred migrants deemed to be a
    “public burden”, saying it did not serve the country.

`attribution.find_cue` takes the nearest speech verb when none governs the quotation; here that
is "saying", whose own clause ("it did not serve ...") is what Vance said. The quoted words sit in
the relative clause that describes the proclamation: they are the proclamation's, and so its
owner's (the signer, as the quote gold reads proclamations and orders). Only when the document
noun has a proper-noun owner ("a Reed proclamation", "Reed's order") other than the participle's
subject; anything else is left as it was. Written after reading seed33's wrong speakers (tuning).
"""

from __future__ import annotations

from .cue_words import _DOCUMENT_NOUNS
from .quote_parse import _pos

_RULES = _DOCUMENT_NOUNS | frozenset("proclamation order decree directive bill law policy memorandum guidance rule".split())


def document_owner(cue, quoted: list, outside):
    """The proper-noun owner of the document whose relative clause holds the quotation, when `cue`
    is a participle that does not govern it; else None."""
    if cue.tag_ != "VBG" or not quoted:
        return None
    top = quoted[0]
    if cue in top.ancestors:
        return None
    for anc in top.ancestors:
        if anc.i == cue.head.i:
            break
        if anc.dep_ in ("relcl", "acl") and anc.head.lower_ in _RULES:
            noun = anc.head
            owners = [c for c in noun.children if c.dep_ in ("compound", "poss") and _pos(c) == "PROPN" and c.i < noun.i and outside(c)]
            head_subject = [c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if owners and not any(o.text == s.text for o in owners for s in head_subject):
                return owners[-1]
            return None
    return None
