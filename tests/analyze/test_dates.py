import datetime as dt

import pytest

from newsweave.text.dates import find_dates

WED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Last month, inspectors reported corrosion.", WED, ("Last month", "2025-02", "month")),
        ("It collapsed on Tuesday evening.", WED, ("on Tuesday", "2025-03-11", "day")),
        ("Investigators arrived yesterday.", dt.date(2025, 3, 13), ("yesterday", "2025-03-12", "day")),
        ("Ferries are suspended until Friday.", WED, ("until Friday", "2025-03-14", "day")),
        ("The bridge was opened in 1998.", WED, ("1998", "1998", "year")),
        ("They met on April 24, 2018 in London.", None, ("April 24, 2018", "2018-04-24", "day")),
        ("They met on 24 April 2018.", None, ("24 April 2018", "2018-04-24", "day")),
        ("Last month he apologised.", dt.date(2018, 4, 24), ("Last month", "2018-03", "month")),
        ("MPs spoke out last week.", dt.date(2018, 4, 24), ("last week", "2018-04", "month")),
        ("Last month he apologised.", dt.date(2025, 1, 5), ("Last month", "2024-12", "month")),
        ("The vote is in March 2018.", None, ("in March 2018", "2018-03", "month")),
        ("He left three days ago.", WED, ("three days ago", "2025-03-09", "day")),
        ("It happened on Wednesday, officials said.", WED, ("on Wednesday", "2025-03-12", "day")),
    ],
)
def test_resolves(text, published, expected):
    found = find_dates(text, published)
    assert [(d.expression, d.date, d.precision) for d in found] == [expected]
    d = found[0]
    assert text[d.start : d.end] == d.expression


def test_relative_dates_without_anchor_are_unresolved():
    found = find_dates("Last month, on Tuesday and yesterday.", None)
    assert [d.expression for d in found] == ["Last month", "on Tuesday", "yesterday"]
    assert all(d.date is None and d.precision is None for d in found)


def test_counts_and_times_are_not_dates():
    assert find_dates("It carries 2,000 people and 1500 pedestrians at 5.40pm.", WED) == []


def test_quoted_future_does_not_flip_a_past_weekday():
    (d,) = find_dates('"We will find out," said the mayor, who visited on Tuesday night.', WED)
    assert d.date == "2025-03-11"


def test_dateline_is_not_an_event():
    assert [d.expression for d in find_dates("MARROWBY, March 12 (Coastline) - It fell on Tuesday.", WED)] == ["on Tuesday"]


def test_month_without_year_follows_the_tense():
    published = dt.date(2018, 4, 24)
    (future,) = find_dates("Cases would be dealt with by the end of July.", published)
    (past,) = find_dates("The row began in July.", published)
    assert (future.date, past.date) == ("2018-07", "2017-07")


def test_named_days_and_titles_are_not_dates_but_a_day_after_a_name_is():
    assert find_dates("Shoppers queued for Black Friday deals and the Sunday Times ran the story.", WED) == []
    (d,) = find_dates("The ferry firm told Coastline Radio Thursday that its boats were safe.", WED)
    assert (d.expression, d.date) == ("Thursday", "2025-03-06")


def test_a_year_before_a_comma_is_a_year_but_thousands_are_not():
    assert [(d.expression, d.date) for d in find_dates("In 1998, the bridge was opened.", WED)] == [("In 1998", "1998")] or [
        (d.expression, d.date) for d in find_dates("In 1998, the bridge was opened.", WED)
    ] == [("1998", "1998")]
    assert find_dates("It cost 2,015,000 pounds and 1,998 tickets were sold.", WED) == []


def test_a_capitalised_lead_is_part_of_the_weekday():
    (d,) = find_dates("Last Friday the pier closed.", WED)
    assert (d.expression, d.date) == ("Last Friday", "2025-03-07")
