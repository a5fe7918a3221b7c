"""Citations for generated sentences are computed from the sources, and resolve to real text."""

from __future__ import annotations

import pytest

from newsweave.api import _documents
from newsweave.verify.align import SourceIndex


@pytest.fixture(scope="module")
def docs(example_dir):
    return _documents([example_dir])[0]


@pytest.fixture(scope="module")
def index(docs):
    return SourceIndex(docs)


def test_a_fused_sentence_cites_both_facts(index, docs):
    text = "Ferry services were suspended after the collapse, and Tomas Lindqvist heard a loud crack."
    alignment = index.align(text)
    cited = " ".join(s.text for s in alignment.sentences)
    assert "Ferry" in cited or "ferry" in cited
    assert "Lindqvist" in cited
    by_id = {d.article.id: d.article for d in docs}
    for s in alignment.sentences:
        assert by_id[s.article_id].text[s.start : s.end] == s.text
    assert list(alignment.similarities)[0] == max(alignment.similarities)


def test_nothing_in_common_aligns_to_nothing(index):
    assert index.align("Quantum chromodynamics predicts gluon confinement.").sentences == ()
    assert index.align("").sentences == ()
