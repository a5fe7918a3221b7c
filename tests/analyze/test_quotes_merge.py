"""One quotation carried by several outlets: one quote, the most explicit speaker, unknown when
outlets name different people (`analyze.quote_merge`). Fictional text written for these tests."""

from newsweave import api
from newsweave.analyze.quote_merge import choose_speaker, merge_story_quotes
from newsweave.analyze.quotes import QuoteMention
from newsweave.types import Article, Sentence, content_id

_S = Sentence("a", 0, 0, 10, "x")


def _m(article, text, speaker, rank):
    return QuoteMention(article, 0, 10, text, speaker, _S, rank=rank)


LONG = "the new wall will protect the eastern quay from the winter storms"


def test_four_words_inside_another_outlets_quote_are_the_same_quotation():
    quotes = merge_story_quotes([_m("a", LONG, "Odile Brandt", 3), _m("b", "protect the eastern quay", None, 0)])
    (quote,) = quotes
    assert quote.text == LONG and quote.article_ids == ("a", "b")
    assert quote.speaker == "Odile Brandt"
    assert quote.said_by == (("a", "Odile Brandt"), ("b", None))


def test_within_one_article_a_short_phrase_stays_apart():
    quotes = merge_story_quotes([_m("a", LONG, "Odile Brandt", 3), _m("a", "protect the eastern quay", None, 0)])
    assert len(quotes) == 2


def test_three_words_match_another_outlet_only_when_equal():
    quotes = merge_story_quotes([_m("a", LONG, "Odile Brandt", 3), _m("b", "the eastern quay", None, 0)])
    assert len(quotes) == 2


def test_the_person_beats_their_organisation():
    kinds = {"Harbour Board": "organization", "Odile Brandt": "person"}
    votes = [(3, "Harbour Board"), (3, "Odile Brandt")]
    assert choose_speaker(votes, kinds) == "Odile Brandt"


def test_two_outlets_naming_different_people_give_unknown_with_both_kept():
    kinds = {"Odile Brandt": "person", "Piet Halloran": "person"}
    quotes = merge_story_quotes([_m("a", LONG, "Odile Brandt", 3), _m("b", LONG, "Piet Halloran", 3)], kinds)
    (quote,) = quotes
    assert quote.speaker is None
    assert quote.said_by == (("a", "Odile Brandt"), ("b", "Piet Halloran"))


def test_two_bodies_give_unknown():
    kinds = {"Harbour Board": "organization", "Port Authority": "organization"}
    assert choose_speaker([(3, "Harbour Board"), (3, "Port Authority")], kinds) is None


def test_the_full_name_beats_the_surname_and_a_namesake_is_another_person():
    assert choose_speaker([(3, "Brandt"), (3, "Brandt"), (3, "Odile Brandt")]) == "Odile Brandt"
    assert choose_speaker([(3, "Brandt"), (2, "Odile Brandt")]) == "Odile Brandt"  # the same person, resolved elsewhere
    assert choose_speaker([(3, "Odile Brandt"), (3, "Jonas Brandt")], {"Odile Brandt": "person", "Jonas Brandt": "person"}) is None


def test_a_name_in_the_sentence_still_beats_another_outlets_resolved_pronoun():
    # "he said" resolved to someone else in one article is the likelier error: no dispute
    assert choose_speaker([(3, "Odile Brandt"), (2, "Piet Halloran")], {"Odile Brandt": "person", "Piet Halloran": "person"}) == "Odile Brandt"


def _article(text, outlet):
    return Article(id=content_id(text + outlet), outlet=outlet, text=text)


def test_story_gives_a_trimmed_quotation_the_name_another_outlet_prints(analyzer):
    a = _article(
        "The harbour board approved the breakwater on Monday.\n\n"
        '"The new wall will protect the eastern quay from the winter storms," said board chair Odile Brandt.',
        "One",
    )
    b = _article("Work on the breakwater starts in April.\n\nOfficials expect it to \"protect the eastern quay\" for decades.", "Two")
    report = analyzer.analyze(api.summarize([a, b]))
    (quay,) = [q for q in report.quotes if "eastern quay" in q.text]
    assert set(quay.article_ids) == {a.id, b.id}
    assert quay.speaker == "Odile Brandt"
    assert dict(quay.said_by)[a.id] == "Odile Brandt"


def test_within_one_article_two_speakers_keep_the_earlier_choice():
    kinds = {"Odile Brandt": "person", "Piet Halloran": "person"}
    (quote,) = merge_story_quotes([_m("a", LONG, "Odile Brandt", 3), _m("a", LONG, "Piet Halloran", 3)], kinds)
    assert quote.speaker == "Odile Brandt"


def test_an_initial_or_a_glued_address_is_no_fuller_name():
    assert choose_speaker([(3, "T. Quist"), (2, "Tamsin Quist")]) == "Tamsin Quist"
    assert choose_speaker([(3, "Quist"), (3, "Harbour.example Quist")]) == "Quist"


def test_a_quotation_holding_another_outlets_quotation_is_not_merged_with_it(quotes_of):
    # session 17, brief M: the outer words are the newsletter writer's, not the network's
    got = quotes_of(
        "Mayor Ada Vance will skip the debate hosted by Harbour News. “We will hold the debate with or "
        "without him, and we hope he reconsiders,” the network said in a statement.",
        "THE SNUB: Vance “said the last straw was a statement Harbour News put out ... ‘We will hold the "
        "debate with or without him, and we hope he reconsiders.’” It ran on Tuesday.",
    )
    assert got["We will hold the debate with or without him, and we hope he reconsiders"] == "Harbour News"
    outer = next(k for k in got if k.startswith("said the last straw"))
    assert got[outer] != "Harbour News"
