"""Session 17 (issue 12, PolNeAR halves): a quotation inside an adverbial clause with its own named
subject is that subject's words, not the main speech verb's subject's (`analyze/adverbial_speakers.py`);
a reported clause, a condition or a cause, and a clause beside the quotation change nothing. Fictional sentences
written for these tests."""


def test_words_in_an_as_clause_are_its_subjects(quotes_of):
    got = quotes_of(
        "“Are we ahead?” she said, and as Vance went on about “how the harbour vote is fixed,” and "
        "“forgotten fishing towns,” Orrick said yes, over and over, until Vance ended his speech."
    )
    assert got["how the harbour vote is fixed"] == "Vance"
    assert got["forgotten fishing towns"] == "Vance"


def test_a_reported_clause_keeps_the_speaker(quotes_of):
    assert quotes_of("Orrick said that Vance was “a danger to the harbour.”")["a danger to the harbour."] == "Orrick"


def test_a_clause_beside_the_quotation_keeps_the_speaker(quotes_of):
    got = quotes_of("As Vance looked on, Orrick told the crowd “we will win this vote.”")
    assert got["we will win this vote."] == "Orrick"


def test_a_condition_or_a_cause_inside_the_reported_words_keeps_the_speaker(quotes_of):
    got = quotes_of(
        "The Harbour Office said Mayor Orrick ended the talks because Eastmoor Council was not willing to “fund the new pier and the sea wall.”\n\n"
        "Orrick also told her colleagues that if Eastmoor Council goes “further than the budget allows” the deal is off."
    )
    assert got.get("fund the new pier and the sea wall.") != "Eastmoor Council"
    assert got.get("further than the budget allows") != "Eastmoor Council"
