"""Age conflicts: one person given two different ages by two articles ("Louis Jordan, 37," in one,
"Louis Jordan, 36," in another).

`quantities` skips ages by design (an age is no count of anything), so no other finder compares
them. An age is read only in the forms reporters use for a person's age, from the dependency parse
of the few sentences that have one:

- "Name, 45," / "Name, 45." (the number in apposition to the name, right after its comma, and
  followed by a comma, a full stop, a semicolon or a closing bracket: "Boston, 25 miles away" is
  no age);
- "Name (45)";
- "the 45-year-old Name" and "Name, aged 45" / "Name, age 45".

The name is the head noun the age hangs from, a proper noun in the parse (or capitalised inside
the sentence, or right after a proper noun: lower-cased text tags "Peter barclay" as a name and a
noun): "the victim, 45," is no one in particular. Its given names are the one or two words
written before the surname wherever the article names that surname ("Adam Purinton", "Seth Willis
Pickering"; stop words and titles left out).

Two mentions from different articles are the same person when the surname is the same and every
two of the cluster's ways of naming that surname share a given name; a cluster that names two
people of one surname ("Linda Weston" and "Beatrice Weston", "Taylor Sheats" and "Christy Sheats")
compares none of them, and an article that names the surname only bare ("Weston, 19") is compared
only when the cluster names one person of that surname. They conflict when each article gives one
age for the person and the two differ; an article giving two ages (one before and one after a
birthday) is describing two moments, and articles published more than a month apart may be too.
Articles that are copies of one another (`sources`) are one source. Without a parser nothing is
reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..text.tokens import STOP_WORDS
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parse_texts as parse
from .unionfind import UnionFind

_CANDIDATE = re.compile(r"[A-Za-z],\s+(?:aged?\s+)?\d{1,3}\s*[,.;)]|[A-Za-z]\s+\(\d{1,3}\)|\b\d{1,3}-year-old\s|,\s+\d{1,3}\s*$")
_TITLES = frozenset("mr mrs ms miss dr sen rep gov lt sgt col gen capt det officer judge president prof rev st".split())
_AFTER = frozenset((",", ".", ";", ")"))
_MAX_DAYS = 31


@dataclass(frozen=True)
class _Age:
    sentence: Sentence
    doc: int
    surname: str  # lower case
    age: int
    given: tuple  # the ways the person's given names are written (nearest the surname first), from the sentence or, for a bare surname, the article


def _name_like(tok) -> bool:
    return tok.text.isalpha() and len(tok.text) >= 3 and tok.lower_ not in STOP_WORDS and tok.lower_ not in _TITLES


def _is_name(tok) -> bool:
    """Does the parse (or the case) say this word is a name?"""
    if tok.pos_ == "PROPN" or (tok.text[0].isupper() and tok.i > 0 and tok.pos_ == "NOUN" and not tok.is_sent_start):
        return True
    # a lower-cased surname the tagger took for a noun or verb ("Peter barclay, 52"): a proper noun right before it
    left = tok.doc[tok.i - 1] if tok.i > 0 else None
    return left is not None and left.pos_ == "PROPN" and _name_like(left)


def _ages(parsed) -> list[tuple[object, int, bool]]:
    """(surname token, age, whether the parse says it is a name) for each age of a person in one
    parsed sentence."""
    out = []
    n = len(parsed)
    for t in parsed:
        if not t.text.isdigit() or len(t.text) > 3 or not 0 < int(t.text) <= 115:
            continue
        nxt = parsed[t.i + 1].text if t.i + 1 < n else "."
        prev = parsed[t.i - 1] if t.i > 0 else None
        name = None
        if prev is not None and prev.lower_ in ("aged", "age") and t.i >= 3 and parsed[t.i - 2].text == "," and nxt in _AFTER:
            name = parsed[t.i - 3]  # "Smith, aged 45,"
        elif prev is not None and prev.text in (",", "(") and t.i >= 2 and (nxt in _AFTER if prev.text == "," else nxt == ")"):
            name = parsed[t.i - 2]  # "Smith, 45," / "Smith (45)"
            if t.head.i != name.i and name.head.i != t.i:
                name = None  # the parse does not put the number on the name: a list or a score, not an age
        elif nxt == "-" and t.i + 4 < n and parsed[t.i + 2].lower_ == "year" and parsed[t.i + 4].lower_ == "old":
            j = t.i + 5  # "the 45-year-old Adam Purinton": the name right after, no role noun between
            while j < n and parsed[j].pos_ == "PROPN" and j + 1 < n and parsed[j + 1].pos_ == "PROPN":
                j += 1
            name = parsed[j] if j < n and j > t.i + 5 and parsed[j].pos_ == "PROPN" else None
        if name is None or not _name_like(name) or name.pos_ not in ("PROPN", "NOUN", "VERB", "ADJ"):
            continue
        before = parsed[name.i - 1] if name.i > 0 else None
        if before is not None and before.lower_ in ("no", "no.", "number", "#"):
            continue  # "No. 2": a rank
        out.append((name, int(t.text), _is_name(name)))
    return out


def _first_names(words: list[str]) -> tuple[str, ...]:
    """The given names among the words written before a surname, nearest first: at most two, an
    initial skipped ("Adam W. Purinton"), a stop word, title or punctuation ending the run."""
    out: list[str] = []
    for w in words:
        lw = w.lower().rstrip(".")
        if len(lw) == 1 and w.endswith("."):
            continue
        if lw in STOP_WORDS or lw in _TITLES or not lw.isalpha() or len(lw) < 2 or w.endswith("."):
            break
        out.append(lw)
        if len(out) == 2:
            break
    return tuple(out)


def _given_from_parse(name) -> tuple[str, ...]:
    words = []
    for k in range(name.i - 1, max(-1, name.i - 4), -1):
        tok = name.doc[k]
        if tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM", "PART", "PUNCT") and not (len(tok.text) == 2 and tok.text.endswith(".")):
            break
        words.append(tok.text)
    return _first_names(words)


def _given_names(text: str, surname: str) -> list[tuple[str, ...]]:
    """For each place the text names `surname` after a plain run of words, the given names written
    right before it (`_first_names`); bare mentions give none."""
    out = []
    for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text, flags=re.IGNORECASE):
        run = re.search(r"((?:[A-Za-z][\w'’-]*\.?\s+){1,3})$", text[max(0, m.start() - 50): m.start()])
        names = _first_names(list(reversed(run.group(1).split())) if run else [])
        if names:
            out.append(names)
    return out


def _agree(a: tuple, b: tuple) -> bool:
    """One person: the same given name next to the surname, or one's middle name next to it
    ("Christian Gerald Desgroux" / "Christian Desgroux")."""
    return a[0] == b[0] or (len(a) > 1 and a[1] == b[0]) or (len(b) > 1 and b[1] == a[0])


def _one_person(names: list[tuple]) -> bool:
    return all(_agree(x, y) for i, x in enumerate(names) for y in names[i + 1:])


_DATED_PHOTO = re.compile(r"\bfile (?:photo|image|picture)\b.*\b(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d\b.*\bfile (?:photo|image|picture)\b", re.IGNORECASE)


def _mentions(documents: tuple[Document, ...], nlp) -> list[_Age]:
    found = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if _CANDIDATE.search(s.text) and not _DATED_PHOTO.search(s.text)]
    if not found:
        return []
    raw = []
    for (d_i, s), parsed in zip(found, parse(nlp, [s.text for _, s in found])):
        raw.extend((d_i, s, name, age, named) for name, age, named in _ages(parsed))
    names = {name.lower_ for _, _, name, _, named in raw if named}
    out = []
    for d_i, s, name, age, _ in raw:
        if name.lower_ not in names:
            continue  # never a name in the parse: "the victim, 45,"
        given = _given_from_parse(name)
        if not given and name.i == 0 and s.index > 0:
            # "... Frank D." | "Kavanaugh, 81, ...": a splitter that cut after a middle initial
            cut = re.search(r"(?:^|\s)([A-Za-z]{2,})\s+[A-Za-z]\.$", documents[d_i].sentences[s.index - 1].text)
            given = _first_names([cut.group(1)]) if cut else ()
        if given:
            out.append(_Age(s, d_i, name.lower_, age, (given,)))
            continue
        # a bare "Weston, 19": the person the article names with that surname, if only one
        namings = [g for x in documents[d_i].sentences if name.lower_ in x.text.lower() for g in _given_names(x.text, name.lower_)]
        if _one_person(namings):
            out.append(_Age(s, d_i, name.lower_, age, tuple(dict.fromkeys(namings))))
    return out


def age_conflicts(documents: tuple[Document, ...], *, nlp=None, sources=None) -> list[Conflict]:
    """Conflicts over one person's age (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    ages = _mentions(documents, nlp)
    by_name: dict[str, list[_Age]] = defaultdict(list)
    for a in ages:
        by_name[a.surname].append(a)
    published = [d.article.published for d in documents]
    key = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    out = []
    for surname, all_ms in by_name.items():
        for ms in _people(all_ms):
            c = _conflict(surname, ms, published, key)
            if c is not None:
                out.append(c)
    return out


