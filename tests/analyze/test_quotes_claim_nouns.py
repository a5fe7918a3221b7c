"""Session 17 (issue 12, PolNeAR halves): a quotation inside the clause of a named person's speech
noun ("Vance's claim that ...") is that person's words (`analyze/claim_nouns.py`); a noun without a
clause, or an owner that is no name, gives no one, and the claim's speaker is not passed on to the
next quotation. Fictional sentences written for these tests."""


def test_the_quoted_words_of_a_named_claim_are_the_claimants(quotes_of):
    got = quotes_of(
        "The paper seized on Hal Vance’s claim that there have been “hundreds of break-ins” in the harbour district "
        "this year alone."
    )
    assert got["hundreds of break-ins"] == "Hal Vance"


def test_a_claim_without_a_clause_names_no_one(quotes_of):
    got = quotes_of(
        "The paper seized on Hal Vance’s claim about the “hundreds of break-ins” in the harbour district "
        "this year alone."
    )
    assert got.get("hundreds of break-ins") is None


def test_the_claimant_is_not_passed_on(quotes_of):
    got = quotes_of(
        "The paper seized on Hal Vance’s claim that there have been “hundreds of break-ins” in the harbour district. "
        "They checked the Harbour Gazette–which keeps a running count of burglaries and thefts–and found there had been "
        "“forty-one reported burglaries” between January and May."
    )
    assert got["hundreds of break-ins"] == "Hal Vance"
    assert got.get("forty-one reported burglaries") is None
