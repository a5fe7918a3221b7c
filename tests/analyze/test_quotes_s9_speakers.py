"""Session 24 (issue 12, brief S9): kinds of construction behind seed33's wrong and missing speakers
(`analyze/next_sentence_cues.according_opener`, `analyze/pull_quotes.py`,
`analyze/background_paragraphs.py`, `analyze/owned_documents.py`). Fictional text written for these
tests; each first test fails without its rule, and each guard shows a reading the rule leaves alone."""

FARES = (
    "“The ferries run late all winter,” Ada Vance said in an emailed statement. “I am sorry to say the fares "
    "have doubled since the spring.” According to the Tarn Motor Club, travellers will pay the highest fares since 2009."
)


def test_according_opening_the_next_sentence_is_not_the_quotations_source(quotes_of):
    assert quotes_of(FARES)["I am sorry to say the fares have doubled since the spring."] == "Ada Vance"


def test_according_after_the_quotation_in_its_own_sentence_still_attributes(quotes_of):
    text = "The pier will shut in May. “The ferries cannot dock there safely,” according to the Tarn Motor Club."
    assert quotes_of(text)["The ferries cannot dock there safely"] == "Tarn Motor Club"


PIER = (
    "The pier has dropped a foot since spring.\n\n“Nobody has told us why the pier is sinking.”\n\n"
    "At the hearing the council heard from the families who live on it.\n\n"
    "Jon Harte: What did they say?\n\nNora Hale: We asked three times. Nobody has told us why the pier is sinking.\n"
)


def test_pull_quote_takes_the_transcript_speaker_who_says_its_words(quotes_of):
    assert quotes_of(PIER)["Nobody has told us why the pier is sinking."] == "Nora Hale"


CROSSHEAD = (
    "The harbour deal was signed on Friday.\n\n‘Almost nothing settled’\n\n"
    "Tom Reed, head of the Quay Trust, said: “The deal leaves almost nothing settled for the fishing crews.”\n"
)


def test_quoted_crosshead_takes_the_speaker_of_the_quotation_holding_its_words(quotes_of):
    assert quotes_of(CROSSHEAD)["Almost nothing settled"] == "Tom Reed"


def test_crosshead_whose_words_two_people_say_stays_unknown(quotes_of):
    text = CROSSHEAD + "Nora Hale, a skipper, said: “It leaves almost nothing settled, and we know it.”\n"
    assert quotes_of(text)["Almost nothing settled"] is None


OSLO = (
    "But the council's envoy, Ivar Lundqvist, warned that members had to follow the court's rules.\n\n"
    "“It worries me when the rulings are ignored,” he said at the council's meeting in Oslo.\n\n"
    "The Tarn Accord was the treaty that set up the Fisheries Court.\n\n"
    "“In that light, we now wait for the Bergen court to rule,” he said.\n"
)


def test_he_said_after_one_background_paragraph_keeps_the_last_speaker(quotes_of):
    assert quotes_of(OSLO)["In that light, we now wait for the Bergen court to rule"] == "Ivar Lundqvist"


def test_he_said_after_a_paragraph_about_someone_stays_as_before(quotes_of):
    text = OSLO.replace("The Tarn Accord was the treaty that set up the Fisheries Court.", "The Tarn Accord was signed by Tom Reed, the court's first judge.")
    assert quotes_of(text)["In that light, we now wait for the Bergen court to rule"] != "Ivar Lundqvist"


PROCLAMATION = (
    "President Ada Vance on Friday struck down a Reed proclamation that barred migrants deemed to be a "
    "“public burden” on the nation’s clinics, saying it did not serve the country."
)


def test_words_of_an_owned_document_beside_a_participle_are_not_the_subjects(quotes_of):
    assert quotes_of(PROCLAMATION)["public burden"] != "Ada Vance"


def test_participle_governing_the_quotation_keeps_its_subject(quotes_of):
    text = "President Ada Vance on Friday struck down a Reed proclamation, saying it was a “public burden” on the clinics."
    assert quotes_of(text)["public burden"] == "Ada Vance"


COUPLE = (
    "When Ada and Tom Vance announced they were parting ways on Monday, their many fans online were quick to respond with jokes. "
    "The famous couple had posted the news in a joint statement on their own accounts that afternoon. "
    "“After a great deal of thought, we have decided to go our separate ways,” they wrote."
)


def test_they_after_the_couple_takes_the_pair_named_before(quotes_of):
    # E4 item 4 (a joint statement introduced by "they wrote" after "the couple")
    assert quotes_of(COUPLE)["After a great deal of thought, we have decided to go our separate ways"] == "Ada and Tom Vance"


def test_they_after_the_couple_with_one_name_before_stays_unknown(quotes_of):
    text = COUPLE.replace("Ada and Tom Vance announced they were", "Ada Vance announced she and her husband were")
    assert quotes_of(text)["After a great deal of thought, we have decided to go our separate ways"] is None
