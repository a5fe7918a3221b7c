"""The JSON API in process, against a real store filled by the real ingest."""

from __future__ import annotations

import json

import jsonschema
import pytest
from fastapi.testclient import TestClient

from newsweave.render.json import report_dict
from newsweave.web import create_app

from .conftest import EXAMPLE, READ_TOKEN, TOKEN, auth, make_settings, unique_text

STORY_SCHEMA = json.loads((EXAMPLE.parents[1] / "src/newsweave/schema/story.schema.json").read_text())


def _only_story(client):
    body = client.get("/api/stories").json()
    assert body["total"] == 1
    return body["stories"][0]


def test_stories_list_and_story_json_match_the_cli(client, filled, check):
    r = client.get("/api/stories")
    assert r.status_code == 200
    check("get", "/api/stories", r)
    story = r.json()["stories"][0]
    assert story["n_articles"] == 5 and story["n_outlets"] == 5
    assert set(story["outlets"]) >= {"Coastline News Agency", "Radio West"}
    assert story["first_seen"] == "2025-03-12" and story["last_seen"] == "2025-03-13"

    r = client.get(f"/api/stories/{story['id']}")
    assert r.status_code == 200
    check("get", "/api/stories/{story_id}", r)
    body = r.json()
    jsonschema.validate(body, STORY_SCHEMA)
    # The CLI's JSON, except that the API names source files without the server's folders.
    from newsweave.web.service import _without_paths

    assert body == json.loads(json.dumps(_without_paths(report_dict(filled.get_report(story["id"])))))
    assert all("/" not in (a["source"] or "") for a in body["articles"])
    for sentence in body["summary"]["sentences"]:
        for c in sentence["citations"]:
            article = next(a for a in body["articles"] if a["id"] == c["article_id"])
            assert article["text"][c["start"]:c["end"]] == c["text"]


def test_article_and_search(client, check):
    story = _only_story(client)
    article_id = story["article_ids"][0]
    r = client.get(f"/api/articles/{article_id}")
    assert r.status_code == 200
    check("get", "/api/articles/{article_id}", r)
    assert r.json()["story_id"] == story["id"] and r.json()["text"]

    r = client.get("/api/search", params={"q": "Lindqvist"})
    assert r.status_code == 200
    check("get", "/api/search", r)
    hits = r.json()["results"]
    assert [h["outlet"] for h in hits] == ["Marrowby Gazette"]
    assert "Lindqvist" in hits[0]["snippet"] and hits[0]["story_id"] == story["id"]
    assert client.get("/api/search", params={"q": "zebra-crossing-xyzzy"}).json()["total"] == 0
    assert client.get("/api/search", params={"q": "Lindqvist\x00"}).json()["total"] == 1
    assert client.get("/api/stories", params={"q": "\x00footbridge"}).json()["total"] == 1
    assert client.get("/", params={"q": "\x00"}).status_code == 200


def test_story_filters_and_pagination(client):
    assert client.get("/api/stories", params={"q": "footbridge"}).json()["total"] == 1
    assert client.get("/api/stories", params={"q": "volcano-xyzzy"}).json()["total"] == 0
    assert client.get("/api/stories", params={"since": "2025-03-14"}).json()["total"] == 0
    assert client.get("/api/stories", params={"until": "2025-03-11"}).json()["total"] == 0
    assert client.get("/api/stories", params={"since": "2025-03-01", "until": "2025-03-31"}).json()["total"] == 1
    page = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert page["stories"] == [] and page["total"] == 1 and page["offset"] == 1
    assert client.get("/api/stories", params={"since": "2025-03-14", "until": "2025-03-01"}).status_code == 422


