"""Quotes in lower-cased, tokenised text, session 13 (issue 12): people introduced by a role
("harbour spokesperson delia okonkwo", "wenna trelawny, senior lecturer ...", "a geologist named
oswin farrow") are what a later "she" or "the geologist" points to; a tweet's signature is never
a speaker; a label on a box, a book's title and items of a list are not speech. Fictional text
written for these tests."""

from newsweave.analyze.lower_names import lower_cased

# Enough lower-cased prose for the article to read as lower-cased (`lower_cased` needs 40 words).
PAD = (
    "The ferry from porthcurno to the islands has not sailed since the storm in march, and the harbour "
    "office has been asked again and again when the service will come back for the summer months. "
)


def test_the_padding_reads_as_lower_cased():
    assert lower_cased(PAD + "harbour spokesperson delia okonkwo told the gazette that the ferry would run again in june.")


def test_she_after_a_person_introduced_with_a_role(quotes_of):
    text = PAD + (
        "Harbour spokesperson delia okonkwo told the gazette that the ferry would run again in june once the "
        "engine is back from the yard. \" we are waiting for one part from norway, \" she added."
    )
    assert quotes_of(text)["we are waiting for one part from norway"] == "Delia Okonkwo"


def test_she_after_an_organisation_or_two_people_stays_unknown(quotes_of):
    org = PAD + "The harbour company told the gazette that the ferry would run again in june. \" we are waiting for one part, \" she added."
    assert quotes_of(org)["we are waiting for one part"] is None
    two = PAD + (
        "Harbour spokesperson delia okonkwo told the gazette that yard manager mark hosking found the fault last week. "
        "\" we are waiting for one part, \" she added."
    )
    assert quotes_of(two)["we are waiting for one part"] is None


def test_she_after_a_surname_of_a_person_introduced_by_apposition(quotes_of):
    text = PAD + (
        "Seal numbers on the north coast have doubled since 1990, said wenna trelawny, senior lecturer in marine "
        "biology at the college. Most pups are born in the autumn, trelawny said. The count is done from boats "
        "every year. \" we were surprised by how fast it happened, \" she told the gazette."
    )
    assert quotes_of(text)["we were surprised by how fast it happened"] == "Wenna Trelawny"


def test_a_role_noun_points_to_the_person_introduced_with_it_else_unknown(quotes_of):
    text = PAD + (
        "The stone was found on the beach by a retired geologist named oswin farrow, who walks there every day. "
        "\" it was just lying there in the sand, \" the geologist said. \" nobody had touched it for years, \" the "
        "doctor said."
    )
    got = quotes_of(text)
    assert got["it was just lying there in the sand"] == "Oswin Farrow"
    assert got["nobody had touched it for years"] is None  # no doctor was introduced


def test_a_name_after_a_role_misread_by_the_parser_and_its_surname(quotes_of):
    # The tagger reads the lower-cased "yvon" as a verb and "merrec" as an adverb: the words
    # between the quotation and its speech verb are read as a role and a name all the same.
    text = PAD + (
        "The diver turned the coins in to local police. \" this was a decent lad who saw at once "
        "that the coins were a drowned sailor's savings, \" local gendarmerie chief yvon merrec told afp. \" he "
        "might have kept them but he chose to bring every one to us, \" merrec said, adding that the diver "
        "found the chest earlier this month."
    )
    got = quotes_of(text)
    assert got["this was a decent lad who saw at once that the coins were a drowned sailor's savings"] == "Yvon Merrec"
    assert got["he might have kept them but he chose to bring every one to us"] == "Yvon Merrec"


def test_a_tweets_signature_is_never_the_next_quotations_speaker(quotes_of):
    text = PAD + (
        "Passengers waited for hours on the quay. my ferry has been delayed at penzance because of seal crossing. "
        "I guess the seals have arrived in cornwall — jory penrose ( @jorypen22 ) july 8, 2017 a port authority "
        "spokesperson told the daily gazette, \" there were boats briefly stuck in queue,. It is seal season here. \""
    )
    got = quotes_of(text)
    assert got["there were boats briefly stuck in queue,. It is seal season here."] in (None, "port authority spokesperson")


def test_a_label_on_a_box_is_not_speech(quotes_of):
    text = PAD + "Police said the diver found a metal box marked \" made in cornwall \" near the wreck on sunday."
    assert "made in cornwall" not in quotes_of(text)


def test_a_books_title_in_apposition_is_not_speech(quotes_of):
    text = PAD + (
        "In their new book, \" the salt road: ferries, storms and the islands, \" local reporters tamsin gray and "
        "jory pascoe write that the service has always been late."
    )
    assert not any(q.startswith("the salt road") for q in quotes_of(text))


def test_items_of_a_list_are_not_speech(quotes_of):
    text = PAD + (
        "This year the hamper is said to be worth up to $ 900 and includes a free \" gum polish \" dental visit, "
        "sessions with a yoga teacher, a \" 14-carat silver manicure, \" locally grown apples, cornish cider, and — "
        "naturally — an \" 18-minute fear-relief session. \" \" it is the best hamper we have ever made, \" said "
        "shop owner elowen tregear."
    )
    got = quotes_of(text)
    assert not any(q.startswith("18-minute") or q.startswith("14-carat") for q in got)
    assert got["it is the best hamper we have ever made"] == "Elowen Tregear"



def test_the_doctor_points_to_a_person_introduced_as_a_surgeon(quotes_of):
    text = PAD + (
        "Last winter a surgeon named morwenna pascoe fell ill on the island and was flown to plymouth. "
        "Her account of the night is now a book — for, as the doctor writes, \" nothing about that flight was "
        "easy, and i owe the crew my life. \""
    )
    assert quotes_of(text)["nothing about that flight was easy, and i owe the crew my life."] == "Morwenna Pascoe"


def test_a_phrase_after_a_or_an_outside_a_list_stays(quotes_of):
    text = PAD + "Locals praised the ferry as a \" lifeline for the islands, \" and the council called for a \" special meeting \" on friday."
    got = quotes_of(text)
    assert "lifeline for the islands" in got
    assert "special meeting" in got


def test_an_indefinite_role_in_lower_cased_text_takes_no_other_outlets_person(analyzer):
    # "attorney says" in a lower-cased headline: another outlet's "mark pascoe, the club's
    # attorney" may be anyone's attorney here; "the attorney" after an introduction is hers.
    from newsweave.analyze.entities import build_entities
    from newsweave.analyze.speakers import ArticleContext
    from newsweave.text.segment import segment
    from newsweave.types import Article, content_id

    text = PAD + "Attorney says the family has filed a lawsuit against the club. The club's attorney, delia okonkwo, said the claim was weak."
    doc = segment(Article(id=content_id(text), outlet="Outlet", text=text))
    ctx = ArticleContext(text, doc.article.id, build_entities((doc,), analyzer.tagger.tag((doc,))), [])
    ctx.sentences = [(s.start, s.end) for s in doc.sentences]
    ctx.story_roles = [({"attorney", "+attorney"}, "Mark Pascoe")]
    assert ctx.lower
    assert ctx.person_by_role("attorney", [], text.index("Attorney says"), definite=False) is None
    assert ctx.person_by_role("attorney", [], len(text), definite=True) == "Delia Okonkwo"
