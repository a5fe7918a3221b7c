"""Does a sentence add anything to the summary? Its main predicate and arguments, from the parse.

Cosine alone does not separate a repeat in other words from a publishable neighbour (SUMMARIZATION.md,
"Same claim in other words"): two leads of one event are close whether or not the second says
something new. This looks at what the candidate *says*: the subjects and the objects (direct
objects, complements, prepositional objects and clauses), with their conjuncts, of its main
predicates, reached through verbs of saying ("X said ...": the source is not the claim), clause
complements and control verbs ("was forced to disband ..."). A sentence whose subjects and every
object are already words of the summary, whose verb is too unless it has objects, and whose
negation (if any) the summary has, states nothing the summary lacks in its core (`restates`);
the caller adds the conditions that the sentence is close in meaning and names no new name or
number (coverage.py `_same_meaning`). Figures: benchmarks/SUMMARIZATION.md, "What a sentence adds".

Heavy imports (spaCy) stay in the caller's parse: this module reads parsed tokens only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.en import STOP_WORDS
from ..text.tokens import stem

# Verbs of saying: their clause complement holds the claim; their subject is the source.
_SAYING = frozenset(stem(w) for w in "say said says tell told add added announce announced report reported write wrote state stated claim claimed confirm confirmed argue argued".split())
# Time words are when, not what: a later lead adding "on Wednesday" states no new fact.
_TIME = frozenset(stem(w) for w in (
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning "
    "afternoon evening night week weekend day month year time").split())
# "two of the councils", "millions of Americans": the head is what follows "of".
_QUANTITY = frozenset("some many most all one several millions thousands hundreds dozens".split())
# Prepositions of two words and a noun ("in support of X", "on behalf of X"): the object is X.
_COMPOUND_PREPOSITIONS = frozenset(tuple(p.split()) for p in (
    "in support", "on behalf", "in favor", "in favour", "in front", "in spite", "in place", "in response",
    "in addition", "in light", "in view", "in honor", "in honour", "in memory", "in search", "in terms", "by way"))
# Words for an attempt, whose compound says at what ("the recall effort", "an impeachment push").
_EFFORT = frozenset("effort efforts attempt attempts bid bids drive campaign campaigns push".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "dative", "acomp"})


@dataclass(frozen=True)
class Frame:
    """Stems of a sentence's main verbs, their subjects and their objects (with their conjuncts),
    and whether a main verb is negated."""

    verbs: frozenset[str]
    subjects: frozenset[str]
    objects: frozenset[str]
    negated: bool = False  # a main verb is negated ("did not break the law")


def _of(token, words=("of",)):
    """The object of the "of" (or another of `words`) that follows `token`, or None."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in words:
            for p in child.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _head(token):
    if token.like_num or token.lower_ in _QUANTITY:
        return _of(token) or token
    return token


