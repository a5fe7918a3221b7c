"""Search finds non-ASCII case variants (issue 18): Straße / STRASSE, ÉCOLE / école."""

from __future__ import annotations

import pytest

from .conftest import auth


@pytest.mark.parametrize("query", ["Straße", "STRASSE", "strasse", "école", "ÉCOLE", "École"])
def test_search_is_unicode_case_insensitive(client, query):
    text = ("The ÉCOLE on the Hafenstraße in Marrowby closed on Monday after the storm damaged its roof, "
            "the harbour council said. Pupils will be taught in the town hall until repairs are done.")
    r = client.post("/api/articles", headers=auth(), json={"outlet": "Bay Courier", "text": text, "title": "School closed"})
    assert r.status_code == 200, r.text[:300]
    hits = client.get("/api/search", params={"q": query}).json()
    assert any("Hafenstraße" in h.get("snippet", "") or h.get("title") == "School closed" for h in hits["results"]), (query, hits)
    stories = client.get("/api/stories", params={"q": query}).json()
    assert stories["total"] >= 1, query
