"""Which of two articles is the source and which the copy or rewrite, from general evidence.

Length is no evidence: an aggregator's rewrite is as often longer than its source (it adds the
credit, background, a lead-in) as shorter. The evidence, strongest first:

1. The copy credits the source by outlet name ("…, the Gazette reported": `rewrite_credit`).
2. Publication time, when both articles have one and they differ: a rewrite cannot come first.
3. A dateline: the original reporter's article opens with one ("PELLOW, Westshire —",
   "LARKTON (AP) —"); a rewrite restating it in its own words drops it. Not when the datelined
   article alone credits someone else's reporting: that is an agency restating a paper's story.
4. The copy's tell-tales: it credits someone else's *reporting* ("…, the Herald reported",
   "according to news station KXAB", "a new report by …"; a government body or company that
   reports figures is not a news credit), or it opens with a stock aggregator lead-in
   ("Here's what we know", "In case you missed it").

With none of these (or both sides showing the same), the order is undetermined and the first
article seen is called the source, which the reason says. Measured on every gold pair with a known
original in benchmarks/copies_quality.py (ANALYSIS.md, "Copies", session 11).
"""

from __future__ import annotations

import re

from ..types import Document
from .rewrite_credit import credits

# A place dateline: an upper-case place ("WASHINGTON —", "SEOUL, South Korea —"), a place with its
# region ("Palm Coast, Fla. -", also in lower-cased text), or an agency tag ("LARKTON (AP) —").
_DASH = r"(?:\u2014|\u2013|--|-)\s"
_AGENCY = r"\(\s*[A-Za-z]{2,12}\s*\)\s*"
_DATELINE = re.compile(
    rf"^(?:[A-Z]{{3,}}(?:[ .'-]+[A-Z]{{2,}}\.?)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:{_AGENCY})?{_DASH}"
    rf"|[A-Z][\w.'-]*(?:\s+[\w.'-]+){{0,3}},\s+[A-Za-z][\w.]*(?:\s+[\w.]+)?\s*(?:{_AGENCY})?{_DASH}"
    rf"|[A-Z][\w.'-]*(?:[ ,]+[A-Za-z][\w.'-]*){{0,3}}\s*{_AGENCY}{_DASH})"
)
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|late|last|this|on|in|that|first"
# "<Name> reported" as a credit: clause-final, or followed by when or "that" (not "X reported 300
# cases", which is a body reporting its own figures).
_NAMED_REPORT = re.compile(
    rf"\b((?:[Tt]he\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)\s+(?:reported|has reported|first reported|reports|was first to report)(?=\s*[.,;:]|\s+(?:{_DAYS})\b)"
    r"|\b[Aa]ccording to ((?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)\s*(?:$|[.,;])"
)
# Media nouns, and the last word of a newspaper's name, make a credit whatever the casing
# ("according to news station wkmg", "the los angeles times reports").
_MEDIA_CREDIT = re.compile(  # matched against the lower-cased text (IGNORECASE is slow here)
    r"\b(?:according to|told|reported by|cited by)\s+(?:the\s+|a\s+|local\s+)*(?:news\s+station|tv\s+station|station|newspaper|tabloid|broadcaster|news\s+outlet|outlet|magazine|news\s+site|paper)\b"
    r"|\b(?:news\s+station|tv\s+station|newspaper|broadcaster|tabloid|the\s+paper|the\s+outlet|the\s+station|local\s+media|media\s+outlets?|state\s+media)\s+(?:\w+\s+)?(?:reported|reports)\b"
    r"|\b(?:times|post|journal|herald|tribune|gazette|telegraph|chronicle|globe|courier|examiner|observer|inquirer|bulletin)\s+(?:reported|reports)\b"
    r"|\baccording to (?:\w+\s+){0,2}reports\b|\b(?:previous|earlier|recent|media|news|local|press)\s+reports\b"
    r"|\baccording to (?:a|an)\s+(?:new\s+|recent\s+|exclusive\s+)?(?:report|story|article|interview)\s+(?:by|in|from|on)\b"
)
# Bodies that publish figures or findings ("the Labor Department reported Wednesday"): their
# "reported" is not another outlet's reporting.
_INSTITUTION = {
    "department", "ministry", "bureau", "administration", "agency", "office", "service", "commission",
    "committee", "council", "board", "police", "court", "institute", "university", "survey", "census",
    "officials", "official", "government", "authority", "authorities", "center", "centre", "prevention",
    "organization", "organisation", "bank", "reserve", "fund", "inc", "corp", "company", "group",
    "house", "senate", "congress", "parliament", "army", "military", "statistics", "previous", "earlier", "other",
}
_MEDIA_HEADS = {
    "news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "chronicle", "globe",
    "courier", "examiner", "observer", "inquirer", "bulletin", "press", "wire", "radio", "tv", "television",
    "network", "magazine", "daily", "reporter", "review", "mail", "mirror", "express", "standard", "caller",
}
_STOCK_LEAD = re.compile(
    r"(?i)^\s*(?:in case you missed it|icymi|here(?:'s|\u2019s| is) what (?:we know|you need to know)|"
    r"it(?:'s|\u2019s| is) official|(?:a|one) (?:new|recent) report (?:says|claims|suggests|from|by))\b"
)


