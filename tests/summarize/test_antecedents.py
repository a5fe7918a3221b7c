"""Summary-level antecedents (issue 13): a definite description that points back waits until the
summary has named its thing. Fictional text written for these tests."""

from newsweave.summarize.antecedents import back_references, first_mentions, introduced, stem, summary_words
from newsweave.summarize.bare_names import bare_subject, surnames

ARTICLE = (
    "The Tollbridge council passed a stopgap harbour levy on Monday. "
    "Dozens of traders said they would fight it. "
    "The harbour levy will cost each boat owner 40 crowns a year. "
    "On Tuesday, the levy drew a protest at the quay. "
    "The levy of 40 crowns is the first in a decade. "
    "The 2019 election had turned on the harbour. "
    "The first boats left at dawn."
)


def refs_of(sentence: str) -> list[frozenset[str]]:
    start = ARTICLE.index(sentence)
    return back_references(sentence, start, first_mentions(ARTICLE))


def test_stem_folds_plural_and_possessive():
    assert stem("documents") == "document"
    assert stem("priest’s") == "priest"
    assert stem("Policies") == "policy"
    assert stem("press") == "press"


def test_description_named_earlier_in_its_article_points_back():
    assert refs_of("The harbour levy will cost each boat owner 40 crowns a year.") == [frozenset({"harbour", "levy"})]
    # after an opening phrase it is still the subject
    assert refs_of("On Tuesday, the levy drew a protest at the quay.") == [frozenset({"levy"})]


def test_first_mentions_complements_years_and_order_words_do_not_point_back():
    assert refs_of("The Tollbridge council passed a stopgap harbour levy on Monday.") == []  # first sentence
    assert refs_of("The levy of 40 crowns is the first in a decade.") == []  # "of ..." says which
    assert refs_of("The 2019 election had turned on the harbour.") == []  # a year says which
    assert refs_of("The first boats left at dawn.") == []  # an order word, not a description


def test_introduced_needs_a_word_of_the_description_in_the_summary():
    refs = refs_of("The harbour levy will cost each boat owner 40 crowns a year.")
    assert not introduced(refs, summary_words(["Dozens of traders said they would fight it."]))
    assert introduced(refs, summary_words(["The council passed a stopgap harbour levy on Monday."]))
    assert introduced([], set())


def test_description_later_in_the_sentence_is_left_to_the_sentence_rules():
    text = "Dozens of traders who sell fish at the quay every day will fight the harbour levy."
    article = "A harbour levy passed. " + text
    assert back_references(text, article.index(text), first_mentions(article)) == []


def test_honorific_surname_subject_waits_for_its_introduction():
    text = "Mr. Quillfeather, who said he had known the mayor for years, called the levy unfair."
    names = surnames(["Tobias al-Quillfeather, a lawyer for the traders, spoke first."])
    assert "Quillfeather" in names
    assert bare_subject(text, {"lawyer", "traders"}, names) == "Quillfeather"
    assert bare_subject("Mr. Quillfeather, who spoke, left.", set(), frozenset()) is None  # no full name in the cluster


def test_a_description_inside_a_quotation_or_with_a_complement_is_not_checked():
    article = "The path was long. “The path to the harbour is open,” said Ada Quill. The path to the quay was closed."
    offsets = first_mentions(article)
    for text in ("“The path to the harbour is open,” said Ada Quill.", "The path to the quay was closed."):
        assert back_references(text, article.index(text), offsets) == []
    text = "The path was closed again on Monday."
    article2 = "The path was long. " + text
    assert back_references(text, article2.index(text), first_mentions(article2)) == [frozenset({"path"})]


def test_references_introduced_in_one_call_for_a_candidate_span():
    from newsweave.summarize.antecedents import references_introduced

    text = "The harbour levy will cost each boat owner 40 crowns a year."
    start = ARTICLE.index(text)
    assert not references_introduced(text, start, ARTICLE, ["Dozens of traders said they would fight it."])
    assert references_introduced(text, start, ARTICLE, ["Tollbridge passed a harbour levy on Monday."])
    # a trimmed span of a sentence is checked at its own offset
    part = "the levy drew a protest at the quay."
    assert not references_introduced(part, ARTICLE.index(part), ARTICLE, [])


def test_a_demonstrative_anywhere_points_back_at_what_its_article_named_before():
    article = ("The council of Tollbridge kept a ledger of old debts. Few had read it. "
               "Nobody expected a sequel as odd as this ledger, its clerk said. "
               "This week a crowd met. These boats were new.")
    offsets = first_mentions(article)
    odd = "Nobody expected a sequel as odd as this ledger, its clerk said."
    assert back_references(odd, article.index(odd), offsets) == [frozenset({"ledger"})]
    assert not introduced(back_references(odd, article.index(odd), offsets), summary_words(["A sequel was printed."]))
    assert introduced(back_references(odd, article.index(odd), offsets), summary_words(["The council kept a ledger."]))
    week = "This week a crowd met."
    assert back_references(week, article.index(week), offsets) == []  # a time word, not a thing met before
    boats = "These boats were new."
    assert back_references(boats, article.index(boats), offsets) == []  # boats were never named before


def test_a_sentence_that_is_a_quotation_is_read_like_any_other():
    # A quotation shown on its own (a tweet's next sentence) points back as any subject does; a
    # pronoun after the description ("the letter she signed") is not part of it.
    text = 'Ida Kern signed a letter in May. Then she spoke. "She will confirm the letter she signed!" the mayor wrote.'
    start = text.index('"She')
    sentence = '"She will confirm the letter she signed!'
    assert back_references(sentence, start, first_mentions(text)) == [frozenset({"letter"})]
    inside = 'The mayor wrote: "She will confirm the letter she signed!"'
    assert back_references(inside, start, first_mentions(text)) == []  # inside a sentence: the speaker's words
    assert back_references("The letter she signed was read out.", start, first_mentions(text)) == [frozenset({"letter"})]
