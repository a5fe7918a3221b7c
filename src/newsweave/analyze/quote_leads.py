"""Two ways cased news names a speaker away from the quotation (issue 12, session 14 follow-up);
each reads only what the text says and names no one when it says nothing for sure.

- a statement lead-in: "Below is Ada Vance's statement:" or "Read the Harbour Trust's full
  statement below:" on its own line, with the quotation opening right after the colon (the next
  paragraph at the latest): that quotation is the named owner's (`statement_lead`). Only the
  one quotation that follows the colon; a lead-in that names no owner ("Read the statement
  below:") names no one;
- "the paper" / "the newspaper" as a speaker ("The paper had earlier called the plan “...”"):
  the one newspaper the same article named before it (`paper_outlet`). Not when the article
  names none or several, nor when "paper" is a study ("the paper, published in ...": an article
  that speaks of a study, researchers or a journal before it is left alone), nor when the noun
  carries its own modifiers ("the white paper", "the research paper").

Measured on the hand-labelled precision draws (benchmarks/quote_precision.py: one quotation of
each kind in seed20, which was read to find them) and guarded on PolNeAR dev (benchmarks/ANALYSIS.md,
"Session 14, follow-up").
"""

from __future__ import annotations

import re

# Documents whose lead-in hands over to the quotation that follows.
_DOCUMENTS = r"(?:statement|remarks|letter|speech|testimony|memo|note|post|response|email|e-mail)"
_NAME = r"((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w.&'’-]*){0,6})"
_ADJ = r"(?:[\w-]+\s+){0,3}"
_LEAD = [
    # "Below is Ada Vance's (full) statement (to the committee):", "Read Vance's statement below:",
    # "Here is the Trust's statement in full:"
    re.compile(r"(?:^|[.!?]\s+)(?:Below\s+(?:is|are)|Read|See|Here\s+is|Here['’]s)\s+" + _NAME + r"['’]s?\s+" + _ADJ + _DOCUMENTS + r"s?\b[^:\n]{0,120}:$"),
    # "Below is the (full) statement from/by Ada Vance:", "Read the full statement from the Trust below:"
    re.compile(r"(?:^|[.!?]\s+)(?:Below\s+(?:is|are)|Read|See|Here\s+is|Here['’]s)\s+(?:the|a|an)\s+" + _ADJ + _DOCUMENTS + r"s?\s+(?:from|by|of)\s+" + _NAME + r"[^:\n]{0,120}:$"),
    # "Ada Vance's (full) statement is below:", "Vance's statement reads in full:"
    re.compile(r"(?:^|[.!?]\s+)" + _NAME + r"['’]s?\s+" + _ADJ + _DOCUMENTS + r"\s+(?:is\s+below|follows|reads(?:\s+in\s+full)?|in\s+full)[^:\n]{0,40}:$"),
]
_OPEN = re.compile(r"\s*(?:''|``|[\"“‘'])?$")
_SPEAKERS = ("person", "organization", "group")


def statement_lead(text: str, q_start: int, ctx) -> str | None:
    """The owner named by a statement lead-in that ends, with a colon, right before the quotation
    opening at `q_start` (only blank space and the opening mark between); None otherwise."""
    colon = text.rfind(":", max(0, q_start - 8), q_start)
    if colon < 0 or text[colon + 1 : q_start].strip(" \n\t\"“‘'`") or text[colon + 1 : q_start].count("\n") > 2:
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    line = text[line_start : colon + 1]
    if "below" not in line.lower() and not re.match(r"(?:Here|Read|See)\b", line) and not re.search(r"\b(?:follows|reads|in full):$", line):
        return None
    for pattern in _LEAD:
        m = pattern.search(line)
        if not m:
            continue
        lo, hi = line_start + m.start(1), line_start + m.end(1)
        names = {n for s, e, n in ctx.mentions if s < hi and e > lo and ctx.kind(n) in _SPEAKERS}
        if not names:
            name = ctx.full_name(re.sub(r"^the\s+", "", m.group(1).strip()))
            names = {name} if ctx.kind(name) in _SPEAKERS else set()
        return names.pop() if len(names) == 1 else None
    return None


