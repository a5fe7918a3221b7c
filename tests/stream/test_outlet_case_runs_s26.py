"""One outlet, one spelling across ingest runs (session 26; session 25 made it one spelling within
one read, `read.stream.iter_articles`).

A store holding "quaycheck.org" (read from a URL) and a later run whose record spells the site
"QuayCheck.org" made two outlets of one site in one story. Ingest now gives each article the
spelling the store holds (the one stored first), by the reader's own rule (`read.outlet
.OutletSpellings`); within one run the first spelling wins, as the reader does. Fictional text and
outlets; real SQLite and the in-memory store (every store, PostgreSQL too: tests/store/contract.py
`test_outlet_spellings`).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsweave.embed import HashingEmbedder
from newsweave.pipeline.ingest import ingest
from newsweave.store import open_store
from newsweave.types import Article, content_id

DAY = dt.date(2025, 6, 4)
TEXTS = [
    "The Marrowby harbour board voted on Monday to close the old crane yard after a long survey of the quay walls.",
    "Dock workers in Marrowby said on Tuesday that the crane yard vote came without warning for most of the night shift.",
    "The crane yard at Marrowby will shut in August, the harbour board confirmed, and its two cranes will be sold for scrap.",
]


def _article(text: str, outlet: str) -> Article:
    return Article(id=content_id(text), outlet=outlet, text=text, title=text[:40], published=DAY)


@pytest.fixture(params=["sql", "memory"])
def url(request, tmp_path):
    """A real SQLite store, and the in-memory one (PostgreSQL: the store contract, tests/store)."""
    return f"sqlite:///{tmp_path / 'o.db'}" if request.param == "sql" else "memory://"


def _outlets(store) -> list[tuple[str, ...]]:
    stories, _ = store.list_stories(limit=10)
    return [s.outlets for s in stories]


def test_a_later_run_takes_the_stored_spelling(url, tmp_path):
    labels = {content_id(x): "crane yard" for x in TEXTS}
    # The first run reads the site from a URL (all lower case), the second from a record's field.
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"url": "https://www.quaycheck.org/2025/crane-yard", "text": TEXTS[0], "title": "Crane yard to close", "date": "2025-06-04"}) + "\n", encoding="utf-8")
    with open_store(url) as store:
        ingest([first], store=store, embedder=HashingEmbedder(), labels=labels, summarize=False)
        report = ingest([_article(TEXTS[1], "QuayCheck.org"), _article(TEXTS[2], "QUAYCHECK.ORG")], store=store, embedder=HashingEmbedder(), labels=labels, summarize=False)
        assert report.new_articles == 2
        assert _outlets(store) == [("quaycheck.org",)]  # one story, one outlet (was: three spellings)
        assert {store.get_article(content_id(x)).outlet for x in TEXTS} == {"quaycheck.org"}


def test_within_one_run_the_first_spelling_wins_and_other_outlets_stay(url):
    labels = {content_id(x): "crane yard" for x in TEXTS}
    with open_store(url) as store:
        articles = [_article(TEXTS[0], "QuayCheck.org"), _article(TEXTS[1], "quaycheck.org"), _article(TEXTS[2], "Marrowby Gazette")]
        ingest(articles, store=store, embedder=HashingEmbedder(), labels=labels, summarize=False)
        assert _outlets(store) == [("QuayCheck.org", "Marrowby Gazette")]


def test_outlet_spellings_of_the_store(url):
    labels = {content_id(x): str(i) for i, x in enumerate(TEXTS)}
    with open_store(url) as store:
        ingest([_article(TEXTS[0], "QuayCheck.org")], store=store, embedder=HashingEmbedder(), labels=labels, summarize=False)
        ingest([_article(TEXTS[1], "Marrowby Gazette")], store=store, embedder=HashingEmbedder(), labels=labels, summarize=False)
        with store.unit_of_work() as work:
            assert work.outlet_spellings(["quaycheck.ORG", "MARROWBY GAZETTE", "Harbour Times"]) == {"quaycheck.org": "QuayCheck.org", "marrowby gazette": "Marrowby Gazette"}
            assert work.outlet_spellings([]) == {}
