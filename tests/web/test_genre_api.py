"""POST /api/articles takes the genre a page declares (`genre`, `section`, `articleSection`, `@type`,
as an article file does), the store keeps it, and GET /api/articles/ID and the story's summary
show it: an opinion piece posted with only its section is not stated as fact. Fictional text."""

from __future__ import annotations

from .conftest import auth

COLUMN = (
    "The Lindqvist pier repairs have been put off three winters running. "
    "Each delay left the fishing boats of the harbour tied up at the far quay. "
    "A harbour board that meant to keep its fleet would have mended the pier before the storms."
)


def _posted(client, record):
    r = client.post("/api/articles", headers=auth(), json={"articles": [record]})
    assert r.status_code == 200, r.text
    (accepted,) = r.json()["articles"]
    return accepted


def test_a_posted_section_is_stored_and_shown(client, check):
    accepted = _posted(client, {"outlet": "Quayside Weekly", "title": "The pier has waited long enough",
                                "section": "Opinion", "text": COLUMN})
    r = client.get(f"/api/articles/{accepted['id']}")
    check("get", "/api/articles/{article_id}", r)
    assert r.json()["genre"] == "opinion"  # before: no genre (the API dropped the field, the store too)
    story = client.get(f"/api/stories/{accepted['story_id']}").json()
    mine = [s for s in story["summary"]["sentences"] if s["citations"][0]["article_id"] == accepted["id"]]
    assert all(s.get("opinion_of") == "Quayside Weekly" for s in mine)
    page = client.get(f"/articles/{accepted['id']}", headers=auth())
    assert page.status_code == 200 and '<span class="genre">Opinion</span>' in page.text  # the web article page labels it


def test_a_genre_field_and_a_value_naming_no_genre(client):
    column = _posted(client, {"outlet": "Quayside Weekly", "genre": ["Local", "Columnists"], "text": COLUMN})
    assert client.get(f"/api/articles/{column['id']}").json()["genre"] == "column"
    plain = _posted(client, {"outlet": "Quayside Weekly", "genre": 7, "text": COLUMN.replace("three", "four")})
    assert client.get(f"/api/articles/{plain['id']}").json().get("genre") is None  # ignored, not an error
