"""A closing quote mark whose opening mark was lost: straight quotes back in phase.

Straight quote marks have no direction, so `rewrite.quote_spans` pairs them in order. The standard
lower-cased Multi-News texts join paragraphs and sometimes lose one mark where a quotation closes
and the next opens (`... humorous. " alzheimer's doesn't care ..., " davis wrote. " it steals ...`):
from there on every pair is out of phase, the quoted words count as the article's own, and an
article quoting a letter looks like a rewrite of the letter (one false pair in session 17's
training draw, `gold/copies_train_f.jsonl`). A mark right after a comma (or ? !) and
followed by a short speech tag ("..., " davis wrote", "..., " said the sheriff") closes a
quotation: when the pairing would open one there instead, the text since the previous mark (or the
paragraph start) was that quotation. Only the tag's third-person form is taken ("i said", "we
told" may open a quotation).
"""

from __future__ import annotations

import re

_TAG_VERBS = frozenset(
    """said says wrote writes added adds told tweeted asked explained continued noted stated insisted recalled
    replied argued warned""".split()
)
_FIRST_PERSON = frozenset("i we you i'm we're we've i've".split())
_WORDS = re.compile(r"[A-Za-z][\w'.-]*")


def closes_lost_quote(text: str, start: int, end: int) -> bool:
    """True when the straight mark text[start:end] can only close a quotation: punctuation before
    it and a speech tag after it (the verb first, or after at most three words of a speaker)."""
    before = text[max(0, start - 3) : start].rstrip()
    if not before or before[-1] not in ",?!":
        return False  # a tag follows a comma (or ? !); after a full stop the mark often opens a quotation
    if any(w.lower() in _TAG_VERBS for w in _WORDS.findall(text[max(0, start - 30) : start])[-3:]):
        return False  # "benedict said, " god told me to": a tag before the mark, which opens the quotation
    after = text[end : end + 60]
    words: list[str] = []
    prev_end = 0
    for m in _WORDS.finditer(after):
        gap = after[prev_end : m.start()]
        if gap.strip() or "\n" in gap:
            break  # punctuation or a paragraph break before or between words: no tag, or the tag has ended
        words.append(m.group().rstrip("."))
        prev_end = m.end()
        if len(words) == 4:
            break
    if words and words[0] in _TAG_VERBS:
        return True  # "..., " said the sheriff"
    # "..., " davis wrote": a speaker of one to three words, never the first person ("..., " we said" may
    # open a quotation); the verb is lower-case in a tag, not in a title ("Forward: Notes on ...")
    for k in range(1, len(words)):
        if words[k] in _TAG_VERBS:
            return not any(w.lower() in _FIRST_PERSON for w in words[:k])
    return False
