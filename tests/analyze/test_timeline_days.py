"""Dates a full-length article carries (session 12, from PolNeAR's first run): weekends, holidays,
a month after a written year, a date on the claim verb itself, and names and nouns that only look
like dates. Fictional text, with and without spaCy's parser."""

import datetime as dt

import pytest

from newsweave.text.dates import find_dates

from .conftest import one_article_dates

MONDAY = dt.date(2031, 9, 8)  # Labor Day 2031 is Monday 1 September


def _dates(text: str, published=MONDAY, nlp=None) -> list[tuple[str, str | None]]:
    return one_article_dates(text, published, nlp)


@pytest.fixture(params=["words", "parse"])
def nlp(request, analyzer):
    return None if request.param == "words" else analyzer.tagger.nlp


def test_weekends_and_this_past_week(nlp):
    assert _dates("The harbour master told the ferry crews this weekend that the pier would close.", nlp=nlp) == [("this weekend", "2031-09")]
    assert _dates("The council published a report over the weekend on the pier.", nlp=nlp) == [("over the weekend", "2031-09")]
    assert _dates("The mayor addressed the lifeboat crews this past week in Lowmarsh.", nlp=nlp) == [("this past week", "2031-09")]
    # Saturday 31 May and Sunday 1 June 2031, read on Monday 2 June: the month is not known, the year is
    assert _dates("The ferry crews walked out over the weekend.", published=dt.date(2031, 6, 2), nlp=nlp) == [("over the weekend", "2031")]


def test_weekend_direction():
    def one(text, published):
        return [(m.expression, m.date) for m in find_dates(text, published)]

    # Thursday 28 August 2031: the coming weekend (30-31 August) is nearer than the one gone (23-24 August)
    assert one("The regatta is this weekend.", dt.date(2031, 8, 28)) == [("this weekend", "2031-08")]
    assert one("The regatta was this weekend.", dt.date(2031, 8, 25)) == [("this weekend", "2031-08")]
    assert one("Crews will sail next weekend.", dt.date(2031, 9, 25)) == [("next weekend", "2031-09")]
    assert one("Crews sailed last weekend.", dt.date(2031, 10, 2)) == [("last weekend", "2031-09")]


def test_holidays(nlp):
    assert _dates("The harbour master threw open his garden for a Labor Day barbecue.", nlp=nlp) == [("Labor Day", "2031-09-01")]
    assert _dates("The ferry will run a late crossing on Thanksgiving Day.", nlp=nlp) == [("on Thanksgiving Day", "2031-11-27")]
    assert _dates("In the weeks since Labor Day, the mayor has held four rallies.", nlp=nlp) == []
    assert _dates("The council put up a Christmas tree on the quay.", nlp=nlp) == []


def test_names_and_nouns_that_look_like_dates(nlp):
    assert _dates("She voted against the Harbour Safety Act of 2029 because of its fines.", nlp=nlp) == []
    assert _dates("Her union thanked the crews for their work following the Sept. 11 terrorist attacks.", nlp=nlp) == []
    assert _dates("“We still hope for a brighter tomorrow,” the mayor said.", nlp=nlp) == []
    # the day itself is still read
    assert _dates("The harbour board will meet on Sept. 11 in Lowmarsh.", nlp=nlp) == [("Sept. 11", "2031-09-11")]
    assert _dates("The pier reopens tomorrow.", nlp=nlp) == [("tomorrow", "2031-09-09")]


def test_a_month_after_a_written_year_is_in_that_year(nlp):
    text = "The appointee would start the job in January 2032, face a special election in November, and stand again later."
    assert _dates(text, nlp=nlp) == [("in January 2032", "2032-01"), ("in November", "2032-11")]
    text = "The ferry line was sold in December 2028 and closed in March, the council said."
    assert _dates(text, nlp=nlp) == [("in December 2028", "2028-12"), ("in March", "2029-03")]


def test_a_date_on_the_claim_verb_dates_the_claiming(analyzer):
    nlp = analyzer.tagger.nlp
    text = "After harbour officials insisted in June that the ferry would keep running, the council changed course."
    assert _dates(text, nlp=nlp) == [("in June", "2031-06")]
    # a date inside the claim's content is still left out
    text = "The councillor was suspended for claiming the harbour was sold to smugglers in 1850."
    assert _dates(text, nlp=nlp) == []
