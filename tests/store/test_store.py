"""The store on SQLite and PostgreSQL: schema, migrations, reads, and the stored report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from newsweave.embed import HashingEmbedder
from newsweave.errors import NotFoundError, StoreError
from newsweave.store import StoryListing, open_store
from newsweave.store import schema
from newsweave.store.engine import current_revision, head_revision, make_engine, migrate
from newsweave.stream import ingest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.fixture
def filled(db_url):
    with open_store(db_url) as store:
        report = ingest([EXAMPLE], store=store, embedder=HashingEmbedder())
        yield store, report


def test_new_database_gets_the_head_schema(db_url):
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            assert current_revision(conn) == head_revision() == "0006_article_outlet_key"
        tables = set(inspect(store.engine).get_table_names())
        assert set(schema.metadata.tables) <= tables
        # The migrations and schema.py describe the same columns.
        for name, table in schema.metadata.tables.items():
            columns = {c["name"] for c in inspect(store.engine).get_columns(name)}
            assert columns == set(table.columns.keys()), name
        assert store.count_articles() == 0 and store.list_stories() == ([], 0)


def test_sqlite_uses_wal_and_a_busy_timeout(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_upgrade_an_existing_database_in_place(db_url):
    """A database at the first revision, with data, is upgraded to head by open_store, keeping it."""
    engine = make_engine(db_url)
    assert migrate(engine, revision="0001_initial") == "0001_initial"
    assert "ingest_runs" not in set(inspect(engine).get_table_names())
    now = dt.datetime(2025, 3, 12, 9, 0)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO stories (id, title, headline, first_seen, last_seen, n_articles, centroid, entities, seq, version, dirty, created_at, updated_at) "
                "VALUES ('s1', 'Old story', NULL, :d, :d, 1, :c, '{}', 1, 1, :dirty, :t, :t)"
            ),
            {"d": dt.date(2025, 3, 12), "c": b"\x00" * 8, "dirty": True, "t": now},
        )
        conn.execute(
            text("INSERT INTO articles (id, story_id, seq, outlet, title, text, published, added_at) VALUES ('a1', 's1', 1, 'Old Outlet', 'Old title', 'Old text.', :d, :t)"),
            {"d": dt.date(2025, 3, 12), "t": now},
        )
    engine.dispose()
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            assert current_revision(conn) == "0006_article_outlet_key"
        assert "ingest_runs" in set(inspect(store.engine).get_table_names())
        assert store.get_article("a1").text == "Old text."
        assert store.get_story("s1").article_ids == ("a1",)
        assert store.story_of_article("a1") == "s1"
        # 0003 computed the stored sentence spans once.
        (doc,) = store.story_documents("s1")
        assert [s.text for s in doc.sentences] == ["Old text."]


def test_upgrade_keeps_the_current_report_as_version_1(db_url):
    """A database at 0002 with a summarized story: after the upgrade its report is version 1."""
    from newsweave.store.codec import report_to_json
    from newsweave.types import Citation, StoryReport, Summary, SummarySentence

    engine = make_engine(db_url)
    migrate(engine, revision="0002_ingest_runs")
    now = dt.datetime(2025, 3, 12, 9, 0)
    summary = Summary("s1", "extractive", (SummarySentence("The pier fell.", (Citation("a1", 0, 14, 0),)),))
    payload = report_to_json(StoryReport("s1", (), summary))
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO stories (id, title, headline, first_seen, last_seen, n_articles, centroid, entities, seq, version, dirty, created_at, updated_at) "
                 "VALUES ('s1', 'Pier', 'The pier fell.', :d, :d, 1, :c, '{}', 1, 1, :dirty, :t, :t)"),
            {"d": dt.date(2025, 3, 12), "c": b"\x00" * 8, "dirty": False, "t": now},
        )
        conn.execute(text("INSERT INTO articles (id, story_id, seq, outlet, text, added_at) VALUES ('a1', 's1', 1, 'Gazette', 'The pier fell. Two hurt.', :t)"), {"t": now})
        conn.execute(text("INSERT INTO story_reports (story_id, version, report, updated_at) VALUES ('s1', 1, :r, :t)"), {"r": payload, "t": now})
    engine.dispose()
    with open_store(db_url) as store:
        (v1,) = store.report_versions("s1")
        assert (v1.number, v1.story_version, v1.n_articles, v1.headline) == (1, 1, 1, "The pier fell.")
        report = store.get_report("s1")
        assert report.summary == summary and [s.text for s in report.documents[0].sentences] == ["The pier fell.", "Two hurt."]


def test_reads_after_ingesting_the_example(filled):
    store, report = filled
    assert report.new_articles == 5 and len(report.new_stories) == 1
    (story_id,) = report.new_stories
    assert store.count_articles() == 5
    stories, total = store.list_stories()
    assert total == 1
    listing = stories[0]
    assert isinstance(listing, StoryListing) and listing.id == story_id
    assert listing.n_articles == 5 and len(listing.article_ids) == 5
    assert set(listing.outlets) == {"Coastline News Agency", "Harbourside Daily", "Marrowby Gazette", "Northern Ledger", "Radio West"}
    assert listing.first_seen == dt.date(2025, 3, 12) and listing.last_seen == dt.date(2025, 3, 13)

    full = store.get_report(story_id)
    assert listing.headline == full.summary.sentences[0].text
    story = store.get_story(story_id)
    assert set(story.article_ids) == {a.id for a in full.articles}
    for article_id in story.article_ids:
        assert store.story_of_article(article_id) == story_id
        assert store.get_article(article_id).id == article_id


def test_stored_report_citations_resolve_exactly(filled):
    store, report = filled
    (story_id,) = report.new_stories
    full = store.get_report(story_id)
    by_id = {a.id: a for a in full.articles}
    cited = 0
    for sentence in full.summary.sentences:
        assert sentence.citations
        for c in sentence.citations:
            article = by_id[c.article_id]
            assert article.text[c.start : c.end].strip()
            # Each citation is one of the article's sentences, re-segmented from the stored text.
            doc = next(d for d in full.documents if d.article.id == c.article_id)
            assert any(s.start == c.start and s.end == c.end for s in doc.sentences)
            cited += 1
    assert cited >= len(full.summary.sentences)


def test_report_json_matches_schema(filled):
    import json

    import jsonschema

    from newsweave.render.json import report_dict

    store, report = filled
    data = report_dict(store.get_report(report.new_stories[0]))
    schema_path = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "schema" / "story.schema.json"
    jsonschema.validate(data, json.loads(schema_path.read_text(encoding="utf-8")))
    assert data["story_id"] == report.new_stories[0] and len(data["articles"]) == 5


def test_filters_search_and_paging(filled):
    store, _ = filled
    assert store.list_stories(since=dt.date(2025, 3, 13))[1] == 1
    assert store.list_stories(since=dt.date(2025, 3, 14))[1] == 0
    assert store.list_stories(until=dt.date(2025, 3, 11))[1] == 0
    assert store.list_stories(search="KESTREL")[1] == 1
    assert store.list_stories(search="no such words 100%")[1] == 0
    page, total = store.list_stories(limit=1, offset=1)
    assert page == [] and total == 1
    found, total = store.search_articles("footbridge", limit=2)
    assert total >= 3 and len(found) == 2
    assert store.search_articles("zzzz-nothing")[1] == 0


def test_missing_things_raise_not_found(filled):
    store, _ = filled
    for call in (lambda: store.get_story("nope"), lambda: store.get_report("nope"), lambda: store.get_article("nope"), lambda: store.story_of_article("nope")):
        with pytest.raises(NotFoundError):
            call()


def test_bad_urls_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path / 'missing-folder' / 'x.db'}")
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://nobody@localhost/x")


def test_default_url_comes_from_newsweave_db_then_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSWEAVE_DB", raising=False)
    with open_store() as store:
        assert store.dialect == "sqlite"
    assert (tmp_path / "newsweave.db").exists()
    monkeypatch.setenv("NEWSWEAVE_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with open_store() as store:
        assert store.count_articles() == 0
    assert (tmp_path / "env.db").exists()
