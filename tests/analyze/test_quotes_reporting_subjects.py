"""Session 19 (issue 12, brief D): "he"/"she" after a sentence that reports one named person's
words and names someone else inside them is that sentence's speaker (`analyze/reporting_subjects.py`),
and a name in apposition to the subject ("said Harbour Board Director Dr. X") is no other
antecedent (`ambiguity.ambiguous`). Fictional sentences written for these tests."""

_COURT = "The harbour court sat on Friday.\n\n"
_QUOTE = "\n\n“She has paid enough already,” he said outside court."


def test_the_reporter_not_the_person_reported_on(quotes_of):
    got = quotes_of(_COURT + "Defence lawyer Daniel Harper said Laura Bennett's fine will seem small next to what she has lost." + _QUOTE)
    assert got["She has paid enough already"] == "Daniel Harper"


def test_a_verb_of_telling_reports_too(quotes_of):
    got = quotes_of(_COURT + "Defence lawyer Daniel Harper told reporters that Laura Bennett had lost her boat and her home." + _QUOTE)
    assert got["She has paid enough already"] == "Daniel Harper"


def test_a_sentence_that_reports_nothing_gives_no_one(quotes_of):
    assert quotes_of(_COURT + "Daniel Harper met Laura Bennett on the pier after the hearing." + _QUOTE)["She has paid enough already"] is None


def test_two_subjects_give_no_one(quotes_of):
    assert quotes_of(_COURT + "Daniel Harper and Laura Bennett said the fine was too high." + _QUOTE)["She has paid enough already"] is None


def test_the_name_in_apposition_to_an_inverted_subject(quotes_of):
    got = quotes_of(
        "The board met on Friday. The rule will also close the marina for large events, including the Daniel Harper Cup, "
        "said Harbour Board Director Dr. Laura Bennett to the council. Owners will have to move their boats by May 1, she said. "
        "“This is a fair plan for everyone.”"
    )
    assert got["This is a fair plan for everyone."] == "Laura Bennett"


def test_the_inverted_reporter_among_two_people(quotes_of):
    got = quotes_of(
        "The board met on Friday. The rule will also close the marina for large events, including a race for Daniel Harper, "
        "said Harbour Board Director Dr. Laura Bennett to the council. Owners will have to move their boats by May 1, she said. "
        "“This is a fair plan for everyone.”"
    )
    assert got["This is a fair plan for everyone."] == "Laura Bennett"


def test_sentences_wholly_inside_the_quotation_are_passed_over(quotes_of):
    got = quotes_of(_COURT + "Defence lawyer Daniel Harper said Laura Bennett's fine will seem small next to what she has lost.\n\n"
                    "“She has paid. She sold her boat last winter. She has lost her home as well,” he said outside court.")
    assert got["She has paid. She sold her boat last winter. She has lost her home as well"] == "Daniel Harper"


def test_not_a_sentence_that_quotes_someone_else(quotes_of):
    got = quotes_of(_COURT + "As Daniel Harper went on about “a fair and open harbour” and “honest crews,” Laura Bennett said yes over "
                    "and over again, until Harper reached the last words of his speech.\n\n“Thank you all,” he said to the crowd.")
    assert got["Thank you all"] in (None, "Daniel Harper")

