"""Session 21 (issue 12, brief Q): a document's words are the words of whoever the text says wrote
or issued it (`analyze/document_findings.py`, `document_authors.noun_author`), and a speaker
described first is the one named with that description just after (`analyze/later_names.py`).
Fictional sentences written for these tests."""


def test_the_review_found_is_its_publishers(quotes_of):
    got = quotes_of(
        "The Marrowby Harbour Board published a review of the old pier on Monday. "
        "The review found that the east steps were “past saving after years of neglect” and should close."
    )
    assert got["past saving after years of neglect"] == "Marrowby Harbour Board"


def test_the_assessment_found_after_a_report_released_by_a_body(quotes_of):
    got = quotes_of(
        "The pier is sinking faster than anyone thought, according to a report released by the Marrowby Harbour Board on Monday. "
        "The grim assessment also found that the damage to the east steps is “beyond any repair we can afford.”"
    )
    assert got["beyond any repair we can afford."] == "Marrowby Harbour Board"


def test_a_finding_with_no_author_given_is_unknown(quotes_of):
    got = quotes_of("Tom Reed runs the pier. A study found that the east steps were “past saving after years of neglect” last winter.")
    assert got.get("past saving after years of neglect") is None
    got = quotes_of("Tom Reed runs the pier. The review found that the east steps were “past saving after years of neglect” last winter.")
    assert got.get("past saving after years of neglect") is None


def test_it_concludes_after_an_e_mail_his_campaign_sent(quotes_of):
    got = quotes_of(
        "Senator Tom Reed asked his supporters for money on Tuesday.\n\n"
        "His campaign sent an e-mail to supporters on Tuesday.\n\n"
        "It concludes: “Give what you can today to keep the pier open.”"
    )
    assert got["Give what you can today to keep the pier open."] == "Tom Reed"


def test_a_section_of_an_owners_pages_warns(quotes_of):
    got = quotes_of("The Marrowby Harbour Board’s visitor safety section warns that “the east steps flood at every high tide” in winter.")
    assert got["the east steps flood at every high tide"] == "Marrowby Harbour Board"


def test_an_indictment_a_ministry_unveiled(quotes_of):
    got = quotes_of(
        "Tom Reed was arrested on Tuesday. The Justice Ministry unveiled an indictment charging Reed with "
        "“unlawful efforts to sell the harbour pier to a foreign buyer without the consent of the board.”"
    )
    assert got["unlawful efforts to sell the harbour pier to a foreign buyer without the consent of the board."] == "Justice Ministry"


def test_a_hospital_named_in_the_next_sentence(quotes_of):
    text = (
        "MARROWBY — A Marrowby hospital said on Friday that it would look again at the case of the boy in light of “fresh and important evidence about a new treatment” from two doctors.\n\n"
        "The statement from Marrowby General Hospital came late on Friday."
    )
    assert quotes_of(text)["fresh and important evidence about a new treatment"] == "Marrowby General Hospital"


def test_a_description_named_twice_or_never_stays_unknown(quotes_of):
    text = (
        "MARROWBY — A Marrowby hospital said on Friday that it would look again at the case of the boy in light of “fresh and important evidence about a new treatment” from two doctors.\n\n"
        "Both St Brendan’s Hospital and Marrowby General Hospital have treated him."
    )
    assert quotes_of(text).get("fresh and important evidence about a new treatment") is None
    text = "MARROWBY — A Marrowby hospital said on Friday that it would look again at the case of the boy in light of “fresh and important evidence about a new treatment” from two doctors."
    assert quotes_of(text).get("fresh and important evidence about a new treatment") is None


def test_her_publisher_named_just_after(quotes_of):
    got = quotes_of(
        "Forty letters by the poet Ada Vance, of “rare and quiet beauty” according to her publisher, were found in a trunk.\n\n"
        "Her publisher Harbour House Books called the find the event of the year."
    )
    assert got["rare and quiet beauty"] == "Harbour House Books"


def test_a_statement_put_out_then_it_read(quotes_of):
    got = quotes_of("Mayor Ada Vance put out a statement after the vote. “We will not sell the north pier to anyone,” it read.")
    assert got["We will not sell the north pier to anyone"] == "Ada Vance"


def test_it_said_after_an_office_released_a_statement(quotes_of):
    got = quotes_of("Mayor Ada Vance’s office released a statement on Monday. It said: “We will not sell the north pier to anyone.”")
    assert got["We will not sell the north pier to anyone."] == "Ada Vance"


def test_it_said_after_a_letter_received_is_not_the_letters_writer(quotes_of):
    got = quotes_of("The harbour council got a letter from Ada Vance on Monday. It said: “We will reply to every point in good time.”")
    assert got["We will reply to every point in good time."] is None


def test_read_a_statement_from_a_body(quotes_of):
    got = quotes_of("“We will not sell the north pier to anyone,” read a statement from the Marrowby Harbour Trust.")
    assert got["We will not sell the north pier to anyone"] == "Marrowby Harbour Trust"


def test_a_message_they_recorded_is_theirs_only_as_named_together(quotes_of):
    # one name for "their" would be the last group the text named, not the two who wrote
    got = quotes_of(
        "Two sisters from Eltham saw the Marrowby Singers at the Harbour Odeon in 1963.\n\n"
        "They recorded their message on a tape before posting it to the Odeon.\n\n"
        "Among other things, the message said: “Please keep the pier open for the summer dances.”"
    )
    assert got["Please keep the pier open for the summer dances."] is None
