"""Session 19 (`text/date_more.py`): a year before 1800, a year opening a sentence, a season as the
adjective of an event noun, and "early <weekday>" on the day after publication. Fictional text."""

import datetime as dt

from newsweave.text.dates import find_dates

THURSDAY_SEPT = dt.date(2033, 9, 8)  # a Thursday
MONDAY_JULY = dt.date(2033, 7, 4)


def _pairs(text, published, tense=None):
    return [(m.expression, m.date) for m in find_dates(text, published, tense)]


def test_a_year_before_1800_after_a_preposition_is_read():
    assert _pairs("When the fever reached Portwell in 1720, half of the town fled inland.", THURSDAY_SEPT) == [("in 1720", "1720")]
    assert _pairs("The Lowmarsh harbour was founded in 1776 by three fishing families.", THURSDAY_SEPT) == [("in 1776", "1776")]
    assert ("in 1651", "1651") in _pairs("The fair, first held in 1651, returns to Portwell this autumn.", THURSDAY_SEPT)


def test_a_number_below_1800_that_counts_something_is_not_a_year():
    assert _pairs("The storm damaged 1500 homes in 1500 streets of Portwell.", THURSDAY_SEPT) == []
    assert _pairs("Since 1200 volunteers signed up, the fair has grown.", THURSDAY_SEPT) == []
    assert _pairs("Portwell counted 1720 ferry crossings last month.", THURSDAY_SEPT) == [("last month", "2033-08")]


def test_a_year_opening_a_sentence_as_its_subject_is_read():
    text = "The ferry board counted fewer crossings in 2032. 2032 marks the fourth year in a row that traffic fell."
    assert _pairs(text, THURSDAY_SEPT) == [("2032", "2032"), ("2032", "2032")]
    assert _pairs("2032 was a quiet year for the Lowmarsh pier.", THURSDAY_SEPT) == [("2032", "2032")]


def test_a_season_before_an_event_noun_is_the_nearest_one():
    assert _pairs("The board is counting on an autumn pickup in bookings to fill the ferries.", THURSDAY_SEPT) == [("an autumn", "2033")]
    assert _pairs("Doctors warned of a summer surge in cases at the Portwell clinic.", MONDAY_JULY) == [("a summer", "2033")]
    # a thing, not a time; a season far from publication both ways: not read
    assert _pairs("Lowmarsh opened a summer camp for young sailors.", MONDAY_JULY) == []
    assert _pairs("The board is counting on a spring rebound in bookings.", THURSDAY_SEPT) == []


def test_early_weekday_on_the_day_after_publication_is_that_next_day():
    assert _pairs("Patrol boats struck the rebel harbour early Friday, officials in Portwell said.", THURSDAY_SEPT) == [("early Friday", "2033-09-09")]
    assert _pairs("The ferry left the island Friday morning local time.", THURSDAY_SEPT) == [("Friday", "2033-09-09")]
    # a plain past weekday, or "early" another day, keeps the latest one on or before publication
    assert _pairs("The ferry left the island on Friday, officials said.", THURSDAY_SEPT) == [("on Friday", "2033-09-02")]
    assert _pairs("The ferry left the island early Tuesday.", THURSDAY_SEPT) == [("early Tuesday", "2033-09-06")]


def test_a_day_and_month_after_by_in_a_future_clause_is_the_coming_one():
    future = lambda s, e: "future"  # noqa: E731
    july = dt.date(2033, 7, 2)
    assert _pairs("The ferries will be gone from the pier by 11 September.", july, future) == [("11 September", "2033-09-11")]
    # a past clause, or a day named without a bound word ("the Sept. 11 flood"): the nearest, as before
    assert _pairs("The ferries had been gone from the pier by 11 September.", july, lambda s, e: "past") == [("11 September", "2032-09-11")]
    assert _pairs("The panel will look into the Sept. 11 flood.", july, future) == [("Sept. 11", "2032-09-11")]


def test_a_possessive_weekday_with_no_future_cue_in_its_clause_is_the_latest_one():
    friday = dt.date(2033, 9, 9)
    present = lambda s, e: "present"  # noqa: E731
    future = lambda s, e: "future"  # noqa: E731
    text = "The mayor is still trying to recover from Monday night's stumbling debate at the Portwell town hall."
    assert _pairs(text, friday, present) == [("from Monday", "2033-09-05")]
    text = "The ferry fuss will fade soon, but Monday's council hearing did not help the mayor."
    assert _pairs(text, friday, future) == [("Monday", "2033-09-05")]
    # a future cue in its own clause keeps the day ahead
    assert _pairs("The mayor will use Monday's hearing to answer the ferry critics.", friday, future) == [("Monday", "2033-09-12")]
    assert _pairs("Monday's hearing in Portwell will be the mayor's first, aides said.", friday, future) == [("Monday", "2033-09-12")]
