"""Word tokens for lexical similarity: lower-cased, stop words removed, lightly stemmed."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’][A-Za-z]+)?")

# The English pack's stop words (language knowledge lives in `newsweave.lang`).
from ..lang.en import STOP_WORDS  # noqa: E402


def stem(word: str) -> str:
    """A small suffix stripper, enough to match 'investigating'/'investigation'/'investigated'
    and 'reports'/'reported' (a full Porter stemmer costs a second of import time)."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix in ("ingly", "edly", "ments", "ment", "ings", "ing", "ions", "ion", "ied", "ies", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ied", "ies"):
                return base + "y"
            if suffix == "s" and word.endswith("ss"):
                return word
            if suffix in ("ion", "ions") and base[-1] not in "ts":
                continue
            word = base
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """All word tokens, lower-cased (no stop-word removal): for counting length."""
    return [w.lower() for w in _WORD.findall(text)]


def content_terms(text: str) -> list[str]:
    """Stemmed content words of `text` (stop words dropped), in order."""
    out = []
    for token in _WORD.findall(text):
        low = token.lower().replace("’", "'")
        if low in STOP_WORDS or len(low) < 2:
            continue
        out.append(stem(low))
    return out
