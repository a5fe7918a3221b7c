"""ROUGE wrapper: known values, the Lsum sentence handling, the exact word cut, empty input."""

from __future__ import annotations

import pytest

from newsweave.eval.rouge import RougeScorer, RougeScores, cut_words, mean_scores, split_sentences, word_count


@pytest.fixture(scope="module")
def scorer() -> RougeScorer:
    return RougeScorer()


def test_identical_text_scores_100(scorer):
    s = scorer.score(["The cat sat on the mat."], "The cat sat on the mat.")
    assert s == RougeScores(100.0, 100.0, 100.0)


def test_disjoint_text_scores_0(scorer):
    s = scorer.score(["Alpha bravo charlie."], "Delta echo foxtrot.")
    assert s == RougeScores(0.0, 0.0, 0.0)


def test_worked_example(scorer):
    # reference: the cat sat on the mat / prediction: the cat lay on the mat
    # unigrams: 5 of 6 match both ways -> F1 5/6; bigrams: the-cat, on-the, the-mat = 3 of 5 -> 3/5;
    # LCS: the cat . on the mat = 5 -> 5/6.
    s = scorer.score(["The cat lay on the mat."], "The cat sat on the mat.")
    assert s.rouge1 == pytest.approx(500 / 6)
    assert s.rouge2 == pytest.approx(60.0)
    assert s.rougeLsum == pytest.approx(500 / 6)


def test_lsum_uses_sentence_boundaries(scorer):
    # Reference "alpha bravo. charlie delta." is two sentences; the prediction holds both in
    # reverse order. Summary-level LCS matches each reference sentence fully (4 of 4), while a
    # single-sequence LCS would find only 2. Bigrams: ab, bc, cd vs cd, da, ab -> 2 of 3.
    s = scorer.score(["Charlie delta alpha bravo."], "Alpha bravo. Charlie delta.")
    assert s.rouge1 == pytest.approx(100.0)
    assert s.rouge2 == pytest.approx(200 / 3)
    assert s.rougeLsum == pytest.approx(100.0)
    joined = scorer.score(["Charlie delta alpha bravo."], ["Alpha bravo Charlie delta."])
    assert joined.rougeLsum == pytest.approx(50.0)


def test_stemming_is_on(scorer):
    assert scorer.score(["Ships sailed."], "Ship sails.").rouge1 == pytest.approx(100.0)


@pytest.mark.parametrize(
    "prediction,reference",
    [([], "A reference."), ([""], "A reference."), (["A prediction."], ""), ([], ""), (["..."], "A reference."), (["A prediction."], "   ")],
)
def test_empty_side_scores_zero(scorer, prediction, reference):
    assert scorer.score(prediction, reference) == RougeScores()


def test_cut_words_is_exact_and_keeps_sentences():
    sentences = ["One two three.", "Four five six seven.", "Eight nine."]
    assert cut_words(sentences, 5) == ["One two three.", "Four five"]
    assert cut_words(sentences, 3) == ["One two three."]
    assert cut_words(sentences, 9) == sentences
    assert cut_words(sentences, 100) == sentences  # fewer words than asked: all of them
    assert cut_words(sentences, 0) == []
    for n in range(1, 10):
        assert word_count(cut_words(sentences, n)) == n


def test_cut_words_counts_whitespace_words():
    assert cut_words(["a  b\tc\nd", "", "  ", "e f"], 5) == ["a b c d", "e"]


def test_split_sentences_collapses_inner_whitespace():
    assert split_sentences("First one here.  Second\tone there.") == ["First one here.", "Second one there."]
    assert split_sentences("") == []


def test_mean_scores():
    m = mean_scores([RougeScores(10, 20, 30), RougeScores(30, 40, 50)])
    assert m == RougeScores(20, 30, 40)
    assert mean_scores([]) == RougeScores()


from hypothesis import given, strategies as st  # noqa: E402


@given(st.lists(st.text(alphabet="ab \t\n.", max_size=30), max_size=8), st.integers(min_value=0, max_value=40))
def test_cut_words_property(sentences, n):
    cut = cut_words(sentences, n)
    all_words = " ".join(sentences).split()
    assert word_count(cut) == min(n, len(all_words))
    assert " ".join(cut).split() == all_words[: min(n, len(all_words))]
    assert all(s and "\n" not in s for s in cut)  # one line per sentence for ROUGE-Lsum
