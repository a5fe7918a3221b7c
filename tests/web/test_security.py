"""Web hardening (issue 18): Host allow-list, login CSRF and logout, the read token over every
data route, per-request limits, the `new` flag, /docs."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from fastapi.testclient import TestClient

from newsweave.web import create_app
from newsweave.web.security import allowed_hosts, host_name

from .conftest import READ_TOKEN, auth, make_settings, unique_text

BROWSER = ("127.0.0.1", 50123)  # a network client: the Host check applies


@pytest.mark.parametrize("host, ok", [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True), ("192.168.1.20:8000", True),
    ("evil.example", False), ("evil.example:8000", False), ("localhost.evil.example", False), ("", False),
])
def test_host_allow_list(store, db_url, host, ok):
    with TestClient(create_app(make_settings(db_url), store=store), client=BROWSER) as c:
        r = c.get("/api/stories", headers={"host": host})
        assert (r.status_code == 200) is ok, (host, r.status_code, r.text)
        if not ok:
            assert r.status_code == 400 and "allowed_hosts" in r.json()["error"]["hint"]


def test_host_allow_list_is_configurable(store, db_url):
    settings = make_settings(db_url, allowed_hosts="news.example.org, other.example")
    with TestClient(create_app(settings, store=store), client=BROWSER) as c:
        assert c.get("/api/stories", headers={"host": "news.example.org"}).status_code == 200
        assert c.get("/api/stories", headers={"host": "evil.example"}).status_code == 400
    with TestClient(create_app(make_settings(db_url, allowed_hosts="*"), store=store), client=BROWSER) as c:
        assert c.get("/api/stories", headers={"host": "anything.example"}).status_code == 200


def test_host_helpers():
    assert host_name("Example.ORG:8000") == "example.org" and host_name("[::1]:80") == "::1"
    assert allowed_hosts(make_settings("sqlite://", host="news.lan")) >= {"news.lan", "localhost", "127.0.0.1"}
    assert allowed_hosts(make_settings("sqlite://", allowed_hosts="*")) is None


def _csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def test_login_needs_the_forms_csrf_token_and_logout_signs_out(filled, db_url):
    with TestClient(create_app(make_settings(db_url, read_token=READ_TOKEN), store=filled)) as c:
        # A cross-site form post carries neither the form's token nor the SameSite cookie.
        r = c.post("/login", data={"token": READ_TOKEN}, follow_redirects=False)
        assert r.status_code == 403 and "newsweave_token" not in r.headers.get("set-cookie", "")
        page = c.get("/login")
        token = _csrf(page.text)
        r = c.post("/login", data={"token": READ_TOKEN, "csrf": token}, headers={"origin": "https://evil.example"},
                   follow_redirects=False)
        assert r.status_code == 403
        token = _csrf(c.get("/login").text)
        r = c.post("/login", data={"token": READ_TOKEN, "csrf": "forged"}, follow_redirects=False)
        assert r.status_code == 403
        token = _csrf(c.get("/login").text)
        r = c.post("/login", data={"token": READ_TOKEN, "csrf": token}, follow_redirects=False)
        assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
        assert c.get("/").status_code == 200
        page = c.get("/login")
        assert 'action="/logout"' in page.text
        r = c.post("/logout", data={"csrf": _csrf(page.text)}, follow_redirects=False)
        assert r.status_code == 303
        assert c.get("/").status_code == 401


def test_health_counts_need_the_read_token(filled, db_url):
    with TestClient(create_app(make_settings(db_url, read_token=READ_TOKEN), store=filled)) as c:
        anonymous = c.get("/api/health")
        assert anonymous.status_code == 200 and anonymous.json()["status"] == "ok"
        assert anonymous.json().get("articles") is None and anonymous.json().get("writable") is None
        assert c.get("/api/health", headers=auth(READ_TOKEN)).json()["articles"] == 5


def test_docs_redirects_to_the_document(store, settings):
    with TestClient(create_app(settings, store=store)) as c:
        r = c.get("/docs", follow_redirects=False)
        assert r.status_code in (302, 307) and r.headers["location"] == "/openapi.json"


def test_new_flag_when_a_request_carries_an_article_twice(store, settings):
    text = unique_text("Twice.")
    with TestClient(create_app(settings, store=store)) as c:
        r = c.post("/api/articles", headers=auth(), json={"articles": [
            {"outlet": "Bay Courier", "text": text}, {"outlet": "Bay Courier", "text": text},
        ]})
        assert r.status_code == 200, r.text
        flags = [a["new"] for a in r.json()["articles"]]
        assert flags == [True, False] and r.json()["new_articles"] == 1
        r = c.post("/api/articles", headers=auth(), json={"outlet": "Bay Courier", "text": text})
        assert [a["new"] for a in r.json()["articles"]] == [False]


def test_upload_that_expands_past_the_limit_is_refused(store, settings):
    record = json.dumps({"outlet": "Wire", "text": "The harbour council met on Monday to discuss ferries. " * 20})
    bomb = gzip.compress(("\n".join(record for _ in range(5000))).encode())  # ~5.5 MB of records
    with TestClient(create_app(settings, store=store, max_body=1_000_000)) as c:
        assert len(bomb) < 1_000_000
        r = c.post("/api/articles", headers=auth(), files={"files": ("wire.jsonl.gz", bomb)})
        assert r.status_code == 413, r.text[:300]
        assert "uncompressed" in r.json()["error"]["message"]
    assert store.count_articles() == 0


def test_upload_with_too_many_records_is_refused(store, settings):
    from newsweave.web.models import MAX_ARTICLES

    lines = "\n".join(json.dumps({"outlet": "Wire", "text": unique_text(f"Item {i}.")}) for i in range(MAX_ARTICLES + 1))
    with TestClient(create_app(settings, store=store)) as c:
        r = c.post("/api/articles", headers=auth(), files={"files": ("wire.jsonl", lines.encode())})
        assert r.status_code == 413, r.text[:300]
    assert store.count_articles() == 0
