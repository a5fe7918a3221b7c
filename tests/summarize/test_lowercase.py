"""A lower-cased article (the truncated Multi-News copies) names people without capitals:
lowercase.py recognises them by other marks so that "He pleaded guilty ..." can follow its antecedent."""

from __future__ import annotations

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.lowercase import names_a_person, supplies_person_lowercase
from newsweave.summarize.standalone import supplies_person
from newsweave.text.segment import segment
from newsweave.types import Article


def test_a_person_is_named_without_capitals_by_a_role_an_age_or_a_name_as_subject():
    assert names_a_person("Judge ada quill said the ferry company must pay a fine.")
    assert names_a_person("The 48-year-old had faced a fine of 400 pounds.")
    assert names_a_person("Dunmore was arrested in february.")
    assert names_a_person("Tobias dunmore, who runs the ferry, was arrested in february.")
    assert not names_a_person("Three older complaints from 2014 and 2015 remain open.")
    assert not names_a_person("The ferry stopped running in february.")


def test_lowercase_supply_is_wider_than_the_capitals_test_only_for_person_pronouns():
    previous, text = "Dunmore was arrested in february.", "He pleaded guilty this month to one count of theft."
    assert not supplies_person(previous, text)  # no capitalised word after the first: refused by capitals
    assert supplies_person_lowercase(previous, text)
    assert not supplies_person_lowercase("The ferry stopped running in february.", text)
    # a quotation without a speaker keeps the capitals test
    assert not supplies_person_lowercase(previous, '" we will appeal this ruling. "')


def _summary(texts: list[str], words: int = 200):
    articles = [Article(id=f"a{k}", outlet=f"o{k}", text=t) for k, t in enumerate(texts)]
    return ExtractiveSummarizer(claim_embedder=False).summarize([segment(a) for a in articles], words=words)


def test_a_lowercased_pronoun_sentence_is_shown_after_the_sentence_naming_its_person():
    # all lower case but each sentence's first letter, as the truncated copies are
    one = (
        "The tollbridge ferry was held at the pier on monday after a fuel leak was found in its engine room. "
        "Ferry captain tobias dunmore was arrested in february for sailing without a licence. "
        "He pleaded guilty this month to one count of theft and was fined 400 pounds by the county court."
    )
    two = "The tollbridge ferry stayed at the pier on monday after engineers found a fuel leak in the engine room of the ferry."
    summary = _summary([one, two])
    texts = [s.text for s in summary.sentences]
    assert any(t.startswith("He pleaded guilty") for t in texts)
    k = next(i for i, t in enumerate(texts) if t.startswith("He pleaded guilty"))
    assert k > 0 and texts[k - 1].startswith("Ferry captain tobias dunmore")


def test_the_country_written_us_is_not_the_first_person():
    from newsweave.summarize.standalone import reason

    assert reason("A survey lists 20 agencies of the us federal government and 100 offices within them.", False) is None
    assert reason("Tollbridge council paid some us-based engineers a bonus of 500 pounds last year.", False) is None
    assert reason("The ferry company paid a fine of us $ 4,000 to the county court.", False) is None
    assert reason("One particular exchange of the hearing jumped out at us.", False) == "first person without speaker"
