"""Session 28 (issue 12, brief S20): an excerpt cut ("...") after the name of an inverted attribution
and before its verb — "“...,” Sen. Ada Vell, a Harbour Democrat who chaired the bridge panel for..." — gives
that name (`analyze/cut_attributions.py`). Fictional text written for these tests; the first tests
fail without the module, the guards show readings left alone (a wrong speaker is worse than none)."""

CUT = (
    "The harbour bill stalled again on Tuesday after a week of closed meetings. “We rebuilt the draft three times "
    "and the pier still has no money behind it,” Sen. Ada Vell, a Harbour Democrat who chaired the bridge panel for..."
)
WORDS = "We rebuilt the draft three times and the pier still has no money behind it"


def test_a_name_after_the_quotation_where_the_excerpt_ends_is_the_speaker(quotes_of):
    assert quotes_of(CUT)[WORDS] == "Ada Vell"


def test_a_capitalised_title_with_of_before_the_name(quotes_of):
    text = "The ferry runs again on Monday. “Three boats will sail before noon,” Harbour Secretary of State Tom Reed, a…"
    assert quotes_of(text)["Three boats will sail before noon"] == "Tom Reed"


def test_a_possessive_after_the_quotation_gives_no_one(quotes_of):
    text = CUT.replace("Sen. Ada Vell, a Harbour Democrat", "Sen. Ada Vell's aide, a Harbour Democrat")
    assert quotes_of(text)[WORDS] is None


def test_a_text_that_goes_on_past_the_name_is_left_to_the_other_rules(quotes_of):
    text = CUT.replace("who chaired the bridge panel for...", "who chaired the bridge panel. The bill goes back to committee next week, the clerk added...")
    assert quotes_of(text)[WORDS] is None


def test_an_object_after_the_quotation_gives_no_one(quotes_of):
    text = CUT.replace("Sen. Ada Vell, a Harbour Democrat", "a letter to Sen. Ada Vell, a Harbour Democrat")
    assert quotes_of(text)[WORDS] is None
