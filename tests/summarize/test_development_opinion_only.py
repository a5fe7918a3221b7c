"""A story whose every article argues (opinion pieces only) gets no sentence stated as fact: the
judgments the rules leave out are never taken as a last resort (coverage `_candidates`, the
extractive fallback); they are shown only marked as opinion (opinion_marked.py). Fictional text."""

from __future__ import annotations

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

ARGUED = [
    "The harbour plan is a farce. It is yet another example of the council's failed and dangerous policy.",
    "The mooring fee rise is shameful. Make no mistake: the mayor's disastrous harbour policy is a farce.",
]


def _docs(texts, title="Opinion: the harbour"):
    return tuple(segment(Article(id=content_id(t), outlet=f"o{i}", text=t, title=title)) for i, t in enumerate(texts))


def test_only_judgments_are_shown_marked_as_opinion_never_as_fact():
    # (before the twelfth session: an empty summary; now each judgment that stands alone is shown
    # marked with whose view it is, summarize/opinion_marked.py)
    summary = ExtractiveSummarizer(claim_embedder=False).summarize(_docs(ARGUED), words=60)
    assert summary.sentences
    assert all(s.opinion_of in ("o0", "o1") for s in summary.sentences)


def test_a_plain_sentence_of_an_opinion_piece_may_still_be_shown():
    texts = [ARGUED[0], "The council approved the harbour plan on Tuesday by nine votes to two."]
    got = [s.text for s in ExtractiveSummarizer(claim_embedder=False).summarize(_docs(texts), words=60).sentences]
    assert got == ["The council approved the harbour plan on Tuesday by nine votes to two."]
