"""Session 20 (issue 12, brief D): an inverted "said" whose subject, a long title and then a name
ending the sentence, the parser misread (`analyze/said_titled.py`). The misreading is rebuilt by
hand (fictional sentence; the real parser reads short ones correctly)."""

import spacy
from spacy.tokens import Doc

from newsweave.analyze.said_titled import titled_name_after

_VOCAB = spacy.blank("en").vocab


def _doc(rows):
    words, heads, deps, tags = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))


class _Ctx:
    """Knows one person, "Ada Vance", wherever her name stands."""

    def __init__(self, doc):
        self.spans = [(t.idx, t.idx + len(t.text)) for t in doc if t.text in ("Ada", "Vance")]

    def entity_at(self, start, end, kinds=("person",)):
        return "Ada Vance" if "person" in kinds and any(s < end and e > start for s, e in self.spans) else None


def _said(title):
    """“Piers reopen,” said <title words> Ada Vance. -- "said" the root with no subject, the first
    title word read as a verb holding the rest, the name an adverbial modifier of it (the misparse)."""
    rows = [("“", 4, "punct", "``"), ("Piers", 2, "nsubj", "NNS"), ("reopen", 4, "ccomp", "VBP"), ("”", 4, "punct", "''"), ("said", 4, "ROOT", "VBD")]
    first = len(rows)
    for k, (word, tag) in enumerate(title):
        rows.append((word, 4 if k == 0 else first, "ccomp" if k == 0 else "dobj", "VBG" if k == 0 else tag))
    rows += [("Ada", len(rows) + 1, "compound", "NNP"), ("Vance", first, "npadvmod", "NNP"), (".", 4, "punct", ".")]
    return _doc(rows)


def test_a_long_title_before_a_name_ending_the_sentence_gives_that_person():
    doc = _said([("Harbour", "NNP"), ("director", "NN"), ("of", "IN"), ("operations", "NN")])
    assert titled_name_after(doc[4], 0, _Ctx(doc)) == "Ada Vance"


def test_no_one_after_a_relation_a_determiner_or_another_preposition():
    for title in (
        [("Harbour", "NNP"), ("friend", "NN"), ("of", "IN"), ("longtime", "JJ")],  # a friend of ...: someone else
        [("Harbour", "NNP"), ("aide", "NN"), ("to", "IN")],
        [("Harbour", "NNP"), ("director", "NN"), ("the", "DT")],
    ):
        doc = _said(title)
        assert titled_name_after(doc[4], 0, _Ctx(doc)) is None


def test_no_one_when_the_verb_has_a_subject_or_does_not_follow_the_quotation():
    doc = _doc([("Vance", 1, "nsubj", "NNP"), ("said", 1, "ROOT", "VBD"), ("Harbour", 1, "dobj", "NNP"), ("Ada", 4, "compound", "NNP"), ("Vance", 2, "appos", "NNP")])
    assert titled_name_after(doc[1], 0, _Ctx(doc)) is None
