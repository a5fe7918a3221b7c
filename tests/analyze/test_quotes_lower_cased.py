"""Quotes in lower-cased, tokenised text (the standard Multi-News copies; issue 12, session 12):
names read from the syntax, spaced single quotes, "he" after a lower-cased name, and no name
where the text gives only a description. Fictional text written for these tests."""

import pytest

from newsweave.analyze.entities import build_entities
from newsweave.analyze.lower_names import lower_cased
from newsweave.analyze.speech import quote_spans
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

STORY = (
    "The otter club of dunmore voted on tuesday to close its winter pool after a leak was found under the "
    "old changing rooms near the river path. Members had been asked to vote on the plan at a meeting in the "
    "town hall, where the roof has also needed work for years. \" we are sad but it is the right thing, \" said "
    "marla pettigrew, president of the otter club. County engineer tobias renwick said the leak was \" worse than "
    "anyone thought. \" renwick said the repairs would take at least two months. \" it will be ready by spring, \" "
    "he told reporters. One official said the town had \" no money left for this. \" officials said the pool would "
    "reopen in may."
)


@pytest.fixture(scope="module")
def quotes_of(analyzer):
    def run(*texts):
        docs = tuple(segment(Article(id=content_id(t + str(k)), outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))
        index = build_entities(docs, analyzer.tagger.tag(docs))
        return {q.text: q.speaker for q in analyzer.quotes.extract(docs, index)}

    return run


def test_lower_cased_text_is_recognised():
    assert lower_cased(STORY)
    assert not lower_cased(STORY.replace("marla pettigrew", "Marla Pettigrew").replace("dunmore", "Dunmore").replace("tobias renwick", "Tobias Renwick").replace(" town hall", " Town Hall").replace("tuesday", "Tuesday"))


def test_names_in_lower_cased_text_are_speakers_and_descriptions_stay_unknown(quotes_of):
    got = quotes_of(STORY)
    assert got["we are sad but it is the right thing"] == "Marla Pettigrew"
    assert got["worse than anyone thought."] == "Tobias Renwick"
    assert got["it will be ready by spring"] == "Tobias Renwick"  # "he" after "renwick said"
    assert got["no money left for this."] is None  # "one official": no name, no guess


def test_spaced_single_quotes_are_quotes_and_spaced_apostrophes_are_not():
    text = "the mayor tells the town ' we are not giving up ' in a speech. i ' m sure the scouts ' meeting and o ' connell's book were fine."
    assert [text[s:e] for s, e in quote_spans(text)] == ["we are not giving up"]
