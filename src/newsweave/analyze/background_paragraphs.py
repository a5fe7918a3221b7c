"""One background paragraph between two quotations of the same person (issue 12, session 24, brief
S9). Fictional wording:

    “It worries me when the rulings are ignored,” he said at the council's meeting in Oslo.

    The Tarn Accord was the treaty that set up the fisheries court.

    “In that light, we await the judge's ruling this morning,” he said.

`ArticleContext.salient_person` lets "he"/"she" take the last quotation's speaker only within the
same or the next paragraph. A paragraph of background in between (a definition, a date) that
names no person, quotes nobody and uses no personal pronoun does not change who is talking: the
reader still hears the last speaker, so the gap does not end the chain. One such paragraph only.
Written after reading seed33's missing speakers (tuning).
"""

from __future__ import annotations

import re

_PRONOUNS = re.compile(r"(?i)\b(?:he|she|him|her|his|hers|they|them|their|i|we|you)\b")
_QUOTE_MARKS = re.compile(r"[\"“”‘’«»]|''")


def background_gap(ctx, start: int, end: int) -> bool:
    """Whether exactly one paragraph lies between `start` and `end`, and it is background: under 40
    words, no quotation mark, no personal pronoun, no person named."""
    lines = ctx.text[start:end].split("\n")[1:-1]
    middle = [line for line in lines if line.strip()]
    if len(middle) != 1:
        return False
    para = middle[0]
    at = ctx.text.index(para, start)
    if len(para.split()) >= 40 or _QUOTE_MARKS.search(para) or _PRONOUNS.search(para.replace("’", "'")):
        return False
    return not any(at <= s < at + len(para) and ctx.kind(n) == "person" for s, e, n in ctx.mentions)