def _object(prep, pobj):
    """What a prepositional object is about: "in support of the recall effort" is about the recall
    (a compound preposition's object, `_COMPOUND_PREPOSITIONS`; an effort word's compound, `_EFFORT`)."""
    if (prep.lower_, pobj.lower_) in _COMPOUND_PREPOSITIONS:
        pobj = _of(pobj, ("of", "to")) or pobj  # "in response to X"
    if pobj.lower_ in _EFFORT:
        pobj = ([c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")] or [pobj])[-1]  # the nearest
    return _head(pobj)


def frame(parsed) -> Frame:
    """The main predicates of a parsed sentence (spaCy Doc or Span with `.sents`)."""
    verbs: set[str] = set()
    negated = False
    subjects: set[str] = set()
    objects: set[str] = set()
    for sent in parsed.sents:
        todo, seen = [sent.root], set()
        while todo:
            v = todo.pop()
            if v.i in seen:
                continue
            seen.add(v.i)
            comps = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
            todo += comps  # "X recommends that Y be Z": Y and Z are part of what is said
            if comps and stem(v.lower_) in _SAYING:
                continue  # the source of a claim is not the claim
            verbs.add(stem(v.lower_))
            if any(c.dep_ == "neg" for c in v.children):
                negated = True
            for c in v.children:
                if c.pos_ == "PRON":
                    continue
                if c.dep_ in _SUBJECTS:
                    subjects.add(stem(_head(c).lower_))
                    subjects.update(stem(x.lower_) for x in c.conjuncts if x.pos_ != "PRON")  # "Buck and Gowdy"
                elif c.dep_ in _OBJECTS:
                    objects.add(stem(_head(c).lower_))
                    objects.update(stem(x.lower_) for x in c.conjuncts if x.pos_ != "PRON")
                elif c.dep_ == "prep":
                    # "in the harbour", and a clause as the object of a preposition ("for treating him ...")
                    objects.update(stem(_object(c, p).lower_) for p in c.children if p.dep_ in ("pobj", "pcomp") and p.pos_ != "PRON")
                elif c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX"):
                    todo.append(c)
    return Frame(frozenset(verbs), frozenset(subjects - _TIME), frozenset(objects - _TIME), negated)


def words_of(parsed) -> set[str]:
    """Lower-cased words of a parsed text, for `restates`."""
    return {t.lower_ for t in parsed if not t.is_punct}


def _known(word: str, said: set[str], said_stems: set[str]) -> bool:
    # The stemmer is light ("homes" -> "hom", "home" -> "home"): a stem of 3+ letters that is a
    # word of the summary less its last letter counts as that word ("bid" is not "Biden").
    if word in said_stems:
        return True
    return len(word) >= 3 and any(len(w) == len(word) + 1 and w.startswith(word) for w in said)


def restates(f: Frame, said: set[str]) -> bool:
    """Is every core element of `f` already in `said` (lower-cased words of the summary)? Needs a
    subject; the verb must be known too when there is no object to carry the claim."""
    if not f.subjects or any(w in STOP_WORDS for w in f.subjects | f.objects):
        return False  # no subject, or a core word with no content of its own ("that", "more"): not judged
    if f.negated and not said & {"not", "n't", "never", "no"}:
        return False  # "X did not break the law" after "was X in breach of the law?" is an answer
    said_stems = {stem(w) for w in said}
    if not all(_known(w, said, said_stems) for w in f.subjects | f.objects):
        return False
    return bool(f.objects) or any(_known(v, said, said_stems) for v in f.verbs)


_PUNCT = "\"'“”‘’()[],.;:!?"
_POSSESSIVE = re.compile(r"['’]s$")


def lower_case_words(texts) -> set[str]:
    """Words written in lower case somewhere in the cluster: not names. Punctuation and a
    possessive are stripped too ("shkreli's," in a lower-cased copy is the same word as "Shkreli")."""
    common = {w for t in texts for w in t.split() if w.islower()}
    return common | {_POSSESSIVE.sub("", w.strip(_PUNCT)) for w in common}


def names_and_numbers(text: str, common: set[str]) -> set[str]:
    """Numbers, and capitalised words never written in lower case in the cluster (names), of
    `text`, possessives stripped and lower-cased. Not names: single initials ("Roy S. Moore"),
    stop words opening a sentence or a quotation ("These", "As"), days of the week (when, not
    who). A run of capitalised words is one name ("president donald trump"), which adds nothing
    after "Trump" (`new_names`)."""
    out: set[str] = set()
    run: list[str] = []
    for token in text.split():
        w = _POSSESSIVE.sub("", token.strip(_PUNCT + "—-"))
        if any(ch.isdigit() for ch in w):
            out.add(w.lower())
        elif len(w.rstrip(".")) == 1 and w[:1].isupper():
            continue  # an initial: part of the name around it, never a name by itself
        elif w[:1].isupper() and w not in common and w.lower() not in common and w.lower() not in STOP_WORDS and w.lower() not in _WEEKDAYS:
            run.append(w.lower())
            if token.rstrip("\"'”’)") == token.rstrip(_PUNCT):  # no comma or stop after it: the name may go on
                continue
        if run:
            out.add(" ".join(run))
            run = []
    if run:
        out.add(" ".join(run))
    return out


def new_names(names: set[str], given: set[str]) -> set[str]:
    """Names and numbers of `names` the summary has not given: a run of capitalised words is known
    when one of its words is ("Roy Moore" after "Moore"; "Donald Trump" after "Trump")."""
    known = {w for g in given for w in g.split()}
    return {n for n in names if n not in given and not (set(n.split()) & known)}


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
