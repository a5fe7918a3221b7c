"""Openings that presuppose what their article told just before ("Finally,", "For one,", "Each
barge", "One of the names mentioned", "One thing inspectors do know"): not shown standing alone
in a summary (summarize/presupposing.py, issue 13, session 19). All text is fictional, written for
these tests."""

from __future__ import annotations

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.presupposing import presupposes
from newsweave.summarize.standalone import NEEDS_PREVIOUS, STANDS, context_need
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

LEANING = [
    "Finally, the choir of Dunmere sang the old harbour hymn.",
    "For one, the search for the missing ledger has failed.",
    "For starters, the ferry company never filed its winter plan.",
    "Almost immediately, the results raised doubts about the mayor's coalition.",
    "Moments later, the roof of the grain store gave way.",
    "Within hours, volunteers were filling sandbags along the quay.",
    "The next day, the council closed the lower bridge.",
    "Each barge carried forty tonnes of slate to the river mouth.",
    "One of the names mentioned belonged to a retired harbour master.",
    "One of the volunteers was taken to hospital with a sprained wrist.",
    "one thing inspectors do know is that the crane was serviced in May.",
]
STANDING = [
    "Each year, about 4,000 visitors walk the cliff path at Dunmere.",
    "Each other town on the coast kept its ferry.",
    "One of the largest slate quarries in the county closed on Friday.",
    "One of the most visited harbours in the region reopened on Monday.",
    "One of the country's oldest ferry lines will stop running in March.",
    "One of the founders of the Dunmere rowing club, Ada Quill, died on Sunday.",
    "Each candidate who wants a seat on the harbour board must file by June.",
    '"Finally, we have a bridge," the mayor of Dunmere said on Tuesday.',
    "The Dunmere council voted on Monday to close the lower bridge.",
    "Finally the bridge is open after ten years of delays, the mayor said.",  # no comma: "at last", left to standalone
]


def test_presupposing_openings_are_read():
    for text in LEANING:
        assert presupposes(text), text
        assert context_need(text, cased=True) == STANDS, text  # standalone.py alone let each stand


def test_openings_that_say_which_or_are_quoted_are_left_alone():
    for text in STANDING:
        assert not presupposes(text), text


ARTICLE = (
    "Storm waters flooded the lower town of Dunmere on Saturday night. "
    "The river rose two metres in four hours and broke the old flood wall. "
    "Each barge moored at the quay was torn loose and carried towards the sea. "
    "The council opened the school hall as a shelter for forty families."
)


def _rank(text: str):
    article = Article(id=content_id(text), outlet="Dunmere Gazette", text=text, title="Floods in Dunmere")
    return ExtractiveSummarizer(claim_embedder=False).rank((segment(article),))


def test_the_summarizer_shows_such_a_sentence_only_after_its_predecessor():
    cf, _ = _rank(ARTICLE)
    texts = [s.text for s in cf.sentences]
    each = next(i for i, t in enumerate(texts) if t.startswith("Each barge"))
    assert cf.context[each] == NEEDS_PREVIOUS  # before session 19: STANDS
    assert cf.context[texts.index(next(t for t in texts if t.startswith("The council")))] == STANDS
    summary = ExtractiveSummarizer(claim_embedder=False).summarize(
        (segment(Article(id=content_id(ARTICLE), outlet="Dunmere Gazette", text=ARTICLE, title="Floods in Dunmere")),), words=40
    )
    shown = [s.text for s in summary.sentences]
    for k, t in enumerate(shown):
        if t.startswith("Each barge"):
            assert k > 0 and shown[k - 1].startswith("The river rose")
