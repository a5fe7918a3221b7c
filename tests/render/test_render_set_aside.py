"""Set-aside inputs are shown with their reason in every format, and the JSON validates."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import jsonschema

from newsweave.render import render
from newsweave.types import SetAside


def test_set_aside_inputs_are_listed_with_their_reasons(example_report):
    aside = (
        SetAside("deadbeef01", "not an article: web-archive notice (100% of its words)", "boilerplate", 'Archive <b>page</b>'),
        SetAside("deadbeef02", "off-topic: shares almost nothing with the other articles (best similarity 0.01, theirs 0.30)", "off-topic", "Village News"),
    )
    report = dataclasses.replace(example_report, set_aside=aside)
    data = json.loads(render(report, "json"))
    schema = json.loads(resources.files("newsweave").joinpath("schema/story.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [(s["article_id"], s["kind"]) for s in data["set_aside"]] == [("deadbeef01", "boilerplate"), ("deadbeef02", "off-topic")]
    assert "deadbeef01" not in {a["id"] for a in data["articles"]}
    for fmt in ("markdown", "text", "html"):
        out = render(report, fmt)
        assert "Set aside (not counted as sources)" in out, fmt
        assert "web-archive notice (100% of its words)" in out and "Village News" in out, fmt
    assert "<b>page</b>" not in render(report, "html")  # escaped


def test_no_set_aside_key_when_nothing_was_set_aside(example_report):
    assert "set_aside" not in json.loads(render(example_report, "json"))
