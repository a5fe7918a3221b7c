"""Session 19 (issue 12, brief D): a capitalised possessive the tagger read as a common noun
("Quellmar’s campaign", an unusual surname opening the sentence) is the proper noun that names a
statement's author (`analyze/possessive_authors.py`, used by `speaker_resolve._author`). The
tagger's misreading is rebuilt by hand (fictional sentence; the real tagger reads this short one
right)."""

import spacy
from spacy.tokens import Doc

from newsweave.analyze.possessive_authors import possessive_names

_VOCAB = spacy.blank("en").vocab


def _doc(first: str, tag: str):
    rows = [(first, 2, "poss", tag), ("’s", 0, "case", "POS"), ("campaign", 3, "nsubj", "NN"), ("issued", 3, "ROOT", "VBD"),
            ("an", 5, "det", "DT"), ("apology", 3, "dobj", "NN"), (".", 3, "punct", ".")]
    words, heads, deps, tags = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))


def test_a_surname_tagged_as_a_common_noun_names_the_campaign():
    doc = _doc("Quellmar", "NN")
    assert [t.text for t in possessive_names(doc[2])] == ["Quellmar"]


def test_a_day_or_anyone_is_no_name():
    assert possessive_names(_doc("Today", "NN")[2]) == []
    assert possessive_names(_doc("Everyone", "NN")[2]) == []


def test_a_lower_case_owner_is_no_name():
    assert possessive_names(_doc("party", "NN")[2]) == []
