"""One person's act told twice by two articles in their own words is chosen once (summarize/same_act.py,
session 24 brief T; ANALYSIS.md session 23 item 5). Fictional text, written for these tests."""

from __future__ import annotations

import pytest

from newsweave.embed.hashing import HashingEmbedder
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.same_act import retold
from newsweave.text.segment import segment
from newsweave.types import Article

SHORT = "Councillor Pell cast the only vote against the measure."
DESCRIBED = "Only Green councillor Dana Pell of Eastgate voted no."
TEXTS = {
    "a": ("The Marrowby council on Thursday approved a harbour levy to pay for dredging the silted harbour mouth, "
          f"by a vote of eight to one. {SHORT} The levy adds four percent to mooring fees from June."),
    "b": ("Marrowby's council passed the harbour dredging levy on Thursday evening after a three-hour debate in the town hall. "
          f"{DESCRIBED} Boat owners had asked the council to delay the vote until the autumn. "
          "The mayor said the dredging work would start in July and take two months."),
    "c": ("The harbour levy approved by Marrowby council on Thursday will raise about two hundred thousand pounds a year for dredging. "
          "Fishing crews welcomed the decision, saying the harbour mouth had become dangerous at low tide. "
          "Small boats under six metres will pay half the levy."),
}


@pytest.fixture(scope="module")
def parse():
    from newsweave.analyze.entities import shared_nlp
    from newsweave.analyze.parsing import parse_texts

    nlp = shared_nlp()
    return lambda text: parse_texts(nlp, [text])[0]


def test_the_summary_tells_the_lone_vote_once():
    documents = [segment(Article(id=k, outlet=k.upper(), text=t)) for k, t in TEXTS.items()]
    summary = ExtractiveSummarizer(claim_embedder=HashingEmbedder()).summarize(documents, words=120)
    told = [s.text for s in summary.sentences if "Pell" in s.text]
    assert len(told) == 1, told  # before: both wordings


@pytest.mark.parametrize("candidate, chosen", [(DESCRIBED, SHORT), (SHORT, DESCRIBED)])
def test_the_person_described_more_fully_tells_nothing_new(parse, candidate, chosen):
    assert retold(parse(candidate), parse(chosen))


@pytest.mark.parametrize("candidate", [
    "Councillor Pell praised the measure.",  # another act
    "Councillor Pell voted against the levy because it hurts fishermen in Eastgate.",  # a reason: news
    "Pell voted for the harbour plan in 2019.",  # another vote, a year
    "Councillor Ross cast the only vote against the measure.",  # another person
    "Councillor Pell did not vote on the measure.",  # negated
])
def test_another_act_reason_person_or_answer_is_new(parse, candidate):
    assert not retold(parse(candidate), parse(SHORT))
