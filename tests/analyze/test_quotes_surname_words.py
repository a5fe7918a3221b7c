"""Session 18 (issue 12, brief D): a surname that is also an ordinary word, opening a sentence as a
speech verb's subject, is the one person named before with that last name
(`analyze/surname_words.py`). Fictional sentences written for these tests."""


def test_a_surname_that_is_an_adjective_is_the_person_named_before(quotes_of):
    got = quotes_of(
        "Dr. Ada Bright, previously the head of a harbour research office, testified Thursday morning to a council panel "
        "that “without better dredging, 2030 could be the worst year for the port.” Bright warned councillors in her "
        "testimony before the panel that the town needs to take “simple but firm steps” to protect the pier."
    )
    assert got["simple but firm steps"] == "Ada Bright"


def test_two_people_with_that_surname_give_no_one(quotes_of):
    got = quotes_of(
        "Dr. Ada Bright and her brother Tom Bright testified Thursday morning to a council panel about the pier. "
        "Bright warned councillors in the hearing that the town needs to take “simple but firm steps” to protect the pier."
    )
    assert got["simple but firm steps"] is None


def test_a_day_is_never_a_speaker(quotes_of):
    # (`speaker_resolve.resolve`: a calendar word read as the subject, as in "the Board — ... — said
    # Wednesday that ...", is no one)
    assert quotes_of("“The pier will open in May,” Wednesday said.")["The pier will open in May"] is None
