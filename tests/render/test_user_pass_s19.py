"""A user's first hour (session 19): what the outputs tell a reader is whole and usable."""

from __future__ import annotations

import dataclasses

from newsweave.render import render
from newsweave.types import Entity


def test_text_sources_give_the_whole_id_that_show_and_the_api_take(example_report):
    out = render(example_report, "text")
    sources = out.split("\nSources\n", 1)[1]
    for a in example_report.articles:
        assert f"  {a.id} " in sources, a.id  # 16 hex digits, not an 8-digit prefix `show` refuses


def test_text_says_how_many_entities_it_leaves_out(example_report):
    people = tuple(Entity(f"Orla Vantreeve {i:02d}", "person", {example_report.articles[0].id: 1}) for i in range(30))
    report = dataclasses.replace(example_report, entities=people)
    out = render(report, "text")
    assert "Orla Vantreeve 24" in out and "Orla Vantreeve 25" not in out
    assert "… and 5 more (all of them in --format json, markdown or html)" in out
    assert "Orla Vantreeve 29" in render(report, "markdown")


def test_no_more_line_when_every_entity_is_shown(example_report):
    people = tuple(Entity(f"Orla Vantreeve {i:02d}", "person", {example_report.articles[0].id: 1}) for i in range(25))
    assert "more (all of them" not in render(dataclasses.replace(example_report, entities=people), "text")
