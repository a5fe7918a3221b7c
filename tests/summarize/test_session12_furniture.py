"""Issue 13, session 12: page text the lower-cased copies glue before a story, and a summary sentence
that opens in lower case once a dateline or a credit is dropped.

- a photographer's credit with no brackets ("Name surname/agency <the lead>") before the text;
- the label of an editor's note, a sign-up form's first field, a topic box's button and its box,
  an "email this" share button run into the text;
- every summary sentence opening in lower case is shown with its first letter capitalised (its
  citation still the exact span), but a name written with a capital inside ("iPhone") is left.

Fictional text, written for these tests."""

from __future__ import annotations

from newsweave import api
from newsweave.summarize.development import story_headline
from newsweave.summarize.trim import display
from newsweave.text.furniture import content_span, furniture_kind
from newsweave.types import Article


def _kept(text: str) -> str:
    a, b = content_span(text)
    return text[a:b]


def test_an_unbracketed_credit_before_the_text_is_dropped():
    lead = "the lighthouse keeper of brannock point retired on friday after 41 years of service."
    assert _kept("Ada quell/getty images " + lead) == lead
    assert _kept("Ada quell/afp/getty images " + lead) == lead
    assert _kept("Ada quell/harbour beat " + lead) == lead
    assert _kept("Tobin ash mercer/the brannock post " + lead) == lead
    cased = "Ada Quell/The Brannock Post The lighthouse keeper retired on Friday after 41 years."
    assert _kept(cased) == "The lighthouse keeper retired on Friday after 41 years."


def test_a_slash_in_prose_is_not_a_credit():
    for text in (
        "The brannock gazette/harbour poll shows that most residents want the lighthouse kept.",
        "Mira dunn/tobin ash feud was the talk of the harbour all summer long.",
        "New harbour/old harbour ferries were cancelled on friday because of the storm.",
        "Ada quell/getty images.",  # a credit alone: nothing after it to keep
    ):
        assert _kept(text) == text


def test_labels_and_buttons_before_the_text_are_dropped():
    lead = "the brannock council voted on tuesday to close the ferry pier for repairs."
    assert _kept("Editor's note: " + lead) == lead
    assert _kept("Your first name in a vote late on tuesday, the brannock council closed the pier.") == (
        "in a vote late on tuesday, the brannock council closed the pier."
    )
    assert _kept("Your first name says a lot about you, a brannock study of names found.") == (
        "Your first name says a lot about you, a brannock study of names found."
    )
    assert _kept('Add interest " we never meant to close the pier, " the mayor told reporters.') == (
        '" we never meant to close the pier, " the mayor told reporters.'
    )
    assert _kept("Editor's note: this story was updated on friday.") == "this story was updated on friday."
    assert furniture_kind(_kept("Editor's note: this story was updated on friday.")) == "archive"


def test_a_topic_box_and_an_email_button_are_widgets():
    assert furniture_kind("interested in? add as an interest to hear first from harbour radio.") == "widget"
    assert furniture_kind("interested in ferries? add ferries as an interest for every new story on them.") == "widget"
    assert furniture_kind("Brannock pier closes for good email this the council voted to shut the pier on tuesday.") == "widget"
    assert furniture_kind("The mayor said she would email this to every resident on friday.") is None


def test_display_capitalises_the_first_letter_only_of_a_plain_word():
    assert display("the council voted.") == "The council voted."
    assert display('" it was a long night, " she said.') == '" It was a long night, " she said.'
    assert display("iPhone sales fell.") == "iPhone sales fell."
    assert display("The council voted.") == "The council voted."


CLUSTER = (
    "Brannock, ore. ( ap ) — the brannock council voted on tuesday to close the ferry pier for six months of repairs. "
    "the pier was built in 1921 and carries four hundred passengers a day. "
    "repairs will cost two million dollars, the council said.",
    "Ada quell/brannock times the ferry pier in brannock will close for six months after a vote of the town council. "
    "commuters will take a bus around the bay while the pier is shut. "
    "the bus will run every twenty minutes, the council said.",
)


