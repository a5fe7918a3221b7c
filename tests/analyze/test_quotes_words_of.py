"""Session 20 (issue 12, brief D): a quotation introduced as someone's own words ("to use X's
words", "in X's words", "in the words of X") is that person's (`analyze/words_of.py`). Fictional
sentences written for these tests."""


def test_to_use_a_persons_words(quotes_of):
    got = quotes_of("Mayor Ada Vance opened the pier on Monday. The harbour board is, to use Mayor Ada Vance’s words, “out of its depth” on the matter.")
    assert got["out of its depth"] == "Ada Vance"


def test_in_a_persons_words_in_brackets(quotes_of):
    got = quotes_of("Tom Reed runs the port. The old crane was (in Reed’s words) “a rusting relic of another age” and will go.")
    assert got["a rusting relic of another age"] == "Tom Reed"


def test_other_words_give_no_one(quotes_of):
    got = quotes_of("Tom Reed runs the port. The old crane was, in other words, “a rusting relic of another age” and will go.")
    assert got.get("a rusting relic of another age") is None
