"""A speech verb inside a bracketed aside that follows a complete quoted sentence (issue 12,
session 22, brief Q4). Fictional wording:

    “Who else did you mislead while the money went missing?” the lawyer wrote. (Vance, whose
    real name is Ada Reed, says she never saw the accounts.)

`attribution.find_cue` takes the speech verb nearest a quotation when none governs it. An aside in
brackets that opens after the quotation's closing mark is the writer's own note: its verb
("says", "claims") and subject belong to the aside, not to the quoted words before it. The verb
is skipped only when all of these hold (else the old nearest-verb rule):
- the quotation ends a sentence ("?", "!" or "." before its closing mark);
- an opening bracket lies between the closing mark and the verb, with no closing one after it;
- the aside holds at least four words before the verb (not a bare "(Vance said)").
The quotation then goes on as one without a speech verb (the paragraph's last speaker, if any).
Written after reading seed29's wrong speakers (tuning).
"""

from __future__ import annotations

import re


def in_aside(text: str, q_start: int, q_end: int, pos: int) -> bool:
    """Whether the speech verb at `pos` (after the quotation [q_start, q_end)) sits in a bracketed
    aside that opens after the quotation ends a sentence."""
    if pos < q_end or q_start >= q_end:
        return False
    if not re.search(r"[.?!]\W*$", text[q_start:q_end].rstrip(" \"“”'’")) and not re.match(r"[.?!]", text[q_end : q_end + 1]):
        return False
    gap = text[q_end:pos]
    opened = gap.rfind("(")
    if opened < 0 or gap.rfind(")") > opened:
        return False
    return len(re.findall(r"\w+", gap[opened + 1 :])) >= 4