def test_post_json_clusters_into_the_existing_story(client, filled, check):
    story = _only_story(client)
    text = ("The Kestrel Footbridge collapsed into Port Alder harbour in Marrowby on Tuesday, and the "
            "Transport Safety Board is investigating the collapse. Fourteen people were injured.")
    r = client.post("/api/articles", headers=auth(), json={"articles": [
        {"outlet": "Bay Courier", "title": "Marrowby bridge inquiry", "published": "2025-03-14", "text": text}]})
    assert r.status_code == 200, r.text
    check("post", "/api/articles", r)
    body = r.json()
    assert body["new_articles"] == 1 and body["articles"][0]["new"] is True
    assert body["articles"][0]["story_id"] == story["id"]
    assert filled.get_article(body["articles"][0]["id"]).outlet == "Bay Courier"
    after = _only_story(client)
    assert after["n_articles"] == 6 and "Bay Courier" in after["outlets"]

    # The same article again is recognised and stored once.
    again = client.post("/api/articles", headers=auth(), json=[{"outlet": "Bay Courier", "text": text}]).json()
    assert again["new_articles"] == 0 and again["duplicates"] == 1 and again["articles"][0]["new"] is False
    assert filled.count_articles() == 6


def test_post_unrelated_article_makes_a_new_story(client):
    r = client.post("/api/articles", headers=auth(), json={"outlet": "Valley Post", "published": "2025-04-02",
                                                             "text": "The valley orchestra opened its spring season with three new symphonies. Tickets sold out within an hour."})
    assert r.status_code == 200, r.text
    assert r.json()["new_stories"] == 1
    assert client.get("/api/stories").json()["total"] == 2
    newest = client.get("/api/stories").json()["stories"][0]
    assert newest["last_seen"] == "2025-04-02"  # newest first


def test_post_files_reads_the_same_formats_as_the_cli(store, settings, check):
    with TestClient(create_app(settings, store=store)) as client:
        files = [("files", (p.name, p.read_bytes())) for p in sorted(EXAMPLE.iterdir())]
        files.append(("files", ("notes.bin", b"\x00\x01\x02\xff" * 50)))
        r = client.post("/api/articles", headers=auth(), files=files)
        assert r.status_code == 200, r.text
        check("post", "/api/articles", r)
        body = r.json()
        assert body["new_articles"] == 5 and body["new_stories"] == 1, body
        assert len({a["story_id"] for a in body["articles"]}) == 1
        assert {a["outlet"] for a in body["articles"]} >= {"Coastline News Agency"}
        bad = [p for p in body["problems"] if p["level"] == "error"]
        assert len(bad) == 1 and bad[0]["source"].startswith("upload:notes.bin")
        assert store.count_articles() == 5


