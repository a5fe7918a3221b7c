"""Session 21 (issue 12, brief Q2): quoted words whose source a nearby sentence announced
(`analyze/announced_statements.py`): a statement one background sentence back, "it added" after
"In a statement, X said"; a book's billing goes to no one. Fictional sentences written for these tests."""

LEAD = "The Harbour Board released a statement on Monday regretting the loss of the north pier. "


def test_a_statement_one_background_sentence_back_gives_its_issuer(quotes_of):
    got = quotes_of(LEAD + "Councillor Ada Vance and Milo Strand had fought to keep the pier open for a decade. “Nobody on the board wanted this outcome for the town...")
    assert got["Nobody on the board wanted this outcome for the town..."] == "Harbour Board"


def test_a_background_sentence_with_a_speech_verb_gives_no_one(quotes_of):
    got = quotes_of(LEAD + "The closing of the old fish market was announced by Councillor Ada Vance last week. “Nobody on the board wanted this outcome for the town...")
    assert got.get("Nobody on the board wanted this outcome for the town...") != "Harbour Board"


def test_a_background_sentence_with_a_pronoun_subject_gives_no_one(quotes_of):
    got = quotes_of(LEAD + "She had fought to keep the pier open for a decade. “Nobody on the board wanted this outcome for the town...")
    assert got.get("Nobody on the board wanted this outcome for the town...") != "Harbour Board"


def test_two_background_sentences_give_no_one(quotes_of):
    got = quotes_of(
        LEAD + "Councillor Ada Vance and Milo Strand had fought to keep the pier open for a decade. "
        "Their campaign drew hundreds of fishermen to the quay in the spring. “Nobody on the board wanted this outcome for the town..."
    )
    assert got.get("Nobody on the board wanted this outcome for the town...") != "Harbour Board"


def test_it_added_after_in_a_statement_x_said(quotes_of):
    got = quotes_of(
        "Divers from the Harbour Trust inspected the piles on Friday.\n\nIn a later statement, the Harbour Trust said the pier had been closed "
        "because the tide had scoured its base. When the divers reached the lowest piles they found them \"soft as wet bread all the way through\", it added."
    )
    assert got["soft as wet bread all the way through"] == "Harbour Trust"


def test_it_added_after_a_statement_received_gives_not_the_sender(quotes_of):
    got = quotes_of(
        "Divers from the Harbour Trust inspected the piles on Friday.\n\nIn a later statement to the Harbour Trust, the divers said the pier "
        "had been closed too late. When they reached the lowest piles they found them \"soft as wet bread all the way through\", it added."
    )
    assert got.get("soft as wet bread all the way through") != "Harbour Trust"


def test_a_books_blurb_goes_to_no_one(quotes_of):
    """A book's billing may be its publisher's words as much as its author's: no speaker."""
    got = quotes_of(
        "Ada Vance is expected to leave the harbour board this winter. The move comes with the release of Vance’s new book, "
        "“Low Water: Notes from a Harbour” in March, two friends told the Gazette. “Low Water” is billed as an attack on the "
        "“slow rot of coastal towns” caused by “councils that have stopped listening to anyone...”"
    )
    assert got.get("councils that have stopped listening to anyone...") is None


def test_a_book_a_body_owns_gives_no_one(quotes_of):
    got = quotes_of(
        "Ada Vance is expected to leave the harbour board this winter. The move comes with the release of the Harbour Trust’s new book, "
        "“Low Water: Notes from a Harbour” in March, two friends told the Gazette. “Low Water” is billed as an attack on the "
        "“slow rot of coastal towns” caused by “councils that have stopped listening to anyone...”"
    )
    assert got.get("councils that have stopped listening to anyone...") is None
