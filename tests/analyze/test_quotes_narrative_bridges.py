"""Session 19 (issue 12, brief D): a bare quotation one or two plain sentences after the report that
introduces it, in the same paragraph, is the reported speaker's (`analyze/narrative_bridges.py`); a
term in quote marks in between does not cut it off (`quotes.QuoteExtractor._continued`). Fictional
sentences written for these tests."""

_LEAD = "Mayor Laura Bennett said on Monday that the north pier would close for repairs until the spring. "
_WORDS = "“Today's decision puts the safety of every crew first.”"


def test_one_plain_sentence_between(quotes_of):
    got = quotes_of(_LEAD + "The pier handles a third of the town's catch. " + _WORDS)
    assert got["Today's decision puts the safety of every crew first."] == "Laura Bennett"


def test_a_term_in_quote_marks_between(quotes_of):
    got = quotes_of(_LEAD + "The closure covers boats that are at “high risk of sinking” or older than forty years. " + _WORDS)
    assert got["Today's decision puts the safety of every crew first."] == "Laura Bennett"


def test_a_person_named_between_gives_no_one(quotes_of):
    got = quotes_of(_LEAD + "Daniel Harper runs the largest boat yard in the town. " + _WORDS)
    assert got["Today's decision puts the safety of every crew first."] is None


def test_a_speech_verb_between_gives_no_one(quotes_of):
    got = quotes_of(_LEAD + "Several fishermen said the closure came far too late. " + _WORDS)
    assert got["Today's decision puts the safety of every crew first."] is None


def test_a_new_paragraph_gives_no_one(quotes_of):
    got = quotes_of(_LEAD + "The pier handles a third of the town's catch.\n\n" + _WORDS)
    assert got["Today's decision puts the safety of every crew first."] is None


def test_not_after_a_quotation_given_to_someone_else_in_the_paragraph(quotes_of):
    got = quotes_of(
        "Mayor Laura Bennett told the board on Monday that she expects “a quick repair of the north pier,” the council said. "
        "Daniel Harper has said the storm damaged forty boats in the harbour. At least two crews lost their boats. "
        "“The Mayor asked the crews for patience while the repairs go on.”"
    )
    assert got["The Mayor asked the crews for patience while the repairs go on."] is None
