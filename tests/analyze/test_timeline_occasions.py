"""Session 18, second pass (`analyze/timeline_occasions.py`; "by" in a past clause in `text/dates.py`,
"inaugural" in `text/date_days.py`): a holiday named as an occasion in the week before it, "starting
<weekday>" on a participle in a past clause, "in a couple of weeks" in a future clause, "By <Month>" /
"By <weekday>" in a past clause, a year before "inaugural". Fictional text; the parse."""

import datetime as dt

import pytest

from .conftest import one_article_dates

SUNDAY = dt.date(2033, 5, 29)  # Memorial Day 2033 is Monday 30 May
TUESDAY = dt.date(2033, 7, 5)
AUGUST = dt.date(2033, 8, 16)


@pytest.fixture
def nlp(analyzer):
    return analyzer.tagger.nlp


def test_holiday_as_the_occasion_of_a_noun_in_the_week_before_is_not_dated(nlp):
    text = "The governor praised the lighthouse keepers during her Memorial Day address on Sunday."
    assert one_article_dates(text, SUNDAY, nlp) == [("on Sunday", "2033-05-29")]
    text = "The governor laid a wreath at a Memorial Day service in Lowmarsh."
    assert one_article_dates(text, SUNDAY, nlp) == []
    text = "The governor spoke in Lowmarsh on Sunday ahead of the Memorial Day holiday."
    assert one_article_dates(text, SUNDAY, nlp) == [("on Sunday", "2033-05-29")]


def test_holiday_adjective_still_dated_in_a_future_clause_or_after_the_day(nlp):
    text = "The governor will lead a Memorial Day parade through Lowmarsh."
    assert one_article_dates(text, SUNDAY, nlp) == [("Memorial Day", "2033-05-30")]
    text = "Gull Island expects its busiest Memorial Day weekend in a decade."
    assert all(d is None or d.startswith("2033-05") for _, d in one_article_dates(text, SUNDAY, nlp))


def test_starting_weekday_on_a_participle_in_a_past_clause_looks_back(nlp):
    text = "Rangers reported 14 hikers lost and 9 injured over a long weekend starting Friday."
    assert one_article_dates(text, TUESDAY, nlp) == [("starting Friday", "2033-07-01")]
    text = "Starting Friday, the ferry runs every hour."
    assert one_article_dates(text, TUESDAY, nlp) == [("Starting Friday", "2033-07-08")]
    text = "The mayor said the ferry would run hourly starting Friday."
    assert one_article_dates(text, TUESDAY, nlp) == [("starting Friday", "2033-07-08")]


def test_by_weekday_in_a_past_clause_looks_back(nlp):
    text = "By Monday evening, the lifeboat crews had counted 75 people rescued from the flooded quay."
    assert one_article_dates(text, TUESDAY, nlp) == [("By Monday", "2033-07-04")]


def test_in_a_couple_of_weeks_in_a_future_clause(nlp):
    text = "\u201cI\u2019ll be meeting the harbour board in a couple of weeks in Portlaw,\u201d the mayor said Sunday."
    got = one_article_dates(text, SUNDAY, nlp)
    assert ("in a couple of weeks", "2033-06") in got
    text = "The new ferry sold out its summer crossings in two weeks, the company said Sunday."
    assert not any(e.startswith("in two weeks") for e, _ in one_article_dates(text, SUNDAY, nlp))


def test_by_month_in_a_past_clause_is_this_year(nlp):
    text = "By July, the harbour master's reports grew more gloomy about the old breakwater."
    got = one_article_dates(text, AUGUST, nlp)
    assert ("By July", "2033-07") in got


def test_year_before_inaugural_is_read():
    text = "The banker was the treasurer of the mayor\u2019s 2029 inaugural fund, the court heard on Monday."
    assert ("2029", "2029") in one_article_dates(text, AUGUST)
    text = "The paper printed pages of the mayor’s 2029 state income tax filings on Monday."
    assert not any(e == "2029" for e, _ in one_article_dates(text, AUGUST))  # a tax year stays unread
