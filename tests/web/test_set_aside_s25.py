"""POST /api/articles sets aside what is not an article, as `newsweave ingest` does (session 25):
an article whose text is only a reprint notice (fictional wording) is neither stored nor put in a
story, and the answer says why."""

from __future__ import annotations

from .conftest import auth
from .test_api import _only_story

NOTICE = ("Bay Courier reprints: the page is licensed for personal, non-commercial use by one reader. "
          "Colleagues wanting their own copy can order reprints through our licensing desk.")


def test_a_reprint_notice_is_set_aside(client, filled, check):
    before = _only_story(client)
    r = client.post("/api/articles", headers=auth(), json={"articles": [
        {"outlet": "Bay Courier", "title": "Footbridge falls at Port Alder", "published": "2025-03-14", "text": NOTICE}]})
    assert r.status_code == 200, r.text
    check("post", "/api/articles", r)
    body = r.json()
    assert body["set_aside"] == 1 and body["new_articles"] == 0
    (entry,) = body["articles"]
    assert entry["story_id"] is None and entry["new"] is False and "only page furniture" in entry["set_aside"]
    assert _only_story(client)["n_articles"] == before["n_articles"] and filled.count_articles() == 5
