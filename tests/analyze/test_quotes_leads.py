"""Speakers named away from the quotation: a statement lead-in and "the paper" (session 14
follow-up of issue 12, `analyze/quote_leads.py`). Fictional sentences written for these tests."""


def test_a_statement_lead_in_names_the_quotation_right_after_it(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn spoke to the harbour inquiry on Thursday.\n\n"
        "Below is Ada Linn's opening statement to the harbour inquiry:\n\n"
        '"Thank you for hearing me today. The sea wall failed because we waited too long to mend it."'
    )
    assert got["Thank you for hearing me today. The sea wall failed because we waited too long to mend it."] == "Ada Linn"


def test_a_statement_from_lead_in_names_its_owner(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn said the fishermen deserved an answer, and the Harbour Board gave one on Friday.\n\n"
        "Below is the full statement from the Harbour Board:\n\n"
        '"The quay will reopen once the engineers are satisfied that the crane rails are safe."'
    )
    assert got["The quay will reopen once the engineers are satisfied that the crane rails are safe."] == "Harbour Board"


def test_an_owner_statement_is_below_lead_in_names_its_owner(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn said the fishermen deserved an answer, and the Harbour Board gave one on Friday.\n\n"
        "The Harbour Board's statement is below:\n\n"
        '"Crews may land their catch at the north slip until the crane rails are mended."'
    )
    assert got["Crews may land their catch at the north slip until the crane rails are mended."] == "Harbour Board"


def test_a_lead_in_without_an_owner_names_no_one(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn and the Harbour Board both answered the fishermen on Friday.\n\n"
        "Read the statement below:\n\n"
        '"The quay will reopen once the engineers are satisfied that the crane rails are safe."'
    )
    assert got["The quay will reopen once the engineers are satisfied that the crane rails are safe."] is None


def test_the_paper_is_the_one_newspaper_the_article_named(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn defended the toll in a letter published on Monday in the Dunmore Gazette.\n\n"
        'The paper had earlier called the toll "a tax on every fisherman in the bay" in an editorial.'
    )
    assert got["a tax on every fisherman in the bay"] == "Dunmore Gazette"


def test_the_paper_names_no_one_when_the_article_named_two_newspapers(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn wrote to the Dunmore Gazette, and the Marrowby Herald printed her reply.\n\n"
        'The paper had earlier called the toll "a tax on every fisherman in the bay" in an editorial.'
    )
    assert got["a tax on every fisherman in the bay"] is None


def test_the_paper_is_no_newspaper_after_a_study(quotes_of):
    got = quotes_of(
        "Researchers at Dunmore University looked at tolls, and the Dunmore Gazette covered their work.\n\n"
        'The paper called the toll "a tax on every fisherman in the bay" in its summary.'
    )
    assert got["a tax on every fisherman in the bay"] is None
