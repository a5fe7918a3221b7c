"""Baselines on a tiny hand-written cluster: they run offline and pick what they should."""

from __future__ import annotations

import pytest

from newsweave.eval.baselines import BASELINE_NAMES, LeadBaseline, SentenceTokenizer, SumyBaseline, make_baseline
from newsweave.eval.rouge import cut_words, word_count

DOCS = [
    "The harbour wall at Marrowby collapsed on Monday night. Ten people were hurt. "
    "The mayor promised an inquiry into the harbour wall collapse.",
    "A section of the Marrowby harbour wall gave way on Monday. Engineers had warned about cracks. "
    "Ten people were taken to hospital after the harbour wall collapse.",
    "Fishermen said the harbour wall collapse at Marrowby came without warning. Boats were moved out of the harbour.",
]


def test_lead_is_round_robin():
    out = LeadBaseline().summarize(DOCS, words=25)
    assert out == [
        "The harbour wall at Marrowby collapsed on Monday night.",
        "A section of the Marrowby harbour wall gave way on Monday.",
        "Fishermen said the harbour wall collapse at Marrowby came without warning.",
    ]


def test_lead_goes_deeper_until_budget_and_stops_when_sources_run_out():
    # The three first sentences hold 31 words; a 32-word budget needs the second round.
    out = LeadBaseline().summarize(DOCS, words=32)
    assert len(out) == 4 and out[3] == "Ten people were hurt."
    everything = LeadBaseline().summarize(DOCS, words=10_000)
    assert len(everything) == 8
    assert LeadBaseline().summarize([], words=50) == []
    assert LeadBaseline().summarize(["", "  "], words=50) == []


@pytest.mark.parametrize("name", ["lexrank", "textrank"])
def test_sumy_baselines_return_source_sentences_in_document_order(name):
    baseline = make_baseline(name)
    assert baseline.name == name
    out = baseline.summarize(DOCS, words=30)
    source = [s for d in DOCS for s in SentenceTokenizer().to_sentences(d)]
    assert out and all(s in source for s in out)
    positions = [source.index(s) for s in out]
    assert positions == sorted(positions)
    assert word_count(out) >= 30  # enough for the exact cut
    assert word_count(cut_words(out, 30)) == 30
    # Leaving out the best-ranked-sentence budget leaves strictly fewer.
    assert len(baseline.summarize(DOCS, words=5)) < len(out)


def test_lexrank_prefers_the_central_sentence():
    # The collapse sentences share many words across documents; "Boats were moved ..." shares
    # few, so it must not be LexRank's single best pick.
    out = SumyBaseline("lexrank").summarize(DOCS, words=1)
    assert len(out) == 1
    assert "collapse" in out[0] and "Boats" not in out[0]


@pytest.mark.parametrize("name", BASELINE_NAMES)
def test_empty_cluster_gives_empty_output(name):
    assert make_baseline(name).summarize([], words=50) == []
    assert make_baseline(name).summarize(["", "\n"], words=50) == []


def test_unknown_baseline_is_refused():
    with pytest.raises(ValueError, match="unknown baseline"):
        make_baseline("oracle")


def test_tokenizer_gives_words_without_punctuation_or_numbers():
    tok = SentenceTokenizer()
    assert tok.language == "english"
    assert tok.to_words("Mr. O'Neill's self-driving car hit 3 posts, he said.") == ("Mr", "O'Neill's", "self-driving", "car", "hit", "posts", "he", "said")
    assert tok.to_sentences("One here. Two there.") == ("One here.", "Two there.")
