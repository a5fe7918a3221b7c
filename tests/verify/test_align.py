"""Candidate source sentences for a generated sentence come from the sources, and resolve to real
text; verify/ builds its own TF-IDF (it does not import summarize/)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsweave.verify as verify_pkg
from newsweave.api import collect
from newsweave.text.segment import RuleSegmenter
from newsweave.verify.align import SourceIndex


@pytest.fixture(scope="module")
def docs(example_dir):
    segmenter = RuleSegmenter()
    return tuple(d for d in (segmenter.split(a) for a in collect([example_dir])[0]) if d.sentences)


@pytest.fixture(scope="module")
def index(docs):
    return SourceIndex(docs)


def test_a_fused_sentence_aligns_to_both_facts(index, docs):
    text = "Ferry services were suspended after the collapse, and Tomas Lindqvist heard a loud crack."
    alignment = index.align(text)
    cited = " ".join(s.text for s in alignment.sentences)
    assert "Ferry" in cited or "ferry" in cited
    assert "Lindqvist" in cited
    by_id = {d.article.id: d.article for d in docs}
    for s in alignment.sentences:
        assert by_id[s.article_id].text[s.start : s.end] == s.text
    assert list(alignment.similarities)[0] == max(alignment.similarities)


def test_candidates_are_ranked_by_similarity(index):
    found = index.candidates("Tomas Lindqvist heard a loud crack.", k=3)
    assert 1 <= len(found) <= 3
    assert "Lindqvist" in found[0].text
    sims = index.similarities("Tomas Lindqvist heard a loud crack.")
    assert float(sims.max()) == pytest.approx(float(sims[index.sentences.index(found[0])]))


def test_nothing_in_common_aligns_to_nothing(index):
    assert index.align("Quantum chromodynamics predicts gluon confinement.").sentences == ()
    assert index.align("").sentences == ()
    assert index.candidates("Quantum chromodynamics predicts gluon confinement.") == []


def test_verify_does_not_import_summarize():
    for path in Path(verify_pkg.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert "summarize" not in (node.module or ""), (path.name, node.module)