_PAPERS = frozenset("paper newspaper".split())
# The last word of a newspaper's name ("The Wall Street Journal", "the Marrowby Gazette"); "Daily"
# may open one ("Daily Clarion"). "Journal of ..." is a scholarly journal: the word must end it.
_MASTHEAD = re.compile(
    r"(?:^|\s)(?:Times|Post|Journal|Herald|Tribune|Gazette|Guardian|Telegraph|Chronicle|Globe|Star|Sun|Mirror|Express|"
    r"Independent|Observer|Inquirer|Examiner|Courier|Register|Record|Bulletin|Standard|Dispatch|Sentinel|Enquirer|"
    r"Mail|Monde|Zeitung|Spiegel|Post-Gazette|Free Press|Star-Tribune|Plain Dealer|Statesman|Advertiser|Argus)$|^(?:The\s+)?Daily\s"
)
_STUDY = re.compile(r"\b(?:[Ss]tud(?:y|ies)|[Rr]esearch(?:ers?)?|[Ss]cientists?|journal|[Pp]reprint|[Pp]ublished\s+in\s+(?:the\s+)?(?:journal|Nature|Science))\b")
_MASTHEAD_WORDS = "Times|Post|Journal|Herald|Tribune|Gazette|Guardian|Telegraph|Chronicle|Globe|Inquirer|Examiner|Courier|Dispatch|Sentinel|Enquirer"
# Words that end a newspaper's name only after a place or title word ("Daily Mail", "Harbour Star").
_MASTHEAD_AFTER = "Star|Sun|Mirror|Express|Observer|Register|Record|Bulletin|Standard|Mail|Statesman|Advertiser|Argus|Independent"
# A capitalised name that ends in a masthead word and is not the start of a longer name ("Times
# Square", "Post Office"), for newspapers the tagger did not mark.
_MASTHEAD_RUN = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,4}(?:" + _MASTHEAD_WORDS + r")|(?:[A-Z][\w.'’-]*\s+){1,4}(?:" + _MASTHEAD_AFTER + r"))\b(?![\w-])(?!\s+[A-Z])"
)


def _is_newspaper(name: str, s: int, e: int, text: str) -> bool:
    if _MASTHEAD.search(name.strip()):
        return True
    # "the newspaper El Faro", "El Faro newspaper", "the Spanish daily El Faro"
    return bool(re.search(r"\b(?:newspaper|daily|paper)\s+(?:the\s+)?$", text[max(0, s - 25) : s])) or bool(re.match(r"[’']?s?\s+(?:newspaper|daily)\b", text[e : e + 15]))


def paper_outlet(tok, base: int, ctx) -> str | None:
    """The newspaper "the paper" / "the newspaper" (subject `tok`) stands for: the one newspaper
    named outside quotations earlier in the same article; None when there is none or several,
    when the noun has modifiers of its own, or when the article spoke of a study first."""
    if tok.lower_ not in _PAPERS:
        return None
    kids = [c for c in tok.children if c.i < tok.i]
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
        return None
    pos = base + tok.idx
    if _STUDY.search(ctx.text[:pos]):
        return None
    names = set()
    for s, e, name in ctx.mentions:
        if e <= pos and not ctx.in_quote(s) and ctx.kind(name) != "person" and _is_newspaper(ctx.text[s:e], s, e, ctx.text):
            names.add(name)
    for m in _MASTHEAD_RUN.finditer(ctx.text, 0, pos):
        surface = re.sub(r"^(?:The|A|An|In|At|On|To|By|From|For)\s+", "", m.group(1))
        if ctx.in_quote(m.start(1)) or " " not in surface and surface == m.group(1) and m.start(1) == ctx.text.rfind("\n", 0, m.start(1)) + 1:
            continue  # a lone capitalised word opening a paragraph ("Post ...") is no masthead
        if " " not in surface and re.fullmatch(_MASTHEAD_AFTER, surface):
            continue  # "an Independent candidate": only "the Independent" with more words is a paper
        name = ctx.entity_at(m.start(1), m.end(1), ("organization", "group")) or ctx.full_name(surface)
        if ctx.kind(name) != "person":
            names.add(name)
    # "Gazette" and "Dunmore Gazette" are one paper
    names = {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}
    return names.pop() if len(names) == 1 else None