def test_summary_sentences_open_on_a_capital_and_cite_the_exact_span():
    articles = [Article(id=f"a{k}", outlet=f"Outlet {k}", text=t, title=None) for k, t in enumerate(CLUSTER)]
    report = api.summarize(articles, 60)
    sentences = report.summary.sentences
    assert sentences
    texts = {a.id: a.text for a in articles}
    for s in sentences:
        c = s.citations[0]
        cited = texts[c.article_id][c.start : c.end]
        assert s.text[:1].isupper(), s.text  # before: "the brannock council voted ..." (dateline dropped)
        assert s.text[1:] == cited[1:] and s.text[:1].lower() == cited[:1].lower()  # the same words, one capital
        assert "quell" not in s.text and "( ap )" not in s.text
    assert story_headline(report)[:1].isupper()


def test_a_dateline_city_run_into_the_lead_is_dropped_in_a_lower_cased_copy():
    from newsweave.summarize.copy_edges import lead_in_end

    text = "Washington two ferry captains have become the first women to pass the harbour pilot course, the board said."
    k = lead_in_end(text, True, False)
    assert text[k:].startswith("two ferry captains")
    assert lead_in_end("Moscow the brannock ferry company opened an office on the river on monday.", True, False) == len("Moscow ")
    assert lead_in_end("Cairo the brannock ferry company opened an office on the river on monday.", True, False) == len("Cairo ")
    assert lead_in_end("Jerusalem a brannock ferry captain was honoured by the harbour board on monday.", True, False) == len("Jerusalem ")
    # prose, not a dateline: a verb or a noun follows the city, or a later sentence, or a cased copy
    assert lead_in_end("Washington is abuzz over who will run the brannock harbour board next year.", True, False) == 0
    assert lead_in_end("Chicago police are seeking two men after the brannock ferry was damaged.", True, False) == 0
    assert lead_in_end(text, False, False) == 0
    assert lead_in_end("Washington Two ferry captains have become the first women to pass the course.", True, True) == 0


def test_a_dateline_city_before_a_dash_is_dropped_further_down_a_lower_cased_copy():
    from newsweave.summarize.copy_edges import lead_in_end

    text = "Boston — two ferry captains will graduate from the harbour pilot school this week, the board said."
    assert text[lead_in_end(text, False, False) :].startswith("two ferry captains")
    aside = "Franchising — the model the brannock ferry company chose in 1990 — kept its costs low."
    assert lead_in_end(aside, False, False) == 0  # not a dateline city: an aside further down stays


def test_a_lower_cased_copys_first_person_needs_a_speaker_before_it():
    from newsweave.summarize.lowercase import supplies_person_lowercase

    narration = "As you may have read, the brannock ferry company sold its last boat on christmas eve."
    aside = "Now, i've got all the details for you."
    assert not supplies_person_lowercase(narration, aside)  # before: True (the capitals test missed the lower-case "i")
    said = "Ferry owner mira dunn, 61, told the harbour gazette on friday that the sale was final."
    assert supplies_person_lowercase(said, "i've kept the ferry going for forty years and now it is time.")


def test_an_i_inside_a_title_is_not_the_writers_first_person():
    from newsweave.summarize.lowercase import supplies_person_lowercase

    previous = "The 1958 demo tape features a young singer, then known by his birth name, with his first band."
    title = "The group were turned down by the label and the tape of the band singing a song called i never wept was never released."
    assert supplies_person_lowercase(previous, title)  # at 6dcd0ac: False (the title's "i" read as the writer's)


def test_heard_saying_with_the_words_dropped_is_an_orphan_attribution():
    from newsweave.summarize.standalone import reason

    assert reason("Ada quell is heard saying in the video.", False) == "orphan attribution"
    assert reason("The captain was heard shouting on the recording.") == "orphan attribution"
    assert reason("The captain is heard saying the pier will close in the video.") is None


def test_share_buttons_between_a_page_headline_and_the_text_are_dropped():
    from newsweave.summarize.copy_edges import lead_in_end

    text = "October 10, 2014 / harbour news / brannock ferry crash the harbour paper tweet share a ferry hit the pier on monday, the port said."
    assert text[lead_in_end(text, True, False) :] == "a ferry hit the pier on monday, the port said."
    prose = "Residents share tweets about the ferry every day, the port authority said on monday."
    assert lead_in_end(prose, True, False) == 0


def test_a_media_players_notice_run_into_the_text_is_no_sentence():
    from newsweave.summarize.copy_edges import has_widget

    assert has_widget("Media playback is not supported on your device media caption the pier at dawn the brannock ferry hit the pier on monday.")
    assert not has_widget("The brannock ferry hit the pier on monday, the port said.")
