"""An address is a speech: "X's address ... declared “...”" gives X, as "X's speech" did (session 17 of
issue 12, brief M; `cue_words._DOCUMENT_NOUNS`). Fictional sentences written for these tests."""


def test_the_owner_of_an_address_is_the_speaker(quotes_of):
    got = quotes_of(
        "Mayor Ada Vance's address to the council looked back over the floods she faced — and declared "
        "\"Lowmarsh is dry again.\" The council cheered."
    )
    assert got["Lowmarsh is dry again."] == "Ada Vance"


def test_an_address_with_no_owner_names_no_one(quotes_of):
    got = quotes_of("The address to the council looked back over the floods — and declared \"Lowmarsh is dry again.\"")
    assert got["Lowmarsh is dry again."] is None
