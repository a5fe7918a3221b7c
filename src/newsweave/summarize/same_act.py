"""One person's act told twice, by two articles in their own words (issue 13, session 24, brief T).

"Councillor Pell cast the only vote against the measure." and "Only Green councillor Dana Pell of
Eastgate voted no." say one thing; the coverage selection kept both. Its checks miss the pair: the
static cosine (0.63) is under `REPEAT_COSINE`, and the second sentence names "Green" and "Eastgate",
so `repeats.new_names` counts new facts. Those names only describe the person the first sentence
already named (party, given name, home town): they sit inside the subject's noun phrase.

`retold(candidate, chosen)` (two spaCy parses): the same named subject (a proper noun of both
subjects' phrases), the same act (a main verb of one is a main verb or object of the other, "vote"
and "voted"), the candidate's core already in the chosen sentence (`repeats.restates`), the same
negation, no name or number outside the subject's phrase that the chosen sentence lacks, and at
most `SPARE` other content words the chosen sentence lacks ("cast", "measure": how it is said).
"""

from __future__ import annotations

import re

from ..lang.en import STOP_WORDS
from ..text.tokens import stem
from .repeats import _known, frame, restates, words_of

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Content words outside the subject's phrase that the chosen sentence may lack (set by reading the
# fictional pair and the Senate vote in ANALYSIS.md session 23 item 5; not tuned).
SPARE = 2


_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def close_enough(candidate: str, chosen: str) -> bool:
    """Before any parse: at most `SPARE` + 2 lower-case content words of `candidate` are not words
    of `chosen` (the subject's description may hold two, "the former mayor"). Most sentence pairs
    sharing a name fail here, so the parser is asked about few (session 24, fulltext_dev46 at 250
    words, CPU seconds: parsing every pair sharing a name 15.8 against 13.7 without the check; with
    this filter 14.6 and 15.1 against 14.1 and 14.9)."""
    said = {w.lower() for w in re.findall(r"[\w'’-]+", chosen)}
    said_stems = {stem(w) for w in said}
    extra = 0
    for w in _WORD.findall(candidate):  # lower-case words only: a capitalised word is a name, judged after the parse
        if w not in STOP_WORDS and not _known(stem(w), said, said_stems):
            extra += 1
            if extra > SPARE + 2:
                return False
    return True


def _subject_tokens(parsed) -> list:
    """Tokens of the main subjects' phrases (their subtrees) of every sentence of `parsed`."""
    out = []
    for sent in parsed.sents:
        for c in sent.root.children:
            if c.dep_ in _SUBJECTS:
                out.extend(c.subtree)
    return out


def _names(tokens) -> set[str]:
    return {t.lower_ for t in tokens if t.pos_ == "PROPN" or t.like_num}


def _match(a: str, b: str) -> bool:
    return a == b or (len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 1)


def retold(candidate, chosen) -> bool:
    """Does the parsed `candidate` sentence tell the act of the same named subject that the parsed
    `chosen` sentence (another article's) tells?"""
    fc, fs = frame(candidate), frame(chosen)
    if not fc.subjects or not fs.subjects or fc.negated != fs.negated:
        return False
    subject = _subject_tokens(candidate)
    if not _names(subject) & _names(_subject_tokens(chosen)) - {t.lower_ for t in subject if t.like_num}:
        return False  # not the same named subject
    acts_c, acts_s = fc.verbs | fc.objects, fs.verbs | fs.objects
    if not any(_match(a, b) for a in acts_c for b in acts_s if a in fc.verbs or b in fs.verbs):
        return False  # not the same act
    said = words_of(chosen)
    if not restates(fc, said):
        return False
    inside = {t.i for t in subject}
    rest = [t for t in candidate if t.i not in inside and not t.is_punct and not t.is_space]
    if _names(rest) - _names(chosen):
        return False  # a name or number beyond the subject's own description
    said_stems = {stem(w) for w in said}
    extra = [t for t in rest if t.lower_ not in STOP_WORDS and not _known(stem(t.lower_), said, said_stems)]
    return len(extra) <= SPARE
