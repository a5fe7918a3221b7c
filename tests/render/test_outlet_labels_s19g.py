"""A file that names no outlet is never shown by the label the reader made for it (a headline
fragment) in the change list or among the inputs set aside; E2b's rule, `is_unnamed`, decides
(session 19, brief G). Fictional text."""

from __future__ import annotations

import json

from newsweave import api
from newsweave.render import render
from newsweave.render.changes import changes_dict, render_changes
from newsweave.types import FactChange, StoryChanges

_LABEL = "“Lantern festival in Dorrowick…”"  # the form read/outlet gives a file naming no outlet


def test_changes_do_not_call_a_headline_fragment_an_outlet():
    c = StoryChanges(story_id="s1", since="version 1", new_articles=("a1", "a2"), new_outlets=(_LABEL, "Dorrowick Echo"),
                     wider_facts=(FactChange("The lanterns were lit at dusk.", ("Dorrowick Echo",), ("Dorrowick Echo", _LABEL)),))
    for fmt in ("text", "markdown"):
        out = render_changes(c, fmt)
        assert "2 new article(s) (new outlets: Dorrowick Echo)" in out and "Lantern festival" not in out, fmt
    data = changes_dict(c)
    assert data["new_outlets"] == ["Dorrowick Echo"]
    assert data["wider_facts"][0]["outlets_after"] == ["Dorrowick Echo", None]


def test_changes_with_only_unnamed_files_list_no_outlets():
    c = StoryChanges(story_id="s1", since="version 1", new_articles=("a1",), new_outlets=(_LABEL,))
    assert "1 new article(s)" in render_changes(c) and "new outlets" not in render_changes(c)
    assert changes_dict(c)["new_outlets"] == []


_ARTICLES = [
    "Thousands of paper lanterns were released over the Dorrowick estuary on Saturday night for the town's "
    "autumn festival. Organisers said the lanterns were made of rice paper and would not harm the birds. "
    "The festival committee counted more visitors than in any year since it began.",
    "The Dorrowick lantern festival drew record crowds to the estuary on Saturday, its committee said. "
    "Rice paper lanterns were released at dusk after a parade through the old market square.",
    "Crowds filled the market square in Dorrowick on Saturday before the lantern release over the estuary. "
    "The committee said visitor numbers were the highest since the festival began.",
]
_WIDGET = ("Dorrowick today 12°C, feels like 9°C. Humidity 77%. Wind speed 14 mph, gusts 25 mph. "
           "Forecast: chance of rain 40%. Sunrise 07:02, sunset 18:15. Tomorrow 13°C, UV index 2.")


def test_a_set_aside_file_naming_no_outlet_is_shown_by_its_file_name(tmp_path):
    names = ["000_7d1e4b9a2c6f3e05.txt", "001_2a9c5e7b1d4f8e60.txt", "002_e6b3f1a8d2c94e71.txt"]
    for name, text in zip(names, _ARTICLES):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "003_b4f8a2d6c1e97e32.txt").write_text(_WIDGET, encoding="utf-8")
    report = api.summarize([tmp_path])
    assert [s.kind for s in report.set_aside] == ["widget"]
    assert report.set_aside[0].label == "003_b4f8a2d6c1e97e32.txt"
    assert "003_b4f8a2d6c1e97e32.txt: not an article: a weather widget" in render(report, "text")
    assert json.loads(render(report, "json"))["set_aside"][0]["label"] == "003_b4f8a2d6c1e97e32.txt"


_LABEL_2 = "“Record crowds at Dorrowick lanterns…”"


def test_wider_fact_counts_articles_when_no_article_names_its_outlet():
    # session 20: "Now carried by 2 outlets" for two files that name no outlet; the report says "articles"
    c = StoryChanges(story_id="s1", since="version 1", new_articles=("a2",), count_unit="articles",
                     wider_facts=(FactChange("The lanterns were lit at dusk.", (_LABEL,), (_LABEL, _LABEL_2)),))
    for fmt in ("text", "markdown"):
        assert "Now carried by 2 articles (was 1)" in render_changes(c, fmt), fmt
    assert changes_dict(c)["count_unit"] == "articles"


def test_diff_counts_unnamed_files_as_articles_and_a_copy_once(tmp_path):
    import dataclasses

    from newsweave.pipeline.history import diff
    from newsweave.types import Citation, Fact

    names = ["000_7d1e4b9a2c6f3e05.txt", "001_2a9c5e7b1d4f8e60.txt", "002_e6b3f1a8d2c94e71.txt"]
    texts = [_ARTICLES[0], _ARTICLES[1], _ARTICLES[0] + " Photographs of the release were shared widely."]  # the third copies the first
    for name, text in zip(names, texts):
        (tmp_path / name).write_text(text, encoding="utf-8")
    new = api.analyze([tmp_path])
    ids = [a.id for a in new.articles]
    assert all(a.outlet.startswith("“") for a in new.articles)
    fact = lambda *aids: Fact("The lanterns were released.", "shared", tuple(Citation(a, 0, 10) for a in aids), aids)  # noqa: E731
    old = dataclasses.replace(new, facts=(fact(ids[0]),))
    changes = diff(old, dataclasses.replace(new, facts=(fact(*ids),)))
    (wider,) = changes.wider_facts
    assert changes.count_unit == "articles" and len(wider.outlets_after) == 2  # the copy adds no source
    assert "Now carried by 2 articles (was 1)" in render_changes(changes)
