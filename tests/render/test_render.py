"""Renderers: JSON validates against the published schema; hostile text never becomes markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from importlib import resources

import jsonschema
import pytest

import newsweave
from newsweave.render import render
from newsweave.render.json import report_dict
from newsweave.types import Article, content_id


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("newsweave").joinpath("schema/story.schema.json").read_text(encoding="utf-8"))


def test_summary_json_validates_and_citations_carry_their_text(example_report, schema):
    data = json.loads(render(example_report, "json"))
    jsonschema.validate(data, schema)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for s in data["summary"]["sentences"]:
        for c in s["citations"]:
            assert texts[c["article_id"]][c["start"] : c["end"]] == c["text"]
        assert s["outlets"], s


def test_json_top_level_keys_are_stable(example_report):
    data = report_dict(example_report)
    assert {"articles", "summary"} <= set(data)
    assert {"id", "outlet", "title", "published", "url", "text"} <= set(data["articles"][0])
    assert {"method", "sentences"} <= set(data["summary"])


HOSTILE = (
    'Officials said <script>alert("x")</script> the bridge was safe. '
    '<img src=x onerror="alert(1)"> Click <a href="javascript:alert(2)">here</a> for more. '
    "The bridge was safe, officials said again on Tuesday."
)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def hostile_report():
    arts = [
        Article(id=content_id(HOSTILE), outlet='<b onmouseover="x()">Evil</b>', text=HOSTILE, title="<script>t()</script>", url="javascript:alert(3)"),
        Article(id=content_id("x" + HOSTILE), outlet="Plain", text="The bridge was safe, officials said on Tuesday. Nothing else happened."),
    ]
    return newsweave.summarize(arts, words=60)


def test_html_escapes_hostile_text(hostile_report):
    html = render(hostile_report, "html")
    parser = _Collector()
    parser.feed(html)
    assert not [t for t, _ in parser.tags if t in ("script", "img", "b", "iframe")]
    for tag, attrs in parser.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").lower().startswith("javascript:"), (tag, name, value)
    assert "&lt;script&gt;" in html


def test_markdown_escapes_hostile_text(hostile_report):
    md = render(hostile_report, "markdown")
    assert "<script>" not in md and "javascript:" not in md.replace("javascript\\:", "")
    assert "](javascript" not in md


def test_text_render_lists_outlets_and_summary(example_report):
    out = render(example_report, "text")
    assert "Summary" in out and "Sources" in out
    assert example_report.summary.sentences[0].text in out
