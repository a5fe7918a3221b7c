"""Value conflicts, session 13 (issue 12): a figure's own words give its scope — "within N" is a bound,
"from 82 games to 48" and "Three years ago, ... N" are earlier moments (`quantity_scope`). Fictional
sentences; each `*_is_no_conflict` test fails on the code before these rules (801b05c), where each pair
was reported; the guards hold before and after."""

from __future__ import annotations

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.quantities import quantities
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article


# `nlp`: the parser, from conftest.py.


def _values(a_text, b_text, nlp):
    seg = RuleSegmenter()
    docs = (seg.split(Article(id="a", outlet="A", text=a_text)), seg.split(Article(id="b", outlet="B", text=b_text)))
    return [sorted(s.value for s in c.sides) for c in value_conflicts(docs, nlp=nlp) if c.about.startswith("number:")]


def test_within_is_a_bound():
    q = quantities("The drone passed within 300 feet of the Velmont airliner on Tuesday.", forms=True)[0]
    assert (q.low, q.unit) == (0.0, "length")
    q = quantities("The drone passed 300 feet from the Velmont airliner on Tuesday.", forms=True)[0]
    assert q.low > 0  # no bound without "within"


def test_two_bounds_are_no_conflict(nlp):
    a = "Pilots of the Velmont airliner said the drone came within 300 feet of the plane as it landed on Tuesday."
    b = "The drone came within a hundred feet of the Velmont airliner as it landed on Tuesday, pilots said."
    assert _values(a, b, nlp) == []


def test_a_change_from_a_figure_is_no_conflict(nlp):
    a = "The Dalmore league apologised for the strike, which trimmed the season from 70 matches to 40."
    b = "The Dalmore league apologised on Thursday for a strike that cut the season from 70 to 40 matches."
    assert _values(a, b, nlp) == []
    from newsweave.analyze.quantity_scope import changed_from

    assert changed_from(a, a.index("70"), a.index("70") + len("70 matches"))


def test_an_earlier_moment_opening_the_sentence_is_no_conflict(nlp):
    a = "Officials in Velmont will drain 20 million litres of water from the Harl reservoir after it was fouled on Monday."
    b = "Three years ago, officials in Velmont drained 4 million litres of water from the Harl reservoir after it was fouled."
    assert _values(a, b, nlp) == []


def test_a_figure_of_last_october_is_no_conflict(nlp):
    a = "Rangers in the Dalmore forest found six rhinos poisoned by poachers with cyanide, the Dalmore wildlife agency said."
    b = "More than 40 rhinos were poisoned by poachers with cyanide in the Dalmore forest last October, the wildlife agency said."
    assert _values(a, b, nlp) == []


def test_guard_two_figures_of_one_earlier_time_still_conflict(nlp):
    # both dated back alike: one question; and "last year" alone dates nothing (a year's review tells its story so)
    a = "Three years ago, officials in Velmont drained 20 million litres of water from the Harl reservoir after it was fouled."
    b = "Three years ago, officials in Velmont drained 4 million litres of water from the Harl reservoir after it was fouled."
    assert len(_values(a, b, nlp)) == 1
    a = "The Velmont aviation review counted two fatal accidents of airliners last year."
    b = "The Velmont aviation review counted nine fatal accidents of airliners, its report says."
    assert len(_values(a, b, nlp)) == 1


def test_guard_same_moment_still_conflicts(nlp):
    # "last week" and a weekday tell the story's own event: the counts still disagree
    a = "Six rhinos were poisoned by poachers with cyanide in the Dalmore forest last week, the wildlife agency said."
    b = "Rangers in the Dalmore forest said on Monday that poachers had poisoned nine rhinos with cyanide."
    assert _values(a, b, nlp) == [["6", "9"]]


def test_guard_a_rise_is_still_a_range():
    q = quantities("Attendance at the Velmont fair grew from 10 to 20 thousand people.", forms=True)
    assert q and q[0].low < q[0].high


def test_an_earlier_time_with_when_is_no_conflict(nlp):
    a = "A spokeswoman for the Velmont prisons said 9,000 inmates refused their meals on Monday."
    b = "The Velmont protest is far larger than two years ago, when 3,200 inmates were refusing their meals, the spokeswoman said."
    assert _values(a, b, nlp) == []


def test_distances_from_two_reference_points_are_no_conflict(nlp):
    a = "Police in Harlow found the missing hikers on Monday in a barn, about four miles from their camp."
    b = "Police in Harlow found the missing hikers on Monday in a barn, about 19 miles north of Dalmore."
    assert _values(a, b, nlp) == []


def test_guard_one_reference_point_still_conflicts(nlp):
    a = "Police in Harlow found the missing hikers on Monday in a barn, about four miles from their camp."
    b = "Police in Harlow found the missing hikers on Monday in a barn about 19 miles from their camp."
    assert len(_values(a, b, nlp)) == 1


def test_one_breach_against_several_is_no_conflict(nlp):
    a = "Hackers stole the records of 14.2 million customers of Arden Bank in two separate breaches of its servers."
    b = "Hackers stole the records of 11.5 million customers of Arden Bank in the breach of its servers, the bank said."
    assert _values(a, b, nlp) == []


def test_a_slashed_date_is_no_figure():
    assert quantities("A member of the 9/12 project in Velmont complained about the book.", forms=True) == []
    assert [q.value for q in quantities("The Velmont shelter gave 24/7 care to 40 people.", forms=True)] == [40.0]


def test_two_times_of_day_are_no_conflict(nlp):
    a = "On Sunday at 11 a.m., wind and solar farms in Velmont supplied 40 GW of the 52 GW the country consumed."
    b = "On Sunday around 2pm, wind and solar farms in Velmont supplied about 40 GW of the 61 GW being consumed."
    assert _values(a, b, nlp) == []
    from newsweave.analyze.quantity_scope import clocks_apart

    assert clocks_apart(a, b) and not clocks_apart(a, "At 11 a.m. the Velmont grid consumed 61 GW.")
