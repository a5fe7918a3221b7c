"""A quotation standing alone one or two plain sentences after the report that introduces it, in
the same paragraph (issue 12, session 19, brief D):

    In a notice sent to members, the Harbour Board said it would close the north pier.
    The pier handles a third of the catch. “Today's decision puts safety first ...”

`paraphrase_leads` gives a bare quotation the speaker of the sentence right before it when that
sentence reports what a named speaker said. News excerpts often put a line of background between
the report and the quoted words (story-level seeds: the FDA's and the WHO's statements, seed22,
both cut short in AllSides excerpts, where the quoted words come last). Here the report may stand
one or two sentences back when every sentence between ("the bridge") is plain narrative:
- the quotation opens its sentence and lies in the same paragraph as the report (no line break);
- no bridge sentence holds a speech word outside quotation marks, names a person, or has a main-
  clause subject that is a proper noun or a pronoun (someone else in view; "it" or "they" may be
  the speaker or anyone else) — a body named in passing ("caused by the X (Y Party) virus") may
  stand elsewhere in it;
- a bridge sentence's own quoted words were read with no speaker or with the same one;
- the report itself passes every condition of `paraphrase_leads.paraphrase_speaker`;
- the speaker is no place ("Israel has said ...") and no earlier quotation of the paragraph was
  given to someone else (the first cased dev sweep found one wrong speaker without these two: an
  excerpt opened by a White House readout, a country's claim, a line of background, then the
  readout's words again).
Anything else: unknown, never a guess.
"""

from __future__ import annotations

import re

from .paraphrase_leads import _GAP, paragraph_gives_other, paraphrase_speaker

_PRONOUNS = frozenset("he she it they we i you this these those that".split())
_MAX_BRIDGE = 2


def _plain(ctx, start: int, end: int, speaker: str | None) -> bool:
    """Whether text[start:end] is a plain narrative sentence (module docstring)."""
    from .ambiguity import _parsed
    from .attribution import SPEECH_WORDS

    if end - start > 600:
        return False
    for s, _, n in ctx.mentions:
        if start <= s < end and not ctx.in_quote(s) and ctx.kind(n) == "person":
            return False
    said = {h[0]: h[1] for h in ctx.history}
    if any(start <= qs < end and said.get(qs) not in (None, speaker) for qs, _ in ctx.quotes):
        return False
    doc = _parsed(ctx, start, end)
    for t in doc:
        if ctx.in_quote(start + t.idx):
            continue
        if t.lower_ in SPEECH_WORDS and t.tag_.startswith("VB") or t.lower_ == "according":
            return False
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.dep_ == "ROOT" and (t.tag_ in ("NNP", "NNPS", "PRP") or t.lower_ in _PRONOUNS):
            return False
    return True


def bridged_speaker(q_start: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The speaker of the report one or two plain sentences before the bare quotation at
    `q_start` (module docstring), else None."""
    if ctx.lower:
        return None
    before = [(s, e) for s, e in sentences if e <= q_start]
    if len(before) < 2 or not _GAP.fullmatch(ctx.text, before[-1][1], q_start) or "\n" in ctx.text[before[-1][1] : q_start]:
        return None
    for k in range(1, _MAX_BRIDGE + 1):
        if len(before) < k + 1:
            return None
        b_start = before[-k][0]
        lead = before[-k - 1]
        if "\n" in ctx.text[lead[0] : q_start] or not re.fullmatch(r"\s*", ctx.text[lead[1] : b_start]):
            return None
        speaker = paraphrase_speaker(b_start, ctx, sentences)
        if speaker and all(_plain(ctx, s, e, speaker) for s, e in before[-k:]):
            if ctx.kind(speaker) == "place" or paragraph_gives_other(q_start, ctx, speaker):
                return None  # "Israel has said ... / [bridge] “The President conveyed ...”" after the White House's quotation
            return speaker
    return None
