"""Reporting frames of cased news beyond "X said" (session 14 of issue 12, `analyze/quote_frames.py`).
Fictional sentences written for these tests."""


def test_a_parenthetical_she_said_reports_the_quotation_in_the_sentence_adverbial(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn said the council's pumps were too small for the flooded lanes.\n\n"
        'After "weeks of pleading" for help, she said, the Harbour Board told her on Monday that two more could arrive.'
    )
    assert got["weeks of pleading"] == "Ada Linn"


def test_a_third_person_passage_after_a_non_speech_verb_is_not_its_subjects(quotes_of):
    got = quotes_of(
        "According to the catalogue, the likely forger was Tomas Verrill, a printer from Dunmore.\n\n"
        'When his uncle died, Verrill began "printing fresh copies from the old plates and selling them to magazines. '
        'To meet the demand of collectors, he also made new scenes that mixed fact and fancy."'
    )
    speaker = next(s for q, s in got.items() if q.startswith("printing fresh copies"))
    assert speaker is None


def test_a_statement_that_said_is_its_issuers(quotes_of):
    got = quotes_of(
        "Fishermen blocked the Dunmore quay on Tuesday.\n\n"
        'The Harbour Board released a statement that said it welcomed an "open exchange of views" with the crews.'
    )
    assert got["open exchange of views"] == "Harbour Board"


def test_a_website_speaks_for_the_body_that_owns_it(quotes_of):
    got = quotes_of(
        "The forged print hung in the Dunmore Museum for a century.\n\n"
        'The Dunmore Museum website writes, "The printer joined two plates into one scene, and nobody noticed for decades."'
    )
    assert got["The printer joined two plates into one scene, and nobody noticed for decades."] == "Dunmore Museum"


def test_the_name_right_after_the_closing_mark_is_the_subject_of_a_distant_verb(quotes_of):
    got = quotes_of(
        '"We have never seen the water this high," Mayor Ada Linn, surveying the harbour from a council boat '
        "that was moving slowly between the flooded warehouses and the broken sea wall, told Radio Dunmore."
    )
    assert got["We have never seen the water this high"] == "Ada Linn"


def test_a_name_bound_by_another_she_is_not_what_she_said_points_to(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn met the harbour crews on Friday.\n\n"
        "But on Friday, Linn brushed off the complaints. Asked whether she would invite Carla Berrow to the hearing, "
        'she said: "The more the crews hear of those plans, the less they like them."'
    )
    assert got["The more the crews hear of those plans, the less they like them."] == "Ada Linn"


def test_questioned_is_a_reporting_verb_for_the_quotation_after_it(quotes_of):
    got = quotes_of(
        'Councillor Tomas Reyes questioned why the council was paying for a second sea wall rather than repairing the first one. '
        '"It makes little sense to build another wall before fixing the old one."'
    )
    assert got["It makes little sense to build another wall before fixing the old one."] == "Tomas Reyes"


def test_a_digest_byline_names_the_author_of_the_passage(quotes_of):
    got = quotes_of(
        "Good morning from the harbour desk.\n\n"
        'TIDE WATCH -- "Why the old port keeps flooding," by the Dunmore Herald\'s Ada Linn: '
        '"The tide gauges were put in the wrong place, and nobody checked them for years."'
    )
    assert got["The tide gauges were put in the wrong place, and nobody checked them for years."] == "Ada Linn"


def test_another_person_with_a_speech_verb_between_stops_a_continuation(quotes_of):
    got = quotes_of(
        "Ada Linn, a retired harbour pilot, has studied the tides for years.\n\n"
        'The Harbour Board said, "The gauges were moved in 1990 and never checked again."Linn says. '
        '"The tide tables have been wrong for half of every year since then."'
    )
    assert got["The tide tables have been wrong for half of every year since then."] != "Harbour Board"


def test_she_continued_still_reports_though_continue_with_a_verb_after_it_does_not(quotes_of):
    got = quotes_of(
        "Mayor Ada Linn opened the hearing on Monday.\n\n"
        'She continued, "We will rebuild the quay before the winter storms."'
    )
    assert got["We will rebuild the quay before the winter storms."] == "Ada Linn"


def test_a_participle_inside_a_report_placed_before_its_verb_is_the_reports_subjects(quotes_of):
    got = quotes_of(
        "Councillor Mara Holt was touring the harbour with reporters on Monday when she stopped at the broken gate, "
        'accusing the board of the "slow collapse of the quay," the Dunmore Herald first reported.'
    )
    assert got["slow collapse of the quay"] == "Mara Holt"


def test_a_speaker_read_from_a_clause_with_no_speech_verb_is_not_passed_on(quotes_of):
    got = quotes_of(
        'Presenter Olin Marsh also counted Mayor Ada Linn among those who "want the harbour closed" '
        'because she backs a "national review" of the old docks.'
    )
    assert got.get("national review") is None


def test_a_verb_of_another_clause_that_introduces_a_later_quotation_is_not_the_first_ones(quotes_of):
    got = quotes_of(
        'The saying "Measure twice, cut once" is sometimes credited to the carpenter Olin Marsh, who said, '
        '"A careful hand wastes less wood than a quick one."'
    )
    assert got.get("Measure twice, cut once") is None
    assert got["A careful hand wastes less wood than a quick one."] == "Olin Marsh"


def test_the_subject_of_a_passive_clause_said_what_it_was_praised_for_saying(quotes_of):
    got = quotes_of(
        "During the debate on Tuesday, the board's fiercest critic, Councillor Mara Holt, was loudly cheered "
        'for saying that the old docks were "sinking by the week" under the board.'
    )
    assert got["sinking by the week"] == "Mara Holt"
