"""Session 18 (brief H, issue 12): a summary sentence's "n/N outlets" is the count the facts give the
same sentence, in every renderer (render/one_count.py). Fictional text."""

from __future__ import annotations

import re

import pytest

import newsweave
from newsweave.render import render
from newsweave.render.one_count import holding_fact, summary_articles
from newsweave.types import Article, content_id

# One reopening told by two outlets in other words: the summary's TF-IDF citation finds no match in
# the other article, the fact grouping (static embeddings) puts the two leads together.
GAZETTE = (
    "The Marrowby lighthouse reopened on Friday after a two-year repair, the harbour trust said. "
    "Keeper Alda Venn lit the lamp at dusk before a crowd of about 300 people."
)
RADIO = (
    "Crowds gathered on the Marrowby quay on Friday as the repaired lighthouse was lit again. "
    "The harbour trust said the repair cost 2 million crowns."
)


@pytest.fixture(scope="module")
def report():
    arts = [
        Article(id=content_id(GAZETTE), outlet="Marrowby Gazette", title="Marrowby lighthouse shines again", text=GAZETTE),
        Article(id=content_id(RADIO), outlet="Quayside Radio", title="Crowds watch the lighthouse lit again", text=RADIO),
    ]
    return newsweave.analyze(arts, words=60)


def _lead(report):
    return next(s for s in report.summary.sentences if "reopened" in s.text)


def test_the_fact_holds_both_outlets_and_the_summary_cites_one(report):
    s = _lead(report)
    fact = holding_fact(report, s)
    assert fact is not None and len(fact.independent_outlets) == 2
    assert len({c.article_id for c in s.citations}) == 1  # the case: the citation finds no match
    assert set(summary_articles(report, s)) == set(fact.article_ids)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_renderer_gives_the_facts_count(report, fmt):
    out = render(report, fmt)
    line = next(l for l in out.splitlines() if "reopened" in l)
    assert re.search(r"2/2 outlets", line), line
    assert "1/2 outlets" not in line
