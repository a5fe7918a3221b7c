"""The pair model in word_model.json: features of adjacent word pairs, and how a pair is weighed."""

import numpy as np
import pytest

from newsweave.summarize.importance import PAIR_FEATURES, WORD_FEATURES, WordImportance, pair_features, sentence_terms

SENTENCES = [
    "The river council closed the old bridge on Monday.",  # doc 0, sentence 0
    "Engineers found cracks in the old bridge.",  # doc 0, sentence 1
    "Drivers must now cross at the ferry.",  # doc 0, sentence 2
    "The old bridge will stay shut for a month.",  # doc 1, sentence 0
]


def _features(weight):
    terms = [sentence_terms(s) for s in SENTENCES]
    return pair_features(terms, [0, 0, 0, 1], [0, 1, 2, 0], [3, 1], np.array([1.0, 0.0, -1.0, 0.5]), weight)


def test_pair_features_count_where_the_pair_is_used():
    old, bridge = sentence_terms("old bridge")
    pairs, x = _features({old: 0.5, bridge: 0.8})
    row = x[pairs.index((old, bridge))]
    f = dict(zip(PAIR_FEATURES, row))
    assert f["p_first"] == 0.5 and f["p_second"] == 0.8 and f["p_product"] == pytest.approx(0.4) and f["p_min"] == 0.5
    assert f["doc_share"] == 1.0 and f["log_count"] == pytest.approx(np.log1p(3))
    assert f["first_index"] == 0.0 and f["in_first"] == 1.0 and f["stop_first"] == 0.0
    ferry = pairs.index(tuple(sentence_terms("the ferry")))
    g = dict(zip(PAIR_FEATURES, x[ferry]))
    assert g["doc_share"] == 0.5 and g["first_index"] == pytest.approx(np.log1p(2)) and g["stop_first"] == 1.0
    assert g["p_first"] == 0.0  # a word the weights do not know
    assert len(set(pairs)) == len(pairs)


def _model(pair_trees=True, features=PAIR_FEATURES):
    # Word trees: one leaf (every word weighs the same). Pair trees: one split, on stop_first:
    # a pair opening on a stop word gets raw -2, any other +1.
    data = {
        "features": list(WORD_FEATURES),
        "base": 0.0,
        "trees": [{"feature": [0], "threshold": [0.0], "left": [-1], "right": [-1], "value": [0.0]}],
        "prior_default_logit": 0.0,
        "prior": {},
    }
    if pair_trees:
        data["pair_features"] = list(features)
        data["pair_base"] = 0.0
        s = list(PAIR_FEATURES).index("stop_first")
        data["pair_trees"] = [{"feature": [s, 0, 0], "threshold": [0.5, 0.0, 0.0], "left": [1, -1, -1], "right": [2, -1, -1], "value": [0.0, 1.0, -2.0]}]
    return WordImportance.from_json(data)


def test_pair_weights_come_from_the_pair_trees():
    m = _model()
    terms = [sentence_terms(s) for s in SENTENCES]
    where = ([0, 0, 0, 1], [0, 1, 2, 0], [3, 1], np.zeros(4))
    weight = m.weights(terms, *where)
    assert set(weight.values()) == {0.5}
    pw = m.pair_weights(terms, *where, weight)
    assert pw[tuple(sentence_terms("old bridge"))] == pytest.approx(1 / (1 + np.exp(-1.0)))
    assert pw[tuple(sentence_terms("the ferry"))] == pytest.approx(1 / (1 + np.exp(2.0)))


def test_without_pair_trees_pairs_are_products_and_mismatch_is_refused():
    terms = [sentence_terms(s) for s in SENTENCES]
    assert _model(pair_trees=False).pair_weights(terms, [0, 0, 0, 1], [0, 1, 2, 0], [3, 1], np.zeros(4), {}) is None
    with pytest.raises(ValueError):
        _model(features=PAIR_FEATURES[:-1])
