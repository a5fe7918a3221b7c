"""Session 26 (issue 12, brief S14): a quotation standing alone after narrative sentences takes the
person those sentences are about, read back like a speaking "he" (`analyze/lone_quotations.py`,
with `subject_chains.walk_back`). Fictional text written for these tests; the first four fail
without this session's change, and each guard shows a reading it leaves alone (a wrong speaker is
worse than none)."""

SIGNED = (
    "Mayor Ada Vance closed the north pier on Friday after a week of storms, and signed an order barring boats "
    "from the outer basin until the sea wall is repaired. “Nobody sails from this pier until the wall is mended...”\n"
)
WALL = "“The harbour owes its boats to the crews who stayed.”\n"


def test_a_quotation_alone_after_a_sentence_about_one_person_is_theirs(quotes_of):
    assert quotes_of(SIGNED)["Nobody sails from this pier until the wall is mended..."] == "Ada Vance"


def test_a_he_chain_carries_a_quotation_alone_back_to_the_name(quotes_of):
    text = (
        "Tomas Brevik, the ferry line's owner, sold two of his boats last spring. He kept the oldest one for the winter run. "
        "“She has never missed a crossing in forty years.”\n"
    )
    assert quotes_of(text)["She has never missed a crossing in forty years."] == "Tomas Brevik"


def test_a_role_noun_subject_is_read_back_to_the_person_it_stands_for(quotes_of):
    text = (
        "Rower Ilsa Domberg withdrew from the final on Tuesday. The 31-year-old finalist pulled out of the relay as well. "
        "“I came here for myself, and I will come back for myself.”\n"
    )
    assert quotes_of(text)["I came here for myself, and I will come back for myself."] == "Ilsa Domberg"


def test_a_name_inside_a_clause_describing_a_thing_does_not_block_the_subject(quotes_of):
    text = "Mayor Ada Vance opened the new sea wall on Friday, a project that outlasted two terms of Governor Tom Reed. " + WALL
    assert quotes_of(text)["The harbour owes its boats to the crews who stayed."] == "Ada Vance"


def test_a_quotation_opening_a_new_paragraph_after_narrative_gives_no_one(quotes_of):
    text = "Mayor Ada Vance closed the north pier on Friday after a week of storms.\n\n“Nobody sails from this pier until the wall is mended.”\n"
    assert quotes_of(text)["Nobody sails from this pier until the wall is mended."] is None


def test_a_role_noun_subject_with_someone_else_named_leaves_it_unknown(quotes_of):
    text = (
        "Rower Ilsa Domberg withdrew from the final on Tuesday. The 31-year-old finalist trained with the coach, Aron Lisk, "
        "for one more week. “I came here for myself, and I will come back for myself.”\n"
    )
    assert quotes_of(text)["I came here for myself, and I will come back for myself."] is None


def test_another_person_met_with_a_verb_that_reports_nothing_leaves_it_unknown(quotes_of):
    text = "Mayor Ada Vance met Governor Tom Reed on Friday to discuss an order barring boats from the outer basin. " + WALL
    assert quotes_of(text)["The harbour owes its boats to the crews who stayed."] is None


def test_a_clause_describing_a_thing_where_someone_else_speaks_blocks_it(quotes_of):
    text = "Mayor Ada Vance sent a letter on Friday that Governor Tom Reed said was unfair to the crews. " + WALL
    assert quotes_of(text)["The harbour owes its boats to the crews who stayed."] is None


def test_a_body_as_the_subject_before_leaves_it_unknown(quotes_of):
    text = (
        "Mayor Ada Vance said on Monday that the council had agreed on a plan for the pier. "
        "The Tories were not part of these talks. “We have waited a long time for this...”\n"
    )
    assert quotes_of(text)["We have waited a long time for this..."] is None


def test_a_quotation_with_its_own_cue_after_it_is_not_read_back(quotes_of):
    text = (
        "Mayor Ada Vance closed the north pier on Friday after a week of storms. "
        "“Nobody sails from this pier until the wall is mended,” a fisherman said.\n"
    )
    assert quotes_of(text)["Nobody sails from this pier until the wall is mended"] is None


def test_an_earlier_quotation_given_to_nobody_in_between_leaves_it_unknown(quotes_of):
    text = (
        "Mayor Ada Vance closed the north pier on Friday after a week of storms.\n\n"
        "“It was the right call,” one of the crew said.\n\n"
        "“Nobody sails from this pier until the wall is mended.”\n"
    )
    assert quotes_of(text)["Nobody sails from this pier until the wall is mended."] is None
