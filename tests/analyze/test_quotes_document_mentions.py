"""Session 26 (issue 12, brief S16): "The release said" looks back for the sentence that introduced the
release (`speaker_resolve._author`). That sentence must name a document: the noun with an "of"
complement ("demanded the release of the nets", "the order of the court") or the word as a verb
("will release the nets") is no document, so its subject is not the author; and joint issuers named
before ("A and B said in a joint statement") are both, never the first alone. Fictional text written
for these tests; the first six fail without the change, the last three are guards (a wrong speaker
is worse than none)."""

WORDS = "the nets were “back with their owners by the first frost.”\n"
QUOTE = "back with their owners by the first frost."


def test_the_release_of_a_thing_is_no_document(quotes_of):
    text = "Mayor Ada Vance demanded the release of the seized nets. The release said " + WORDS
    assert quotes_of(text)[QUOTE] is None


def test_the_order_of_a_court_is_not_its_welcomers(quotes_of):
    text = "Mayor Ada Vance welcomed the order of the appeals court. The order said " + WORDS
    assert quotes_of(text)[QUOTE] is None


def test_release_as_a_verb_is_no_document(quotes_of):
    text = "Mayor Ada Vance will release the seized nets on Monday. The release said " + WORDS
    assert quotes_of(text)[QUOTE] is None


def test_no_earlier_speaker_takes_the_release_either(quotes_of):
    text = "“We want them back,” said Tom Reed. Mayor Ada Vance demanded the release of the seized nets. The release said " + WORDS
    assert quotes_of(text)[QUOTE] is None


def test_the_issued_release_further_back_is_found(quotes_of):
    text = "Mayor Ada Vance issued a press release on Monday. Tom Reed had demanded the release of the nets for weeks. The release said " + WORDS
    assert quotes_of(text)[QUOTE] == "Ada Vance"


def test_joint_issuers_of_an_earlier_statement_are_both(quotes_of):
    text = "Ada Vance and Tom Reed said in a joint statement on Friday that the nets were seized. The statement said " + WORDS
    assert quotes_of(text)[QUOTE] == "Ada Vance and Tom Reed"


def test_an_issued_press_release_is_its_issuers(quotes_of):
    text = "Mayor Ada Vance issued a press release on Monday. The release said " + WORDS
    assert quotes_of(text)[QUOTE] == "Ada Vance"


def test_an_issued_statement_of_support_is_its_issuers(quotes_of):
    text = "Mayor Ada Vance issued a statement of support on Monday. The statement said " + WORDS
    assert quotes_of(text)[QUOTE] == "Ada Vance"


def test_joint_issuers_of_an_issued_statement_are_both(quotes_of):
    text = "Ada Vance and Tom Reed issued a joint statement on Friday. The statement said " + WORDS
    assert quotes_of(text)[QUOTE] == "Ada Vance and Tom Reed"
