"""References never set up (issue 13, session 14, summarize/set_up.py): a description followed
by its verb, or by an appositive between commas or dashes, still points back at what its article
set up. Fictional text written for these tests."""

from newsweave.summarize.antecedents import back_references, first_mentions, introduced, summary_words

ARTICLE = (
    "The Marrowby ferry board met on Monday to discuss a rival crossing. "
    "The board noted that the old ferry had lost money for years. "
    "Several riders of the old ferry watched a fireworks display from the pier. "
    "Reactions to the display were, on the whole, warm. "
    "A crate of antique lanterns was found in the harbour master's attic. "
    "The crate, expected to sell for 900 crowns, goes to auction next week. "
    "All nine lanterns inside the crate -- brass ones and tin ones -- still work. "
    "In the harbour, the board kept two boats."
)


def refs_of(sentence: str) -> list[frozenset[str]]:
    return back_references(sentence, ARTICLE.index(sentence), first_mentions(ARTICLE))


def test_a_verb_after_the_head_is_not_part_of_the_description():
    # "noted" then "that": the complement check used to run after the verb and let it pass
    assert refs_of("The board noted that the old ferry had lost money for years.") == [frozenset({"board"})]
    # "were" then a comma: the same
    assert refs_of("Reactions to the display were, on the whole, warm.") == [frozenset({"display"})]


def test_an_appositive_between_commas_or_dashes_does_not_say_which():
    assert refs_of("The crate, expected to sell for 900 crowns, goes to auction next week.") == [frozenset({"crate"})]
    assert refs_of("All nine lanterns inside the crate -- brass ones and tin ones -- still work.") == [frozenset({"crate"})]


def test_a_comma_closing_an_opening_phrase_is_left_alone():
    assert refs_of("In the harbour, the board kept two boats.") == [frozenset({"board"})]  # 'the harbour,' ends the phrase


def test_the_sentence_waits_until_the_summary_names_its_thing():
    refs = refs_of("The crate, expected to sell for 900 crowns, goes to auction next week.")
    assert not introduced(refs, summary_words(["The Marrowby ferry board met on Monday to discuss a rival crossing."]))
    assert introduced(refs, summary_words(["A crate of antique lanterns was found in the harbour master's attic."]))


def test_a_name_in_the_appositive_says_who():
    article = "A ferry captain ran aground near Marrowby. The captain, Ines Talvik, was unhurt."
    text = "The captain, Ines Talvik, was unhurt."
    assert back_references(text, article.index(text), first_mentions(article)) == []
    lower = "a ferry ran aground near marrowby. the captain, ines talvik, was unhurt. The captain, who was unhurt, left."
    text = "The captain, who was unhurt, left."
    assert back_references(text, lower.index(text), first_mentions(lower)) == [frozenset({"captain"})]
