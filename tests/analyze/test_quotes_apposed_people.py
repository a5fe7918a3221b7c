"""Session 19 (issue 12, brief D): "he"/"she" after a name the entity tagger typed as a group or
organisation (or missed), shown to be a person by a role in apposition ("X, a resident ...", "The
mayor of P, X, said"), is that person (`analyze/apposed_people.py`). Fictional sentences written for
these tests; the tagger types "Agostino Brenta" here as a group, as it did two real names."""

_PIER = "The pier at Vilar fell on Monday night.\n\n"
_AFTER = " said two families had lost their homes. He was close to tears as he said the village doubles in size in summer.\n\n“I hope nobody forgets us,” he told a radio station."


def test_a_resident_in_apposition_makes_the_name_a_person(quotes_of):
    got = quotes_of(_PIER + "Agostino Brenta, a Lisbon resident visiting Vilar, said help came after an hour. "
                    "“We ran down to the harbour, and it looked like a painting of a storm,” he said.")
    assert got["We ran down to the harbour, and it looked like a painting of a storm"] == "Agostino Brenta"


def test_a_role_noun_with_the_name_in_apposition_opens_a_he_run(quotes_of):
    assert quotes_of(_PIER + "The mayor of the village, Agostino Brenta," + _AFTER)["I hope nobody forgets us"] == "Agostino Brenta"


def test_the_name_with_a_role_after_it_opens_a_he_run(quotes_of):
    assert quotes_of(_PIER + "Agostino Brenta, the village mayor," + _AFTER)["I hope nobody forgets us"] == "Agostino Brenta"


def test_a_word_that_is_no_role_gives_no_one(quotes_of):
    # "a maker of fishing boats" may describe a firm: no person
    got = quotes_of(_PIER + "Agostino Brenta, a maker of fishing boats, said help came after an hour. "
                    "“We ran down to the harbour, and it looked like a painting of a storm,” he said.")
    assert got["We ran down to the harbour, and it looked like a painting of a storm"] is None


def test_another_person_named_in_the_sentence_gives_no_one(quotes_of):
    got = quotes_of(_PIER + "Agostino Brenta, a Lisbon resident visiting Vilar, said his brother Tom Reed called him. "
                    "“We ran down to the harbour, and it looked like a painting of a storm,” he said.")
    assert got["We ran down to the harbour, and it looked like a painting of a storm"] is None


def test_a_name_introduced_with_a_role_opens_a_he_run_without_a_speech_verb(quotes_of):
    got = quotes_of(_PIER + "Agostino Brenta II, owner of the Brenta boat yard, has two cousins buried in the old harbour graves. "
                    "He said building on the site is a hard choice for the town.\n\n“Many people here still remember those graves,” he said.")
    assert got["Many people here still remember those graves"] == "Agostino Brenta II"


def test_a_name_with_no_role_and_no_speech_verb_still_gives_no_one(quotes_of):
    got = quotes_of(_PIER + "Agostino Brenta is the first mayor of the town who studied abroad. He lived in Porto as a boy.\n\n"
                    "“Many people here still remember those graves,” he said.")
    assert got["Many people here still remember those graves"] is None