def test_post_batch_keeps_good_records_and_names_bad_ones(client, filled):
    r = client.post("/api/articles", headers=auth(), json={"articles": [
        {"outlet": "Good Gazette", "text": unique_text("Ferry news.")},
        {"outlet": "No Text"},
        "not an object",
        {"outlet": "Bad Date", "text": "x", "published": "yesterday-ish"},
    ]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["new_articles"] == 1
    sources = {p["source"]: p["reason"] for p in body["problems"]}
    assert "text" in sources["articles[1]"] and "object" in sources["articles[2]"] and "published" in sources["articles[3]"]


@pytest.mark.parametrize("kwargs, status, words", [
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
    ({"content": b"\xff\xfe\x00bad", "headers": {"content-type": "application/json"}}, 400, "UTF-8"),
    ({"content": b"", "headers": {"content-type": "application/json"}}, 400, "empty"),
    ({"json": {"articles": []}}, 422, "no articles"),
    ({"json": {"articles": "nope"}}, 422, "list"),
    ({"json": [{"outlet": "x"}]}, 422, "no readable articles"),
    ({"content": b"hello", "headers": {"content-type": "text/plain"}}, 415, "text/plain"),
    ({"content": b"--zz\r\nbroken", "headers": {"content-type": "multipart/form-data"}}, 400, "boundary"),
    ({"content": b"--zz--\r\n", "headers": {"content-type": "multipart/form-data; boundary=zz"}}, 422, "no files"),
])
def test_malformed_posts_get_a_4xx_with_a_reason(client, kwargs, status, words):
    kwargs = dict(kwargs)  # the parameter dict is shared by the SQLite and PostgreSQL runs
    headers = {**auth(), **kwargs.pop("headers", {})}
    r = client.post("/api/articles", headers=headers, **kwargs)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]["message"]


def test_writes_need_the_token(store, db_url):
    article = {"outlet": "X", "text": unique_text()}
    with TestClient(create_app(make_settings(db_url, token=None), store=store)) as c:
        r = c.post("/api/articles", json=article, headers=auth())
        assert r.status_code == 403 and "no write token" in r.json()["error"]["message"]
    with TestClient(create_app(make_settings(db_url, read_token=READ_TOKEN), store=store)) as c:
        assert c.post("/api/articles", json=article).status_code == 401
        assert c.post("/api/articles", json=article, headers=auth("wrong")).status_code == 401
        assert c.post("/api/articles", json=article, headers=auth(READ_TOKEN)).status_code == 401
        # A cookie never authorises a write (CSRF).
        c.cookies.set("newsweave_token", TOKEN)
        assert c.post("/api/articles", json=article).status_code == 401
        c.cookies.clear()
        assert c.post("/api/articles", json=article, headers=auth()).status_code == 200
    assert store.count_articles() == 1


def test_read_token_guards_reads_and_pages(filled, db_url):
    with TestClient(create_app(make_settings(db_url, read_token=READ_TOKEN), store=filled)) as c:
        for url in ("/api/stories", "/api/search?q=bridge", "/"):
            assert c.get(url).status_code == 401
            assert c.get(url, headers=auth("nope")).status_code == 401
            assert c.get(url, headers=auth(READ_TOKEN)).status_code == 200
            assert c.get(url, headers=auth(TOKEN)).status_code == 200  # the write token reads too
        assert c.get("/api/health").status_code == 200
        assert 'href="/login"' in c.get("/", headers={"accept": "text/html"}).text
        # Browser sign-in (with the form's CSRF token) sets an HttpOnly cookie that reads.
        import re

        def csrf() -> str:
            return re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)

        assert c.post("/login", data={"token": "bad", "csrf": csrf()}).status_code == 401
        r = c.post("/login", data={"token": READ_TOKEN, "csrf": csrf()}, follow_redirects=False)
        assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
        assert c.get("/").status_code == 200


def test_body_size_limit(store, settings):
    with TestClient(create_app(settings, store=store, max_body=2000)) as c:
        big = {"outlet": "Big", "text": "word " * 1000}
        r = c.post("/api/articles", headers=auth(), json=big)
        assert r.status_code == 413 and r.json()["error"]["type"] == "payload_too_large"

        def chunks():  # no Content-Length: the limit must still hold while streaming
            for _ in range(10):
                yield b"x" * 500

        r = c.post("/api/articles", headers={**auth(), "content-type": "application/json"}, content=chunks())
        assert r.status_code == 413
    assert store.count_articles() == 0


def test_a_story_still_being_summarized_is_a_503_and_a_holding_page(store, settings, check):
    from newsweave.stream import ingest
    from newsweave.types import Article, content_id

    text = "The Marrowby ferry timetable changed on Friday. Officials said the harbour would reopen next week."
    ingest([Article(id=content_id(text), outlet="Bay Courier", text=text, title="Ferry timetable")],
           store=store, settings=settings, summarize=False)  # what a reader sees mid-ingest
    with TestClient(create_app(settings, store=store)) as c:
        sid = c.get("/api/stories").json()["stories"][0]["id"]
        r = c.get(f"/api/stories/{sid}")
        assert r.status_code == 503 and r.headers["retry-after"] == "2"
        check("get", "/api/stories/{story_id}", r)
        # Not "being summarized": after --no-summaries nothing is writing it (session 23, E4).
        assert "has no summary yet" in r.json()["error"]["message"] and "--no-summaries" in r.json()["error"]["hint"]
        page = c.get(f"/stories/{sid}")
        assert page.status_code == 200 and "no summary yet" in page.text and "--no-summaries" in page.text and "Ferry timetable" in page.text
        assert c.get(f"/articles/{content_id(text)}").status_code == 200
