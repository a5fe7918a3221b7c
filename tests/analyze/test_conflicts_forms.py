"""Counts in other forms (issue 12, session 7): shares in words, nationalities as people, a count
read past an "including ..." aside. Fictional text written here."""

import pytest

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.quantities import quantities

from .conftest import fictional_docs


def _share(text):
    qs = [q for q in quantities(text, forms=True) if q.unit == "percent"]
    assert len(qs) == 1, qs
    return qs[0].low, qs[0].high


def test_shares_in_words_become_percent_ranges():
    lo, hi = _share("The survey found that around a third of Brellham households own a boat.")
    assert 29 < lo < 31 and 36 < hi < 37
    lo, hi = _share("More than half of the Brellham ferry crew voted to strike.")
    assert lo == 50 and hi == 100
    lo, hi = _share("Two-thirds of the Brellham councillors backed the harbour plan.")
    assert 65 < lo < 67 < hi < 68


@pytest.mark.parametrize("text", [
    "The match turned in the first half and half an hour later it was over.",
    "Profits rose in the third quarter at the Brellham yard.",
    "Every third ferry to Brellham was late.",
])
def test_half_and_thirds_that_are_no_share(text):
    assert [q for q in quantities(text, forms=True) if q.unit == "percent"] == []


def test_forms_are_off_by_default_for_fact_grouping():
    text = "Around a third of the 28 Ostrians on board were rescued."
    assert not any(q.unit == "percent" for q in quantities(text))
    assert [q.place for q in quantities(text) if q.value == 28] == [""]
    assert any(q.unit == "percent" for q in quantities(text, forms=True))
    assert [(q.unit, q.place) for q in quantities(text, forms=True) if q.value == 28] == [("people", "Ostrians")]


def test_a_number_inside_a_name_is_no_quantity():
    assert [q.value for q in quantities("At least 15 million KX-19 vaccine doses were wasted in Brellham.", forms=True)] == [15e6]


def test_a_share_in_words_conflicts_with_a_percent_of_the_same_thing():
    docs = fictional_docs(
        "The Brellham harbour survey found that 61 percent of the ferry crews work night shifts, the port authority said.",
        "The Brellham harbour survey found that around a third of the ferry crews work night shifts, the port authority said.",
    )
    found = value_conflicts(docs, nlp=None)
    assert len(found) == 1 and found[0].kind == "number"
    assert {s.value for s in found[0].sides} == {"61 percent", "around a third"}


def test_a_share_in_words_that_agrees_is_no_conflict():
    docs = fictional_docs(
        "The Brellham harbour survey found that 34 percent of the ferry crews work night shifts, the port authority said.",
        "The Brellham harbour survey found that around a third of the ferry crews work night shifts, the port authority said.",
    )
    assert value_conflicts(docs, nlp=None) == []


def test_nationality_count_against_people_count_of_the_same_dead():
    docs = fictional_docs(
        "Of the 31 people who died in the Brellham shelling, 12 were fishermen, Ostrian officials said.",
        "At least 35 Ostrians, including five children, have been reported killed in the Brellham shelling.",
    )
    found = value_conflicts(docs, nlp=None)
    assert len(found) == 1
    assert {s.value for s in found[0].sides} == {"31", "at least 35"}
    assert value_conflicts(docs, nlp=None, forms=False) == []


def test_two_nationalities_are_two_counts():
    docs = fictional_docs(
        "At least 35 Ostrians have been reported killed in the Brellham shelling, officials said.",
        "At least two Vantians have been reported killed in the Brellham shelling, officials said.",
    )
    assert value_conflicts(docs, nlp=None) == []


def test_an_echo_in_the_other_sentence_blocks_the_link():
    # the second sentence states 31 too: its 40 counts something else
    docs = fictional_docs(
        "The Brellham shelling killed 31 people, Ostrian officials said on Monday.",
        "The Brellham shelling killed 31 people and wounded 40 people, Ostrian officials said on Monday.",
    )
    assert value_conflicts(docs, nlp=None) == []
