"""The timeline reads "today's" in a quotation as nowadays, seasons as years, and "on that day" as
the day named just before (fictional text, with and without spaCy's parser)."""

import datetime as dt

import pytest

from newsweave.text.dates import find_dates

from .conftest import one_article_dates

WEDNESDAY = dt.date(2031, 6, 4)


def _dates(text: str, published=WEDNESDAY, nlp=None) -> list[tuple[str, str | None]]:
    return one_article_dates(text, published, nlp, ordered=True)


@pytest.fixture(params=["words", "parse"])
def nlp(request, analyzer):
    return None if request.param == "words" else analyzer.tagger.nlp


def test_todays_in_a_quotation_is_nowadays_not_a_day(nlp):
    text = "The ferry union wrote a letter to the council. “Today’s argument about fares is not about the harbour, but about trust,” the union wrote."
    assert _dates(text, nlp=nlp) == []
    # the day itself inside a quotation is still read, and "today's" outside one too
    assert _dates("“Today I resigned from the harbour board,” the chairwoman said.", nlp=nlp) == [("Today", "2031-06-04")]
    assert _dates("Today's vote on the pier budget was postponed by the council.", nlp=nlp) == [("Today", "2031-06-04")]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The lighthouse keepers clashed with the harbour board last summer and autumn.", dt.date(2031, 6, 4), [("last summer", "2030")]),
        ("The lighthouse keepers clashed with the harbour board last autumn.", dt.date(2031, 3, 4), [("last autumn", "2030")]),
        ("The new ferry will sail this summer.", dt.date(2031, 2, 4), [("this summer", "2031")]),
        ("The new ferry will sail next spring.", dt.date(2031, 7, 4), [("next spring", "2032")]),
        # could be this year's summer or last year's: not read
        ("The lighthouse keepers clashed with the harbour board last summer.", dt.date(2031, 10, 4), []),
        ("The ferry will sail next summer.", dt.date(2031, 2, 4), []),
        # winter straddles two years; "this fall in fares" is not a season
        ("The pier froze last winter.", dt.date(2031, 6, 4), []),
        ("This fall in fares pleased the commuters.", dt.date(2031, 6, 4), []),
    ],
)
def test_seasons_resolve_to_a_year_only_when_unambiguous(text, published, expected):
    assert [(m.expression, m.date) for m in find_dates(text, published)] == expected


def test_season_without_publication_date_stays_unresolved():
    assert [(m.expression, m.date) for m in find_dates("They met last summer.", None)] == [("last summer", None)]


def test_on_that_day_is_the_day_named_just_before(nlp):
    text = (
        "The storm of March 3rd flooded the Lowmarsh quay, the harbour master said in a statement. "
        "Fishermen lost their boats. "
        "“The quay was destroyed on that day, and the town still waits for help,” she said."
    )
    events = _dates(text, nlp=nlp)
    assert ("on that day", "2031-03-03") in events
    # a day named only after it is not its antecedent
    later = "The mayor resigned on that day. The storm came on March 3."
    assert all(expr != "on that day" for expr, _ in _dates(later, nlp=nlp))


def test_on_that_day_with_two_days_before_or_none_nearby_is_not_dated(nlp):
    two = "The council met on March 3 and again on March 9. The mayor resigned on that day."
    assert all(expr != "on that day" for expr, _ in _dates(two, nlp=nlp))
    far = (
        "The storm came on March 3. The quay flooded. The boats sank. The town mourned. "
        "The mayor resigned on that day."
    )
    assert all(expr != "on that day" for expr, _ in _dates(far, nlp=nlp))
