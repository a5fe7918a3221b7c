"""Session 14: dates in lower-cased copies (`text.date_lower` through `find_dates`). Fictional text."""

import datetime as dt

from newsweave.text.dates import find_dates

WEDNESDAY = dt.date(2031, 6, 11)


def _read(text: str, published=WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(m.expression, m.date) for m in find_dates(text, published)]


def test_lower_case_month_and_day_with_year():
    assert _read("the ferry ran aground off lowmarsh on october 7, 2026, as the tide turned.") == [("october 7, 2026", "2026-10-07")]
    assert _read("in this clip from aug. 11, 2029: the pier reopens") == [("aug. 11, 2029", "2029-08-11")]
    # a weekday before a calendar date is that date, not a weekday read against publication (cased too)
    assert _read("a diver checks the hull at the pier, tuesday, april 24, 2029.") == [("tuesday, april 24, 2029", "2029-04-24")]
    assert _read("They met on Tuesday, April 24, 2029 at the pier.") == [("Tuesday, April 24, 2029", "2029-04-24")]


def test_month_of_year_and_month_year_without_lead():
    assert _read("she has not sailed since march of 2027, the harbour master said.") == [("since march of 2027", "2027-03")]
    assert _read("In May of 2028 the pier closed.") == [("In May of 2028", "2028-05")]
    assert _read("he worked on the quay from october 2027 to december 2028.") == [
        ("from october 2027", "2027-10"),
        ("to december 2028", "2028-12"),
    ]


def test_may_and_march_as_words_are_not_months():
    assert _read("but this may seem odd to the ferry crews.") == []
    assert _read("This may turn into a long dispute over the pier.") == []
    assert _read("their last march through lowmarsh was calm.") == []
    assert _read("the dockers will march 5 miles to the quay.") == []
    # still months where a date word says so
    assert _read("the pier closed in may, the council said.") == [("in may", "2031-05")]
    assert _read("she was hired last may when the quay reopened.") == [("last may", "2031-05")]
    assert _read("the hearing on march 11 was short.") == [("march 11", "2031-03-11")]


def test_lower_case_weekdays():
    assert _read("the harbour master said tuesday that the pier was shut.") == [("tuesday", "2031-06-10")]
    assert _read("the harbour master said tuesday that the pier was shut.", None) == [("tuesday", None)]
    # names that hold a weekday, and a weekday naming a kind of programme
    assert _read("the host of lowmarsh news sunday asked about the pier.") == []
    assert _read("he skipped the super tuesday vote in the port towns.") == []
    assert _read("he has not been on any sunday talk show since then.") == []
    # "sun" is the star, not a day
    assert _read("the sun rose over the quay.") == []


def test_the_pages_own_date_is_not_an_event():
    assert _read("jane has the story. ( published thursday, july 31, 2029 ) the pier shut.", None) == []
    assert _read("Updated: June 3, 2029. The pier shut.", None) == []
    # a date after "posted on" in a sentence is an event
    assert _read("She posted on July 31, 2029 a video of the pier.", None) == [("July 31, 2029", "2029-07-31")]


def test_lower_case_day_month_year():
    assert _read("the port logged 400 calls between 1 december 2027 and 31 may 2028.", None) == [
        ("1 december 2027", "2027-12-01"),
        ("31 may 2028", "2028-05-31"),
    ]
    # without its year a lower-case "5 may" is not read ("5 may" could be a count and a verb)
    assert _read("the 5 may go home early.", None) == []
