"""Ingest into SQLite and PostgreSQL: incremental, idempotent, bad input reported, only changed
stories re-summarized."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from newsweave.embed import HashingEmbedder
from newsweave.store import open_store, schema
from newsweave.store.writes import check_consistency
from newsweave.stream import ingest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"
UNRELATED = """ date 2025-03-13 Kettlewick reservoir bursts its banks

The Kettlewick reservoir burst its banks on Thursday after three days of heavy rain,
flooding the lower valley. Engineer Tomas Reyne said the dam itself held and that pumps from
Brackenfold were on their way. Forty homes in Kettlewick were evacuated overnight.
"""


def snapshot(store):
    with store.engine.connect() as conn:
        articles = conn.execute(select(schema.articles.c.id, schema.articles.c.story_id).order_by(schema.articles.c.id)).all()
        stories = conn.execute(select(schema.stories.c.id, schema.stories.c.n_articles, schema.stories.c.version, schema.stories.c.centroid).order_by(schema.stories.c.id)).all()
        reports = conn.execute(select(schema.story_reports.c.story_id, schema.story_reports.c.report).order_by(schema.story_reports.c.story_id)).all()
    return articles, stories, reports


def test_reingesting_the_same_files_changes_nothing(db_url):
    with open_store(db_url) as store:
        first = ingest([EXAMPLE], store=store, embedder=HashingEmbedder())
        before = snapshot(store)
        again = ingest([EXAMPLE], store=store, embedder=HashingEmbedder())
        assert (again.new_articles, again.duplicates, again.new_stories, again.updated_stories, again.summarized) == (0, 5, (), (), ())
        assert again.read == first.read == 5
        assert snapshot(store) == before


def test_incremental_ingest_updates_only_the_story_that_changed(db_url, tmp_path):
    part1, part2 = tmp_path / "part1", tmp_path / "part2"
    part1.mkdir(), part2.mkdir()
    files = sorted(EXAMPLE.iterdir())
    for f in files[:3]:
        shutil.copy(f, part1)
    for f in files[3:]:
        shutil.copy(f, part2)
    (part1 / "kettlewick.txt").write_text(UNRELATED, encoding="utf-8")
    with open_store(db_url) as store:
        r1 = ingest([part1], store=store, embedder=HashingEmbedder())
        assert r1.new_articles == 4 and len(r1.new_stories) == 2 and set(r1.summarized) == set(r1.new_stories)
        flood = store.story_of_article(next(a.id for a in store.search_articles("Kettlewick")[0]))
        bridge = next(s for s in r1.new_stories if s != flood)
        flood_report = store.get_report(flood)
        r2 = ingest([part2], store=store, embedder=HashingEmbedder())
        assert r2.new_articles == 2 and r2.new_stories == () and r2.updated_stories == (bridge,)
        assert r2.summarized == (bridge,)  # the flood story was not recomputed
        assert store.get_report(flood) == flood_report
        assert len(store.get_story(bridge).article_ids) == 5
        with store.engine.connect() as conn:
            assert check_consistency(conn) == []


def test_bad_files_are_skipped_with_reasons_and_the_rest_goes_in(db_url, tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(EXAMPLE, folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    with open_store(db_url) as store:
        report = ingest([folder, tmp_path / "no-such-file.txt"], store=store, embedder=HashingEmbedder())
        assert report.new_articles == 5
        sources = " ".join(p.source for p in report.skipped)
        assert "empty.txt" in sources and "no-such-file.txt" in sources
        assert all(p.reason for p in report.skipped)
        assert store.count_articles() == 5


def test_article_records_can_be_ingested_directly(db_url):
    import newsweave

    articles = newsweave.read([EXAMPLE]).articles
    with open_store(db_url) as store:
        report = ingest(list(articles), store=store, embedder=HashingEmbedder())
        assert report.read == 5 and report.new_articles == 5 and len(report.new_stories) == 1


def test_a_different_embedder_is_refused(db_url):
    from newsweave.errors import ConfigError

    class Other(HashingEmbedder):
        def __init__(self) -> None:
            super().__init__()
            self.name = "other-embedder"

    with open_store(db_url) as store:
        ingest([EXAMPLE], store=store, embedder=HashingEmbedder())
        # Nothing new: fine with any embedder. Something new: the vectors would not mix.
        ingest([EXAMPLE], store=store, embedder=Other())
        import newsweave
        from dataclasses import replace

        extra = replace(newsweave.read([EXAMPLE]).articles[0], id="feedfacefeedface", text="A different article entirely about something else.")
        with pytest.raises(ConfigError, match="embedder"):
            ingest([extra], store=store, embedder=Other())


def test_batched_ingest_through_the_database_equals_one_pass_in_memory(db_url, tmp_path, corpus):
    """Story state saved and reloaded between small batches gives exactly the clustering of one
    uninterrupted in-memory pass (same partition), so the database path is the evaluated algorithm."""
    import newsweave
    from newsweave.cluster import cluster_stream, lead_text
    from newsweave.cluster.online import config_for
    from newsweave.pipeline.ingest import cluster_item
    from newsweave.stream import publication_order

    folder = tmp_path / "corpus"
    corpus(folder, 160, seed=3)
    embedder = HashingEmbedder()
    articles = publication_order(list(newsweave.read([folder]).articles))
    vectors = embedder.embed([lead_text(a) for a in articles])
    # Ingest runs a merge pass after each batch of 7: the same as merging every 7 items in memory.
    expected = cluster_stream([cluster_item(a, vectors[i]) for i, a in enumerate(articles)], config=config_for(embedder.name), merge_every=7)
    with open_store(db_url) as store:
        ingest([folder], store=store, embedder=embedder, batch_size=7, summarize=False)
        got = {a.id: store.story_of_article(a.id) for a in articles}

    def partition(pairs):
        groups = {}
        for article_id, label in pairs:
            groups.setdefault(label, set()).add(article_id)
        return sorted(sorted(g) for g in groups.values())

    assert partition(got.items()) == partition((x.article_id, x.story_id) for x in expected)
    assert len({x.story_id for x in expected}) > 5