def has_dateline(doc: Document) -> bool:
    """Does the article open with a dateline (its first or second paragraph, after a headline)?"""
    paragraphs = [p for p in doc.article.text[:600].split("\n") if p.strip()][:2]
    return any(_DATELINE.match(p.strip()[:120]) for p in paragraphs)


def cites_reporting(doc: Document) -> bool:
    """Does the article credit another outlet's reporting (not a body reporting its own figures)?"""
    text = doc.article.text
    if _MEDIA_CREDIT.search(text.lower()):
        return True
    for m in _NAMED_REPORT.finditer(text):
        name = (m.group(1) or m.group(2) or "").strip()
        words = [w.strip(".'") for w in name.split() if w.lower() != "the"]
        if not words or _INSTITUTION.intersection(w.lower() for w in words):
            continue
        # "according to Jane Roe, a professor" names a person: only an outlet-like name (an
        # acronym, or a newspaper's or broadcaster's head noun) makes "according to" a credit.
        if m.group(1) or (len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 5) or words[-1].lower() in _MEDIA_HEADS:
            return True
    return False


def stock_lead(doc: Document) -> bool:
    """Does the article open with an aggregator's stock lead-in?"""
    first = doc.sentences[0].text if doc.sentences else ""
    second = doc.sentences[1].text if len(doc.sentences) > 1 else ""
    return bool(_STOCK_LEAD.match(first) or (doc.article.title and first.strip() == doc.article.title.strip() and _STOCK_LEAD.match(second)))


def direction(a: Document, b: Document, tells: dict[str, tuple[bool, bool, bool]] | None = None) -> tuple[bool, str]:
    """(True when `a` is the source, the reason). `tells` caches each article's (dateline, cites
    reporting, stock lead-in) by article id across the pairs of one story."""
    credits_a, credits_b = credits(b, a), credits(a, b)
    if credits_a != credits_b:
        src = a if credits_a else b
        return credits_a, f"credited by name (\u201c{src.article.outlet}\u201d)"
    pa, pb = a.article.published, b.article.published
    if pa and pb and pa != pb:
        return pa < pb, "published earlier"
    tells = {} if tells is None else tells
    for d in (a, b):
        if d.article.id not in tells:
            tells[d.article.id] = (has_dateline(d), cites_reporting(d), stock_lead(d))
    ta, tb = tells[a.article.id], tells[b.article.id]
    # An agency's rewrite of a member paper's story carries the agency's dateline and credits the paper
    # ("COLUMBIA, Mo. (AP) — ..., the Daily Tribune reports"): a dateline beside a credit to someone
    # else's reporting, which the other article lacks, is no evidence of being the original.
    dated_credits = ta[1] and not tb[1] if ta[0] else tb[1] and not ta[1]
    if ta[0] != tb[0] and not dated_credits:
        return ta[0], "it carries the original dateline"
    if ta[1] != tb[1]:
        return tb[1], "the other credits someone else's reporting"
    if ta[2] != tb[2]:
        return tb[2], "the other opens with a stock lead-in"
    return True, "order undetermined (no credit, date, dateline or tell-tale); first seen"
