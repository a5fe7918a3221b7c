"""Session 27 (issue 12, brief S18): a verb whose use is itself an act of speech ("welcomed",
"addressed", "cited", "points out", "affirming") and that governs the quotation gives its subject as
the speaker (`analyze/speech_acts.py`). Fictional text written for these tests; four fail without
this session's change ("addressed" and "condemned" with a named subject were read before by the rule
for a quotation with no speech verb: kept as checks); the guards show readings it leaves unknown or
to another rule."""


def test_welcomed_as_one_that_would_gives_the_subject(quotes_of):
    text = (
        "Mayor Ada Vance welcomed the harbour accord as one that would let the town “stand on its own feet again.” "
        "The accord was signed on Friday.\n"
    )
    assert quotes_of(text)["stand on its own feet again."] == "Ada Vance"


def test_addressed_with_the_quotation_as_object(quotes_of):
    text = "Harbour master Tomas Brevik addressed “a worrying rise in night sailings without lights” at the meeting on Tuesday.\n"
    assert quotes_of(text)["a worrying rise in night sailings without lights"] == "Tomas Brevik"


def test_a_pronoun_subject_of_cited_resolves_to_the_person(quotes_of):
    text = (
        "Fisheries minister Ilsa Domberg recalled the fleet's envoy on Friday. "
        "She cited the “grave breach of the quota agreement” by the northern boats.\n"
    )
    assert quotes_of(text)["grave breach of the quota agreement"] == "Ilsa Domberg"


def test_points_out_after_the_quotation(quotes_of):
    text = "“A net that is lost keeps fishing for years, and nobody owns what it catches,” points out Tomas Brevik.\n"
    assert quotes_of(text)["A net that is lost keeps fishing for years, and nobody owns what it catches"] == "Tomas Brevik"


def test_condemned_a_thing_in_the_speakers_words(quotes_of):
    text = "Councillor Tom Reed condemned the sale of the pier as “a betrayal of every crew that ever worked it.”\n"
    assert quotes_of(text)["a betrayal of every crew that ever worked it."] == "Tom Reed"


def test_with_absolute_participle_gives_the_object_of_with(quotes_of):
    text = "The harbour towns followed, with Mayor Ada Vance, 61, affirming the “deep bond between our crews” in a statement.\n"
    assert quotes_of(text)["deep bond between our crews"] == "Ada Vance"


def test_guard_with_as_a_plain_adjunct_is_no_absolute(quotes_of):
    text = "Crews marched with Tomas Brevik, warning of “a winter without boats.”\n"
    assert quotes_of(text)["a winter without boats."] != "Tomas Brevik"


def test_guard_a_report_inside_the_clause_keeps_its_own_words(quotes_of):
    text = "Mayor Ada Vance welcomed the report, which found the sea wall “sound for another decade.”\n"
    assert quotes_of(text).get("sound for another decade.") != "Ada Vance"


def test_guard_another_person_speaks_inside_the_clause(quotes_of):
    text = "Mayor Ada Vance welcomed the news after harbour master Tomas Brevik promised “no more closures this year.”\n"
    assert quotes_of(text)["no more closures this year."] == "Tomas Brevik"


def test_guard_data_that_showed_keeps_its_own_words(quotes_of):
    text = "Mayor Ada Vance welcomed the figures, which showed the catch was “the best in a decade.”\n"
    assert quotes_of(text).get("the best in a decade.") != "Ada Vance"



def test_guard_a_quoted_term_modifying_a_noun_is_no_speech_act(quotes_of):
    text = "Judge Ilsa Domberg ruled on Friday that the town's disputed “night trawling” ban is lawful.\n"
    assert quotes_of(text).get("night trawling") is None
