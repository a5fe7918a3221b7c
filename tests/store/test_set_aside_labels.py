"""A stored report shows its set-aside inputs by today's label rule (session 20, issue 12): the
label is a display string of the stored article, re-made on read; what was set aside, and why,
stays as stored. Fictional text."""

from __future__ import annotations

import json

from sqlalchemy import select, update

import newsweave
from newsweave.embed import HashingEmbedder
from newsweave.pipeline.ingest import ingest
from newsweave.store import open_store
from newsweave.store import schema as t

_STORY = [
    "Thousands of paper lanterns were released over the Dorrowick estuary on Saturday night for the town's "
    "autumn festival. Organisers said the lanterns were made of rice paper and would not harm the birds. "
    "The festival committee counted more visitors than in any year since it began.",
    "The Dorrowick lantern festival drew record crowds to the estuary on Saturday, its committee said. "
    "Rice paper lanterns were released at dusk after a parade through the old market square.",
    "Record crowds watched the Dorrowick lanterns rise over the estuary on Saturday night, festival organisers said. "
    "The rice paper lanterns followed a parade from the market square.",
]
# Ingest itself sets a page that is only boilerplate aside (session 25), so what a stored report
# lists as set aside is what only the story's analysis sees: an article off the story's topic.
_OFF_TOPIC = ("A bakery in Hallam Vale has begun selling sourdough loaves made with barley from its own fields. "
              "The owner said the new ovens bake two hundred loaves before breakfast. "
              "Customers queue from six in the morning for the rye and barley bread.")
_OLD_LABEL = "“A bakery in Hallam Vale…”"  # the form session 19's older rule showed


def test_a_report_stored_with_an_old_label_is_shown_by_todays_rule(tmp_path):
    names = ["000_7d1e4b9a2c6f3e05.txt", "001_2a9c5e7b1d4f8e60.txt", "002_e6b3f1a8d2c94e71.txt", "003_5c8a2e9f1b7d4a36.txt"]
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in zip(names, [*_STORY, _OFF_TOPIC]):
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as store:
        ingest([folder], store=store, embedder=HashingEmbedder(), labels={a.id: "lanterns" for a in newsweave.read([folder]).articles})
        (story,) = store.list_stories()[0]
        story_id = story.id
        (aside,) = store.get_report(story_id).set_aside
        assert aside.label == names[3] and aside.kind == "off-topic"
        # the report as an older version stored it: its label a headline fragment
        with store.engine.begin() as conn:
            row = conn.execute(select(t.story_report_versions.c.number, t.story_report_versions.c.report)).first()
            payload = json.loads(row.report)
            payload["set_aside"][0]["label"] = _OLD_LABEL
            conn.execute(update(t.story_report_versions).where(t.story_report_versions.c.number == row.number).values(report=json.dumps(payload)))
        (shown,) = store.get_report(story_id).set_aside
        assert shown.label == names[3] and shown.reason == aside.reason and shown.kind == "off-topic"
