"""A summary sentence may be the part of a source sentence after a leaning opening (trim.py)."""

from __future__ import annotations

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.standalone import reason
from newsweave.summarize.trim import display, standalone_span, trim_leaning
from newsweave.text.segment import segment
from newsweave.types import Article


def part(text: str, cased: bool = True) -> str | None:
    span = standalone_span(text, cased)
    return None if span is None else text[span[0] : span[1]]


def test_a_leading_connective_is_dropped_when_the_rest_stands():
    assert part("But Ada Quill said the ferry would run from Monday.") == "Ada Quill said the ferry would run from Monday."
    assert part("However, Tollbridge council voted to close the pier for a month.") == "Tollbridge council voted to close the pier for a month."


def test_a_leading_clause_and_a_connective_before_it_are_dropped():
    text = "But when the tide turned, Marrowby harbour staff closed both gates within ten minutes."
    assert part(text) == "Marrowby harbour staff closed both gates within ten minutes."


def test_a_sentence_that_stands_is_never_trimmed():
    assert part("In a statement on Tuesday, Ada Quill said the ferry would run from Monday.") is None


def test_no_part_when_the_rest_still_leans_or_opens_in_lower_case():
    assert part("But she said the ferry would run from Monday.") is None  # pronoun: still leans
    assert part("But the company said the ferry would run from Monday.") is None  # lower case: a letter would change
    assert part("And Quill left.") is None  # too short to be a sentence


def test_conditions_attributions_and_place_names_are_not_dropped():
    assert part("If the council agrees, Tollbridge will reopen the pier, he said.") is None
    assert part("But in a speech in Marrowby, Northshire, Ada Quill promised to rebuild the footbridge by spring.") is None
    assert part("But according to police, Ada Quill was not on the ferry that evening.") is None


def test_the_part_is_exact_and_keeps_its_index():
    text = "The ferry stopped at noon. But Ada Quill said the ferry would run from Monday."
    article = Article(id="a", outlet="Gazette", text=text)
    (doc,) = trim_leaning([segment(article)])
    s = doc.sentences[1]
    assert s.index == 1 and text[s.start : s.end] == s.text == "Ada Quill said the ferry would run from Monday."
    assert reason(s.text) is None


def test_the_summary_cites_exactly_the_part():
    texts = [
        "Tollbridge council closed the pier on Monday after a storm damaged its deck. Engineers will inspect the deck this week. "
        "But Mayor Ada Quill said the pier would reopen before the summer festival in June.",
        "A storm damaged the deck of the Tollbridge pier on Sunday night, and the council closed it on Monday. "
        "Engineers from the county will inspect the deck this week.",
    ]
    articles = [Article(id=f"a{k}", outlet=f"o{k}", text=t) for k, t in enumerate(texts)]
    docs = [segment(a) for a in articles]
    summary = ExtractiveSummarizer(claim_embedder=False).summarize(docs, words=200)
    by_id = {a.id: a.text for a in articles}
    quill = [s for s in summary.sentences if "Quill" in s.text]
    assert quill and quill[0].text.startswith("Mayor Ada Quill")
    c = quill[0].citations[0]
    assert by_id[c.article_id][c.start : c.end] == quill[0].text and c.sentence_index == 2
    untrimmed = ExtractiveSummarizer(claim_embedder=False, trim=False).summarize(docs, words=200)
    assert not any(s.text.startswith("Mayor Ada Quill") for s in untrimmed.sentences)


def test_a_part_in_lower_case_is_taken_with_lower_and_shown_capitalised():
    text = "However, the council voted to close the pier for a month."
    assert part(text) is None  # without `lower`: a letter would change
    span = standalone_span(text, True, lower=True)
    assert span is not None and text[span[0] : span[1]] == "the council voted to close the pier for a month."
    assert display(text[span[0] : span[1]]) == "The council voted to close the pier for a month."
    assert standalone_span(text, False, lower=True) is None  # never in a lower-cased article


def test_lower_case_parts_that_still_lean_or_change_the_claim_are_refused():
    def lower(t):
        span = standalone_span(t, True, lower=True)
        return None if span is None else t[span[0] : span[1]]

    assert lower("In addition to the new deck, the pier gets two benches.") is None  # a phrase, not a connective
    assert lower("Instead of closing the pier, the council voted to repair it.") is None
    assert lower("So many people came that the pier was closed at noon.") is None  # "so many": not a connective
    assert lower("But for the council, it's more likely to be a long repair of the deck.") is None  # "it" points back
    assert lower("But more importantly, the council voted to close the pier for a month.") is None  # a comparison
    assert lower("But, according to the survey, our pier is the oldest in the county.") is None  # the outlet's voice
    assert lower("Otherwise, the council will close the pier for the whole summer.") is None  # a condition
    assert lower("But not everyone on the council agreed to close the pier.") is None  # a negation
    assert lower("And yes, the pier will close for the whole summer season.") is None
    assert lower("But no one can say when the ferry will run from Tollbridge.") == "no one can say when the ferry will run from Tollbridge."


def test_the_summary_shows_a_lower_case_part_capitalised_and_cites_it_exactly():
    texts = [
        "Tollbridge council closed the pier on Monday after a storm damaged its deck. Engineers will inspect the deck this week. "
        "However, the county coastguard said the ferry would keep running to Marrowby until the summer festival.",
        "A storm damaged the deck of the Tollbridge pier on Sunday night, and the council closed it on Monday. "
        "Engineers from the county will inspect the deck this week.",
    ]
    articles = [Article(id=f"a{k}", outlet=f"o{k}", text=t) for k, t in enumerate(texts)]
    docs = [segment(a) for a in articles]
    summary = ExtractiveSummarizer(claim_embedder=False).summarize(docs, words=200)
    coast = [s for s in summary.sentences if "coastguard" in s.text]
    assert coast and coast[0].text.startswith("The county coastguard said")
    c = coast[0].citations[0]
    assert texts[0][c.start : c.end] == "the county coastguard said the ferry would keep running to Marrowby until the summer festival."
    off = ExtractiveSummarizer(claim_embedder=False, trim_lower=False).summarize(docs, words=200)
    assert not any(s.text.startswith("The county coastguard") for s in off.sentences)
