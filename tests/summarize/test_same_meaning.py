"""The same claim said again in other words is not chosen twice (coverage.py `_same_meaning`).

Fictional text. The embedder here is the package's hashing embedder (no model download), so the
cosine bar is set for it; the default static embedder uses CLAIM_COSINE.
"""

from __future__ import annotations

from newsweave.embed.hashing import HashingEmbedder
from newsweave.summarize.repeats import names_and_numbers as _names
from newsweave.summarize.extractive import CLAIM_COSINE, ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

_LEAD = "Mayor Ilse Brandt disbanded the Quayside harbour advisory panel in Tarnby on Wednesday after months of dispute."


def _cluster(texts):
    arts = [Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t) for i, t in enumerate(texts)]
    return tuple(segment(a) for a in arts)


def _texts(second: str) -> list[str]:
    return [
        _LEAD + " Ferry crews had asked for new moorings at the quay for two winters.",
        second + " The old Tarnby lighthouse will reopen as a museum next spring, the Harbour Trust said.",
        "Fishing boats in Tarnby will pay lower mooring fees from March. The harbour master welcomed the decision.",
    ]


def _count(summarizer, texts, needle, words=70) -> int:
    return sum(needle in s.text for s in summarizer.summarize(_cluster(texts), words=words).sentences)


REPEAT = "Brandt told reporters that her decision on Wednesday to disband the advisory panel for the harbour closed a bitter quarrel that had run all year."
# bag-of-words hashing vectors of two wordings of one claim are less alike than static embeddings
HASHING_BAR = 0.35


def test_a_repeat_in_other_words_is_not_chosen_after_the_claim():
    on = ExtractiveSummarizer(claim_embedder=HashingEmbedder(), claim_cosine=HASHING_BAR)
    off = ExtractiveSummarizer(claim_embedder=False)
    texts = _texts(REPEAT)
    # Without the check both wordings get in (the other repeat rules do not see it) ...
    assert _count(off, texts, "isband") == 2
    # ... with it, one of them, and the room goes to something else.
    assert _count(on, texts, "isband") == 1
    assert _count(on, texts, "lighthouse") + _count(on, texts, "mooring") >= 1


def test_a_similar_sentence_with_a_new_name_or_number_is_kept():
    on = ExtractiveSummarizer(claim_embedder=HashingEmbedder(), claim_cosine=HASHING_BAR)
    adds = REPEAT.replace("the advisory panel", "the 14-member advisory panel chaired by Councillor Okonjo")
    assert _count(on, _texts(adds), "isband") == 2


def test_names_are_capitalised_words_never_lower_case_and_numbers():
    common = {"the", "people", "as", "not", "said"}
    got = _names("As People said, Brandt's panel of 14 did NOT meet Okonjo on 3 March.", common)
    assert got == {"brandt", "14", "okonjo", "3", "march"}


def test_default_bar_is_the_calibrated_cosine():
    assert ExtractiveSummarizer(claim_embedder=False).claim_cosine == CLAIM_COSINE == 0.78
