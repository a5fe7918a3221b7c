"""Count conflicts read from the parse: the same counted noun given two exact small counts by two
articles ("Dr. Lane has had four complaints with the state" / "Lane has been the target of three
medical complaints with the state board").

`quantities` takes the word after a number as what it counts, so an adjective in between ("three
medical complaints") becomes the unit and the two counts never meet; and `value_conflicts` asks the
two sentences to agree on years, names and context before comparing. This finder reads what is
counted from the dependency parse instead: a cardinal number (2 to 99, digits or words) that is the
`nummod` of a plural common noun; that noun, stemmed, is the counted thing. Two counts from
different articles are compared only when:

- the counted noun is the same, and neither noun carries a modifier the other lacks, except
  modifiers of time or order ("previous", "recent", "total"), and one side's single adjective
  ("three medical complaints" against bare "four complaints");
- each article gives one count of that noun in all its sentences, or one total and, in other
  sentences, parts that add up to it exactly ("four complaints ... Two were resolved ... Two other
  complaints are pending"); an article that counts senior staff and all staff is counting two
  things, and a count inside "two of them", "including" or "among" is a part, so the article is
  then skipped;
- both counts are exact (no "about", "at least", "more than": hedged figures are
  `value_conflicts`' job) and differ;
- the sentence holds no other figure than the count, its years and parts of it ("two of which"):
  another figure may be the whole the count is part of ("four of the six camps"); a count with
  "other", "more", "new", "additional" is an addition or a part, never the article's total;
- the counts hang from the same verb or from verbs with the same subject ("Lane has had four" /
  "Lane has been the target of three"), the sentences share two content words besides the noun,
  name the same years and the same place ("in", "on", "at", "near") if both name one, and neither
  count is planned, forecast, conditional or negated (the verb it hangs from has no modal,
  "expected", "plan" or "not");
- the articles are not copies of one another.

Without a parser nothing is reported. Only sentences whose counted word (the regex guess) is
counted by two articles with different numbers are parsed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..text.numbers import NUMBER_WORDS
from ..text.tokens import STOP_WORDS, content_terms, stem
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parse_texts

_WORDS = {k: int(v) for k, v in NUMBER_WORDS.items() if isinstance(v, (int, float)) and float(v).is_integer() and 2 <= v < 100 and "-" not in k and " " not in k}
_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
# A number, up to two words, then a plural-looking word: the cheap guess of what is counted.
_CANDIDATE = re.compile(rf"(?<![\d$£€.,:/-])\b(?P<num>{_NUMBER})\b(?![.,:/-]?\d)(?P<mid>(?:\s+[A-Za-z][a-z-]*){{0,2}}?)\s+(?P<noun>[a-z]{{2,}}(?<![ius])s)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# What is counted is not a thing of the story: time, scores, ranks, money, repeats.
_NOT_COUNTED = frozenset(stem(w) for w in (
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times", "points", "percent",
    "dollars", "cents", "pounds", "euros", "miles", "feet", "inches", "meters", "metres", "kilometers", "kilometres", "yards",
    "degrees", "goals", "runs", "innings", "rounds", "laps", "sets", "games", "steps", "words", "pages", "grams", "kilograms",
    "tons", "tonnes", "acres", "gallons", "liters", "litres", "ounces", "pounds", "odds", "others", "ones", "items", "things",
    "ways", "reasons", "questions", "seasons", "terms", "generations", "stories", "floors", "bedrooms", "episodes", "chapters"))
# Modifiers that do not make a different set of things ("four previous complaints" = "four complaints").
_LOOSE_MODIFIERS = frozenset("previous prior recent past earlier total known reported confirmed alleged such several".split())
_INCREMENT = frozenset("other more additional further another remaining separate new extra last".split())
_HEDGES = frozenset("about around roughly approximately nearly almost some over under least most than estimated up "
                    "only just some approx more less fewer".split())
_PART_WORDS = frozenset("including among includes included like".split())
_PROSPECT = frozenset("will would could might may should must can expected expects expect plan plans planned "
                      "hope hopes want wants if unless".split())


@dataclass(frozen=True)
class _Count:
    sentence: Sentence
    doc: int
    noun: str  # stemmed counted noun
    value: int
    modifiers: frozenset  # other words of the noun phrase (adjectives, compounds), lower case
    years: frozenset
    terms: frozenset  # content words of the sentence (stemmed), the noun and numbers left out
    clean: bool  # exact, asserted, not a part
    surface: str = ""  # the words from the number to the noun, as written
    increment: bool = False  # "two other complaints", "eight more bodies": a part or an addition, never the total
    verb: str = ""  # stem of the verb the count hangs from
    holder: str = ""  # that verb's subject when it is a noun other than the counted one ("Lane" in "Lane has had four complaints")
    where: frozenset = frozenset()  # nouns of the place the count is in ("cameras in Suffolk County", "tampered ... on Ocean Ave")


def _value(tok) -> int | None:
    t = tok.text.lower()
    if t.isdigit():
        v = int(t)
        return v if 2 <= v < 100 else None
    return _WORDS.get(t)


def _counts(parsed, sentence: Sentence, doc: int) -> list[_Count]:
    out = []
    years = frozenset(_YEAR.findall(sentence.text))
    for t in parsed:
        if t.dep_ != "nummod" or t.head.pos_ != "NOUN" or t.head.tag_ != "NNS":
            continue
        value = _value(t)
        noun = stem(t.head.text.lower())
        if value is None or noun in _NOT_COUNTED or t.head.i < t.i:
            continue
        left = [w.lower_ for w in parsed[max(0, t.i - 3): t.i]]
        hedged = any(w in _HEDGES for w in left[-2:]) or any(c.dep_ in ("advmod", "quantmod") for c in t.children)
        part = bool(left) and left[-1] in _PART_WORDS or (t.head.dep_ == "pobj" and t.head.head.lower_ in _PART_WORDS) \
            or any(c.lower_ == "of" and c.dep_ == "prep" for c in t.children)
        verb = t.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        prospect = any(c.dep_ in ("aux", "neg", "mark") and c.lower_ in _PROSPECT | {"not", "n't", "never"} for c in verb.children) \
            or verb.lower_ in _PROSPECT
        words = {c.lower_ for c in t.head.children if c.i < t.head.i} | {c.lower_ for c in t.children}
        increment = bool(words & _INCREMENT)
        mods = frozenset(c.lower_ for c in t.head.children if c.dep_ in ("amod", "compound") and c.i < t.head.i and c.lower_ not in _LOOSE_MODIFIERS)
        terms = frozenset(x for x in content_terms(sentence.text) if x != noun and not x[0].isdigit() and x not in _WORDS)
        # Another figure in the sentence may be the whole this count is part of ("four of the six
        # camps", "91 people ..., killing seven"): only parts of this count ("two of which") may stay.
        others = [o for o in parsed if o.i != t.i and o.like_num and not _YEAR.fullmatch(o.text) and o.lower_ != "one"
                  and not any(c.lower_ == "of" and any(g.lower_ in ("which", "them", "those", "whom") for g in c.children) for c in o.children)]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") and c.i != t.head.i), None)
        where = frozenset(g.lower_ for c in list(t.head.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "near")
                          for g in c.subtree if g.pos_ in ("PROPN", "NOUN") and g.lower_ not in _NOT_COUNTED)
        out.append(_Count(sentence, doc, noun, value, mods, years, terms, not (hedged or part or prospect or others),
                          parsed[t.i: t.head.i + 1].text, increment, stem(verb.lower_), subject.lower_ if subject is not None else "", where))
    return out


def _article_count(counts: list[_Count]) -> _Count | None:
    """The one count an article gives of a noun: all its counts equal, or one total whose parts,
    counted in other sentences, add up to it exactly ("four complaints ... Two were resolved ...
    Two other complaints are pending"). None when the article counts the noun several ways."""
    if not all(c.clean for c in counts):
        return None
    if len({c.value for c in counts}) == 1:
        return None if counts[0].increment else counts[0]
    top = max(c.value for c in counts)
    whole = [c for c in counts if c.value == top and not c.increment]
    parts = [c for c in counts if c.value != top]
    if len(whole) == 1 and sum(c.value for c in parts) == top and all(c.sentence.index != whole[0].sentence.index for c in parts):
        return whole[0]
    return None


def _modifiers_agree(a: frozenset, b: frozenset) -> bool:
    return a == b or (not a and len(b) <= 1) or (not b and len(a) <= 1)


def count_conflicts(documents: tuple[Document, ...], *, nlp, sources=None) -> list[Conflict]:
    """Two articles giving different exact counts of the same counted noun (see the module
    docstring). `nlp`: a spaCy pipeline with a parser (None: nothing is reported); `sources`: a
    `corroboration.SourceMap`, when given copies are one source."""
    if nlp is None or len(documents) < 2:
        return []
    guesses: dict[str, dict[int, set]] = defaultdict(lambda: defaultdict(set))
    where: dict[str, list[tuple[int, Sentence]]] = defaultdict(list)
    for d_i, d in enumerate(documents):
        for s in d.sentences:
            for m in _CANDIDATE.finditer(s.text):
                noun = stem(m.group("noun").lower())
                if noun in _NOT_COUNTED:
                    continue
                guesses[noun][d_i].add(m.group("num").lower())
                where[noun].append((d_i, s))
    todo: dict[tuple[str, int], tuple[int, Sentence]] = {}
    for noun, per_doc in guesses.items():
        if len(per_doc) >= 2 and len(set().union(*per_doc.values())) >= 2:
            for d_i, s in where[noun]:
                todo[(s.article_id, s.index)] = (d_i, s)
    if not todo:
        return []
    items = list(todo.values())
    parsed = parse_texts(nlp, [s.text for _, s in items])
    by_noun: dict[str, dict[int, list[_Count]]] = defaultdict(lambda: defaultdict(list))
    for (d_i, s), p in zip(items, parsed):
        for c in _counts(p, s, d_i):
            by_noun[c.noun][c.doc].append(c)
    out = []
    for noun, per_doc in by_noun.items():
        single = {d: c for d, cs in per_doc.items() if (c := _article_count(cs)) is not None}
        docs = sorted(single)
        for x in range(len(docs)):
            for y in range(x + 1, len(docs)):
                a, b = single[docs[x]], single[docs[y]]
                if a.value == b.value or not _modifiers_agree(a.modifiers, b.modifiers):
                    continue
                if (a.years and b.years and a.years != b.years) or (a.where and b.where and not a.where & b.where):
                    continue  # other years, other places
                if len(a.terms & b.terms) < 2 or not (a.verb == b.verb or (a.holder and a.holder == b.holder)):
                    continue  # the same holder or the same act: "Lane has had four" / "Lane has been the target of three"
                ida, idb = a.sentence.article_id, b.sentence.article_id
                if sources is not None and sources.root.get(ida, ida) == sources.root.get(idb, idb):
                    continue
                sides = tuple(ConflictSide(text=c.sentence.text, citations=(Citation(c.sentence.article_id, c.sentence.start, c.sentence.end, c.sentence.index),),
                                           value=c.surface, article_ids=(c.sentence.article_id,)) for c in (a, b))
                out.append(Conflict(about=f"number: count of {a.surface.split()[-1]}", kind="number", sides=sides))
    return out
