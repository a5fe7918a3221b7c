"""Session 17 (`text/date_seasons.py`): seasons and weekends written with an article, an adjective or
a demonstrative, and an adjective "evening", read against the publication date. Fictional text."""

import datetime as dt

from newsweave.text.dates import find_dates

TUESDAY_JULY = dt.date(2033, 7, 5)  # a Tuesday; the weekend before is 2–3 July
TUESDAY_MARCH = dt.date(2033, 3, 1)


def _pairs(text, published, tense=None):
    return [(m.expression, m.date) for m in find_dates(text, published, tense)]


def test_a_season_with_an_adjective_or_all_is_the_current_years():
    assert ("a busy summer", "2033") in _pairs("The harbour master said the ferries face a busy summer with new routes.", TUESDAY_JULY)
    assert ("all summer", "2033") in _pairs("The Lowmarsh pier will stay open all summer, the board said.", TUESDAY_JULY)
    assert ("over the summer", "2033") in _pairs("Work on the sea wall went on over the summer.", dt.date(2033, 9, 20))
    # far from the publication date, or a thing ("a summer school") or a drop ("a fall"): not read
    assert _pairs("The harbour master said the ferries face a busy summer with new routes.", TUESDAY_MARCH) == []
    assert _pairs("Lowmarsh opened a summer school for sailors.", TUESDAY_JULY) == []
    assert _pairs("Ferry fares saw a fall in demand.", TUESDAY_JULY) == []


def test_that_season_takes_the_sentences_year_else_the_current_one():
    assert ("that summer", "1998") in _pairs("The harbour flooded in 1998, and that summer the ferries stopped.", TUESDAY_JULY)
    assert ("that summer", "2033") in _pairs("Ferry use is still falling after that summer rush.", dt.date(2033, 9, 30))


def test_a_weekend_with_the_and_modifiers_follows_the_tense():
    past = lambda s, e: "past"  # noqa: E731
    assert ("over the holiday weekend", "2033-07") in _pairs("Crowds filled the Lowmarsh pier over the holiday weekend.", TUESDAY_JULY, past)
    got = _pairs("The sunny, late-summer weekend was a blur of regattas.", dt.date(2033, 9, 13), past)
    assert ("The sunny, late-summer weekend", "2033-09") in got
    # the Saturday and Sunday straddle two months: the year
    assert ("during the weekend", "2033") in _pairs("Two ferries ran aground during the weekend.", dt.date(2033, 5, 2), past)
    # a source's weekend, or another weekend than the nearest: not read
    assert _pairs("Figures from the weekend suggest fewer sailings.", TUESDAY_JULY) == []
    assert _pairs("The regatta is held on the second weekend of the season.", TUESDAY_JULY) == []


def test_an_evening_as_an_adjective_is_the_articles_day_unless_future():
    assert ("an evening", "2033-07-05") in _pairs("Councillors leaving an evening meeting said the pier would reopen.", TUESDAY_JULY, lambda s, e: "past")
    assert _pairs("Councillors will hold an evening meeting on the pier.", TUESDAY_JULY, lambda s, e: "future") == []
