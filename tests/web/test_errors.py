"""One JSON error shape for every error the server can return."""

from __future__ import annotations

import jsonschema
from fastapi.testclient import TestClient

from newsweave.web import create_app

from .conftest import auth, make_settings

# Written out by hand (not taken from the app) so a change to the shape fails this test.
ERROR_SHAPE = {
    "type": "object",
    "required": ["error"],
    "additionalProperties": False,
    "properties": {"error": {
        "type": "object",
        "required": ["status", "code", "type", "message", "hint", "details"],
        "additionalProperties": False,
        "properties": {
            "status": {"type": "integer"}, "code": {"type": "string", "pattern": "^E[0-9]{3}$"},
            "type": {"type": "string", "minLength": 1}, "message": {"type": "string", "minLength": 5},
            "hint": {"type": ["string", "null"]}, "details": {"type": ["array", "null"]},
        },
    }},
}


def _assert_error(r, status):
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    jsonschema.validate(body, ERROR_SHAPE)
    assert body["error"]["status"] == status
    return body["error"]


def test_every_error_has_the_same_shape(client, openapi):
    cases = [
        ("get", "/no/such/page", {}, 404),
        ("get", "/api/nothing-here", {}, 404),
        ("get", "/api/stories/0000000000000000", {}, 404),
        ("get", "/api/articles/ffffffffffffffff", {}, 404),
        ("get", "/stories/0000000000000000", {}, 404),
        ("get", "/articles/ffffffffffffffff", {}, 404),
        ("get", "/static/nope.css", {}, 404),
        ("get", "/stories/%00%01", {}, 404),
        ("get", "/articles/" + "a" * 500, {}, 404),
        ("get", "/api/stories/%00", {}, 422),
        ("get", "/api/articles/" + "b" * 500, {}, 422),
        ("delete", "/api/stories", {}, 405),
        ("put", "/api/articles", {}, 405),
        ("post", "/", {}, 405),
        ("get", "/api/stories?limit=0", {}, 422),
        ("get", "/api/stories?limit=abc", {}, 422),
        ("get", "/api/stories?since=31-12-2025", {}, 422),
        ("get", "/api/search", {}, 422),
        ("get", "/api/search?q=%20", {}, 422),
        ("get", "/?since=yesterday", {}, 400),
        ("get", "/?page=-3", {}, 400),
        ("post", "/api/articles", {"json": {"outlet": "x", "text": "y"}}, 401),
        ("post", "/api/articles", {"headers": auth(), "content": b"[", "extra": {"content-type": "application/json"}}, 400),
        ("post", "/api/articles", {"headers": auth(), "content": b"a", "extra": {"content-type": "application/xml"}}, 415),
        ("post", "/api/articles", {"headers": auth(), "json": {"articles": []}}, 422),
        ("post", "/api/articles", {"headers": {**auth(), "content-length": "99999999999"}, "content": b"{}"}, 413),
    ]
    for method, url, kw, status in cases:
        kw = dict(kw)
        headers = {**kw.pop("headers", {}), **kw.pop("extra", {})}
        r = client.request(method.upper(), url, headers=headers, **kw)
        err = _assert_error(r, status)
        assert err["message"], url
    # The OpenAPI document declares the same shape.
    declared = openapi["components"]["schemas"]["ErrorBody"]
    assert set(openapi["components"]["schemas"]["ErrorInfo"]["required"]) == set(ERROR_SHAPE["properties"]["error"]["required"])
    assert declared["required"] == ["error"]


def test_validation_errors_name_the_field(client):
    err = _assert_error(client.get("/api/stories?limit=1000"), 422)
    assert "limit" in err["message"] and err["details"][0]["loc"] == ["query", "limit"]


def test_html_clients_get_a_readable_error_page(client):
    r = client.get("/stories/0000000000000000", headers={"accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "We could not find that" in r.text
    # The API always answers JSON, whatever the client accepts.
    _assert_error(client.get("/api/stories/0000000000000000", headers={"accept": "text/html"}), 404)


def test_a_crash_is_a_500_in_the_same_shape_without_internals(filled, db_url):
    app = create_app(make_settings(db_url), store=filled)

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret internal detail")

    with TestClient(app, raise_server_exceptions=False) as c:
        err = _assert_error(c.get("/api/boom"), 500)
        assert "secret" not in err["message"] and err["code"] == "E500"


def test_security_headers_on_every_response(client):
    for url in ("/", "/api/stories", "/no/such/page"):
        h = client.get(url).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
