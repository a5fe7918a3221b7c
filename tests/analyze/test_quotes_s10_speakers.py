"""Session 24 (issue 12, brief S10): three speaker misses an editor found on real stories, as
kinds of construction (`analyze/conjoined_subjects.py`, `analyze/member_groups.py`, the list rule
of `quotes._term_use`). Fictional text written for these tests; each first test fails without its
rule, and each guard shows a reading the rule leaves alone."""


def test_quotation_of_a_conjoined_verb_takes_the_shared_subject(quotes_of):
    text = "Mayor Ada Vance on Tuesday toured the quay and blamed “careless dredging” for floods across the coast."
    assert quotes_of(text)["careless dredging"] == "Ada Vance"


def test_conjunct_misparsed_onto_a_relative_clause_takes_the_main_subject(quotes_of):
    text = "Mayor Ada Vance on Tuesday denounced lessons that emphasize the cost of the marina and blamed “careless dredging” for floods across the coast."
    assert quotes_of(text)["careless dredging"] == "Ada Vance"


def test_conjunct_of_a_relative_clause_in_the_same_tense_stays_as_before(quotes_of):
    text = "Mayor Ada Vance on Tuesday denounced lessons that emphasized the cost of the marina and blamed “careless dredging” for floods across the coast."
    assert quotes_of(text)["careless dredging"] is None


def test_bare_lawmakers_take_the_one_group_of_members_named_before(quotes_of):
    text = (
        "Tarn Republicans on Monday unveiled a smaller harbour plan. Only a third of the money is new. "
        "But lawmakers still stressed that their revised plan “keeps much” of what the mayor had asked for."
    )
    assert quotes_of(text)["keeps much"] == "Republicans"


def test_lawmakers_after_two_parties_stay_unknown(quotes_of):
    text = (
        "Tarn Republicans on Monday unveiled a smaller harbour plan, and Tarn Democrats rejected it. "
        "But lawmakers still stressed that their revised plan “keeps much” of what the mayor had asked for."
    )
    assert quotes_of(text)["keeps much"] is None


def test_quoted_list_that_runs_on_past_the_marks_is_no_quotation(quotes_of):
    text = "The Tarn Trust wants $40 million of its offer to go to “piers, ferries” and other harbour works."
    assert "piers, ferries" not in quotes_of(text)


def test_quoted_list_that_ends_at_the_marks_stays(quotes_of):
    text = "The Tarn Trust wants $40 million of its offer to go to “piers, ferries” as soon as possible."
    assert "piers, ferries" in quotes_of(text)


def test_bare_lawmakers_after_a_person_with_colleagues_take_that_phrase(quotes_of):
    text = (
        "Tarn Republicans on Monday unveiled a smaller harbour plan. Only a third of it was drafted by "
        "Sen. Ada Vance (R-Tarn) and her GOP counterparts. "
        "But lawmakers still stressed that their revised plan “keeps much” of what the mayor had asked for."
    )
    assert quotes_of(text)["keeps much"] == "Ada Vance and her GOP counterparts"
