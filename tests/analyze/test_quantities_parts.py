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
    (q,) = quantities("Rangers caught a 7-meter-long python near Arden.", forms=True)
    assert q.unit == "length" and abs(q.value - 7.0) < 1e-9
    (q,) = quantities("Arden will dig a 118-feet-wide canal to Belmar.", forms=True)
    assert q.unit == "length" and abs(q.value - 35.97) < 0.01
    # one length converted is no conflict
    assert _conflicts("Rangers near Arden caught a 7-meter-long python on Monday, the park said.",
                      "On Monday rangers near Arden caught the 23-foot-long python, the park said.") == []


def test_a_count_listed_with_one_more_member_is_a_part():
    assert [q.part for q in quantities("Officers report that four women and a teenage girl died in Arden.", forms=True)] == [True]
    assert [q.part for q in quantities("A teenager and two men, all from Belmar, were held.", forms=True)] == [True]
    assert [q.part for q in quantities("Tom Vell, director of the Arden centre, and two researchers told the paper.", forms=True)] == [True]
    # counts listed with counts are not changed here, and a plain count stays whole
    assert [q.part for q in quantities("It killed 12 people and injured 31 others.", forms=True)] == [False, False]
    assert [q.part for q in quantities("Five officers have been put on leave.", forms=True)] == [False]
    assert _conflicts("Officers report that four women and a teenage girl died in an Arden salon on Saturday.",
                      "Five women died in an Arden salon on Saturday, officers report.") == []


def test_new_deaths_are_an_addition_and_of_these_gives_parts():
    assert _conflicts("The Arden lettuce outbreak has killed 14 people, health officials said.",
                      "Health officials said two new deaths came from the Arden lettuce outbreak.") == []
    assert [q.part for q in quantities("Of these, three adults and 7 children died in the blaze.", forms=True)] == [True, True]
    assert [q.part for q in quantities("The death toll of the Arden storm included two children.", forms=True)] == [True]


def test_miles_per_gallon_is_no_distance():
    qs = quantities("The rating of the Arden car drops by six miles per gallon.", forms=True)
    assert [q.unit for q in qs] == ["mpg"]
    found = _conflicts("The rating of the Arden car drops by six miles per gallon, the maker said.",
                       "The Arden's range on one charge is 240 miles, the maker said.")
    assert found == []  # a fuel economy is not a range


def test_a_hedged_range_keeps_its_range():
    (q,) = quantities("The van slid roughly 150 to 200 yards.", forms=True)
    assert q.low < 150 * 0.9144 and q.high > 200 * 0.9144
    assert _conflicts("The van slid approximately 200 yards on the icy Arden road before stopping.",
                      "On the icy Arden road the van slid roughly 150 to 200 yards, the officer said.") == []
