"""The learned span check's machinery (analyze/entity_check.py): its features on fictional text, a
model read from JSON, what it leaves out of the list and what the index still looks up. No model is
shipped (benchmarks/train_entity_check.py --loso: no gain), so the weights here are written by hand."""

import pytest

from newsweave.analyze.entities import EntityIndex
from newsweave.analyze.entity_check import ENTITY_FEATURES, SpanCheck, entity_features
from newsweave.text.segment import segment
from newsweave.types import Article, Entity

from .test_entities_rules import _index

TEXT = ("Ama Reed met the Senate Bill 12 sponsors in Marrowby. Vantrell said the Senate Bill 12 vote was close. "
        "Ama Reed said Marrowby would wait.")


def _row(index, name):
    doc = segment(Article(id="a1", outlet="Portmere Post", text=TEXT))
    rows = entity_features(index.entities, index.mentions, (doc,))
    assert all(len(r) == len(ENTITY_FEATURES) for r in rows)
    return dict(zip(ENTITY_FEATURES, rows[[e.name for e in index.entities].index(name)]))


def test_features_see_a_lone_surname_and_a_name_cut_before_capitals():
    from newsweave.analyze.entities import Mention, build_entities

    doc = segment(Article(id="a1", outlet="Portmere Post", text=TEXT))
    spans = [("Ama Reed", "person", 0), ("Marrowby", "place", 0), ("Vantrell", "person", 0), ("Ama Reed", "person", 1)]
    mentions = []
    for surface, kind, nth in spans:
        at = -1
        for _ in range(nth + 1):
            at = TEXT.index(surface, at + 1)
        mentions.append(Mention("a1", at, at + len(surface), surface, kind))
    at = TEXT.index("the Senate") + 4  # "Senate" alone, as if the tagger cut it before "Bill 12" (no join rule sees it here)
    mentions.append(Mention("a1", at, at + 6, "Senate", "organization"))
    index = build_entities((doc,), mentions, check=False)
    cut = dict(zip(ENTITY_FEATURES, entity_features(index.entities, index.mentions, (doc,))[[e.name for e in index.entities].index("Senate Bill 12")]))
    assert cut["digit"] == 1.0 and cut["words"] == 3
    vantrell = _row(index, "Vantrell")
    assert vantrell["lone_surname"] == 1.0 and vantrell["one_word"] == 1.0
    reed = _row(index, "Ama Reed")
    assert reed["lone_surname"] == 0.0 and reed["articles"] == 1 and reed["cap_right_share"] == 0.0


def _check(bar=0.5):
    weights = [0.0] * len(ENTITY_FEATURES)
    weights[ENTITY_FEATURES.index("lone_surname")] = 4.0
    return SpanCheck.from_json({"features": list(ENTITY_FEATURES), "mean": [0.0] * len(ENTITY_FEATURES),
                                "scale": [1.0] * len(ENTITY_FEATURES), "weights": weights, "bias": -2.0, "bar": bar})


def test_a_check_leaves_out_what_it_calls_noise_and_the_index_still_finds_it():
    index = _index(TEXT, [("Ama Reed", "person", 0), ("Marrowby", "place", 0), ("Vantrell", "person", 0), ("Ama Reed", "person", 1)])
    doc = segment(Article(id="a1", outlet="Portmere Post", text=TEXT))
    listed = _check().listed(index.entities, index.mentions, (doc,))
    assert [e.name for e in listed] == [e.name for e in index.entities if e.name != "Vantrell"]
    kept = EntityIndex(listed, index.mentions, index.kinds, index.entities)
    assert kept.canonical("Vantrell") == "Vantrell"
    assert [e.name for e in _check(bar=0.99).listed(index.entities, index.mentions, (doc,))] == [e.name for e in index.entities]


def test_a_model_made_for_other_features_is_refused():
    with pytest.raises(ValueError):
        SpanCheck.from_json({"features": ["words"], "mean": [0.0], "scale": [1.0], "weights": [1.0], "bias": 0.0, "bar": 0.5})


def test_without_a_shipped_model_every_entity_is_listed():
    index = _index(TEXT, [("Ama Reed", "person", 0), ("Vantrell", "person", 0)])
    assert {e.name for e in index.entities} == {"Ama Reed", "Vantrell"} and index.everyone == index.entities
    assert isinstance(index.entities[0], Entity)
