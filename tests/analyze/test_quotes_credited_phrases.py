"""Session 27 (issue 12, brief S19): a quoted phrase that its sentence credits to someone other
than the speech verb's subject (`analyze/credited_phrases.py`): what another party referred to or
called something, the content of another party's speech noun ("Vance's call for “...”"), reported
speech under one speaker with a second sayer after the quotation. Fictional text written for these
tests; the first four fail without this session's change; the guards keep the speaker's own words."""


def test_what_another_subject_referred_to_as_is_not_the_tellers(quotes_of):
    text = (
        "Ada Vance, the channel's senior analyst, told radio host Tom Bell the channel should not have referred "
        "to the pills he took as “cattle medicine” during its reports on his illness.\n"
    )
    assert quotes_of(text)["cattle medicine"] is None


def test_a_possessors_call_gives_the_possessor(quotes_of):
    text = "Governor Tom Bell on Monday brushed off Mayor Ada Vance's call for a “quick end” to the strike, saying he would wait.\n"
    assert quotes_of(text)["quick end"] == "Ada Vance"


def test_a_possessors_claim_after_a_clause_gives_the_possessor(quotes_of):
    text = "Mayor Ada Vance rejected Governor Tom Bell's claim that the pier was “unsafe for anyone,” saying it had been checked.\n"
    assert quotes_of(text)["unsafe for anyone"] == "Tom Bell"


def test_a_second_sayer_after_reported_speech_leaves_it_unknown(quotes_of):
    text = "Mayor Ada Vance told Governor Tom Bell in a call on Monday that she expects “a quick end to the strike this week,” the city hall said.\n"
    assert quotes_of(text)["a quick end to the strike this week"] is None


def test_guard_a_pronoun_that_referred_is_the_speaker_again(quotes_of):
    text = "Ada Vance said she had referred to the harbour plan as “a disgrace to the town.”\n"
    assert quotes_of(text)["a disgrace to the town."] == "Ada Vance"


def test_guard_a_clause_with_its_own_subject_but_no_naming(quotes_of):
    text = "Ada Vance said the harbour board was “a disgrace to the whole town.”\n"
    assert quotes_of(text)["a disgrace to the whole town."] == "Ada Vance"


def test_guard_a_direct_quotation_before_the_verb_keeps_its_speaker(quotes_of):
    text = "“We will win this fight,” Ada Vance told Tom Bell on Monday, the city hall said.\n"
    assert quotes_of(text)["We will win this fight"] == "Ada Vance"


def test_guard_a_relative_pronoun_that_referred_is_the_antecedent(quotes_of):
    text = "Ada Vance, who referred to the harbour plan as “a disgrace,” said she would vote against it.\n"
    assert quotes_of(text)["a disgrace"] == "Ada Vance"
