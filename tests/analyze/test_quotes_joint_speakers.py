""""They" after two named people is the pair (session 16 of issue 12, `analyze/joint_speakers.py`).
Fictional sentences written for these tests."""


def test_they_after_two_named_senators_writing_a_letter_is_the_pair(quotes_of):
    got = quotes_of(
        "BRANTON — Sen. Ada Vance, D-Ore., and Sen. Tomas Orrell, R-Mont., wrote a letter Tuesday asking the "
        'board to reopen the harbour. "Fishermen have waited three winters for an answer, and they deserve one '
        'before the spring," they wrote to the board chair.'
    )
    assert got["Fishermen have waited three winters for an answer, and they deserve one before the spring"] == "Ada Vance and Tomas Orrell"


def test_they_after_a_pair_that_is_the_object_is_left_unknown(quotes_of):
    got = quotes_of(
        'The union leaders met Ada Vance and Tomas Orrell on Friday. "We have waited long enough for this answer," they said.'
    )
    assert got["We have waited long enough for this answer"] is None
