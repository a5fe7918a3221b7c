"""A speech verb in the sentence after a quotation that ends its own sentence, subordinate to
that sentence's main verb (issue 12, session 22, brief Q5). Fictional wording:

    “You kept the harbour open all winter,” Ms. Vance told the crews. “You are the best we
    have.” Her praise comes after the council announced cuts to the ferry budget.

`attribution.find_cue` takes the speech verb nearest a quotation when none governs it. When the
quotation closes its sentence ("." "?" or "!" before the closing mark), the next words open a new
sentence, and the nearest speech verb there hangs from another finite verb of that sentence
("comes ... after the council announced"), the verb belongs to that sentence's story, not to the
quoted words: the quotation goes on as one without a speech verb (the paragraph's last speaker,
if any). A verb that is the new sentence's own main verb ("“...” Vance said.") is not touched.
Written after reading seed30's wrong speakers (tuning).
"""

from __future__ import annotations

import re

_FINITE = ("VBD", "VBZ", "VBP", "MD")


def in_next_sentence(cue, q_start: int, q_end: int, base: int, ctx) -> bool:
    """Whether `cue` sits in a new sentence after the quotation, under another finite verb there."""
    at = base + cue.idx
    if at <= q_end or not re.search(r"[.!?]\W{0,3}$", ctx.text[q_start : min(len(ctx.text), q_end + 2)].rstrip()):
        return False
    gap = ctx.text[q_end:at].lstrip(" \"”’'\u00a0")
    if not gap[:1].isupper():
        return False  # "“...?” asked Vance": no new sentence
    return any(q_end <= base + a.idx < at and a.tag_ in _FINITE and not ctx.in_quote(base + a.idx) for a in cue.ancestors)


def according_opener(cue, q_start: int, q_end: int, base: int, ctx) -> bool:
    """Whether `cue` is an "according" that opens the sentence after a quotation closing its own
    sentence and hangs from a verb with its own subject there (session 24, brief S9; fictional):

        “I am sorry to say the fares are far higher,” Vance said. “...” According to the Tarn
        Motor Club, travellers will pay the highest fares since 2009.

    "According to X" there is the source of the new sentence's claim (travellers will pay), not
    of the quoted words before it. Written after reading seed33's wrong speakers (tuning)."""
    if cue.lower_ != "according":
        return False
    at = base + cue.idx
    if at <= q_end or not re.search(r"[.!?]\W{0,3}$", ctx.text[q_start : min(len(ctx.text), q_end + 2)].rstrip()):
        return False
    if not re.fullmatch(r"[\s\"”’'\u00a0]*", ctx.text[q_end:at]) or not cue.text[:1].isupper():
        return False  # only the first word of the new sentence
    head = cue.head
    return head.i > cue.i and _pos_verb(head) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > cue.i and not ctx.in_quote(base + c.idx) for c in head.children)


def _pos_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
