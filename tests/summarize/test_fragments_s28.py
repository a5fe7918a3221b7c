"""A sentence with no verb that can be finite is never a summary sentence (summarize/fragments.py,
coverage.py's greedy). Fictional text."""

from __future__ import annotations

import pytest

from newsweave.embed.hashing import HashingEmbedder
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

FRAGMENT = "And then a form for Tarnby quay residents to give a reason for their losses."


def _parse(text: str):
    from newsweave.analyze.entities import shared_nlp
    from newsweave.analyze.parsing import parse_texts

    return parse_texts(shared_nlp(), [text])[0]


@pytest.mark.parametrize(
    "text",
    [
        FRAGMENT,
        "Ferry captain Ann Kessel and her brother, Tom, at the flooded quay.",  # a caption line
    ],
)
def test_a_fragment_is_one(text):
    from newsweave.summarize.fragments import fragment

    assert fragment(_parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "A winter storm flooded the Tarnby harbour on Sunday.",
        "Take every forecast with a grain of salt.",  # an imperative
        "Just ask the Tarnby harbour master.",  # an imperative after an adverb
        "Harbour Nights returns later this year.",  # "returns" read as a plural noun after a name
        "Neither the ferry crews nor the county know when the quay will reopen.",  # a present tense tagged bare
        "About 12 % of the harbour population smokes, down from a third in 1990.",  # "smokes" read as a noun
        "the harbour trust said ferries would run again by friday.",  # a lower-cased copy
        "Storm damage at the quay will cost the county millions.",
    ],
)
def test_a_sentence_that_has_a_finite_verb_is_not(text):
    from newsweave.summarize.fragments import fragment

    assert not fragment(_parse(text))


def _summary(texts, words=80) -> list[str]:
    arts = [Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t) for i, t in enumerate(texts)]
    summarizer = ExtractiveSummarizer(claim_embedder=HashingEmbedder(), claim_cosine=0.35)
    return [s.text for s in summarizer.summarize(tuple(segment(a) for a in arts), words=words).sentences]


CAPTION = "Tarnby ferry captain Ann Kessel and her brother, Tom, beside the flooded harbour quay."
LEAD = "A winter storm flooded the Tarnby harbour on Sunday, and the county closed the quay to ferries."


def _texts(second: str, third_opens: str = "") -> list[str]:
    return [
        LEAD + second + " The harbour master said repairs would take a month.",
        "Ferries to Tarnby were cancelled on Monday after the storm flooded the harbour. "
        "The county said the quay would stay shut until the moorings are checked.",
        third_opens + "Storm waters reached the Tarnby quay sheds on Sunday night. Ferry crews moved their boats to the north basin.",
    ]


def test_the_summary_leaves_a_fragment_shown_alone_out():
    chosen = _summary(_texts("", CAPTION + " "))
    assert CAPTION not in chosen  # a caption line opening an article: chosen second before session 28
    assert LEAD in chosen and "The harbour master said repairs would take a month." in chosen


def test_a_fragment_right_after_the_sentence_before_it_stays():
    # shown after the sentence it continues, it reads as its article prints it (as before session 28)
    told = " Residents were told to file their claims with the county by the end of the month."
    chosen = _summary(_texts(told + " " + FRAGMENT))
    assert FRAGMENT in chosen
    assert chosen.index(FRAGMENT) == chosen.index(told.strip()) + 1
