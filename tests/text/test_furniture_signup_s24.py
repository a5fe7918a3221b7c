"""Issue 13, session 24: a sign-up, subscription, cookie or app-promotion block opening an article
(a newsletter box the copy ran into the lead) is cut by `clean_text`, so it is neither the
clusterer's lead nor a summary sentence; a sign-up form's messages are furniture sentences.
All text here is made up."""

from __future__ import annotations

import pytest

from newsweave.text.clean import clean_text
from newsweave.text.furniture import furniture_kind

def _block_end(text: str) -> int:
    from newsweave.text.furniture_block import leading_block_end  # new in session 24

    return leading_block_end(text)


LEAD = "The city council voted on Tuesday to close the old harbour bridge for repairs, officials said."
BLOCK = "Morning briefing emails: get news alerts and offers from us. Stories worth reading, delivered each weekday."


def test_a_newsletter_block_run_into_the_lead_is_cut():
    assert clean_text(f"{BLOCK} {LEAD} The work starts in May.") == f"{LEAD} The work starts in May."


def test_the_blocks_button_glued_before_the_lead_goes_too():
    assert clean_text(f"{BLOCK} Subscribe the city council voted on Tuesday to close the bridge.") == (
        "the city council voted on Tuesday to close the bridge."
    )


def test_a_long_run_on_sentence_keeps_its_news_part():
    # the block's last sentence and the lead split as one (no capital after the stop): only the
    # block's part goes
    lead = "the mayor of a small river town resigned on tuesday after a long dispute over water prices with the regional utility and its board, which had met in private for months before the vote."
    # (and the page's "/ updated" stamp between them goes too)
    text = "Morning briefing emails: get news alerts from us. Stories worth reading, delivered each weekday. / updated " + lead
    assert clean_text(text) == lead


def test_a_sign_up_form_in_its_own_paragraph_goes_whole():
    form = "Thank you for subscribing. Invalid email address. Please re-enter. An error has occurred. Please try again soon."
    assert clean_text(f"{LEAD}\n\n{form}\n\nThe work starts in May.") == f"{LEAD}\n\nThe work starts in May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for subscribing!",
        "Invalid email address.",
        "Please re-enter.",
        "An error has occurred.",
        "You can unsubscribe whenever you like.",
        "We have sent you a verification email.",
        "If the confirmation email does not arrive soon after signing up, look in your junk mail.",
        "Please check your spam folder.",
        "Download now.",
        "Read the full guide in the Daily Courier News app.",
        "You may also be interested in these pages:",
        "Join the conversation in the comments below.",
    ],
)
def test_sign_up_and_promotion_sentences_are_furniture(sentence):
    assert furniture_kind(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "An error occurred at the plant, officials said.",
        "Regulators said the firm sent customers a verification email that was fake.",
        "The app was removed from the store on Sunday.",
        "Thank you for your support, the senator told the crowd.",
    ],
)
def test_news_about_newsletters_apps_and_errors_is_not(sentence):
    assert furniture_kind(sentence) is None


def test_news_opening_on_a_newsletter_is_kept():
    # (as a sentence it is flagged: any sentence naming a newsletter is, and on the dev files each is
    # furniture; a block must also speak to the reader before `clean_text` cuts it)
    text = f"The newsletter was mailed to members in March. {LEAD}"
    assert _block_end(text) == 0
    assert clean_text(text) == text


def test_an_article_that_is_only_a_title_is_kept():
    # a title-only record whose words look like a button: cutting it would leave no article
    assert clean_text("make channel subscribe video") == "make channel subscribe video"


def test_a_reprint_notice_and_its_link_run_into_the_lead_are_cut():
    notice = (
        "Acme Reprints: the text is for personal, non-commercial use by you alone. Copies for your "
        "colleagues or clients: find the order reprints button under the story or visit www.acme-reprints.example "
    )
    assert clean_text(notice + "springfield — the mayor resigned on tuesday.") == "springfield — the mayor resigned on tuesday."


def test_a_web_archive_notice_is_furniture():
    assert furniture_kind("Since 2001 a search company has been donating its crawl data to a web archive.") is not None
    assert furniture_kind("These crawls are part of a project to keep pages as they change.") is not None


def test_a_players_notice_and_its_clips_caption_are_furniture():
    assert furniture_kind("Media playback is unsupported in this browser Media caption The mayor spoke at noon.") == "video"
    # ... but not when a lead runs on after the caption (a copy without line breaks): the lead stays
    glued = (
        "Media playback is unsupported in this browser media caption the mayor at noon the city council voted on "
        "tuesday to close the old harbour bridge for at least a year of repairs, officials said."
    )
    assert furniture_kind(glued) is None


def test_an_editors_note_keeps_its_label():
    note = "Editor's note: the writer is a former council member."
    assert clean_text(note) == note


def test_a_button_before_more_furniture_is_left_whole():
    # cutting "Subscribe" alone would leave half a promotion line
    line = "SUBSCRIBE to the morning file: https://example.com/x"
    assert clean_text(f"{LEAD}\n\n{line}") == f"{LEAD}\n\n{line}"


def test_no_block_no_cut():
    assert _block_end(LEAD) == 0
    assert _block_end("") == 0


def test_a_summary_never_sees_the_block_of_text_not_cleaned():
    # the summarizer's input may come without clean_text (the dev benchmarks): strip_furniture cuts the
    # same block, and the lead run into its last sentence keeps exact offsets
    from newsweave.text.furniture import strip_furniture
    from newsweave.text.segment import segment
    from newsweave.types import Article

    # (the box's last sentence and the lead split as one: the lead was lost with it)
    lead = "the mayor of a small river town resigned on tuesday after a long dispute over water prices with the regional utility and its board, which had met in private for months before the vote."
    text = f"Morning briefing emails: get news alerts from us. Stories worth reading, delivered each weekday. {lead} The work starts in May."
    kept = strip_furniture(segment(Article(id="a", outlet="x", text=text))).sentences
    assert [s.text for s in kept] == [lead, "The work starts in May."]
    assert all(text[s.start : s.end] == s.text for s in kept)
