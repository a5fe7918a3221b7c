"""Who credits whom: an article naming another article's outlet as its source, for `derivation.py`.

"…, the Marrowby Gazette reported", "told the Gazette", "according to the LA Times", "data obtained
by NBC News", "the Gazette was first to report": the article that says this restates the named
outlet's reporting. `credits(copy, source)` checks one pair; `credit_pairs(documents)` finds every
such pair in one linear pass over the texts' capitalised words.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..types import Document

_CAPITALISED = re.compile(r"[A-Z][\w&'.-]*")
_CREDIT = re.compile(r"(?i)\b(reported|said|says|reports|told|according to|first reported|(?:was|were) (?:the )?first to report|citing|cited|(?:obtained|received|reviewed|seen) by)\b")


def outlet_names(outlet: str) -> list[str]:
    """How an article names an outlet: in full, or by its last word ("the Gazette")."""
    if not outlet or outlet.lower().startswith("unknown"):
        return []
    names = [outlet]
    words = [w for w in outlet.split() if w[:1].isupper()]
    if len(words) >= 2 and len(words[-1]) > 2:
        names.append(words[-1])
    return names


def _names_this_outlet(text: str, m: re.Match, outlet: str) -> bool:
    """A short name ("Times") is this outlet's only when the capitalised word before it is part of
    the outlet's name or its initials ("the LA Times" for Los Angeles Times, not "New York Times")."""
    if m.group() == outlet:
        return True
    prev = re.search(r"([A-Z][\w.]*)\s+$", text[max(0, m.start() - 30) : m.start()])
    if not prev:
        return True
    word = prev.group(1).rstrip(".")
    parts = outlet.split()[:-1]
    initials = "".join(w[0] for w in parts if w[:1].isupper())
    return word in parts or word.replace(".", "") == initials


def credits(copy: Document, source: Document) -> bool:
    """Does `copy` credit `source` by outlet name ("the Marrowby Gazette reported", "told the Gazette")?"""
    outlet = source.article.outlet
    text = copy.article.text
    for name in outlet_names(outlet):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not _names_this_outlet(text, m, outlet):
                continue
            if _CREDIT.search(text, m.end(), m.end() + 40) or _CREDIT.search(text[max(0, m.start() - 30) : m.start()]):
                return True
    return False


def credit_pairs(documents: list[Document]) -> set[tuple[int, int]]:
    """(copy, source) index pairs where one article credits another article's outlet by name.

    One pass over each text's capitalised words (a name starts with one), so it stays linear in
    the amount of text; `credits` then confirms the crediting verb around the name."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        for name in outlet_names(doc.article.outlet):
            by_name[name].append(i)
    first: dict[str, list[str]] = defaultdict(list)
    for name in by_name:
        head = _CAPITALISED.match(name)
        if head:
            first[head.group().rstrip(".'-&")].append(name)
    if not first:
        return set()
    out = set()
    for c, doc in enumerate(documents):
        text = doc.article.text
        named = set()
        for m in _CAPITALISED.finditer(text):
            for name in first.get(m.group().rstrip(".'-&"), ()):
                end = m.start() + len(name)
                if text.startswith(name, m.start()) and (end == len(text) or not text[end].isalnum()):
                    named.update(by_name[name])
        for src in named:
            if src != c and documents[src].article.outlet != doc.article.outlet and credits(doc, documents[src]):
                out.add((c, src))
    return out
