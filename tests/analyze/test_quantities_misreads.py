"""Figures the reader used to misread (issue 12, session 9, C2): a two-word number without its
hyphen ("eighty two percent" was read as 2%), a street address ("the 3600 block" was a count of
blocks) and thousands grouped by a space ("800 000 people" gave a second figure, 0 people). Each
misread figure could meet a real figure of the other article as a conflict. Fictional sentences."""

from __future__ import annotations

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.quantities import quantities
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article


def _vals(text):
    return [(q.value, q.unit) for q in quantities(text)]


def test_two_word_number_without_hyphen_is_one_number():
    assert _vals("About eighty two percent of the farmers in Lorrow backed the plan.") == [(82.0, "percent")]
    assert _vals("Twenty five people were hurt in the Lorrow flood.") == [(25.0, "people")]
    assert _vals("Eighty-two percent agreed.") == [(82.0, "percent")]


def test_a_street_block_is_an_address_not_a_count():
    assert _vals("Police were called to the 3600 block of Fennel Street on Monday.") == []
    assert _vals("The shots were fired in the 1300-block of Fennel Street.") == []
    assert _vals("Crews cleared 12 blocks of Fennel Street.") == [(12.0, "block")]


def test_thousands_grouped_by_a_space_are_one_number():
    assert _vals("Some 800 000 people fled the Varna valley.") == [(800000.0, "people")]
    assert _vals("The fund holds 1 500 000 dollars in cash.")[0][0] == 1500000.0
    # two figures that only happen to sit side by side stay two
    assert 300.0 in [v for v, _ in _vals("In ward 12 300 people voted.")]
    assert 12300.0 not in [v for v, _ in _vals("In ward 12 300 people voted.")]


def test_misread_share_no_longer_makes_a_conflict():
    seg = RuleSegmenter()
    a = Article(id="a", outlet="A", text="In the Lorrow vote, eighty two percent of members backed the merger of the two unions.")
    b = Article(id="b", outlet="B", text="In the Lorrow vote, 82 percent of members backed the merger of the two unions on Tuesday.")
    assert value_conflicts((seg.split(a), seg.split(b)), nlp=None) == []


def test_a_figure_with_a_scale_word_is_rounded_to_its_last_digit():
    from newsweave.analyze.quantities import compatible

    a = quantities("The Harrow fund is selling its 39 million shares of the grocer.")[0]
    b = quantities("The Harrow fund is selling its 39.1 million shares of the grocer.")[0]
    assert compatible(a, b)
    nine = quantities("Exactly 9 million Varnish workers would lose their benefits.")[0]
    other = quantities("Exactly 7.5 million Varnish workers would lose their benefits.")[0]
    assert not compatible(nine, other)


def test_a_figure_fused_with_d_is_a_dimension_name_not_a_count():
    assert _vals("The Orvel 3D printer cuts a 2d contour from each of 12 layers.") == [(12.0, "layer")]


def test_several_hundred_is_a_range_not_one_hundred():
    q = quantities("Agents found several hundred rounds of ammunition in the Merrow van.")[0]
    assert (q.low, q.unit) == (200.0, "round") and q.high >= 900.0
    assert quantities("Agents found a hundred rounds of ammunition in the Merrow van.")[0].high == 100.0


def test_a_whole_percentage_is_rounded_to_the_unit():
    from newsweave.analyze.quantities import compatible

    a = quantities("With every precinct in, Pell had 34 percent of the vote in Orrin.")[0]
    b = quantities("With every precinct in, Pell had 34.4 percent of the vote in Orrin.")[0]
    c = quantities("With every precinct in, Pell had 36 percent of the vote in Orrin.")[0]
    assert compatible(a, b) and not compatible(b, c)
