"""A copy cut after a closed quotation (text/furniture.py `_quoted_ellipsis`, session 17), on
fictional lines written for these tests: the last quotation mark decides, whatever its style."""

from newsweave.text.furniture import furniture_kind


def test_cut_after_a_quotation_opened_straight_and_closed_curly():
    # opened with a straight mark, closed with a curly one: closed, so the ellipsis is the copy's cut
    line = 'Eligible trades include "ferry crews, lock keepers and pier wardens, among others,” said deputy harbour master...'
    assert furniture_kind(line) == "teaser"


def test_cut_after_a_curly_closing_mark_of_a_quotation_begun_earlier():
    assert furniture_kind("we will keep the bridge open for everyone,” the mayor of Tollbridge...") == "teaser"


def test_an_ellipsis_inside_an_open_quotation_is_the_speakers():
    assert furniture_kind('The warden said: "We will reopen the pier when...') is None
    assert furniture_kind("The warden said: “We will reopen the pier when...") is None
    assert furniture_kind('The warden said: "Not now," and then, "We will reopen the pier when...') is None
