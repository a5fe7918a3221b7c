"""Files that name no outlet are shown by their file name, the JSON `outlet` is null (not a
headline fragment), and the counts say "articles" (session 19, brief E2b, defect 10)."""

from __future__ import annotations

import json

import pytest

from newsweave import api
from newsweave.render import render
from newsweave.render.unnamed_outlets import is_unnamed

_TEXTS = [
    "Ferry services across Lake Tovessa were halted on Friday after a storm damaged the Quillmoor jetty. "
    "The operator said repairs to the jetty would take at least two weeks. "
    "Passengers were offered seats on replacement buses around the northern shore.",
    "A storm damaged the Quillmoor jetty on Friday and ferry services across Lake Tovessa stopped. "
    "Engineers from the county council inspected the jetty on Saturday morning. "
    "The operator expects repairs to take at least two weeks, a spokesman said.",
    "Replacement buses ran around the northern shore of Lake Tovessa after the ferry was halted. "
    "Shop owners in Quillmoor said the closure had cut the number of visitors this weekend. "
    "The storm also brought down trees on the lakeside road near Brennick.",
]


@pytest.fixture
def unnamed_report(tmp_path):
    names = ["000_4f1c9a7e2b6d8e03.txt", "001_9b2e7c4a1f0d6e58.txt", "002_c3d8a1b7e9f20456.txt"]
    for name, text in zip(names, _TEXTS):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return api.summarize([tmp_path]), names


def test_the_reader_still_labels_them_apart(unnamed_report):
    report, _ = unnamed_report
    assert all(is_unnamed(a.outlet) for a in report.articles)  # the analysis' keys are unchanged


def test_json_outlet_is_null_and_the_label_is_the_file_name(unnamed_report):
    report, names = unnamed_report
    data = json.loads(render(report, "json"))
    assert [a["outlet"] for a in data["articles"]] == [None] * 3
    assert sorted(a["label"] for a in data["articles"]) == names
    cited = [c for s in data["summary"]["sentences"] for c in s["citations"]]
    assert cited and all(c["outlet"] is None for c in cited)
    assert all(o in names for s in data["summary"]["sentences"] for o in s["outlets"])


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_show_file_names_and_count_articles(unnamed_report, fmt):
    report, names = unnamed_report
    out = render(report, fmt)
    assert "3 articles (outlets not named" in out and "from 3 outlets" not in out
    assert "articles cited" in out and "outlets cited" not in out
    assert any(n in out or n.replace("_", "\\_") in out for n in names)  # Markdown escapes "_"
    assert "“Ferry services across Lake Tovessa…”" not in out and "“A storm damaged the Quillmoor…”" not in out


def test_named_outlets_are_untouched(example_report):
    out = render(example_report, "text")
    assert "5 articles from 5 outlets (4 independent)" in out and "outlets cited]" in out
    assert all(a["outlet"] for a in json.loads(render(example_report, "json"))["articles"])


def test_web_view_says_outlets_not_named(unnamed_report):
    from newsweave.web.views import ReportView

    report, names = unnamed_report
    view = ReportView(report)
    assert view.none_named and sorted(a.outlet for a in view.articles) == names
    assert all(s["count"].endswith("articles cited") for s in view.summary())
