"""Story text that looks like a furniture kind stays in the stored article (session 24 review of the
sign-up block cut): `clean_text` cuts an opening block that names a policy, an app or a browser only
when it speaks to the reader, and a sentence naming JavaScript is a notice only when it asks for it."""

from __future__ import annotations

import pytest

from newsweave.text.clean import clean_text
from newsweave.text.furniture import furniture_kind


@pytest.mark.parametrize(
    "lead",
    [
        "Kestrel Telecom changed its privacy policy on Tuesday.",
        "Port Alder Ferries updated its terms of service last week.",
        "Riders can download the app from Friday, the harbour board said.",
    ],
)
def test_a_news_lead_of_a_furniture_kind_is_kept(lead):
    text = f"{lead} The change affects every customer.\n\nRegulators said they would study it."
    assert clean_text(text) == text


def test_a_block_that_speaks_to_the_reader_still_goes():
    text = "Read our privacy policy to see how we use your data. The harbour reopened on Monday."
    assert clean_text(text) == "The harbour reopened on Monday."


@pytest.mark.parametrize(
    "sentence",
    ["Please enable JavaScript to watch this video.", "JavaScript seems to be disabled in this browser."],
)
def test_a_script_notice_is_furniture(sentence):
    assert furniture_kind(sentence) == "cookie"


def test_a_sentence_naming_the_language_is_not():
    assert furniture_kind("The flaw used a JavaScript function that ran when the mouse passed over a link.") is None


def test_pasted_markup_does_not_make_a_paragraph_furniture():
    para = 'Officials said <img src=x> the pier <a href="javascript:void(0)">would reopen</a> next week.'
    text = "The ferry timetable changed on Friday in Marrowby.\n\n" + para
    assert clean_text(text) == text
