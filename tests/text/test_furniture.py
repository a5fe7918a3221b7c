"""Page furniture (text/furniture.py) on fictional page lines written for these tests."""

from newsweave.text.furniture import content_span, furniture_kind, is_headline_line, trim_sentence
from newsweave.text.segment import segment
from newsweave.types import Article


def test_furniture_lines_by_kind():
    cases = {
        "Image copyright Larkspur Images Image caption The mayor of Tollbridge opened the bridge": "credit",
        "(Photo: Ada Quill, Tollbridge Gazette)": "credit",
        "Images courtesy of the Tollbridge Rowing Club.": "credit",
        "A ferry crosses the estuary near Tollbridge, Wednesday, Aug. 24, 2016.": "caption",
        "In this undated photo, the old lighthouse stands on the cliff.": "caption",
        "[Tollbridge council votes to close the old pier]": "related",
        "Related: Ten things to know about the ferry strike": "related",
        "Sign up for our morning newsletter and get the news in your inbox.": "newsletter",
        "This site uses cookies to improve your browsing experience.": "cookie",
        "We've detected that JavaScript is disabled in your browser.": "cookie",
        "© 2031 Tollbridge Gazette, all rights reserved.": "archive",
        "Ada Quill contributed to this report.": "archive",
        "6 PM HARBOUR TIME UPDATE: Adds the council's vote count.": "archive",
        "Posting location information to your Tweets is optional.": "widget",
        "CLOSE The ferry strike in ninety seconds.": "video",
        "CLINTON: And so I think that there was a question.": "label",
        "By Ada Quill, Staff Writer": "byline",
        "The council met on Monday to discuss the ferry timetable and...": "teaser",
    }
    for text, kind in cases.items():
        assert furniture_kind(text) == kind, text


def test_story_sentences_are_not_furniture():
    for text in (
        "The council voted 7-2 on Monday to close the old pier.",
        "By Tuesday, the storm had weakened over the estuary.",
        "Girl Scouts sold a record number of cookies in Tollbridge this spring.",
        '"We will not give up the pier..." the mayor said.',
        "NASA said the launch from the Tollbridge pad went well.",
    ):
        assert furniture_kind(text) is None, text


def test_datelines_are_trimmed_with_exact_offsets():
    for prefix in ("WARSAW — ", "TOLLBRIDGE (CBS) — ", "Tollbridge ( ap ) — ", "(CNN) ", "Tollbridge (CNN)", "PRETORIA/KHARTOUM, ", "UPDATE: ", "TOLLBRIDGE, March 12 (Harbour Wire) - ", "TOLLBRIDGE—", "WEST TOLLBRIDGE, Kent.—"):
        body = "The ferry operator cancelled every crossing on Friday."
        text = "Headline line\n\n" + prefix + body + " The mayor was not pleased with it."
        doc = segment(Article(id="a", outlet="o", text=text))
        s = doc.sentences[1]
        t = trim_sentence(s)
        assert t.text == body, prefix
        assert text[t.start : t.end] == body
        assert t.index == s.index


def test_a_dateline_alone_or_a_lowercase_continuation_is_not_cut():
    assert content_span("WARSAW —") == (0, 8)
    # an all-caps word and a dash followed by lower case is not a dateline
    text = "NATO - which met on Friday - agreed on a plan."
    assert content_span(text) == (0, len(text))
    # a dash with no space is a dateline only before a capital: "NATO—which" is not
    text = "NATO—which met on Friday—agreed on a plan for the harbour."
    assert content_span(text) == (0, len(text))


def test_headline_lines():
    text = "Ferry strike ends after three days\n\nThe ferry operator and the union agreed a deal on Friday.\n"
    assert is_headline_line(text, 0, 34)
    assert not is_headline_line(text, 36, 93)


def test_furniture_checks_are_linear_on_hostile_input():
    # long runs that make naive patterns backtrack: must return, whatever the answer
    for text in ("A" * 20000 + " —", "(" * 5000 + "x", "WARSAW " * 3000 + "— x", "... " * 5000, "By " + "Ab " * 5000):
        furniture_kind(text)
        content_span(text)


def test_page_announcing_what_follows_is_furniture():
    assert furniture_kind("Here's what you need to know.") == "teaser"
    assert furniture_kind("Here is the latest on the ferry strike.") == "teaser"
    assert furniture_kind("Here's how the council plans to pay for the new pier over ten years.") is None


