"""Session 16 (issue 13, the same news told twice): the facts pair judge as a veto in the coverage
selection, on lower-cased copies only (summarize/repeat_veto.py). Fictional text."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from newsweave.embed.static import StaticEmbedder
from newsweave.summarize.repeat_veto import REPEAT_BAR, load_repeat_judge, told_again
from newsweave.types import Sentence

# (lower-cased like the Multi-News copies)
ROWS = [
    ("a#0", "the town council of marrowby voted on tuesday to close the old ferry pier after a storm cracked its pilings."),
    ("a#0", "the pier had carried fishing boats and a summer ferry to the islands since 1921."),
    ("b#1", "marrowby's councillors decided on tuesday that the storm-damaged ferry pier will be shut."),
    ("b#1", "a local bakery will sponsor the autumn regatta, organisers said."),
]


def _cf(cased=(False, False), docs=(0, 0, 1, 1)):
    sentences = [Sentence(a, k, 0, len(t), t) for k, (a, t) in enumerate(ROWS)]
    return SimpleNamespace(sentences=sentences, doc_index=np.array(docs), cased=list(cased))


def test_the_same_decision_in_other_words_is_vetoed_and_new_news_is_not():
    judge, embed = load_repeat_judge(), StaticEmbedder().embed
    assert judge is not None and REPEAT_BAR == 0.3
    assert told_again(_cf(), 2, [0, 1], judge, embed)
    assert not told_again(_cf(), 3, [0, 1], judge, embed)


def test_only_lower_cased_copies_and_only_across_articles():
    judge, embed = load_repeat_judge(), StaticEmbedder().embed
    assert not told_again(_cf(cased=(True, True)), 2, [0, 1], judge, embed)  # cased: never (its top pairs add news)
    assert not told_again(_cf(docs=(0, 0, 0, 0)), 2, [0, 1], judge, embed)  # one article: the judge does not judge it
    assert not told_again(_cf(), 2, [], judge, embed)
    assert not told_again(_cf(), 2, [0, 1], None, embed)


PIER = (
    "The town council of marrowby voted on tuesday to close the old ferry pier after a storm cracked its pilings. "
    "The pier had carried fishing boats and a summer ferry to the islands since 1921. "
    "Repairs would cost about 4 million pounds, the council's engineer told the meeting. "
    "Ferry passengers will board at the north harbour from next month, the operator said. "
)
COUNCILLORS = (
    "Marrowby's councillors decided on tuesday that the storm-damaged ferry pier will be shut. "
    "A local bakery will sponsor the autumn regatta, organisers said. "
    "Fishermen said they would lose an hour each morning travelling to the north harbour. "
    "The harbour master said the old pier could be demolished by the spring. "
)


def _summary(words, veto):
    from newsweave import api
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article

    articles = [Article(id=f"t{k}", outlet=f"Outlet {k}", text=t, title=None) for k, t in enumerate((PIER, COUNCILLORS))]
    return [s.text for s in api.summarize(articles, words, summarizer=ExtractiveSummarizer(repeat_veto=veto)).summary.sentences]


def test_the_second_telling_of_the_vote_gives_its_place_to_news():
    on, off = _summary(90, REPEAT_BAR), _summary(90, 0)
    assert any(s.startswith("The town council of marrowby voted") for s in off)
    assert not any(s.startswith("The town council of marrowby voted") for s in on)
    assert any(s.startswith("Fishermen said") for s in on)


def test_a_vetoed_sentence_comes_back_when_nothing_else_is_left():
    assert _summary(200, REPEAT_BAR) == _summary(200, 0)
