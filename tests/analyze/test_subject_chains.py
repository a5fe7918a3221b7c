"""Session 25 (issue 12, brief S11): a speaking pronoun or role noun that the article-level rules
leave unknown is the main-clause subject of the sentences before it (`analyze/subject_chains.py`).
Fictional text written for these tests; each first test fails without the module, and each guard
shows a reading it leaves alone (a wrong speaker is worse than none)."""

POLL = (
    "Mark Ellery, a pollster who has long worked with the mayor, puts the mayor's lead down to the town's "
    "older voters. But looking at the latest polling, he is predicting a close race.\n\n"
    "“The port vote is the one to watch,” he said.\n"
)


def test_he_said_after_a_chain_of_he_subjects_is_the_named_subject_they_start_from(quotes_of):
    assert quotes_of(POLL)["The port vote is the one to watch"] == "Mark Ellery"


ROLE = (
    "Ada Vance said on Sunday that the harbour letters were real. “Nobody who has read them closely "
    "doubts it,” the biographer said.\n"
)


def test_role_noun_the_article_never_gave_is_the_subject_before(quotes_of):
    assert quotes_of(ROLE)["Nobody who has read them closely doubts it"] == "Ada Vance"


THING = (
    "Justice Ida Marsh said it was not the owner's fault the boat sank, but he had days to call for help. "
    "The hearing was told the pumps had been off for a week.\n\n"
    "“The crew paid for this silence,” she said in her ruling.\n"
)


def test_a_thing_as_subject_is_passed_over_to_the_person_before(quotes_of):
    assert quotes_of(THING)["The crew paid for this silence"] == "Ida Marsh"


def test_a_sentence_passed_over_that_describes_someone_leaves_it_unknown(quotes_of):
    text = THING.replace("The hearing was told the pumps had been off for a week.", "The hearing was long as a diver tried to reach the hull.")
    assert quotes_of(text)["The crew paid for this silence"] is None


def test_someone_else_who_speaks_in_between_leaves_it_unknown(quotes_of):
    text = (
        "But the change also brings openings for the port, said Ivo Brand, a pilot at the harbour school. "
        "Tom Reed is the first harbour master trained abroad. He studied in Oslo as a young man.\n\n"
        "“There will be new masters,” he said.\n"
    )
    assert quotes_of(text)["There will be new masters"] is None


def test_a_pronoun_in_the_subjects_own_sentence_is_not_read_back(quotes_of):
    text = "Rep. Tom Reed took aim at Sen. Nora Hale on Friday after she called the pier plan “a quiet scandal” on the radio.\n"
    assert quotes_of(text).get("a quiet scandal") in (None, "Nora Hale")


def test_a_name_modifying_a_things_subject_is_not_its_speaker(quotes_of):
    text = (
        "A memorable Tom Reed advert in 2008 asked whether the mayor was ready for a storm. As a bell rang, "
        "the announcer said, “It is midnight and the harbour is quiet.”\n"
    )
    assert quotes_of(text)["It is midnight and the harbour is quiet."] is None
