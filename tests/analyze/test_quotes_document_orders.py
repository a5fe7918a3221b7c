"""Session 26 (issue 12, brief S15): an order, directive, memorandum, proclamation or decree speaks for
whoever issued it, as a statement or a letter does (`cue_words._DOCUMENT_NOUNS`). Before, "order" and
its kin were not document nouns: "Governor X's order says" gave the whole phrase "Governor X's order"
as the speaker, and "a decree from the Board said" gave no one. Fictional text written for these
tests; the first five fail without the change, the last three are guards (a wrong speaker is worse
than none)."""

CLOSED = "“closed to all boats until the wall is mended.”\n"


def test_a_named_issuers_order_is_the_issuers(quotes_of):
    text = "Governor Ada Vance's order says the outer basin is " + CLOSED
    assert quotes_of(text)["closed to all boats until the wall is mended."] == "Ada Vance"


def test_according_to_a_named_issuers_order(quotes_of):
    text = "The outer basin is “closed to all boats,” according to Governor Ada Vance's order.\n"
    assert quotes_of(text)["closed to all boats"] == "Ada Vance"


def test_a_decree_from_a_body_is_the_bodys(quotes_of):
    text = "A decree from the Harbour Board said the outer basin is " + CLOSED
    assert quotes_of(text)["closed to all boats until the wall is mended."] == "Harbour Board"


def test_a_directive_signed_by_a_person_is_theirs(quotes_of):
    text = "The directive, signed by Governor Ada Vance, says the outer basin is " + CLOSED
    assert quotes_of(text)["closed to all boats until the wall is mended."] == "Ada Vance"


def test_a_bodys_memorandum_is_the_bodys(quotes_of):
    text = "The Harbour Board's memorandum warns that the sea wall is “close to giving way.”\n"
    assert quotes_of(text)["close to giving way."] == "Harbour Board"


def test_an_order_whose_issuer_is_only_described_gives_no_one(quotes_of):
    text = "The court's order says the outer basin is " + CLOSED
    assert quotes_of(text)["closed to all boats until the wall is mended."] is None


def test_an_order_of_events_is_not_a_document(quotes_of):
    text = "The order of events was “hard to follow,” said Tomas Brevik.\n"
    assert quotes_of(text)["hard to follow"] == "Tomas Brevik"


def test_a_person_speaking_about_an_order_keeps_the_words(quotes_of):
    text = "Tomas Brevik, who chairs the boatmen's union, said the order was “a blow to every family on the quay.”\n"
    assert quotes_of(text)["a blow to every family on the quay."] == "Tomas Brevik"
