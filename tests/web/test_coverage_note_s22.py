"""The story page says when its coverage grid shows only the main facts (session 22, brief E3: the
bundled example's page said "Swipe sideways for all 12 facts" of its 20)."""

from __future__ import annotations

import lxml.html

from newsweave.render import coverage


def test_story_page_says_the_grid_shows_the_main_facts_of_all(client):
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    n_facts = len(client.get(f"/api/stories/{story_id}").json()["facts"])
    assert n_facts > coverage.MAX_FACTS
    doc = lxml.html.fromstring(client.get(f"/stories/{story_id}", headers={"accept": "text/html"}).text)
    panel = doc.get_element_by_id("coverage").text_content()
    assert f"{coverage.MAX_FACTS} facts carried by the most outlets, of {n_facts}" in panel
    assert f"all {coverage.MAX_FACTS} facts" not in panel
