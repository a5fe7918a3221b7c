"""Session 18 (an editor's read of real stories): the JSON report carries the headline the other
outputs show, and the count lines read as English when a count is one. Fictional text."""

from __future__ import annotations

import json

import pytest

import newsweave
from newsweave.render import render
from newsweave.render.common import counted, story_title
from newsweave.types import Article, content_id

LIGHTHOUSE = (
    "The Marrowby lighthouse reopened on Friday after a two-year repair, the harbour trust said. "
    "Keeper Alda Venn lit the lamp at dusk before a crowd of about 300 people."
)
SECOND = (
    "Crowds gathered on the Marrowby quay on Friday as the repaired lighthouse was lit again. "
    "The harbour trust said the repair cost 2 million crowns."
)


@pytest.fixture(scope="module")
def two_outlet_report():
    arts = [
        Article(id=content_id(LIGHTHOUSE), outlet="Marrowby Gazette", title="Marrowby lighthouse shines again after repair", text=LIGHTHOUSE),
        Article(id=content_id(SECOND), outlet="Quayside Radio", title="Crowds watch the lighthouse lit again", text=SECOND),
    ]
    return newsweave.analyze(arts, words=60)


@pytest.fixture(scope="module")
def one_article_report():
    return newsweave.analyze([Article(id=content_id(LIGHTHOUSE), outlet="Marrowby Gazette", title="Marrowby lighthouse shines again after repair", text=LIGHTHOUSE)], words=40)


def test_json_has_the_headline_the_other_formats_show(two_outlet_report):
    data = json.loads(render(two_outlet_report, "json"))
    assert data["headline"] == story_title(two_outlet_report)
    assert data["headline"] in render(two_outlet_report, "markdown").splitlines()[0]
    assert data["headline"] in render(two_outlet_report, "text")


def test_counted_says_one_in_the_singular():
    assert counted(1, "article") == "1 article"
    assert counted(0, "mention") == "0 mentions"
    assert counted(3, "outlet") == "3 outlets"


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_one_article_story_reads_in_the_singular(one_article_report, fmt):
    out = render(one_article_report, fmt)
    assert "1 article from 1 outlet" in out
    assert "1 articles from" not in out and "1 mentions in" not in out
    assert "1 mention in 1 article" in out  # the keeper: one mention in the one article


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_a_check_that_found_nothing_says_so(two_outlet_report, fmt):
    assert not two_outlet_report.conflicts and two_outlet_report.conflicts is not None and not two_outlet_report.derivations
    out = render(two_outlet_report, fmt).lower()
    assert "conflicts" in out and "none found between the articles" in out
    assert "copies and rewrites" in out and "no article reuses another" in out


def test_summary_alone_shows_no_analysis_sections():
    report = newsweave.summarize([Article(id=content_id(LIGHTHOUSE), outlet="Marrowby Gazette", text=LIGHTHOUSE),
                                  Article(id=content_id(SECOND), outlet="Quayside Radio", text=SECOND)], words=40)
    out = render(report, "markdown")
    assert "## Conflicts" not in out and "Copies and rewrites" not in out  # the analysis did not run
