"""The coverage grid shows at most 12 facts; when a story has more, every format says how many of
how many it shows (session 22, brief E3: Markdown and HTML numbered 12 facts of the JSON's 20 for the
bundled example and said nothing). The bundled (fictional) example."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import newsweave
from newsweave.render import coverage
from newsweave.render.html import render_html
from newsweave.render.markdown import render_markdown
from newsweave.render.text import render_text

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.fixture(scope="module")
def report():
    return newsweave.analyze([str(EXAMPLE)])


def test_every_format_says_how_many_facts_the_grid_shows(report):
    total = len(report.facts)
    assert total > coverage.MAX_FACTS
    want = f"{coverage.MAX_FACTS} facts carried by the most outlets, of {total}"
    assert want in render_text(report, color=False)
    assert want in render_markdown(report)
    assert want in render_html(report)


def test_nothing_said_when_every_fact_has_a_column(report):
    few = dataclasses.replace(report, facts=tuple(report.facts[:3]))
    for out in (render_text(few, color=False), render_markdown(few), render_html(few)):
        assert "carried by the most" not in out
