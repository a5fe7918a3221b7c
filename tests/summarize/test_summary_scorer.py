"""Whole candidate summaries (coverage.candidate_summaries) and the scorer that picks one."""

from __future__ import annotations

import numpy as np

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.summary_scorer import SUMMARY_FEATURES, SummaryScorer, candidate_features
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

_TEXTS = [
    "Floods closed the main road into Tarnby on Sunday after the river Wend burst its banks. "
    "The council opened two shelters at the town hall for families from the lower streets. "
    "Engineers from the county will inspect the old weir on Monday morning.",
    "The river Wend burst its banks in Tarnby on Sunday, closing the main road and flooding forty homes. "
    "Mayor Ada Brennick said the town had not seen water this high since 1968. "
    "Volunteers filled sandbags outside the library until late in the evening.",
    "Forty homes in Tarnby were flooded on Sunday when the Wend rose two metres in six hours. "
    "A railway bridge north of the town was closed as a precaution by the operator. "
    "Forecasters expect more rain across the valley on Tuesday night.",
]


def _cluster():
    arts = [Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t) for i, t in enumerate(_TEXTS)]
    return tuple(segment(a) for a in arts)


def test_candidates_open_differently_and_each_fits_the_rules():
    s = ExtractiveSummarizer()
    cf, scores = s.rank(_cluster())
    candidates, terms, weight = s.candidate_summaries(cf, scores, 40, 4)
    assert candidates[0] == s.select(cf, scores, 40)  # the first is the plain greedy summary
    assert len(candidates) >= 3
    openings = [c[0] for c in candidates]
    assert len(set(openings)) == len(openings)  # each run opens on another sentence
    allowed = set(s._candidates(cf))
    for c in candidates:
        assert c and set(c) <= allowed
        assert len(set(c)) == len(c)
        assert sum(int(cf.word_counts[i]) for i in c) <= 40


def test_candidate_features_measure_the_summary():
    s = ExtractiveSummarizer()
    cf, scores = s.rank(_cluster())
    candidates, terms, weight = s.candidate_summaries(cf, scores, 40, 2)
    row = candidate_features(cf, scores, terms, weight, candidates[0], 40, 0)
    assert len(row) == len(SUMMARY_FEATURES)
    f = dict(zip(SUMMARY_FEATURES, row))
    assert 0.0 < f["coverage"] <= 1.0 and 0.0 < f["distinct"] <= 1.0
    assert f["opening_rank"] == 0.0
    n_words = sum(len(terms[i]) for i in candidates[0])
    assert abs(f["fill"] - min(n_words, 40) / 40) < 1e-9
    # the same sentence twice says nothing new: fewer distinct words per word
    twice = candidate_features(cf, scores, terms, weight, [candidates[0][0]] * 2, 400, 0)
    once = candidate_features(cf, scores, terms, weight, [candidates[0][0]], 400, 0)
    assert twice[SUMMARY_FEATURES.index("distinct")] < once[SUMMARY_FEATURES.index("distinct")]


def test_scorer_picks_the_candidate_its_weights_prefer():
    s = ExtractiveSummarizer(openings=3)
    cf, scores = s.rank(_cluster())
    candidates, terms, weight = s.candidate_summaries(cf, scores, 40)
    x = np.array([candidate_features(cf, scores, terms, weight, c, 40, k) for k, c in enumerate(candidates)])
    n = len(SUMMARY_FEATURES)
    # a scorer that only likes a later opening (opening_rank) picks the last candidate
    later = SummaryScorer(tuple(1.0 if f == "opening_rank" else 0.0 for f in SUMMARY_FEATURES), (0.0,) * n, (1.0,) * n)
    s.summary_scorer = later
    assert s.select(cf, scores, 40) == candidates[int(np.argmax(x[:, SUMMARY_FEATURES.index("opening_rank")]))] == candidates[-1]
    s.summary_scorer = SummaryScorer(tuple(-v for v in later.weights), later.mean, later.scale)
    assert s.select(cf, scores, 40) == candidates[0]


def test_scorer_json_must_match_the_features():
    import pytest

    n = len(SUMMARY_FEATURES)
    ok = {"features": list(SUMMARY_FEATURES), "weights": [0.5] * n, "mean": [0.0] * n, "scale": [2.0] * n}
    scorer = SummaryScorer.from_json(ok)
    assert scorer.score(np.ones((1, n)))[0] == 0.25 * n
    with pytest.raises(ValueError):
        SummaryScorer.from_json({**ok, "features": ["coverage"]})
