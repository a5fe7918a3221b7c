"""Session 17, from the fresh AllSides set `timeline_dev_j`'s error kinds (`analyze/timeline_nested.py`):
a date inside a comparison's baseline noun phrase, "from <day>" on a phrasal verb with an object, and
a day on a past participle that modifies a noun. Fictional text; the parse."""

import datetime as dt

import pytest

from .conftest import one_article_dates

THURSDAY = dt.date(2033, 5, 12)
SATURDAY = dt.date(2033, 5, 14)


@pytest.fixture
def nlp(analyzer):
    return analyzer.tagger.nlp


def test_possessive_date_of_a_baseline_noun_is_no_event(nlp):
    text = "Ferry delays in Lowmarsh averaged 41 minutes, a fall of 6 from last month's corrected figure."
    assert one_article_dates(text, THURSDAY, nlp) == []


def test_baseline_told_with_its_own_when_clause_stays_an_event(nlp):
    text = "Rain in Lowmarsh reached 90 millimetres, the most since the spring of 1998, when the harbour flooded."
    assert ("1998", "1998") in one_article_dates(text, THURSDAY, nlp)


def test_date_of_a_superlatives_since_event_dates_that_event(nlp):
    # the gold's "since" rule, settled in session 17: "in 1987" dates the collapse "since" names
    text = "The harbour board said the flooding was the worst in Lowmarsh since the collapse of the old sea wall in 1987."
    assert ("1987", "1987") in one_article_dates(text, THURSDAY, nlp)
    # a bare date as the superlative's baseline stays none
    assert one_article_dates("The flooding was the worst in Lowmarsh since 1987, the harbour board said.", THURSDAY, nlp) == []
    # a span start with no comparison is still an event
    got = one_article_dates("The ferry has sailed to Brindle Island since the opening of the new pier in 1987.", THURSDAY, nlp)
    assert ("1987", "1987") in got


def test_from_a_weekday_on_a_phrasal_verb_starts_the_event(nlp):
    text = "From Thursday, the Lowmarsh library will take down notices that advertise the old ferry timetable."
    assert one_article_dates(text, THURSDAY, nlp) == [("From Thursday", "2033-05-12")]


def test_day_on_a_past_participle_is_past_beside_a_later_future(nlp):
    text = (
        "The harbour order, signed Friday, is binding and tells the ferry company that decisions on winter "
        "sailings will be left to the island council."
    )
    assert one_article_dates(text, SATURDAY, nlp) == [("Friday", "2033-05-13")]


def test_modal_clause_keeps_a_participles_plan(nlp):
    # "would be chosen …, with the boats built in July": a plan, not a done act (July after May: this year)
    text = "The council said the builders would be chosen by June, with the first two boats built in July."
    assert ("in July", "2033-07") in one_article_dates(text, THURSDAY, nlp)
