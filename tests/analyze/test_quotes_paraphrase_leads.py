"""Session 18 (issue 12, brief D): a quotation standing alone right after a sentence that
paraphrases a named person is that person's words (`analyze/paraphrase_leads.py`); a pronoun,
a narrative verb or a second speaker in that sentence gives no one. Fictional sentences written
for these tests."""


def test_a_quotation_paragraph_after_a_paraphrase_is_the_paraphrased_persons(quotes_of):
    got = quotes_of(
        "The harbour board met on Monday.\n\n"
        "Prosecutor Ada Vance said on the courthouse steps that the ruling is a warning to every owner.\n\n"
        "“If a pier is unsafe, you are bound to close it.”\n\n"
        "Defence lawyer Tom Reed said the board would appeal."
    )
    assert got["If a pier is unsafe, you are bound to close it."] == "Ada Vance"


def test_a_verb_of_thought_or_stance_and_the_paragraphs_that_follow(quotes_of):
    got = quotes_of(
        "Mara Quill, a net mender since she was a girl, thinks the council owes the harbour far more.\n\n"
        "“I think it comes from the old council and its habits.\n\n"
        "“There are so many boats that nobody repairs.”"
    )
    assert got["I think it comes from the old council and its habits."] == "Mara Quill"
    assert got["There are so many boats that nobody repairs."] == "Mara Quill"


def test_a_reporting_verb_conjoined_to_another_main_clause(quotes_of):
    got = quotes_of("For now no dive is planned and Orrick called for care to protect the wreck.\n\n“At this depth nobody can reach it, but nets will still drag it.”")
    assert got["At this depth nobody can reach it, but nets will still drag it."] == "Orrick"


def test_no_speaker_after_a_narrative_verb_a_second_speaker_or_a_pronoun(quotes_of):
    assert quotes_of("Vance walked to the pier on Monday.\n\n“We cannot fix it this year.”")["We cannot fix it this year."] is None
    assert quotes_of("Vance said Reed told her the pier had failed.\n\n“We cannot fix it this year.”")["We cannot fix it this year."] is None
    got = quotes_of("Ada Vance and Mara Quill met on Monday. She said the pier had failed.\n\n“We cannot fix it this year.”")
    assert got["We cannot fix it this year."] is None


def test_a_paraphrase_by_someone_else_after_a_quotation_gives_the_new_speaker(quotes_of):
    got = quotes_of(
        "“The pier is not safe,” Mayor Ada Vance said on Monday. Harbour master Tom Reed told reporters the pier "
        "had passed every test. “It will open in May.”"
    )
    assert got["The pier is not safe"] == "Ada Vance"
    assert got["It will open in May."] == "Tom Reed"


def test_a_show_title_in_quote_marks_does_not_stop_the_paraphrase(quotes_of):
    got = quotes_of(
        "On “Harbour Watch,” Sen. Ada Vance, who lost the primary to Reed, identified young fishers' anger with the "
        "rules as one reason they should back the plan. “The young are more tired of the rules than any crew before them.”"
    )
    assert got["The young are more tired of the rules than any crew before them."] == "Ada Vance"


def test_a_speech_verb_in_a_time_clause_does_not_pass_its_speaker_on(quotes_of):
    quote = "Over the last ten days, about forty of these boats have been found."
    got = quotes_of(f"Ada Vance gave the number once Eastmoor Council officials had admitted for days that no one knew the number of lost boats. “{quote}”")
    assert got[quote] is None
    got = quotes_of(f"Ada Vance gave the number once Tom Reed had admitted that no one knew the number of lost boats. “{quote}”")
    assert got[quote] is None
    assert quotes_of("The storm hit the pier on Monday, harbour master Tom Reed said. “We lost forty boats.”")["We lost forty boats."] == "Tom Reed"
