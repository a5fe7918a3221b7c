"""Another outlet's lead introducing the same person again, as if new, is left out of the summary
when it does not keep the chosen lead's figures (coverage.py hook, development.py `reintroduced`).

Fictional text. The claim embedder here gives unit rows written in the test, so the cosine of the
two leads is exactly 0.55 (between LEAD_EVENT_COSINE and LEAD_REPEAT_COSINE) and every other pair
is 0: the rule, not the embedder, decides.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsweave.summarize.development import LEAD_EVENT_COSINE, LEAD_REPEAT_COSINE
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

FIRST = "A third woman stepped forward on Monday night and accused Harbour Master Orla Quist of an unwanted advance at a 2019 ferry party."
AGAIN = ("A third woman has now gone public, alleging that the Tarnby port chief made unwanted advances toward her on a boat, "
         "and has shown text messages that she sent to friends and relatives in the village that night to back up her account of the evening.")
COSINE = 0.55


class _Rows:
    """Embeds FIRST and AGAIN at cosine COSINE and every other text on an axis of its own."""

    def __init__(self, again: str = AGAIN) -> None:
        self.again = again

    def embed(self, texts):
        out = np.zeros((len(texts), len(texts) + 2))
        for k, t in enumerate(texts):
            if t == FIRST:
                out[k, 0] = 1.0
            elif t == self.again:
                out[k, :2] = [COSINE, np.sqrt(1 - COSINE**2)]
            else:
                out[k, k + 2] = 1.0
        return out


def _summary(again: str) -> list[str]:
    pytest.importorskip("spacy")
    from newsweave.analyze.entities import shared_nlp
    from newsweave.errors import ModelError

    try:
        shared_nlp()
    except ModelError:
        pytest.skip("no English model")
    texts = [
        FIRST + " The party was held at the old customs house on the quay.",
        again + " The Harbour Trust said it would review its rules for staff events.",
        "Councillors in Tarnby debated the harbour budget at length. The fishing fleet asked for lower mooring fees.",
    ]
    docs = tuple(segment(Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t)) for i, t in enumerate(texts))
    summarizer = ExtractiveSummarizer(claim_embedder=_Rows(again))
    return [s.text for s in summarizer.summarize(docs, words=95).sentences]


def test_the_bar_sits_under_the_shared_word_bar():
    assert LEAD_EVENT_COSINE < COSINE < LEAD_REPEAT_COSINE


def test_a_lead_introducing_the_same_woman_again_is_left_out():
    got = _summary(AGAIN)
    assert FIRST in got
    assert AGAIN not in got  # the fuller lead lacks "2019": the first stays, this one does not come
    assert "The Harbour Trust said it would review its rules for staff events." in got  # its article still speaks


def test_a_lead_about_another_woman_is_kept():
    other = AGAIN.replace("A third woman", "A second woman")
    assert other in _summary(other)


REMOVED = "Mayor Ida Kern on Monday said the statue of Admiral Brand has been removed from the quay."
AGAIN_LATER = "Early Monday, the Brand statue was removed from the old harbour museum's collection by a crew of six workers with a small crane and a truck."


class _Pair:
    """Embeds REMOVED and AGAIN_LATER at cosine COSINE, every other text on an axis of its own."""

    def embed(self, texts):
        out = np.zeros((len(texts), len(texts) + 2))
        for k, t in enumerate(texts):
            if t == REMOVED:
                out[k, 0] = 1.0
            elif t == AGAIN_LATER:
                out[k, :2] = [COSINE, np.sqrt(1 - COSINE**2)]
            else:
                out[k, k + 2] = 1.0
        return out


def test_a_later_sentence_re_announcing_the_same_act_on_the_same_day_is_left_out():
    _summary(AGAIN)  # skips without spaCy or its English model
    texts = [
        REMOVED + " The statue had stood there since 1902.",
        "Fishermen in Tarnby held a vigil for the lost trawler crew. The vigil drew about two hundred people to the quay. "
        + AGAIN_LATER + " The museum will show the ship models instead.",
        "Councillors in Tarnby debated the harbour budget at length. The fishing fleet asked for lower mooring fees.",
    ]
    docs = tuple(segment(Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t)) for i, t in enumerate(texts))
    got = [s.text for s in ExtractiveSummarizer(claim_embedder=_Pair()).summarize(docs, words=100).sentences]
    assert REMOVED in got
    assert AGAIN_LATER not in got  # the same removal, the same day, by another outlet
    assert "The statue had stood there since 1902." in got
