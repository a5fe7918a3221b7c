"""Session 21 (issue 12, brief Q): speakers the text names after the quotation — a nickname in
quote marks that breaks the parse of the describing noun (`analyze/nickname_subjects.py`), and
"With those words, X said" right after a quotation (`analyze/later_names.py`). Fictional
sentences written for these tests."""


def test_the_host_often_dubbed_a_nickname_said(quotes_of):
    got = quotes_of("Radio host Tom Reed warned the board on Monday.\n\n“The pier board would be wise to wait a year,” the host often dubbed ‘Old Salt’ said.")
    assert got["The pier board would be wise to wait a year"] == "Tom Reed"


def test_a_nickname_with_more_than_the_name_between_gives_no_one(quotes_of):
    got = quotes_of("Radio host Tom Reed warned the board on Monday.\n\n“The pier board would be wise to wait a year,” the host often dubbed ‘Old Salt’ by his fans said.")
    assert got.get("The pier board would be wise to wait a year") is None


def test_with_those_words_names_the_speaker(quotes_of):
    got = quotes_of(
        "“Honestly, the pier was the last straw for all of us in the harbour office.” With those blunt words in an interview on Sunday, "
        "Ada Vance, the former harbour master, said she was leaving the town."
    )
    assert got["Honestly, the pier was the last straw for all of us in the harbour office."] == "Ada Vance"


def test_with_those_words_and_a_pronoun_gives_no_one(quotes_of):
    got = quotes_of(
        "“Honestly, the pier was the last straw for all of us in the harbour office.” With those blunt words in an interview on Sunday, "
        "she said she was leaving the town."
    )
    assert got["Honestly, the pier was the last straw for all of us in the harbour office."] is None
