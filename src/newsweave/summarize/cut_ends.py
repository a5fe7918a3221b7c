"""Where a sentence cut off by the end of its copy may end instead (issue 13, session 20).

A truncated copy (Multi-News val100: every document is cut at a fixed length) ends in the middle of
its last sentence ("The council voted to close the pier, and residents said they would" and no
more). `copy_edges.never_shown` keeps such a sentence out of every summary; `cut_excerpts` gives it
as its complete leading clause instead, cited at exactly that span and shown with a full stop. This
module says where that clause may end, by the parse of the whole cut sentence:

- before a comma and a coordinating "and", "but", "yet" or "so" that joins a new clause with its own
  subject to the main verb ("..., and residents said ...": the clause before it is a sentence); without
  the comma the parse of a lower-cased copy took nouns joined by "and" for clauses (val100: "... no
  danger to the astronauts and kimbrough" cut before "and whitson went on ...");
- before a subordinate clause of time, cause or concession attached to the main verb ("... after
  the vote was ...", "... because ...", "... although ..."); never before "if", "unless" or
  "until", which set a condition or a limit the main clause does not hold without;
- before a loose modifier after a comma (`cut_excerpts`'s participle, "which", "who", "with", ...).

A place is only taken when every word before it hangs on a word before it in the parse, and every
clause the part opens has its verb: a part that leaves a word waiting for its head, or a clause
without its verb ("Officials said that the bridge, which ...": "bridge" is the subject of a verb
after the cut), is no clause. Without spaCy nothing is offered.
"""

from __future__ import annotations

import re

from ..analyze.parsing import parse_texts

# Conjunctions whose second clause can go: the first still says what it said. Not "or" or "nor".
_COORDINATING = frozenset({"and", "but", "yet", "so"})
# Subordinators whose clause can go without changing the main clause's claim.
_SUBORDINATING = frozenset({"because", "after", "before", "when", "while", "as", "although", "though", "since", "whereas"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# A part ends before one of these or before a comma; a sentence without any is not parsed.
_MAY_END = re.compile(r",|\b(?:" + "|".join(sorted(_SUBORDINATING)) + r")\b", re.I)
# The least words a completed part has (a shorter one is rarely the news): a shorter sentence is not parsed.
MIN_WORDS = 8
# Clausal dependents: one headed by a noun is a clause whose verb the cut took.
_CLAUSES = frozenset({"ccomp", "advcl", "csubj", "relcl"})


def parse_cut(texts: list[str], nlp) -> list:
    """The parse of each text (sentences cut off in their middle), in one batch; None for a text
    too short for a part or with no word a part may end before (it is not parsed)."""
    worth = [k for k, t in enumerate(texts) if len(t.split()) > MIN_WORDS and _MAY_END.search(t)]
    docs = parse_texts(nlp, [texts[k] for k in worth]) if worth else []
    out: list = [None] * len(texts)
    for k, doc in zip(worth, docs):
        out[k] = doc
    return out


def clause_ends(doc, loose: list[int]) -> list[int]:
    """Character offsets in `doc` (the parse of a sentence cut off in its middle, `parse_cut`)
    where its leading part may end, the latest first: the parse's clause boundaries and the offsets
    `loose` (loose modifiers found by the caller), each kept only when the part before it depends on
    nothing after it."""
    sents = list(doc.sents) if doc is not None else []
    if not sents:
        return []
    root = sents[0].root
    ends = set(loose)
    for tok in sents[0]:
        if tok.i <= root.i:
            continue
        if tok.dep_ == "cc" and tok.lower_ in _COORDINATING and tok.head == root and doc[tok.i - 1].text == "," and _new_clause(root, tok):
            ends.add(doc[tok.i - 1].idx)
        elif tok.dep_ == "mark" and tok.lower_ in _SUBORDINATING and tok.head.dep_ == "advcl" and tok.head.head == root:
            ends.add(_before_comma(doc, tok))
    return sorted((a for a in ends if _closed(doc, a)), reverse=True)


def _new_clause(root, cc) -> bool:
    """Does the conjunction `cc` join a verb with its own subject to `root`?"""
    return any(
        c.dep_ == "conj" and c.i > cc.i and c.pos_ in ("VERB", "AUX") and any(g.dep_ in _SUBJECTS for g in c.children) for c in root.children
    )


def _before_comma(doc, tok) -> int:
    """The offset of `tok`, or of the comma right before it."""
    if tok.i > 0 and doc[tok.i - 1].text in (",", ";"):
        return doc[tok.i - 1].idx
    return tok.idx


def _closed(doc, offset: int) -> bool:
    """Does every token before `offset` hang on a token before it (the part needs nothing after), and
    has every clause it opens a verb ('said that the old pier': a clause whose verb was cut off)?"""
    kept = [t for t in doc if t.idx < offset]
    if not kept or any(t.head.idx >= offset for t in kept):
        return False
    return not any(
        (t.dep_ == "mark" and t.head.pos_ not in ("VERB", "AUX")) or (t.dep_ in _CLAUSES and t.pos_ in ("NOUN", "PROPN", "PRON")) for t in kept
    )
