"""An institution whose name holds "and" that the tagger cut after the "and": the words before it rejoin.

The small spaCy model often tags only the part of "X and Y Committee" after the "and": "the Harbour
Safety and Works Committee" gives "Works Committee", "the Ada and Tom Brindle Foundation" gives "Tom
Brindle Foundation" (and "Ada" as a person). Each piece is then listed as a name the text never uses
on its own (the gold's *cut* kind). `entity_joins.join_and_runs` already joins such names when both
sides are tagged and the whole is written twice; this module covers the commoner case of one writing
with an untagged or person-tagged left side.

Rule: an organisation mention whose last word is an institution head ("Committee", "Foundation", …,
`entity_joins._INSTITUTION_HEAD`) and that follows "<1-4 capitalised words> and " directly takes those
words, when
- the mention itself is never written apart from the whole name (a "Works Committee" named alone
  elsewhere is its own body: "the Port Authority and Works Committee" stays two);
- the left words are never written apart from "<left> and <the mention without its head>" (so
  "Ada" of "Ada and Tom Brindle" may stand for the pair elsewhere, but "the Marlow Trust and Works
  Committee", with "Marlow Trust" named alone, stays two);
- no left word is a title, a calendar word or an owner ("Senator", "Monday", "Brindle's"), and the
  left words do not open a sentence (a leading "The" is dropped).
The tagger's own mentions inside the left words are absorbed. Found on `entities_dev_z7` (two of its
two first-run noise, session 16) and seen before on `_z3`-era AllSides sets ("… and Governmental
Affairs Committee"); what it changed on every set is in benchmarks/ANALYSIS.md "Session 16".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_joins import _INSTITUTION_HEAD, _written_apart

_LEFT = re.compile(r"((?:[A-Z][\w’'.&-]*[ \xa0]){0,3}[A-Z][\w’'.&-]*)[ \xa0]and[ \xa0]$")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split())


def join_left_of_and(mentions: list, texts: dict[str, str], titles: frozenset[str]) -> list:
    """Mentions with "<Left> and <Right Head>" organisations rejoined (see the module docstring)."""
    story = "\n".join(texts.values())
    by_article: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_article.setdefault(m.article_id, []).append(i)
    out: dict[int, object] = {}
    absorbed: set[int] = set()
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.kind != "organization" or len(words) < 2 or not m.text[:1].isupper() or not _INSTITUTION_HEAD.match(words[-1]) or " and " in m.text:
            continue
        text = texts[m.article_id]
        hit = _LEFT.search(text, max(0, m.start - 80), m.start)
        if not hit or hit.end() != m.start:
            continue
        left_words = hit.group(1).split()
        start = hit.start(1)
        if left_words[0] in ("The", "the") and len(left_words) > 1:
            start += len(left_words[0]) + 1
            left_words = left_words[1:]
        elif re.search(r"(?:^|[.!?:\n][\"'“”‘’)]*)\s*$", text[max(0, start - 4) : start]):
            continue  # the left words open a sentence: the first one may be an ordinary word
        if any(w.lower().rstrip(".") in titles or w.lower() in _CALENDAR or w.endswith(("'s", "’s")) for w in left_words):
            continue
        left = " ".join(left_words)
        whole = text[start : m.end]
        pair = f"{left} and {' '.join(words[:-1])}"
        if _written_apart(m.text, whole, story) or _written_apart(left, pair, story):
            continue
        inside = [j for j in by_article[m.article_id] if j != i and start <= mentions[j].start and mentions[j].end <= m.start]
        out[i] = replace(m, start=start, text=whole)
        absorbed.update(inside)
    return [out.get(i, m) for i, m in enumerate(mentions) if i not in absorbed]
