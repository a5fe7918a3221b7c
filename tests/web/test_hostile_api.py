"""Bad input to the API is a 4xx or a per-record problem, never a 500 (issue 18)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsweave.web import create_app

from .conftest import auth, unique_text


@pytest.fixture
def api(store, settings):
    with TestClient(create_app(settings, store=store), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("body, words", [
    (b'{"outlet": "X", "text": "a \\ud800 b"}', "surrogate"),
    (b'{"outlet": "X", "text": "abc", "n": ' + b"9" * 5000 + b"}", "digits"),
    (b"[" * 100_000 + b"]" * 100_000, "nested"),
])
def test_unusable_json_bodies_are_400(api, body, words):
    r = api.post("/api/articles", headers={**auth(), "content-type": "application/json"}, content=body)
    assert r.status_code == 400, r.text
    assert words in r.json()["error"]["message"]


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_calendar_edge_dates_are_a_warning_not_a_500(api, store, published):
    r = api.post("/api/articles", headers=auth(), json={"outlet": "Edge", "text": unique_text("Dates."), "published": published})
    assert r.status_code == 200, r.text
    assert r.json()["new_articles"] == 1
    assert any("publication date" in p["reason"] for p in r.json()["problems"])
    assert store.count_articles() == 1


def test_control_characters_in_metadata_are_stripped_before_storing(api, store):
    record = {
        "outlet": "Bay\x00 Courier\x1b[2J", "title": "Ferry\x07 timetable\u202e", "author": "Jo\x00 Smith",
        "url": "https://example.org/a\n<b>", "text": unique_text("Controls.") + "\x1b More text here.",
    }
    r = api.post("/api/articles", headers=auth(), json=record)
    assert r.status_code == 200, r.text
    article_id = r.json()["articles"][0]["id"]
    got = api.get(f"/api/articles/{article_id}").json()
    for field in ("outlet", "title", "author", "url"):
        assert not any(ord(ch) < 32 or ch == "\u202e" for ch in got[field]), (field, got[field])
    assert got["outlet"] == "Bay Courier [2J" and got["author"] == "Jo Smith"


def test_api_does_not_show_server_file_paths(client):
    story = client.get("/api/stories").json()["stories"][0]
    data = client.get(f"/api/stories/{story['id']}").json()
    sources = [a["source"] for a in data["articles"]]
    assert sources and all(s and "/" not in s and "\\" not in s for s in sources), sources
    one = client.get(f"/api/articles/{data['articles'][0]['id']}").json()
    assert one["source"] == data["articles"][0]["source"]