def _people(ms: list[_Age]) -> list[list[_Age]]:
    """The mentions of one surname split by person: linked when their given names agree; a person
    whose namings do not all agree with one another ("Ann" / "Ann Lee" / "Lee") is left out."""
    sets = UnionFind(len(ms))
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if any(_agree(x, y) for x in ms[i].given for y in ms[j].given):
                sets.union(i, j)
    groups: dict[int, list[_Age]] = defaultdict(list)
    for i, m in enumerate(ms):
        groups[sets.find(i)].append(m)
    return [g for g in groups.values() if _one_person(list(dict.fromkeys(x for m in g for x in m.given)))]


def _conflict(surname: str, ms: list[_Age], published: list, key) -> Conflict | None:
    per_doc: dict[int, set[int]] = defaultdict(set)
    for a in ms:
        per_doc[a.doc].add(a.age)
    if len(per_doc) < 2 or len({v for vs in per_doc.values() for v in vs}) < 2:
        return None
    if any(len(vs) > 1 for vs in per_doc.values()):
        return None  # an article giving two ages: two moments
    docs = sorted(per_doc)
    if len({key(i) for i in docs}) < 2:
        return None
    dated = [published[i] for i in docs if published[i]]
    if len(dated) >= 2 and (max(dated) - min(dated)).days > _MAX_DAYS:
        return None
    by_age: dict[int, list[_Age]] = defaultdict(list)
    for a in ms:
        by_age[a.age].append(a)
    if any(len({key(a.doc) for a in x} & {key(a.doc) for a in y}) for i, x in enumerate(by_age.values()) for y in list(by_age.values())[i + 1:]):
        return None  # copies of one source on both sides
    sides = []
    for age, xs in sorted(by_age.items(), key=lambda kv: min(a.doc for a in kv[1])):
        cites = tuple(dict.fromkeys(Citation(a.sentence.article_id, a.sentence.start, a.sentence.end, a.sentence.index) for a in xs))
        sides.append(ConflictSide(text=xs[0].sentence.text, citations=cites, value=str(age), article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
    given = next((g[0] for a in ms for g in a.given if g), "")
    return Conflict(about=f"number: age of {(given + ' ' + surname).strip().title()}", kind="number", sides=tuple(sides))
