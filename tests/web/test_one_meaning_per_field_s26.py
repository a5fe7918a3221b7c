"""One meaning per JSON field (issue 12/13, session 26, brief E7). Until now the story listing's
`headline` (`stories --format json`, `GET /api/stories`, batch's stories.jsonl) was the summary's lead
sentence while `show --format json`'s `headline` was the story's title. Now `headline` is the story's
headline everywhere (the listing's equals its `title`) and the lead sentence is `lead_sentence`, in the
listing, the history's versions and a story's changes. Fictional example stories (examples/)."""

from __future__ import annotations

import json

import lxml.html

from newsweave.cli import main


def test_the_api_listing_and_the_story_json_mean_one_thing_by_headline(client, check):
    r = client.get("/api/stories")
    check("get", "/api/stories", r)  # the documented StoryListingOut shape
    (story,) = r.json()["stories"]
    shown = client.get(story["url"]).json()
    lead = shown["summary"]["sentences"][0]["text"]
    assert story["headline"] == story["title"] == shown["headline"]
    assert story["lead_sentence"] == lead and lead != story["title"]  # the example's title is an article's


def test_the_history_calls_the_lead_sentence_by_its_name(client, check):
    (story,) = client.get("/api/stories").json()["stories"]
    r = client.get(f"/api/stories/{story['id']}/history")
    check("get", "/api/stories/{story_id}/history", r)
    (version,) = r.json()["versions"]
    assert version["lead_sentence"] == story["lead_sentence"] and "headline" not in version


def test_the_story_card_shows_the_title_then_the_lead_sentence(client):
    (story,) = client.get("/api/stories").json()["stories"]
    doc = lxml.html.fromstring(client.get("/").text)
    (card,) = doc.cssselect(".story-card")
    assert card.cssselect(".card-title")[0].text_content().strip() == story["title"]
    assert card.cssselect(".card-summary")[0].text_content().strip() == story["lead_sentence"]


def test_the_openapi_document_names_both_fields(openapi):
    listing = openapi["components"]["schemas"]["StoryListingOut"]["properties"]
    assert "lead_sentence" in listing and "same as `title`" in listing["headline"]["description"]
    assert "lead_sentence" in openapi["components"]["schemas"]["VersionOut"]["properties"]


def test_the_cli_listing_batch_rows_and_show_agree(filled, settings, capsys):
    from newsweave.engines.output import story_rows

    assert main(["stories", "--db", settings.db, "--format", "json"]) == 0
    (story,) = json.loads(capsys.readouterr().out)["stories"]
    assert main(["show", story["id"], "--db", settings.db, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert story["headline"] == story["title"] == shown["headline"]
    assert story["lead_sentence"] == shown["summary"]["sentences"][0]["text"]
    assert story_rows(filled) == [story]  # batch's stories.jsonl: the same row
