"""Text-level readings of a date for the timeline (session 13, no parse needed).

- `span_start(text, m)`: "have not cast a ballot since 2008", "not audited before 2009": a year or month
  after "since"/"before" in a negated clause bounds an absence, not an event; one told as an event
  ("since 1982, when …") or relative ("since last month") is kept, and so is a plain span start
  ("has lived there since 2013").
- `disputed(doc, s)`: the sentence after the quotation `s` belongs to calls it a lie or false ("“… her
  campaign of 2008 started it. I finished it,” he said. That comment is a lie."): its dates are no events.
- `hypothetical(text, m)` (part 2): "… a study of what would follow if the country were to …: By 2031, the tariffs
  would cost …": a date whose own clause runs on to "would/could/might", in a sentence with a condition
  ("if", "were to", "unless"), dates a modelled outcome, not an event. A report of a plan ("said in 2029 that if
  elected he would …", "told voters this weekend he would …": a speech verb in the date's clause) stays dated.
"""

from __future__ import annotations

import re

from ..text.dates import DateMention
from ..types import Document

# "since 2008", "before 2009": a span start or limit (the expression may carry the "since" itself)
_SPAN_LEAD = re.compile(r"(?i)\b(?:since|before|prior to)\s+(?:(?:early|late|mid-?)\s*)?$")
_SPAN_LEAD_IN = re.compile(r"(?i)^(?:since|before)\s")
_RELATIVE = re.compile(r"(?i)\b(?:last|this|next|previous|ago|earlier|later)\b")
_TOLD_AS_EVENT = re.compile(r"\s*,?\s*when\b")
_NEGATED = re.compile(r"(?i)n't\b|\b(?:not|never|no longer)\b")
_CLAUSE_EDGE = re.compile(r"[,;:(—–]")
# The article's verdict on the quotation just before: "That comment is a lie.", "The claim is false."
_DISPUTED = re.compile(
    r"(?i)^\W*(?:that|this|the|his|her|their|it)\b(?:\s+[a-z]+){0,2}?\s+(?:is|was|are|were)\s+(?:simply\s+|also\s+)?"
    r"(?:a\s+lie|a\s+falsehood|false|untrue|not\s+true|baseless|debunked|a\s+myth)\b"
)


def span_start(text: str, m: DateMention) -> bool:
    """"have not voted since 2008", "not audited before 2009": the bound of an absence, not an event."""
    if m.precision not in ("year", "month") or _RELATIVE.search(m.expression):
        return False
    if not (_SPAN_LEAD_IN.match(m.expression) or _SPAN_LEAD.search(text[max(0, m.start - 20) : m.start])):
        return False
    clause = _CLAUSE_EDGE.split(text[max(0, m.start - 100) : m.start])[-1]  # back to the clause's start
    return bool(_NEGATED.search(clause)) and not _TOLD_AS_EVENT.match(text, m.end, m.end + 12)


def disputed(doc: Document, s) -> bool:
    """Does the sentence after the quotation `s` is part of call it a lie or false? The quotation
    may run on for a sentence or two ("“… of 2008 started it. I finished it,” he said. That is a lie.")."""
    after = [p for p in doc.sentences if s.index < p.index <= s.index + 3]
    for p in after:
        if _DISPUTED.match(p.text):
            return True
        if not any(q in p.text for q in "”\""):
            return False  # the quotation ended before this sentence
    return False


_MODAL = re.compile(r"\b(?:would|could|might)\b")
_CONDITION = re.compile(r"(?i)\b(?:if|were to|unless)\b")
_REPORT = re.compile(r"(?i)\b(?:that|said|says|told|tells|announced|pledged|promised|vowed|predicted|warned|argued|wrote|added)\b")


def hypothetical(text: str, m: DateMention) -> bool:
    """"By 2019, the trade war would cost …" after "… if America were to …": a modelled outcome."""
    after = re.split(r"[.;:?!]", text[m.end : m.end + 120], maxsplit=1)[0]
    modal = _MODAL.search(after)
    before = _CLAUSE_EDGE.split(text[max(0, m.start - 80) : m.start])[-1]  # the date's clause, up to it
    if modal is None or _REPORT.search(after[: modal.start()]) or _REPORT.search(before):
        return False  # "told voters this weekend he would …": the date is the telling's
    return bool(_CONDITION.search(re.sub(r"[\"“][^\"”]*[\"”]", " ", text)))
