"""Session 18 (issue 12, brief K): a document that speaks is its author's words when the text
names the author (`analyze/document_authors.py`): "It read:" after the letter it points to, and
a letter that carries its author ("the letter from X") over the one who hands it over.
Fictional sentences written for these tests."""


def test_it_read_after_a_letter_from_a_named_person(quotes_of):
    got = quotes_of(
        "The harbour show gave the two sisters the letter from Ada Vance.\n\n"
        "It read: “Thank you for the lovely song about the pier.”"
    )
    assert got["Thank you for the lovely song about the pier."] == "Ada Vance"


def test_it_reads_after_a_letter_a_named_person_sent(quotes_of):
    got = quotes_of("Mayor Ada Vance sent the board a long letter on Monday.\n\nIt reads: “Nobody may fish from the north pier again.”")
    assert got["Nobody may fish from the north pier again."] == "Ada Vance"


def test_the_letter_read_is_its_writers_not_the_readers(quotes_of):
    got = quotes_of("The harbour board met on Monday and Tom Reed read a letter from Ada Vance. The letter read: “Nobody may fish from the north pier.”")
    assert got["Nobody may fish from the north pier."] == "Ada Vance"


def test_no_author_when_the_document_names_none_or_no_document_was_named(quotes_of):
    got = quotes_of("His office sent around an e-mail with a photo of the pier.\n\nIt reads: “Nobody may fish from the north pier again.”")
    assert got["Nobody may fish from the north pier again."] is None
    assert quotes_of("Tom Reed spoke for the board. It read: “Nobody may fish from the north pier.”")["Nobody may fish from the north pier."] is None
