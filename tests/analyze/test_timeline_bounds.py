"""Session 17, from the second fresh AllSides set `timeline_dev_k`'s error kinds (`analyze/timeline_bounds.py`,
and the past-tense "from <weekday>" in `text/dates.py`): a quotation opened curly and closed straight, a
count's "since", a quantity's "more than", "from <weekday>" in a past clause. Fictional text; the parse."""

import datetime as dt

import pytest

from newsweave.analyze.timeline_bounds import inside_quote

from .conftest import one_article_dates

THURSDAY = dt.date(2033, 5, 12)


@pytest.fixture
def nlp(analyzer):
    return analyzer.tagger.nlp


def test_mixed_quotation_marks_close():
    text = "“We sail at dawn,\" the skipper said on Thursday."
    assert not inside_quote(text, text.index("Thursday"))
    assert inside_quote(text, text.index("dawn"))
    assert inside_quote("\"We sail at dawn,\" he said, “and return by noon", 44)


def test_tomorrow_is_read_from_the_day_after_a_mixed_quotation(nlp):
    text = (
        "The crews will meet the Lowmarsh harbour board on Friday to sign the plan. "
        "“We have agreed on the route and we sail to Brindle Island tomorrow,\" the skipper told "
        "reporters after a meeting Thursday."
    )
    got = one_article_dates(text, THURSDAY, nlp)
    assert ("tomorrow", "2033-05-13") in got
    assert ("tomorrow", "2033-05-14") not in got


def test_since_bounding_a_count_is_no_event(nlp):
    text = "At least 14 boats have run aground near Lowmarsh since last October, the harbour board said."
    assert one_article_dates(text, THURSDAY, nlp) == []
    # told with its own "when" clause, the same start is an event
    got = one_article_dates("At least 14 boats have docked at Brindle since last October, when the pier opened.", THURSDAY, nlp)
    assert ("last October", "2032-10") in got


def test_quantity_more_than_a_date_is_a_baseline(nlp):
    text = "A return ticket to Brindle Island costs 40 cents more than a month ago, the ferry company said."
    assert one_article_dates(text, THURSDAY, nlp) == []
    # no quantity before it: a past event
    got = one_article_dates("The Lowmarsh ferry company was sold more than a month ago.", THURSDAY, nlp)
    assert [d for _, d in got] == ["2033-04"]


def test_from_a_weekday_in_a_past_clause_is_past(nlp):
    text = "At least nine boats were damaged in Lowmarsh from Sunday through Tuesday, the harbour board said."
    got = one_article_dates(text, THURSDAY, nlp)
    assert ("from Sunday", "2033-05-08") in got
    assert ("Tuesday", "2033-05-10") in got
