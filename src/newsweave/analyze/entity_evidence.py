"""Where a name ends, decided from the rest of the story (issue 12, session 13): written from the first
run on the PolNeAR set `entities_dev_z3` (and `_z2`'s leftovers), as rules that read evidence across the
article rather than word lists. Pure string rules over one story's mentions and texts (no model), applied
by `entity_spans.repair_mentions` and `entities.build_entities`:

- two mentions the tagger cut out of one name at "for the" ("Marrow Court of Appeals" + " for the " +
  "Quillon Circuit") are one organisation when the first is an organisation of two or more
  words, the second an organisation or place, and the story writes neither part anywhere else: a part
  that is a name of its own shows up on its own ("the Senate" in "voted for the Senate bill" is written
  apart, so nothing is joined), and a place or one word before "for the" is where someone acted ("in
  Quillon County for the Tessel Party", "at Google for the …");
- a hyphenated span of two names ("Washington Post-ABC News") is the two names when the story also
  writes each side apart from this span ("the Washington Post/ABC News poll");
- an organisation's possessive is not part of what it owns: "Alphabet Inc’s Google", "Green Party’s
  Jill Stein" are the owner and the owned when the owner ends in an organisation's own suffix word
  (Inc, Corp, Party, …), so it is a name by its form (tried and dropped: any owner of two or more words,
  which cut "Rome Children’s Hospital" and fixed nothing else on the tuning sets);
- a name that takes a form only a person takes somewhere in the story is a person, whatever the tagger
  voted: an age in apposition ("Scott, 43, a father of seven"; "X, who" is not: "the Board of Deputies, who",
  nor "The diocese said he …": "he" is someone else); and a full name whose surname alone takes that form is
  one too ("Keith Lamont Scott", typed an organisation at every
  mention, beside "Scott, 43,"), so the surname joins it;
- a surname written only as "the X family" (or clan, dynasty) names the family, a group of its
  own, never an alias of one member ("the Ricketts family" beside J. Joe Ricketts).
"""

from __future__ import annotations

import re
from dataclasses import replace

_FOR_THE = (" for the ", " for ")
_ORG_SUFFIX = frozenset("Inc Inc. Corp Corp. Co. LLC Ltd Ltd. Plc PLC Party Group".split())
_OWNED = re.compile(r"(?:'s|’s)[ \xa0](?=[A-Z])")
_FAMILY_AFTER = re.compile(r"[ \xa0](?:family|clan|dynasty|families)\b")


def _count(word: str, texts: dict[str, str]) -> int:
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return sum(len(pattern.findall(t)) for t in texts.values())


def join_for_the(mentions: list, texts: dict[str, str], bare) -> list:
    """'Marrow Court of Appeals' + ' for the ' + 'Quillon Circuit' -> one organisation, when
    the story writes neither part anywhere but in this one span."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        if (a in joined or nxt.article_id != m.article_id or m.kind != "organization" or nxt.kind not in ("organization", "place")
                or " " not in bare(m.text)):
            continue
        text = texts[m.article_id]
        gap = text[m.end : nxt.start]
        right = bare(nxt.text)
        if gap not in _FOR_THE or not right[:1].isupper() or not bare(m.text)[:1].isupper():
            continue
        whole = text[m.start : nxt.end]
        if _count(whole, texts) == _count(bare(m.text), texts) == _count(right, texts):
            joined[a] = replace(m, end=nxt.end, text=whole, kind="organization")
            joined[b] = None
    return [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]


def _written_apart(piece: str, whole: str, texts: dict[str, str]) -> bool:
    pattern = re.compile(rf"(?<![\w-]){re.escape(piece)}(?![\w-])")
    return any(pattern.search(t.replace(whole, "\x00")) for t in texts.values())


def split_name_pairs(mentions: list, texts: dict[str, str]) -> list:
    """'Washington Post-ABC News' -> 'Washington Post', 'ABC News' when the story writes both apart;
    'Alphabet Inc’s Google' -> 'Alphabet Inc', 'Google' (an owner named by an organisation's suffix)."""
    out = []
    for m in mentions:
        hyphen = re.fullmatch(r"(.*[a-z.][A-Za-z.]*)-([A-Z].*)", m.text)
        if hyphen and " " in m.text and "-" not in hyphen.group(1) and "-" not in hyphen.group(2):
            left, right = hyphen.group(1), hyphen.group(2)
            if (left[:1].isupper() and len(left) > 2 and len(right) > 2
                    and all(_written_apart(p, m.text, texts) for p in (left, right))):
                out.append(replace(m, end=m.start + len(left), text=left))
                out.append(replace(m, start=m.end - len(right), text=right))
                continue
        owned = _OWNED.search(m.text)
        if owned:
            owner = m.text[: owned.start()]
            lead = 4 if owner.startswith(("the ", "The ")) else 0
            if owner.split(" ")[-1] in _ORG_SUFFIX and owner[lead : lead + 1].isupper() and " " in owner[lead:]:
                out.append(replace(m, start=m.start + lead, end=m.start + owned.start(), text=owner[lead:], kind="organization"))
                out.append(replace(m, start=m.start + owned.end(), text=m.text[owned.end() :]))
                continue
        out.append(m)
    return out


def family_surnames(mentions: list, texts: dict[str, str], bare) -> set[str]:
    """One-word surfaces every mention of which is followed by 'family' (or clan, dynasty): a family."""
    seen: dict[str, bool] = {}
    for m in mentions:
        word = bare(m.text)
        if " " in word or not word[:1].isupper():
            continue
        follows = bool(_FAMILY_AFTER.match(texts[m.article_id], m.end))
        seen[word] = seen.get(word, True) and follows
    return {w for w, every in seen.items() if every}


_PERSON_AFTER = re.compile(r",[ \xa0]\d{1,3},[ \xa0]")


def person_forms(mentions: list, texts: dict[str, str], bare, kind_of: dict[str, str]) -> set[str]:
    """Surfaces the story writes, at least once, in a form only a person takes (an age in apposition),
    and the two- or three-word names whose last word is such a surname when no other full name ends in
    it (a tagger's person vote on the last word is not enough: "Juan" of "San Juan", "Virginia")."""
    found = {bare(m.text) for m in mentions if _PERSON_AFTER.match(texts[m.article_id], m.end, m.end + 24)}
    found = {s for s in found if kind_of.get(s) != "group" and s[:1].isupper()}
    persons_alone = {s for s in found if " " not in s}
    multi: dict[str, list[str]] = {}
    for s in kind_of:
        words = s.split(" ")
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words):
            multi.setdefault(words[-1], []).append(s)
    for last, names in multi.items():
        if last in persons_alone and len(names) == 1:
            found.add(names[0])
    return {s for s in found if kind_of.get(s) != "person"}
