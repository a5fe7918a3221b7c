"""Session 18, from the fresh AllSides set `timeline_dev_l`'s error kinds (`analyze/timeline_offsets.py`):
a date adjective not carried to the next year, a participle's date inside a comparison's "from", "since"
on a comparative, "Today," on a simple present, counted days, and "<Month> the <ordinal>". Fictional
text; the parse."""

import datetime as dt

import pytest

from .conftest import one_article_dates

THURSDAY = dt.date(2033, 6, 16)
TUESDAY = dt.date(2033, 8, 30)


@pytest.fixture
def nlp(analyzer):
    return analyzer.tagger.nlp


def test_date_adjective_of_an_event_keeps_the_publication_year(nlp):
    text = "On his radio show on June 14, 2033, the host blamed the ferry company for the\u00a0Feb. 3 collision at the pier."
    got = one_article_dates(text, THURSDAY, nlp)
    assert ("Feb. 3", "2033-02-03") in got
    assert not any(d and d.startswith("2034") for _, d in got)


def test_sequence_of_prepositional_dates_still_carries_the_year(nlp):
    text = "The mayor would take office in January 2035 and face the voters again in November."
    assert ("in November", "2035-11") in one_article_dates(text, THURSDAY, nlp)


def test_participle_date_inside_a_from_baseline_is_no_event(nlp):
    text = "The harbour said that 5,120 boats were counted at the quay, a rise from the 4,870 counted in May."
    assert one_article_dates(text, THURSDAY, nlp) == []


def test_since_on_a_comparative_is_a_bound(nlp):
    text = "Ferry sailings this year are already higher than any whole-year count since at least 2011, the harbour said Wednesday."
    got = one_article_dates(text, THURSDAY, nlp)
    assert ("2011", "2011") not in got
    assert any(d == "2033-06-15" for _, d in got)
    text = "The harbour has logged more landings in these months, now higher than any whole-year count since at least 2011."
    assert ("2011", "2011") not in one_article_dates(text, THURSDAY, nlp)


def test_today_opening_a_simple_present_is_nowadays(nlp):
    assert one_article_dates("Today, a 61% majority of islanders say the ferry should run at night.", THURSDAY, nlp) == []
    assert one_article_dates("Today, the old lighthouse is owned by a fishing cooperative.", THURSDAY, nlp) == []
    # a past or a progressive clause is the day
    assert one_article_dates("Today, the council voted to close the old pier.", THURSDAY, nlp) == [("Today", "2033-06-16")]


def test_a_count_of_days_after_a_stated_day(nlp):
    text = "The mayor spoke to the island on Tuesday, a day after the last ferry left the harbour, ending the season."
    got = one_article_dates(text, TUESDAY, nlp)
    assert ("a day after", "2033-08-29") in got
    assert any(d == "2033-08-30" for _, d in got)


def test_a_count_of_days_before_a_weekday(nlp):
    text = "The quiet evening came two days before Tuesday's harbour vote in Lowmarsh."
    assert one_article_dates(text, TUESDAY, nlp) == [("two days before Tuesday's", "2033-08-28")]


def test_a_day_said_as_month_the_ordinal(nlp):
    text = "\"Leaving on August the 29th was no accident,\" the ferry captain said."
    assert ("August the 29th", "2033-08-29") in one_article_dates(text, TUESDAY, nlp)


def test_mid_month_with_its_lead(nlp):
    # "by mid-<Month>" points forward as "by <Month>" does; "in mid-<Month>" is the month
    text = "By mid-January, every ferry passenger arriving in Lowmarsh will need a new pass."
    assert one_article_dates(text, dt.date(2033, 10, 12), nlp) == [("By mid-January", "2034-01")]
    text = "The harbour board set a target of adding 300 berths by mid-September for the regatta."
    assert one_article_dates(text, TUESDAY, nlp) == [("by mid-September", "2033-09")]


def test_baseline_with_its_own_when_clause_is_an_event(nlp):
    text = "Ferry bookings are at the lowest level since mid-March 2031, when the storm closed the harbour."
    assert one_article_dates(text, THURSDAY, nlp) == [("March 2031", "2031-03")]
    # without the clause, a baseline
    assert one_article_dates("Ferry bookings are at the lowest level since mid-March 2031.", THURSDAY, nlp) == []
