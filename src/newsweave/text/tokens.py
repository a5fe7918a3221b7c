"""Word tokens for lexical similarity: lower-cased, stop words removed, lightly stemmed."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’][A-Za-z]+)?")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's
    hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's
    me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out
    over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this those through
    to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
    where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
    you've your yours yourself yourselves said says say told tell will just one two new like get got
    would also mr mrs ms s t""".split()
)


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
