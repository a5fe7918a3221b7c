"""`GET /api/stories` lists and counts only outlets the files name: a file naming none is not
counted as an outlet by the label the reader made for it (session 19, brief G). Fictional text."""

from __future__ import annotations

from fastapi.testclient import TestClient

from newsweave.read import read_paths
from newsweave.stream import ingest
from newsweave.web import create_app


def test_api_listing_counts_no_made_up_outlets(store, settings, tmp_path, check):
    texts = ["Gales closed the Harrowgate causeway on Tuesday and the island bus to Selsmere was cancelled.",
             "The island bus to Selsmere was cancelled on Tuesday after gales closed the Harrowgate causeway."]
    for i, text in enumerate(texts):
        (tmp_path / f"00{i}_8c2f5a1e9d7b3e4{i}.txt").write_text(text, encoding="utf-8")
    ingest(list(read_paths([tmp_path]).articles), store=store, settings=settings)
    with TestClient(create_app(settings, store=store)) as c:
        r = c.get("/api/stories")
    check("get", "/api/stories", r)
    stories = r.json()["stories"]
    assert stories and all(s["outlets"] == [] and s["n_outlets"] == 0 and s["none_named"] for s in stories)
