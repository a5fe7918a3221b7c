"""One count told twice, roundly and exactly, is not a new number (summarize/same_figures.py, coverage.py
`_same_meaning`), and what "in support of the recall effort" is about (repeats.py). Fictional text."""

from __future__ import annotations

import pytest

from newsweave.embed.hashing import HashingEmbedder
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.repeats import frame
from newsweave.summarize.same_figures import restated_numbers
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

ROUND = "The Tarnby harbour petition gathered more than 2.4 million valid signatures, the county clerk said."
EXACT = "The county clerk said the Tarnby harbour petition gathered 2,431,907 valid signatures."


def test_a_bounded_count_and_the_exact_count_it_allows_are_one_number():
    assert restated_numbers(EXACT, [ROUND]) == {"2,431,907"}
    assert restated_numbers(ROUND, [EXACT]) == {"2.4"}


def test_another_count_is_a_new_number():
    assert restated_numbers(EXACT.replace("2,431,907", "3,112,560"), [ROUND]) == set()  # outside the bound
    assert restated_numbers(ROUND.replace("2.4", "3.1"), [EXACT]) == set()
    assert restated_numbers(EXACT.replace("signatures", "dollars"), [ROUND]) == set()  # another unit
    # two exact counts the bound allows: which one it means is not known
    two = [ROUND, "A recount put the Tarnby harbour petition at 2,450,118 valid signatures."]
    assert restated_numbers(EXACT, two) == set()


def _cluster(texts):
    arts = [Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t) for i, t in enumerate(texts)]
    return tuple(segment(a) for a in arts)


TOLD_AGAIN = "By the clerk's count, 2,431,907 signatures in Tarnby backed the harbour petition."


def _texts(exact: str) -> list[str]:
    return [
        ROUND + " Ferry crews had asked for new moorings at the quay for two winters.",
        exact + " The old Tarnby lighthouse will reopen as a museum next spring, the Harbour Trust said.",
        "Fishing boats in Tarnby will pay lower mooring fees from March. The harbour master welcomed the decision.",
    ]


def _count(texts, needle, words=70) -> int:
    summarizer = ExtractiveSummarizer(claim_embedder=HashingEmbedder(), claim_cosine=0.35)
    return sum(needle in s.text for s in summarizer.summarize(_cluster(texts), words=words).sentences)


def test_the_count_told_again_exactly_is_not_chosen_twice():
    # before session 25 both sentences were chosen: 2,431,907 read as a number the summary lacked
    assert _count(_texts(TOLD_AGAIN), "signatures") == 1
    # a count the summary does not give is news: both sentences stay
    assert _count(_texts(TOLD_AGAIN.replace("2,431,907", "3,112,560")), "signatures") == 2


@pytest.fixture(scope="module")
def parse():
    from newsweave.analyze.entities import shared_nlp
    from newsweave.analyze.parsing import parse_texts

    nlp = shared_nlp()
    return lambda text: parse_texts(nlp, [text])[0]


def test_a_compound_preposition_and_an_effort_word_give_what_it_is_about(parse):
    f = frame(parse("Thousands of signatures were collected in support of the harbour recall effort."))
    assert f.objects == {"recal"} or f.objects == {"recall"}
    f = frame(parse("The clerk spoke on behalf of the fishermen."))
    assert "fishermen" in f.objects and "behalf" not in f.objects
