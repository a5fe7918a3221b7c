"""The OpenAPI document is served, complete and accurate."""

from __future__ import annotations

import jsonschema
from fastapi.routing import APIRoute

from newsweave.web import api, pages

from .conftest import EXAMPLE, auth


def test_every_api_route_is_documented_and_nothing_else(openapi):
    every = [*api.router.routes, *pages.router.routes]
    assert len(every) >= 8
    routes = {(r.path, m.lower()) for r in every if isinstance(r, APIRoute) and r.include_in_schema for m in r.methods}
    assert ("/api/articles", "post") in routes and ("/api/stories/{story_id}", "get") in routes
    documented = {(p, m) for p, ops in openapi["paths"].items() for m in ops}
    assert routes == documented
    assert all(p.startswith("/api/") for p, _ in documented)
    for path, ops in openapi["paths"].items():
        for method, op in ops.items():
            assert op.get("summary"), (method, path)
            assert "200" in op["responses"]
            if path != "/api/health":
                assert op["responses"]["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


def test_no_external_resources_in_docs(client):
    # Swagger UI would pull scripts from a CDN: /docs leads to the document itself.
    r = client.get("/docs", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/openapi.json"


def test_post_body_schema_accepts_what_the_server_accepts(openapi):
    schema = openapi["paths"]["/api/articles"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    root = {**schema, "components": openapi["components"]}
    validator = jsonschema.Draft202012Validator(root)
    one = {"outlet": "A", "text": "t", "published": "2025-03-12"}
    for body in ({"articles": [one]}, [one], one):
        validator.validate(body)
    assert not validator.is_valid({"articles": []})
    assert not validator.is_valid({"text": "no outlet"})
    assert "multipart/form-data" in openapi["paths"]["/api/articles"]["post"]["requestBody"]["content"]
    assert openapi["paths"]["/api/articles"]["post"]["security"] == [{"bearer": []}]


def test_story_schema_is_the_cli_schema(openapi, client, check):
    story = client.get("/api/stories").json()["stories"][0]
    r = client.get(f"/api/stories/{story['id']}")
    check("get", "/api/stories/{story_id}", r)  # validated through the embedded story schema
    assert openapi["components"]["schemas"]["StoryReport"]["required"] == ["schema_version", "story_id", "articles", "summary"]


def test_documented_error_statuses_match_real_answers(client, check):
    check("get", "/api/stories/{story_id}", client.get("/api/stories/0000000000000000"))
    check("get", "/api/stories", client.get("/api/stories?limit=0"))
    check("get", "/api/search", client.get("/api/search"))
    check("post", "/api/articles", client.post("/api/articles", json={}))
    check("post", "/api/articles", client.post("/api/articles", headers=auth(), json={"articles": []}))
    check("post", "/api/articles", client.post("/api/articles", headers={**auth(), "content-type": "text/csv"}, content=b"a,b"))
    files = [("files", (p.name, p.read_bytes())) for p in sorted(EXAMPLE.iterdir())[:1]]
    check("post", "/api/articles", client.post("/api/articles", headers=auth(), files=files))
    check("get", "/api/health", client.get("/api/health"))
