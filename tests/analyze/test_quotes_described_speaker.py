"""A speaker named after the closing mark with a lower-case description before the name and a long
description after it ("“...,” champion rower X, widely regarded as ..., told ..."): the parser often
leaves the speech verb without a subject (session 16 of issue 12, `quote_frames.name_after_close`).
Fictional sentences written for these tests."""


def test_a_lower_case_role_before_the_name_and_a_long_description_after_it(quotes_of):
    got = quotes_of(
        "The river rose overnight. “We have lost the trust of the town,” rower Ada Vance, widely regarded "
        "as the finest rower of her generation, told the hearing."
    )
    assert got["We have lost the trust of the town"] == "Ada Vance"


def test_a_description_with_a_determiner_before_the_name(quotes_of):
    got = quotes_of(
        "The weir gave way at dawn. “Nobody on the bank was warned in time,” the harbour pilot Tomas Orrell, "
        "regarded by many as the last of the old river guides, told the inquiry."
    )
    assert got["Nobody on the bank was warned in time"] == "Tomas Orrell"


def test_a_name_after_a_preposition_is_not_the_speaker(quotes_of):
    got = quotes_of(
        "The river rose overnight. “We have lost the trust of the town,” a letter to Ada Vance, sent by the "
        "rowers last week, said."
    )
    assert got["We have lost the trust of the town"] != "Ada Vance"
