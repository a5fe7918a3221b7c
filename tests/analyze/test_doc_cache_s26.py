"""The shared Doc cache (`doc_cache`): one spaCy pass per distinct text, a copy for every caller."""

from __future__ import annotations

import pytest

from newsweave.analyze import doc_cache
from newsweave.analyze.entities import SpacyEntityTagger, shared_nlp
from newsweave.analyze.parsing import PARSE_STEPS, parse_texts
from newsweave.analyze.quotes import QuoteExtractor

# Fictional text, written for these tests.
FIRST = "Mayor Odile Brannock said the Quellmoor ferry would sail again on Tuesday."
SECOND = "The harbour board denied that the pier had been closed. Inspectors disagreed."


@pytest.fixture(autouse=True)
def fresh_cache():
    doc_cache.clear()
    yield
    doc_cache.clear()


def _uncached(nlp, texts, steps=PARSE_STEPS):
    docs = [nlp.make_doc(t) for t in texts]
    for name in steps:
        if name in nlp.component_names:
            docs = list(nlp.get_pipe(name).pipe(docs))
    return docs


def _marks(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.is_sent_start, t.ent_type_) for t in doc]


def test_second_call_does_not_run_the_pipeline(monkeypatch):
    nlp = shared_nlp()
    first = parse_texts(nlp, [FIRST, SECOND])
    calls = []
    monkeypatch.setattr(nlp, "make_doc", lambda text: calls.append(text))  # any pass would start here
    again = parse_texts(nlp, [SECOND, FIRST, SECOND])
    assert calls == []
    assert [_marks(d) for d in again] == [_marks(first[1]), _marks(first[0]), _marks(first[1])]
    assert doc_cache.stats()["hits"] >= 3


def test_a_duplicate_within_one_call_is_parsed_once(monkeypatch):
    nlp = shared_nlp()
    seen = []
    real = nlp.make_doc
    monkeypatch.setattr(nlp, "make_doc", lambda text: seen.append(text) or real(text))
    docs = parse_texts(nlp, [FIRST, FIRST, SECOND])
    assert sorted(seen) == sorted([FIRST, SECOND])
    assert docs[0] is not docs[1] and _marks(docs[0]) == _marks(docs[1])


def test_cached_docs_equal_an_uncached_parse():
    nlp = shared_nlp()
    parse_texts(nlp, [SECOND])  # parsed alone first, then asked for among others
    cached = parse_texts(nlp, [FIRST, SECOND])
    assert [_marks(d) for d in cached] == [_marks(d) for d in _uncached(nlp, [FIRST, SECOND])]
    assert [d.tensor.tolist() for d in cached] == [d.tensor.tolist() for d in _uncached(nlp, [FIRST, SECOND])]


def test_a_callers_mutation_does_not_leak():
    nlp = shared_nlp()
    mine = parse_texts(nlp, [FIRST])[0]
    before = _marks(mine)
    mine.user_data["seen"] = True
    with mine.retokenize() as retokenizer:
        retokenizer.merge(mine[1:3])  # "Odile Brannock" as one token
    mine.set_ents([mine.char_span(0, 5, label="PERSON")])
    theirs = parse_texts(nlp, [FIRST])[0]
    assert "seen" not in theirs.user_data
    assert _marks(theirs) == before and len(theirs) == len(before)
    assert len(mine) == len(before) - 1


def test_quote_windows_keep_their_sentence_starts():
    """The quotes' parse shares the tok2vec and tagger pass with the cue-sentence parse of the same
    text, yet its preset sentence starts hold (one sentence here, where the parser finds two)."""
    nlp = shared_nlp()
    parse_texts(nlp, [SECOND])
    quotes = QuoteExtractor(nlp)
    window = quotes.parse([SECOND], [[]])[0]
    assert len(list(window.sents)) == 1
    plain = quotes.parse([SECOND])[0]
    assert len(list(plain.sents)) == 2
    steps = ("tok2vec", "tagger", "parser")
    assert _marks(plain) == _marks(_uncached(nlp, [SECOND], steps)[0])


def test_entity_tags_are_cached_per_text():
    tagger = SpacyEntityTagger()
    texts = [FIRST, SECOND]
    first = doc_cache.run_steps(tagger.nlp, texts)
    misses = doc_cache.stats()["misses"]
    second = doc_cache.run_steps(tagger.nlp, texts)
    assert doc_cache.stats()["misses"] == misses
    assert [[(e.text, e.label_) for e in d.ents] for d in first] == [[(e.text, e.label_) for e in d.ents] for d in second]
    assert [[(e.text, e.label_) for e in d.ents] for d in first] == [[(e.text, e.label_) for e in d.ents] for d in tagger.nlp.pipe(texts)]


def test_the_cache_is_bounded(monkeypatch):
    nlp = shared_nlp()
    monkeypatch.setattr(doc_cache, "MAX_DOCS", 3)
    parse_texts(nlp, [f"Ferry number {i} sailed." for i in range(5)])
    assert doc_cache.stats()["docs"] <= 3
    monkeypatch.setattr(doc_cache, "MAX_DOCS", 100)
    monkeypatch.setattr(doc_cache, "MAX_CHARS", 60)
    parse_texts(nlp, [FIRST, SECOND])
    assert doc_cache.stats()["chars"] <= 60
