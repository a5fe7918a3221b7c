"""Entity tagging runs only the steps the recognizer reads (`entities.ner_steps`, session 27)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsweave.analyze import doc_cache
from newsweave.analyze.entities import KINDS, SpacyEntityTagger, ner_steps, shared_nlp
from newsweave.types import Article, Document

# Fictional text, written for these tests.
TEXTS = (
    "Mayor Odile Brannock of Quellmoor met the Harbour Guild in Velmar on Tuesday.\n\nThe Quellmoor Ferry Company said "
    "its boats would sail again once Inspector Tamsin Oduya of the Coastal Safety Board signed the report.",
    "Residents of Velmar told the Velmar Courier that the pier had been shut since March. Odile Brannock disagreed.",
)


@pytest.fixture(autouse=True)
def fresh_cache():
    doc_cache.clear()
    yield
    doc_cache.clear()


def _documents():
    return tuple(Document(Article(id=f"a{i}", outlet="fiction", text=t), ()) for i, t in enumerate(TEXTS))


def test_the_shipped_model_needs_only_its_recognizer():
    nlp = shared_nlp()
    assert "tagger" in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names
    assert ner_steps(nlp) == ("ner",)


def test_mentions_equal_those_of_the_whole_pipeline(monkeypatch):
    tagger = SpacyEntityTagger()
    ran = []
    for name in tagger.nlp.pipe_names:
        pipe = tagger.nlp.get_pipe(name)
        real = pipe.pipe
        try:
            monkeypatch.setattr(pipe, "pipe", lambda docs, _real=real, _name=name, **kw: ran.append(_name) or _real(docs, **kw))
        except (AttributeError, TypeError):  # the recognizer's method is read-only (Cython)
            pass
    mentions = tagger.tag(_documents())
    assert "tagger" not in ran and "attribute_ruler" not in ran and "tok2vec" not in ran
    monkeypatch.undo()
    whole = [(f"a{i}", e.start_char, e.end_char, e.label_) for i, d in enumerate(tagger.nlp.pipe(list(TEXTS))) for e in d.ents]
    assert [(m.article_id, m.start, m.end) for m in mentions] == [(a, s, e) for a, s, e, label in whole if label in KINDS]
    assert any(m.text == "Odile Brannock" for m in mentions)


class _Pipe:
    def __init__(self, listening=None, patterns=None):
        if listening is not None:
            self.listening_components = listening
        if patterns is not None:
            self.patterns = patterns


def _fake(pipes: dict):
    return SimpleNamespace(pipe_names=list(pipes), get_pipe=pipes.__getitem__)


def test_steps_the_recognizer_reads_are_kept():
    nlp = _fake(
        {
            "tok2vec": _Pipe(listening=["tagger", "ner"]),  # the recognizer listens to it
            "tagger": _Pipe(),
            "attribute_ruler": _Pipe(patterns=[{"patterns": [], "attrs": {"NORM": "x"}}]),  # sets a feature it reads
            "lemmatizer": _Pipe(),
            "entity_ruler": _Pipe(),  # not known to be ignored: kept
            "ner": _Pipe(),
            "senter": _Pipe(),
        }
    )
    assert ner_steps(nlp) == ("tok2vec", "attribute_ruler", "entity_ruler", "ner")


def test_steps_the_recognizer_does_not_read_are_dropped():
    nlp = _fake({"tok2vec": _Pipe(listening=["tagger"]), "tagger": _Pipe(), "attribute_ruler": _Pipe(patterns=[{"patterns": [], "attrs": {"POS": "X"}}]), "ner": _Pipe()})
    assert ner_steps(nlp) == ("ner",)
    assert ner_steps(_fake({"tok2vec": _Pipe(), "tagger": _Pipe()})) is None  # no recognizer: the whole pipeline


def test_the_batch_size_reaches_each_step():
    seen = []

    class Step:
        def pipe(self, docs, **kw):
            seen.append(kw)
            return docs

    nlp = shared_nlp()
    fake = SimpleNamespace(component_names=["ner"], make_doc=nlp.make_doc, get_pipe=lambda name: Step())
    doc_cache.run_steps(fake, ["Velmar."], ("ner",), batch_size=8)
    doc_cache.run_steps(fake, ["Quellmoor."], ("ner",))
    assert seen == [{"batch_size": 8}, {}]
