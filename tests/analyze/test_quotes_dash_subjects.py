"""Session 20 (issue 12, brief D): a reporting verb right after a description set off by dashes,
left without a subject by the parser, takes the noun before the dashes (`analyze/dash_subjects.py`).
The misreading is rebuilt by hand (fictional sentence; the parser reads short ones correctly)."""

import spacy
from spacy.tokens import Doc

from newsweave.analyze.attribution import subject_of

_VOCAB = spacy.blank("en").vocab


def _doc(rows):
    words, heads, deps, tags = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))


def _board(owner_dep="dep", close="—"):
    """"After the council closed it, its Harbour Board — the body that runs the port — said ..." with
    "Board" hung on "closed" and "said" the root with no subject (the misparse)."""
    return _doc([
        ("After", 3, "mark", "IN"), ("the", 2, "det", "DT"), ("council", 3, "nsubj", "NN"), ("closed", 17, "ccomp", "VBD"),
        ("it", 3, "dobj", "PRP"), (",", 3, "punct", ","), ("its", 8, "poss", "PRP$"), ("Harbour", 8, "compound", "NNP"),
        ("Board", 3, owner_dep, "NNP"), ("—", 8, "punct", ":"), ("the", 11, "det", "DT"), ("body", 8, "appos", "NN"),
        ("that", 13, "nsubj", "WDT"), ("runs", 11, "relcl", "VBZ"), ("the", 15, "det", "DT"), ("port", 13, "dobj", "NN"),
        (close, 17, "punct", ":"), ("said", 17, "ROOT", "VBD"), ("it", 19, "nsubj", "PRP"), ("ended", 17, "ccomp", "VBD"),
    ])


def test_the_noun_before_a_dashed_description_is_the_subject():
    doc = _board()
    assert subject_of(doc[17]).text == "Board"


def test_not_an_object_nor_without_the_closing_dash():
    assert subject_of(_board(owner_dep="dobj")[17]) is None  # "closed its Harbour Board — ... —": what was closed
    assert subject_of(_board(close=",")[17]) is None
