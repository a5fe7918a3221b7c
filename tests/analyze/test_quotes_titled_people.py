"""Session 20 (issue 12, brief D): a name the tagger missed, shown a person by the title before it
("Premier Ada Vance visited ..."), is what a later "he"/"she" points to (`analyze/titled_people.py`).
Fictional sentences, parsed by hand (the tagger finds these short names; long articles are where
it misses one)."""

import spacy
from spacy.tokens import Doc

from newsweave.analyze.titled_people import titled_person

_VOCAB = spacy.blank("en").vocab


class _Ctx:
    lower = False

    def __init__(self, rows, tagged=None):
        words, heads, deps, tags = zip(*rows)
        doc = Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))
        self.text = doc.text
        self.tagged = tagged
        self._antecedent_parses = {(0, len(self.text)): doc}

    def in_quote(self, pos):
        return False

    def entity_at(self, start, end, kinds=("person",)):
        return self.tagged


def _visited(first):
    return [(first, 2, "compound", "NNP"), ("Ada", 2, "compound", "NNP"), ("Vance", 3, "nsubj", "NNP"), ("visited", 3, "ROOT", "VBD"),
            ("the", 5, "det", "DT"), ("harbour", 3, "dobj", "NN"), (".", 3, "punct", ".")]


def test_a_titled_subject_the_tagger_missed_is_a_person():
    ctx = _Ctx(_visited("Premier"))
    assert titled_person(ctx, 0, len(ctx.text)) == "Ada Vance"


def test_no_person_for_an_ambiguous_title_word_or_a_tagged_place():
    ctx = _Ctx(_visited("General"))  # "General Harbour Works": a firm's name as often as a title
    assert titled_person(ctx, 0, len(ctx.text)) is None
    ctx = _Ctx(_visited("Premier"), tagged="Ada Vance")  # the tagger's own answer stands (the caller's lookup)
    assert titled_person(ctx, 0, len(ctx.text)) is None
