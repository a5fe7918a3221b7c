"""Session 22 (issue 12, brief Q3): speakers the text names that were left unknown or misread
(`analyze/lone_antecedents.py`, `analyze/speech_events.py`, `analyze/role_continuity.py`): "he"/"she"
a few plain sentences after the one person named, a bare quotation after "X gave an update", and
"the mayor said" between two mayors while one of them is still speaking. Fictional sentences
written for these tests. Each test asserts the speaker the rule gives, so each fails without it;
the guard tests also assert that one change to the wording takes the speaker away."""

SWIM = (
    "Ada Vance, from Harwick, says she swims in the harbour every morning.\n\n"
    "She told the Gazette: \"I have not missed a single day in ten years of swimming here.\"\n\n"
    "Her swim starts at six, whatever the weather.\n\n"
    "Vance's breakfast is a bowl of porridge and her lunch is usually a fish stew.\n\n"
    "Snacks during the day include apples and a flask of tea.\n\n"
)
ADDED = "The water is cold in spring but you soon get used to it."


def test_she_after_plain_sentences_and_paragraphs_is_the_one_person_named(quotes_of):
    got = quotes_of(SWIM + f"She added: \"{ADDED}\"")
    assert got[ADDED] == "Ada Vance"


def test_she_after_a_sentence_with_another_possible_speaker_is_unknown(quotes_of):
    text = SWIM.replace("Snacks during the day include apples and a flask of tea.", "A harbour officer watches the swimmers from the quay.")
    assert quotes_of(SWIM + f"She added: \"{ADDED}\"")[ADDED] == "Ada Vance"  # the plain run: the rule gives her
    got = quotes_of(text + f"She added: \"{ADDED}\"")
    assert got.get(ADDED) is None


def test_she_after_an_owner_who_was_not_quoted_last_is_unknown(quotes_of):
    assert quotes_of(SWIM + f"She added: \"{ADDED}\"")[ADDED] == "Ada Vance"  # quoted last: the rule gives her
    text = SWIM.replace("She told the Gazette: \"I have not missed a single day in ten years of swimming here.\"", "Waves by the quay are never warm.")
    got = quotes_of(text + f"She added: \"{ADDED}\"")
    assert got.get(ADDED) is None


STORM = (
    "\"This was the worst storm the town has seen,\" Councillor Ada Vance said.\n\n"
    "But the full damage was only seen at dawn. Crews fanned out along the quay.\n\n"
    "A weary Mayor Tom Reed gave grim news at a morning briefing: harbour walls washed away. "
    "No boat could reach the slipway for him to land. Parts of the harbour are still under water.\n\n"
)
SEEN = "It is worse than anything I have ever seen in this town"


def test_he_after_plain_sentences_is_the_person_who_opened_them(quotes_of):
    got = quotes_of(STORM + f"\"{SEEN},\" he said.")
    assert got[SEEN] == "Tom Reed"


def test_he_after_a_person_spoken_about_is_unknown(quotes_of):
    text = STORM.replace("A weary Mayor Tom Reed gave grim news at a morning briefing", "Police questioned Tom Reed at a morning briefing")
    assert quotes_of(STORM + f"\"{SEEN},\" he said.")[SEEN] == "Tom Reed"  # the subject: the rule gives him
    got = quotes_of(text + f"\"{SEEN},\" he said.")
    assert got.get(SEEN) is None


UPDATE = "So far, the divers have found three cracked piles and one broken beam under the north pier..."


def test_a_bare_quotation_after_an_update_is_the_persons_who_gave_it(quotes_of):
    got = quotes_of(f"The north pier has been closed since the storm. Harbour minister Ada Vance gave an update on the repairs on Friday morning. “{UPDATE}")
    assert got[UPDATE] == "Ada Vance"


def test_a_role_noun_parsed_as_the_subject_before_the_name_still_gives_the_name(quotes_of):
    got = quotes_of(f"The north pier has been closed since the storm. Acting minister in the Harbour Office Ada Vance gave an update on the repairs, on Friday morning, 3 May. “{UPDATE}")
    assert got[UPDATE] == "Ada Vance"


def test_an_update_given_by_a_body_gives_no_one(quotes_of):
    assert quotes_of(f"The north pier has been closed since the storm. Harbour minister Ada Vance gave an update on the repairs on Friday morning. “{UPDATE}")[UPDATE] == "Ada Vance"
    got = quotes_of(f"The north pier has been closed since the storm. The harbour ministry gave an update on the repairs on Friday morning. “{UPDATE}")
    assert got.get(UPDATE) is None


MAYORS = (
    "Mayor Ada Vance met Tom Reed, the mayor of Harwick, on Monday to talk about the storm. "
    "Asked whether the pier would reopen, Vance answered: “We will rebuild it, whatever it costs.” "
)
CLEAR = "Let me be clear about this, the pier will be rebuilt."


def test_the_role_noun_between_two_holders_is_the_one_still_speaking(quotes_of):
    got = quotes_of(MAYORS + f"“{CLEAR},” the mayor said.")
    assert got[CLEAR] == "Ada Vance"


def test_the_role_noun_after_someone_else_is_named_keeps_the_last_introduced(quotes_of):
    assert quotes_of(MAYORS + f"“{CLEAR},” the mayor said.")[CLEAR] == "Ada Vance"  # still speaking: the rule gives her
    got = quotes_of(MAYORS + f"Reed nodded. “{CLEAR},” the mayor said.")
    assert got.get(CLEAR) != "Ada Vance"


DESCRIBED = (
    "The vote also brings a chance for the harbour, said Ada Vance, a historian at Harwick College. "
    "Tom Reed is the first mayor who was born on the island. He studied in Norway as a teenager.\n\n"
)
YOUNGER = "There will be new people on the council. They will be younger"


def test_he_after_a_person_only_described_is_not_that_person(quotes_of):
    told = DESCRIBED.replace("Tom Reed is the first mayor who was born on the island.", "Tom Reed told the council about the plan on Monday. Its costs are high.")
    assert quotes_of(told + f"“{YOUNGER},” he said.")[YOUNGER] == "Tom Reed"  # the subject of a report: the rule gives him
    got = quotes_of(DESCRIBED + f"“{YOUNGER},” he said.")
    assert got.get(YOUNGER) != "Tom Reed"
