"""Session 15, from the fresh AllSides set `timeline_dev_i`'s error kinds: a relative-past baseline of a
change ("from a year ago"), the end month of a month range ("From March to April"), and an anaphoric
"the night before" / "the next day" read from the day the article stated just before.
Fictional text; the parse where the rule needs it."""

import datetime as dt

import pytest

from .conftest import one_article_dates

WEDNESDAY = dt.date(2033, 5, 11)


@pytest.fixture
def nlp(analyzer):
    return analyzer.tagger.nlp


@pytest.fixture(params=["words", "parse"])
def any_nlp(request, analyzer):
    return None if request.param == "words" else analyzer.tagger.nlp


def test_from_a_year_ago_is_a_change_baseline(nlp):
    text = "The price of Brindle Valley cheese has climbed 6.1 percent from a year ago, the dairy board said on Tuesday."
    assert one_article_dates(text, WEDNESDAY, nlp) == [("on Tuesday", "2033-05-10")]
    # an event a year ago is still one
    assert one_article_dates("The Brindle Valley dairy opened a year ago with six cows and a goat.", WEDNESDAY, nlp) == [
        ("a year ago", "2032")
    ]


def test_month_range_end_is_read(any_nlp):
    # a change measured from one month to the next: the later month is the event, the earlier its baseline
    got = one_article_dates("From March to April, ferry fares in Lowmarsh rose 0.7 percent, the harbour office said.", WEDNESDAY, any_nlp)
    assert ("April", "2033-04") in got
    # a plain range: both ends; the end after the start in the calendar, so the same year
    got = one_article_dates("The Lowmarsh lighthouse was shut from February through April for new glass.", WEDNESDAY, any_nlp)
    assert ("April", "2033-04") in got and ("from February", "2033-02") in got


def test_month_range_end_is_not_read_twice(any_nlp):
    got = one_article_dates("The Lowmarsh lighthouse was shut from February to April 2031 for new glass.", WEDNESDAY, any_nlp)
    assert [d for _, d in got].count("2031-04") == 1


def test_night_before_reads_the_day_stated_just_before(any_nlp):
    text = (
        "The mayor of Lowmarsh walked along the flooded harbour on Sunday with two engineers. "
        "She had told the town council the night before that the sea wall would hold."
    )
    assert ("the night before", "2033-05-07") in one_article_dates(text, WEDNESDAY, any_nlp)
    text = "The Lowmarsh ferry ran aground on Monday near the old pier. The next day, divers found the hull intact."
    assert ("The next day", "2033-05-10") in one_article_dates(text, WEDNESDAY, any_nlp)


def test_night_before_something_is_left_alone(any_nlp):
    text = "The ferry sailed on Sunday. Crews had worked through the night before the launch of the new hull."
    assert all("before" not in e for e, _ in one_article_dates(text, WEDNESDAY, any_nlp))
    # nothing stated just before: not read
    assert one_article_dates("She had told the town council the night before that the wall would hold.", WEDNESDAY, any_nlp) == []
