"""Value conflicts that an editor would not sign off, seen on the training value listing (issue 12,
session 10 part 2, gold/conflicts_train_values.jsonl): a hyphenated metric length read with the
unit "long"/"wide", a count
listed with one more member of its group, "new" deaths as an addition, a sentence opening "Of these",
a toll that "included" some, "miles per gallon" read as a distance, a hedged range read as one
figure. Fictional sentences; each test fails on the code before these rules (07f307b)."""

from __future__ import annotations

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.quantities import quantities
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article


def _conflicts(a_text, b_text):
    seg = RuleSegmenter()
    return value_conflicts((seg.split(Article(id="a", outlet="A", text=a_text)), seg.split(Article(id="b", outlet="B", text=b_text))), nlp=None)


def test_a_hyphenated_metric_length_is_a_length():
    (q,) = quantities("The body was found inside a 7-meter-long python near Arden.", forms=True)
    assert q.unit == "length" and abs(q.value - 7.0) < 1e-9
    (q,) = quantities("The 118-feet-wide tunnel will pass through the Belmar headland.", forms=True)
    assert q.unit == "length" and abs(q.value - 35.97) < 0.01
    # one length converted is no conflict
    assert _conflicts("The body was found inside a 7-meter-long python near Arden on Monday.",
                      "The body found inside the 23-foot-long python near Arden was a farmer's.") == []


def test_a_count_listed_with_one_more_member_is_a_part():
    assert [q.part for q in quantities("Police say four women and a teenage girl were found dead in Arden.", forms=True)] == [True]
    assert [q.part for q in quantities("A teenager and two men, all from Belmar, were held.", forms=True)] == [True]
    assert [q.part for q in quantities("Tom Vell, director of the Arden centre, and two researchers told the paper.", forms=True)] == [True]
    # counts listed with counts are not changed here, and a plain count stays whole
    assert [q.part for q in quantities("It killed 12 people and injured 31 others.", forms=True)] == [False, False]
    assert [q.part for q in quantities("Five officers have been put on leave.", forms=True)] == [False]
    assert _conflicts("Police say four women and a teenage girl were found dead in a salon in Arden on Saturday.",
                      "Five women were found dead in a salon in Arden on Saturday, police said.") == []


def test_new_deaths_are_an_addition_and_of_these_gives_parts():
    assert _conflicts("A bacterial outbreak blamed on tainted lettuce has killed 14 people across the region.",
                      "Two new deaths linked to the bacterial outbreak blamed on tainted lettuce were reported.") == []
    assert [q.part for q in quantities("Of these, five adults and 10 children were killed in a fire.", forms=True)] == [True, True]
    assert [q.part for q in quantities("The death toll included two children and a woman.", forms=True)] == [True]


def test_miles_per_gallon_is_no_distance():
    qs = quantities("Its highway estimate will be lowered by six miles per gallon.", forms=True)
    assert [q.unit for q in qs] == ["mpg"]
    found = _conflicts("The Arden's highway fuel economy estimate will be lowered by six miles per gallon.",
                       "The Arden's range on one charge is 240 miles, the maker said.")
    assert found == []  # a fuel economy is not a range


def test_a_hedged_range_keeps_its_range():
    (q,) = quantities("The car was dragged for roughly 150 to 200 yards.", forms=True)
    assert q.low < 150 * 0.9144 and q.high > 200 * 0.9144
    assert _conflicts("The car was dragged approximately 200 yards along the Arden road before the truck stopped.",
                      "The car was dragged for roughly 150 to 200 yards along the Arden road, the officer said.") == []
