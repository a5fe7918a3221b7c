"""Issue 13, session 26: a line of page furniture that opens with a newsletter sign-up or a reprint
notice (`clean._FURNITURE`'s whole-line patterns) was dropped whole by `clean_text`, with the lead
the copy ran into it. Now only the block goes when its end is found (`furniture_block.leading_block_end`);
a line that is all notice, or whose tail is more of the notice, still goes. All text here is made up."""

from __future__ import annotations

import pytest

from newsweave.text.clean import clean_text

LEAD = "The harbour council voted on Tuesday to close the old footbridge over the canal for repairs."
NEXT = "Work on the footbridge is due to start in the spring, a spokeswoman said."


@pytest.mark.parametrize(
    "block",
    [
        "Sign up for our daily newsletter.",
        "Sign up for the Morning Tide newsletter to get stories in your inbox.",
        "Get our newsletter in your inbox every weekday morning.",
        "This story was originally published at www.harbour-weekly.example/footbridge",
    ],
)
def test_the_lead_run_into_a_sign_up_or_reprint_line_is_kept(block):
    assert clean_text(f"{block} {LEAD}\n\n{NEXT}") == f"{LEAD}\n\n{NEXT}"


def test_the_lead_is_kept_on_a_later_line_too():
    text = f"{NEXT}\n\nSign up for our daily newsletter. {LEAD}"
    assert clean_text(text) == f"{NEXT}\n\n{LEAD}"


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our daily newsletter.",  # all notice
        "Sign up for our daily newsletter. Enter your email address below.",  # the form runs on
        "© 2019 Harbour Weekly, All rights reserved. Do not copy this page without asking.",  # a short tail
        "Subscribe to our newsletter for alerts the harbour council voted on Tuesday",  # no block end found
    ],
)
def test_a_line_that_is_all_notice_still_goes(line):
    assert clean_text(f"{line}\n\n{NEXT}") == NEXT


def test_a_byline_after_the_block_is_not_kept_as_story():
    assert clean_text(f"Sign up for our daily newsletter. By Jane Marsh\n\n{NEXT}") == NEXT