def test_repeated_and_agency_credited_caption_paragraphs_are_dropped():
    from newsweave.text.furniture import strip_furniture

    caption = "The mayor of Tollbridge speaks to reporters at the harbour on Thursday."
    text = (
        f"{caption} (AP)\n\n{caption} (AP)\n\n"
        "The Tollbridge council voted on Thursday to close the old pier after divers found cracks.\n\n"
        "Ferry crews gather at the quay before the morning crossing.\n\n"
        "Ferry crews gather at the quay before the morning crossing.\n\n"
        "The harbour board said repairs would take two years."
    )
    kept = strip_furniture(segment(Article(id="a", outlet="a", text=text))).sentences
    assert [s.text for s in kept] == [
        "The Tollbridge council voted on Thursday to close the old pier after divers found cracks.",
        "The harbour board said repairs would take two years.",
    ]
    assert all(text[s.start : s.end] == s.text for s in kept)


def test_headline_ending_on_a_quoted_phrase_and_newsletter_and_link_widgets():
    text = "Mayor: Keep the Pier Open; 'Closing It Isn't Going to Help'\n\nThe council met on Monday."
    assert is_headline_line(text, 0, text.index("\n"))
    body = 'The mayor said "we are done."\n'
    assert not is_headline_line(body, 0, len(body) - 1)
    assert furniture_kind("Breaking News Emails Get breaking news alerts and special reports.") == "newsletter"
    assert furniture_kind("The stories that matter, delivered weekday mornings.") == "newsletter"
    assert furniture_kind("The information in each report covers incidents from the day before.") == "meta"
    assert furniture_kind("The harbour board's report covers ten years of repairs.") is None
    assert furniture_kind("Former harbour master Ada Quill Ada QuillQuill: the pier is unsafe MORE said on Sunday that repairs would wait.") == "related"
    assert furniture_kind("The harbour master said MORE boats would be needed.") is None  # an upper-case word in a sentence


def test_a_place_and_agency_glued_to_the_first_word_is_a_dateline_but_a_party_tag_is_not():
    from newsweave.text.furniture import content_span

    text = "Tollbridge (CNN)Mayor Ada Quill closed the old pier on Friday after the inspection."
    a, b = content_span(text)
    assert text[a:b] == "Mayor Ada Quill closed the old pier on Friday after the inspection."
    text = "Ada Quill (D-Merrow) said the pier would close on Friday after the inspection."
    assert content_span(text) == (0, len(text))


def test_an_outlets_note_about_its_own_coverage_is_furniture_but_an_agencys_choice_is_news():
    assert furniture_kind("Harbour News is choosing not to name the children, as they are all minors.") == "meta"
    assert furniture_kind("The Tollbridge Evening Post does not typically identify victims of assault.") == "meta"
    assert furniture_kind("NPR is not publishing the letter in full.") == "meta"
    assert furniture_kind("The FBI is not naming the suspect until he is charged.") is None
    assert furniture_kind("Police have decided not to name the driver.") is None
    assert furniture_kind("The council is not naming the donor.") is None


def test_ad_slot_before_lower_case_text_is_trimmed():
    # A sentence-cased copy lost the capital after the subscribe button or ad slot.
    text = "Subscribe tollbridge — the harbour board has closed the north pier after the collapse."
    a, b = content_span(text)
    assert text[a:b] == "tollbridge — the harbour board has closed the north pier after the collapse."
    text = "Advertisement continue reading the main story but the board has not said when the pier reopens."
    a, b = content_span(text)
    assert text[a:b].startswith("but the board")
    # an ordinary sentence that merely mentions subscribers is left whole
    text = "Subscribers to the harbour newsletter were told on Monday."
    assert content_span(text) == (0, len(text))


def test_a_credit_in_an_article_of_one_line_drops_the_credit_not_the_article():
    """A copy with no line breaks (the truncated Multi-News copies) has one paragraph: its credit
    does not make the whole article a caption block."""
    from newsweave.text.furniture import strip_furniture

    text = (
        "Photo by Ada Quill — pool/Larkspur Images. "
        "On Monday, the Tollbridge council voted to close the old pier after divers found cracks. "
        "The harbour board said repairs would take two years."
    )
    kept = [s.text for s in strip_furniture(segment(Article(id="b", outlet="b", text=text))).sentences]
    assert kept == [
        "On Monday, the Tollbridge council voted to close the old pier after divers found cracks.",
        "The harbour board said repairs would take two years.",
    ]


def test_a_capitals_dateline_whose_first_word_has_two_letters_is_trimmed():
    from newsweave.text.furniture import content_span

    text = "LA ROCHELLE, France — After two weeks of talks, the harbour towns agreed to share one ferry."
    a, b = content_span(text)
    assert text[a:b] == "After two weeks of talks, the harbour towns agreed to share one ferry."
    plain = "EU — the letters alone do not make a dateline of this sentence about the harbour."
    assert content_span(plain) == (0, len(plain))
