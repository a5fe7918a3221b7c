"""Issue 16: a story merge is a recorded event the user sees. After a real ingest whose second look
absorbs a lone article's story (fictional data in tests/data/merges, as in
tests/cluster/test_relink_ingest.py), the API's /history and the story page show the absorbed id,
the reason and the time; on SQLite, and on PostgreSQL with NEWSWEAVE_TEST_PG_URL."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from .conftest import make_settings


@pytest.fixture
def merged(db_url, merging_ingest):
    kept, lone = merging_ingest
    from fastapi.testclient import TestClient

    from newsweave.web import create_app

    with TestClient(create_app(make_settings(db_url))) as client:
        yield client, kept, lone


def test_api_history_lists_the_merge_with_reason_and_time(merged, check):
    client, kept, lone = merged
    r = client.get(f"/api/stories/{kept}/history")
    check("get", "/api/stories/{story_id}/history", r)  # the documented HistoryOut shape
    data = r.json()
    assert data["story_id"] == kept
    (merge,) = data["merges"]
    assert merge["absorbed_id"] == lone and merge["keep_id"] == kept
    assert merge["reason"].startswith("lone article placed on a second look")
    assert [(v["number"], v["n_articles"]) for v in data["versions"]] == [(1, 3)]
    merged_at, created_at = (dt.datetime.fromisoformat(x) for x in (merge["merged_at"], data["versions"][0]["created_at"]))
    assert merged_at.utcoffset() == dt.timedelta(0) and merged_at <= created_at  # merged, then summarized
    assert client.get(f"/api/stories/{lone}/history").json() == data  # the absorbed id names the kept story
    r = client.get("/api/stories/0000000000000000/history")
    assert r.status_code == 404
    check("get", "/api/stories/{story_id}/history", r)


def test_story_page_has_a_history_line_per_merge(merged):
    client, kept, lone = merged
    r = client.get(f"/stories/{kept}")
    assert r.status_code == 200
    doc = lxml.html.fromstring(r.text)
    (line,) = doc.cssselect("#history .history-merge")
    assert line.cssselect("code")[0].text_content() == lone
    assert "lone article placed on a second look" in line.text_content() and "UTC" in line.text_content()
    assert [li.get("class") for li in doc.cssselect("#history li")] == ["history-merge", "history-version"]


def test_the_history_endpoint_is_documented(openapi):
    op = openapi["paths"]["/api/stories/{story_id}/history"]["get"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/HistoryOut"}
    merge = openapi["components"]["schemas"]["MergeOut"]
    assert {"absorbed_id", "keep_id", "reason", "merged_at"} <= set(merge["properties"])
    assert all(merge["properties"][k].get("description") for k in merge["properties"])
