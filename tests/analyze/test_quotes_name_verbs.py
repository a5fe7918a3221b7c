"""Session 18 (issue 12, brief K): a reporting verb the parser left without a subject, right
after a name, is that name's (`analyze/name_verbs.py`). The parser's misreadings are rebuilt by
hand here (fictional sentences; the real parser reads these short ones correctly, long runs of
modifiers before a name are what mislead it)."""

import spacy
from spacy.tokens import Doc

from newsweave.analyze.attribution import _is_cue, subject_of
from newsweave.analyze.name_verbs import name_before

_VOCAB = spacy.blank("en").vocab


def _doc(rows):
    words, heads, deps, tags = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))


# "... after he ended a stay in Veldra, a surly Mayor Harlan insisted the pier was a “success”."
# misread: Harlan in apposition to Veldra, "insisted" a conjunct of "ended" (whose subject is "he").
_INSISTED = _doc([
    ("after", 2, "mark", "IN"), ("he", 2, "nsubj", "PRP"), ("ended", 2, "ROOT", "VBD"), ("a", 4, "det", "DT"),
    ("stay", 2, "dobj", "NN"), ("in", 4, "prep", "IN"), ("Veldra", 5, "pobj", "NNP"), (",", 6, "punct", ","),
    ("a", 11, "det", "DT"), ("surly", 11, "amod", "JJ"), ("Mayor", 11, "compound", "NNP"), ("Harlan", 6, "appos", "NNP"),
    ("insisted", 2, "conj", "VBD"), ("the", 14, "det", "DT"), ("pier", 15, "nsubj", "NN"), ("was", 12, "ccomp", "VBD"),
    ("a", 18, "det", "DT"), ("“", 18, "punct", "``"), ("success", 15, "attr", "NN"), ("”", 12, "punct", "''"),
])

# "The unusually subdued Harlan called the loss a “lesson”." misread: Harlan the root, "called" a
# passive modifier of it (as in "a ship called Rex").
_CALLED = _doc([
    ("The", 3, "det", "DT"), ("unusually", 2, "advmod", "RB"), ("subdued", 3, "amod", "VBN"), ("Harlan", 3, "ROOT", "NNP"),
    ("called", 3, "acl", "VBN"), ("the", 6, "det", "DT"), ("loss", 4, "dobj", "NN"), ("a", 9, "det", "DT"),
    ("“", 9, "punct", "``"), ("lesson", 4, "oprd", "NN"), ("”", 3, "punct", "''"),
])


def test_a_conjoined_verb_right_after_a_misparsed_name_is_that_names():
    assert subject_of(_INSISTED[12]).text == "Harlan"
    assert name_before(_INSISTED[2]) is None  # "he ended": has its own subject


def test_a_passive_looking_label_verb_with_an_object_after_a_name_is_a_reporting_verb():
    assert _is_cue(_CALLED[4])
    assert subject_of(_CALLED[4]).text == "Harlan"


def test_no_name_for_a_naming_participle_or_a_name_after_a_preposition():
    ship = _doc([("a", 1, "det", "DT"), ("ship", 1, "ROOT", "NN"), ("called", 1, "acl", "VBN"), ("Rex", 2, "oprd", "NNP")])
    assert not _is_cue(ship[2])
    letter = _doc([
        ("The", 1, "det", "DT"), ("letter", 1, "ROOT", "NN"), ("to", 1, "prep", "IN"), ("Harlan", 2, "pobj", "NNP"),
        ("insisted", 1, "conj", "VBD"), ("the", 6, "det", "DT"), ("pier", 7, "nsubj", "NN"), ("was", 4, "ccomp", "VBD"), ("safe", 7, "acomp", "JJ"),
    ])
    assert name_before(letter[4]) is None
