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


def test_html_numbers_a_second_sentence_of_one_article_instead_of_repeating_its_outlet(example_report):
    from newsweave.types import Citation, Fact

    a, b = example_report.articles[0], example_report.articles[1]
    one, two = Citation(a.id, 0, 20), Citation(a.id, 30, 50)
    fact = Fact("The Pellbrook ferry resumed on Monday.", "partial", (one, two, Citation(b.id, 0, 20)), (a.id, b.id))
    out = render(dataclasses.replace(example_report, facts=(fact,)), "html")
    item = out.split('<ol class="facts">', 1)[1].split("</ol>", 1)[0]
    assert item.count(f">{a.outlet}</a>") == 1 and item.count(f">{a.outlet} (2)</a>") == 1
    assert item.count(f">{b.outlet}</a>") == 1


def test_json_summary_count_is_the_count_the_other_formats_show(example_dir):
    import json
    import re

    import newsweave

    report = newsweave.analyze([example_dir])
    shown = [int(n) for n in re.findall(r"; (\d+)/\d+ outlets\]", render(report, "text").split("\nCoverage", 1)[0])]
    data = json.loads(render(report, "json"))
    assert [len(s["independent_outlets"]) for s in data["summary"]["sentences"]] == shown
    assert any(len(s["independent_outlets"]) > len(s["outlets"]) - ("Northern Ledger" in s["outlets"]) for s in data["summary"]["sentences"])


def test_every_format_gives_the_summary_length_the_text_report_gives(example_report):
    n = sum(len(s.text.split()) for s in example_report.summary.sentences)
    assert f"Summary (extractive, {n} words)" in render(example_report, "text")
    assert f"## Summary (extractive, {n} words)" in render(example_report, "markdown")
    assert f'Summary <span class="meta">(extractive, {n} words)</span>' in render(example_report, "html")
