"""Three misreads of figures seen in the training value listing (issue 12, session 10): a toll road
read as a death toll, a percent carried over to the next bare number (an index level, a vote count),
and figures of two moments of one moving count compared as a conflict (a toll that "rose to" a
figure, a figure "up from" an earlier one, an "initial estimate"). Fictional sentences."""

from __future__ import annotations

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.quantities import quantities
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article


def _vals(text, forms=False):
    return [(q.value, q.unit) for q in quantities(text, forms=forms)]


def _conflicts(a_text, b_text):
    seg = RuleSegmenter()
    a = Article(id="a", outlet="A", text=a_text)
    b = Article(id="b", outlet="B", text=b_text)
    return value_conflicts((seg.split(a), seg.split(b)), nlp=None)


def test_a_toll_road_is_no_death_toll():
    assert ("people" not in [u for _, u in _vals("The new toll road, a 41-mile stretch from Arden to Belmar, opens in May.")])
    assert (130.0, "people") not in _vals("Drivers on toll road 130 from Arden may go 85 mph.")
    assert _conflicts("The new toll road, a 41-mile stretch from Arden to Belmar, opens in May.",
                      "The board set the speed limit for the Arden segment of toll road 130 from Belmar.") == []
    # a death toll is still one
    assert _vals("The death toll in Arden rose to 12.") == [(12.0, "people")]
    assert _vals("The toll stood at 40 on Friday.") == [(40.0, "people")]


def test_a_percent_is_not_carried_to_a_level_or_a_count():
    assert (10450.0, "percent") not in _vals("The Varna index climbed 1.5 percent, to 10450, its best close in a year.")
    assert (87.5, "percent") not in _vals("The Varna index slipped 0.4 percent, to 87.5, on Monday.")
    assert (11265.0, "percent") not in _vals("Lorrow won 40.8 %, or 11,634 votes, against Kell's 39.5 %, or 11,265.")
    # a list of shares still shares its unit
    assert (41.0, "percent") in _vals("Kell took 42 % in Arden, 41 in Belmar and 39 in Colby.")
    assert _conflicts("The Varna index climbed 1.5 percent, to 10450, its best close since 2009.",
                      "The Varna index rose 155 points, or 1.5 percent, to 10452.3, its best close since 2009.") == []


def test_a_toll_that_rose_is_not_in_conflict_with_an_earlier_lower_count():
    assert _conflicts("The bomb attack on the Vellmar market killed 29 people, officials said.",
                      "The death toll rose to 33 after the Vellmar market attack, officials said on Sunday.") == []
    assert _conflicts("Two more bodies were found in the Orlan mudslide, bringing the official death toll to 16.",
                      "The Orlan mudslide has left 14 people dead and 170 missing, the fire chief said.") == []
    # a risen toll still conflicts with a higher count elsewhere
    assert len(_conflicts("The death toll rose to 33 after the Vellmar market attack, officials said on Sunday.",
                          "At least 40 people were killed in the Vellmar market attack, officials said.")) == 1


def test_an_earlier_figure_is_not_compared():
    assert _conflicts("The ministry counted 78 deaths from 122 cases of fever in Orlan, up from 70.",
                      "The ministry reported 70 deaths from 111 cases of fever in Orlan this spring.") == []
    assert _conflicts("A police officer in Tarn earlier put the toll at 11 dead after the car bomb.",
                      "Two people were killed in Tarn after the car bomb exploded near a hotel.") == []
    # the earlier figure is read and marked, so the conflict finder compares only the current one
    when = {q.value: q.moment for q in quantities("The ministry counted 78 deaths in Orlan, up from 70 deaths.", forms=True)}
    assert when == {78.0: "risen", 70.0: "past"}
    assert [q.moment for q in quantities("The ministry counted 78 deaths in Orlan, up from 70 deaths.")] == ["", ""]


def test_two_current_tolls_still_conflict():
    assert len(_conflicts("The death toll stood at 120 on Wednesday after the Vellmar quake.",
                          "The Vellmar quake killed at least 241 people, officials said.")) == 1


def test_an_age_set_off_by_commas_is_no_count():
    # a fourth misread of the same listing: "Name, 53, of Town" took the unit of the count before it
    assert _vals("The three victims killed in the Arden shooting were named as Tom Vell, 53, of Belmar and Ann Kor, 34, of Colby.") == [(3.0, "people")]
    assert [v for v, _ in _vals("The pair took Ann Vell's three children; Ryle, 5, Bray, 3, and Jo, 2.")] == [3.0]
    assert _vals("A lone intruder assaulted five girls aged between seven and 10 in Arden.") == [(5.0, "girl")]
    # counts set off by commas after a verb or a number stay counts
    assert _vals("The Arden toll rose to 40, officials said.") == [(40.0, "people")]
