"""The learned publishability check (summarize/publishable.py, issue 13): its signals of a sentence
in its summary, the model file's round trip, the veto, and that it is off by default.
Fictional text, written for these tests."""

from __future__ import annotations

import numpy as np

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.publishable import NAMES, PublishableModel, features, load_publishable, refuse
from newsweave.text.segment import segment
from newsweave.types import Article

FERRY = (
    "The Marrowby harbour board voted on Tuesday to close the old north pier after inspectors found cracks in its pillars. "
    "It will stay shut until the spring. "
    "The harbour board closed the old north pier on Tuesday because inspectors found cracks in the pillars. "
    "Fishermen who moor at the pier will be offered berths at the south quay, the board's chair, Ada Penrose, said."
)
OTHER = (
    "Repairs to Marrowby's north pier are expected to cost 2.4 million pounds, according to the harbour board. "
    "\"We cannot risk anyone's safety,\" Penrose said on Wednesday."
)


def _cf():
    summarizer = ExtractiveSummarizer(claim_embedder=False)
    docs = [segment(Article(id="a", outlet="Gazette", text=FERRY)), segment(Article(id="b", outlet="Courier", text=OTHER))]
    cf, _ = summarizer.rank(docs)
    return cf


def _value(x: np.ndarray, name: str) -> float:
    return float(x[NAMES.index(name)])


def test_signals_of_a_sentence_in_its_summary():
    cf = _cf()
    texts = [s.text for s in cf.sentences]
    lead, pronoun, repeat = texts.index(FERRY.split(". ")[0] + "."), 1, 2
    assert texts[pronoun].startswith("It will stay shut")
    x = features(cf, pronoun, [], None)
    assert _value(x, "opens_pronoun") == 1.0 and _value(x, "stands") == 0.0 and _value(x, "first_in_summary") == 1.0
    # after its own article's sentence before it, the pronoun has that sentence to lean on
    assert _value(features(cf, pronoun, [lead], None), "previous_in_article") == 1.0
    # the same closure told again: most of its content words are already said
    said = _value(features(cf, repeat, [lead], None), "covered_share")
    new = _value(features(cf, texts.index(OTHER.split(". ")[0] + "."), [lead], None), "covered_share")
    assert said > 0.6 and new < said
    quote = texts.index("\"We cannot risk anyone's safety,\" Penrose said on Wednesday.")
    xq = features(cf, quote, [lead], None)
    assert _value(xq, "opens_quote") == 1.0 and _value(xq, "quote_odd") == 0.0 and _value(xq, "has_date") == 1.0
    assert len(x) == len(NAMES)


def test_model_round_trip_and_veto():
    cf = _cf()
    texts = [s.text for s in cf.sentences]
    lead, repeat = 0, 2
    other = texts.index(OTHER.split(". ")[0] + ".")
    # a model that only reads how much of a sentence the summary already said
    w = np.zeros(len(NAMES))
    w[NAMES.index("covered_share")] = -8.0
    model = PublishableModel(NAMES, np.zeros(len(NAMES)), np.ones(len(NAMES)), w, 4.0, 0.5)
    again = PublishableModel.from_json(model.to_json())
    assert again.names == NAMES and again.refuse_below == 0.5
    assert refuse(again, cf, [repeat], [lead], False)
    assert not refuse(again, cf, [other], [lead], False)
    assert not refuse(None, cf, [repeat], [lead], False)


def test_shipped_model_loads_and_is_off_by_default():
    model = load_publishable()
    assert model is not None and model.names == NAMES and 0.0 < model.refuse_below < 1.0
    p = model.probability(features(_cf(), 0, [], None))
    assert 0.0 < float(p[0]) < 1.0
    assert ExtractiveSummarizer(claim_embedder=False).publishable is False
    on = ExtractiveSummarizer(claim_embedder=False, publishable="auto")
    assert isinstance(on.publishable, PublishableModel)
    docs = [segment(Article(id="a", outlet="Gazette", text=FERRY)), segment(Article(id="b", outlet="Courier", text=OTHER))]
    summary = on.summarize(docs, words=60)
    assert summary.sentences and all(s.citations for s in summary.sentences)
