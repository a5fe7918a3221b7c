"""Small reads of a spaCy parse shared by the quote attribution modules (`attribution.py`,
`speaker_resolve.py`): the coarse part of speech from the fine tag, whether a word may belong to
an attribution, whether a verb stands in the inverted reporting position."""

from __future__ import annotations

from .speakers import ArticleContext

_TAG_POS = {"NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON",
            "MD": "AUX", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "CD": "NUM"}


def _pos(tok) -> str:
    """Coarse part of speech from the fine tag (the attribute ruler, a third of the parse time,
    is not run)."""
    tag = tok.tag_
    return "VERB" if tag.startswith("VB") else _TAG_POS.get(tag, "X")


def _outside(tok, base: int, ctx: ArticleContext) -> bool:
    """Whether a word may be part of the attribution: not inside a quotation, not a quote mark,
    not a dateline ("WASHINGTON --" is where, not who), not a tweet's signature (it signs the words
    before it)."""
    pos = base + tok.idx
    return not ctx.in_quote(pos) and tok.text not in ("\"", "“", "”", "''", "'", "‘", "’") and not ctx.in_dateline(pos) and not ctx.in_signature(pos)


def _after_quote(verb) -> bool:
    """Whether the verb stands right after a quotation's closing mark ("“...,” marveled resident
    Maria Gianni"): the inverted reporting position, whatever the verb."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return prev is not None and prev.text in ("\"", "”", "''", "’", "'")
