"""Session 15 (issue 13, readability on fresh AllSides stories): a writer's ruling, verdict tag or
prescribed feeling told as news, an arguing headline (a ruling, a closing imperative), a survey's
headline whose "should" sits in a reported question, and a plan another article reports done.
Fictional text; each case fails at eeec94b."""

from __future__ import annotations

import pytest

from newsweave import api
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.opinion import argues_in_title, judgment, opinion_documents
from newsweave.summarize.opinion_marked import _points_back
from newsweave.summarize.writer_verdicts import stale_intentions
from newsweave.text.segment import segment
from newsweave.types import Article


@pytest.mark.parametrize(
    "text, kind",
    [
        ("This ruling is the wrong one, and every angler in Marlow Bay should be worried about it.", "ruling"),
        ("The harbour board was entirely right to close the north quay to trawlers.", "ruling"),
        ("The ferry company keeps its licence for another decade, and that's a good thing.", "verdict tag"),
        ("Every resident of Marlow Bay ought to be alarmed by the new dredging plan.", "feeling"),
        ("If the board can sack its auditor at will, the promise of open books becomes a lie.", "lie"),
        ("Under cover of the winter flood crisis, the harbour board is moving to sell the north quay.", "pretext"),
    ],
)
def test_writer_verdicts_are_judgments(text, kind):
    assert judgment(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "It is wrong to say the harbour closed because of the storm.",  # a general 'it', not a ruling on an act
        "Residents should be prepared for the ferry to stop on Sunday.",  # advice passed on, not a feeling
        "The mayor answered, saying the harbour board should be ashamed of its delay.",  # whose words: the mayor's
        "\"That's a good thing for the fishermen,\" the harbour master said.",  # quoted and attributed
        "The harbour board voted to close the north quay to trawlers on Monday.",
        "The smugglers landed their cargo under cover of darkness, the coastguard said.",  # how, not a pretext
        "The skipper apologised on Monday, saying the sign was a joke.",  # whose words: the skipper's
    ],
)
def test_news_is_not_a_writer_verdict(text):
    assert judgment(text) == ""


def test_arguing_headlines():
    assert argues_in_title("Harbour Board Is Wrong to Close the North Quay")
    assert argues_in_title("The Ferry Keeps Its Licence. Keep It That Way.")
    assert not argues_in_title("Watch: The Ferry Keeps Its Licence. Read the Ruling.")  # the page's imperatives
    assert not argues_in_title("Anglers split on whether the north quay should close to trawlers")  # a reported question
    assert argues_in_title("The north quay should close to trawlers")  # the writer's own 'should' still argues


def test_survey_report_is_not_opinion():
    survey = Article(
        id="s",
        outlet="Marlow Polling Institute",
        title="Anglers split on whether the north quay should close to trawlers",
        text="Anglers in Marlow Bay are split over the north quay. Some 48% of them back closing it to trawlers, a new poll found.",
    )
    assert opinion_documents([segment(survey)]) == set()


PLAN = (
    "Harbour master Ada Quill announced on Friday that she intends to sign an emergency order that will close the north quay. "
    "The quay has flooded twice this winter."
)
DONE = (
    "Harbour master Ada Quill signed an emergency order on Friday closing the north quay to all boats. "
    "The order takes effect at once and runs until the spring tides have passed."
)


def test_plan_reported_done_is_stale():
    docs = [segment(Article(id="p", outlet="a", text=PLAN)), segment(Article(id="d", outlet="b", text=DONE))]
    assert stale_intentions(docs) == {(0, 0)}
    assert stale_intentions(docs[:1]) == set()  # nothing reports it done: not stale
    report = api.summarize([Article(id="p", outlet="a", text=PLAN), Article(id="d", outlet="b", text=DONE)], 120, summarizer=ExtractiveSummarizer())
    assert not any("intends to sign" in s.text for s in report.summary.sentences)
    assert any("signed an emergency order" in s.text for s in report.summary.sentences)


def test_such_points_back_in_a_marked_sentence():
    assert _points_back("One such quarrel is playing out on the north quay of Marlow Bay.")
    assert not _points_back("Ports such as Marlow Bay depend on the ferry trade.")


def test_an_act_named_by_its_noun_points_back():
    from newsweave.summarize.standalone import NEEDS_PREVIOUS, context_need

    # the act was told by a verb before ("proposing a levy ...") and is named here by its noun
    assert context_need("The offer was made on Monday to the harbour board as part of the ferry talks.", True) == NEEDS_PREVIOUS
    assert context_need("The pledge came as the mayor met the fishermen's union.", True) == NEEDS_PREVIOUS
    assert context_need("An offer was made on Monday to the harbour board.", True) != NEEDS_PREVIOUS  # a first mention
