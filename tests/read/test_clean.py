"""text/clean.py: news noise goes, story text stays, paragraphs keep one blank line between them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.text.clean import clean_text, is_noise_line

STORY = "The harbour wall was repaired on Monday, the council said."


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_bbc_style_caption_line_is_removed():
    raw = f"Image copyright Getty Images Image caption The mayor at the scene on Tuesday\n\n{STORY}"
    assert clean_text(raw) == STORY


def test_photo_lines_and_credit_only_lines_are_removed():
    raw = "\n\n".join([
        "Photo: Jane Doe/Reuters",
        "(Getty Images)",
        "PA Wire/PA Images",
        "AFP/Getty Images",
        "Reuters",
        STORY,
        "Photograph: Alex Smith for the Courier",
    ])
    assert clean_text(raw) == STORY


def test_caption_with_glued_or_leading_credit_is_removed():
    raw = "\n\n".join([
        "The mayor has faced criticism over the bridge.Reuters",
        "Empics Entertainment Shadow transport minister Carl Brook",
        "Carl Brook Reuters",
        "Protesters outside the town hall (John Smith/Getty Images)",
        STORY,
    ])
    assert clean_text(raw) == STORY


def test_spaced_wire_credit_after_a_sentence_keeps_the_sentence():
    assert clean_text(f"{STORY} Reuters") == STORY


def test_reporting_that_names_an_agency_is_kept():
    line = "The minister told Reuters"
    assert clean_text(f"{STORY}\n\n{line}") == f"{STORY}\n\n{line}"
    kept = "A spokesman for the agency said the figures would be checked by Reuters."
    assert clean_text(kept) == kept


def test_embedded_tweet_and_twitter_links():
    raw = "\n\n".join([
        STORY,
        "Council statement on the repair pic.twitter.com/AbC123xyz — Town Council (@TownCouncil) June 3, 2024",
        "Follow the Courier on Twitter pic.twitter.com/Qw12",
        "She posted a photo of the wall https://t.co/k9Lm2 on Monday.",
    ])
    out = clean_text(raw)
    assert out == f"{STORY}\n\nShe posted a photo of the wall on Monday."
    assert "twitter" not in out.lower() and "t.co" not in out


def test_page_furniture_lines_are_removed():
    noise = [
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Share this article",
        "Share on Facebook", "Click here to read more about the harbour", "Follow us on Instagram",
        "Sign up to our daily newsletter for the latest news", "Subscribe to our email updates",
        "Read more: Council approves harbour plan", "Continue reading the main story",
        "© 2024 Example Courier. All rights reserved.", "Copyright 2024 Example Courier",
        "Reporting by Ann Lee; Editing by Tom Hay", "Media playback is unsupported on your device",
        "Updated: June 3, 2024 10:00 BST", "Published 3 June 2024", "Last updated on Tue 4 June 2024",
    ]
    raw = "\n\n".join([STORY, *noise, STORY.replace("Monday", "Tuesday")])
    assert paragraphs(clean_text(raw)) == [STORY, STORY.replace("Monday", "Tuesday")]


def test_byline_at_top_is_removed_but_not_later():
    raw = f"By Jane Smith, Political Reporter\n\n{STORY}\n\nBy the evening the road had reopened"
    assert paragraphs(clean_text(raw)) == [STORY, "By the evening the road had reopened"]
    assert clean_text(f"Jane Smith, Political Correspondent\n\n{STORY}") == STORY
    assert clean_text(f"By JANE SMITH and TOM HAY\n\n{STORY}") == STORY


def test_whitespace_normalised_and_paragraphs_kept():
    raw = "  First   paragraph\there.  \r\n\r\n\r\n\n  Second\u00a0paragraph.\u200b  \n\n\n"
    assert clean_text(raw) == "First paragraph here.\n\nSecond paragraph."


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    raw = (
        "The harbour wall was repaired on Monday after a storm damaged\n"
        "it last month, and the council said the work had cost more\n"
        "than it expected because of the weather in the spring.\n"
        "\n"
        "The road along the front reopened to traffic on the same day\n"
        "and buses returned to their usual route the next morning.\n"
    )
    out = clean_text(raw)
    assert paragraphs(out) == [
        "The harbour wall was repaired on Monday after a storm damaged it last month, and the council said the work had cost more than it expected because of the weather in the spring.",
        "The road along the front reopened to traffic on the same day and buses returned to their usual route the next morning.",
    ]


def test_one_line_per_paragraph_stays_separate():
    raw = "Headline without a stop\nFirst sentence of the story.\nSecond paragraph of the story."
    assert paragraphs(clean_text(raw)) == ["Headline without a stop", "First sentence of the story.", "Second paragraph of the story."]


def test_inline_photo_markers_in_long_one_line_text():
    raw = ("Image copyright getty images the carmaker's announcement surprised the market. " + STORY + " ") * 3
    out = clean_text(raw)
    assert "Image copyright" not in out and "getty" not in out
    assert out.startswith("the carmaker's announcement surprised the market.")


def test_control_and_bidi_characters_removed():
    assert clean_text("Safe\u202e text\x07 here.") == "Safe text here."


def test_noise_only_text_becomes_empty():
    assert clean_text("Advertisement\n\nShare this article\n\nPhoto: Reuters") == ""
    assert clean_text("") == ""


def test_is_noise_line_leaves_story_lines_alone():
    assert not is_noise_line(STORY)
    assert not is_noise_line("Photographers gathered outside the court on Monday.")
    assert is_noise_line("Advertisement")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_clean_is_idempotent_and_tidy(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert once == once.strip()
    assert "\n\n\n" not in once
    assert "  " not in once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Advertisement", "Share this article", "Photo: Reuters", "(Getty Images)", "Follow us on Twitter",
    "Image copyright AFP Image caption A crowd", "pic.twitter.com/xYz12",
]), max_size=6), st.lists(st.sampled_from([
    STORY, "Three people were hurt in the crash, police said.", "\"It was frightening,\" she said.",
]), min_size=1, max_size=4))
def test_noise_never_survives_and_story_always_does(noise, story):
    raw = "\n\n".join(noise + story + noise)
    out = clean_text(raw)
    assert paragraphs(out) == story
    for bad in ("Advertisement", "Share this", "Getty", "Follow us", "Image caption", "pic.twitter"):
        assert bad not in out


def test_more_page_furniture_seen_in_real_scrapes():
    noise = [
        "Advertisement Continue reading the main story", "Tweet with a location", "___", "——", "* * *",
        "Story Continued Below", "Photo", "VIEW GALLERY", "Video: How the new bridge was built",
        "Read or Share this story: https://example.com/x", "This article originally appeared at Example Daily",
        "[H/T Example News]", "reporter@example.com or 555-123-4567", "PHOTOS: Storm hits the coast",
    ]
    assert clean_text("\n\n".join([*noise, STORY, *noise])) == STORY


def test_lettered_list_items_are_not_copyright_lines():
    raw = "The law says:\n\n(a) the council must inspect bridges\n\n(c) the board may close them"
    assert paragraphs(clean_text(raw)) == ["The law says:", "(a) the council must inspect bridges", "(c) the board may close them"]
    assert clean_text(f"{STORY}\n\n(c) 2024 Example Courier") == STORY


def test_clean_is_idempotent_when_a_control_character_joins_two_words():
    # Hypothesis found it (session 26): the raw text counted "A\x1b©" as one word, the cleaned text
    # "A ©" as two, so the credit line was kept once and dropped on a second cleaning.
    once = clean_text("A\x1b©\r0")
    assert clean_text(once) == once


def test_a_clip_caption_after_a_player_notice_stays_furniture():
    # Session 26: removing the inline "Media caption" marker left the clip's caption as a plain sentence
    # after the player's notice; kept, the sentence is the clip's caption `text.furniture` knows.
    from newsweave.text.furniture import furniture_kind

    raw = ("The council met on Monday to vote on the harbour plan.\n"
           "Media playback is unsupported on your device Media caption The mayor walked along the harbour wall\n"
           "The vote passed by six votes to three.")
    paras = clean_text(raw).split("\n\n")
    assert paras[1].startswith("Media playback is unsupported on your device Media caption The mayor")
    assert furniture_kind(paras[1]) == "video"
    assert clean_text("A ship sailed. Image caption A pier at dusk.") == "A ship sailed. A pier at dusk."  # other markers go
