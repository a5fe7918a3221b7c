"""Shared fixtures: the bundled fictional example, read once per session."""

from __future__ import annotations

from pathlib import Path

import os
import uuid

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-collapse"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example_report():
    import newsweave

    return newsweave.summarize([EXAMPLE], words=120)


def _by_file(report, name: str):
    for article in report.articles:
        if article.source and Path(article.source.split("#")[0]).name == name:
            return article
    raise AssertionError(f"no article read from {name}")


@pytest.fixture(scope="session")
def by_file():
    """`by_file(report, "radio-west.txt")`: the article read from that example file."""
    return _by_file


# Databases for store, ingest and web tests: SQLite (a temp file) and PostgreSQL (a fresh database
# per test on the server named by NEWSWEAVE_TEST_PG_URL; `scripts/postgres.sh` starts one). With
# CI=true and no URL, the PostgreSQL tests fail instead of skipping.
def _pg_server_url() -> str | None:
    url = os.environ.get("NEWSWEAVE_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("NEWSWEAVE_TEST_PG_URL is not set but CI=true: PostgreSQL tests must run in CI (start one with scripts/postgres.sh)")
        pytest.skip("NEWSWEAVE_TEST_PG_URL not set (start a server with scripts/postgres.sh)")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'stories.db'}"
        return
    from sqlalchemy import create_engine, text

    from newsweave.store.engine import normalise_url

    server = normalise_url(_pg_server_url())
    name = f"nw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = server.rsplit("/", 1)[0]
    query = ""
    if "?" in server.rsplit("/", 1)[1]:
        query = "?" + server.rsplit("?", 1)[1]
    try:
        yield f"{base}/{name}{query}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def merging_ingest(db_url) -> tuple[str, str]:
    """A real ingest into `db_url` whose second look absorbs a lone article's story (fictional data
    in tests/data/merges, as in tests/cluster/test_relink_ingest.py): (kept story id, absorbed id).
    Only one door is open: the long lone article's second look (no first-look joins, no merge pass)."""
    from dataclasses import replace

    from newsweave.cluster.online import config_for
    from newsweave.embed import HashingEmbedder
    from newsweave.pipeline.ingest import ingest
    from newsweave.store import open_store

    data = ROOT / "tests" / "data" / "merges"
    config = replace(config_for("hashing-2048-bi"), join_probability=1.01, merge_probability=1.01, short_merge_similarity=1.01,
                     relink_probability=1.0, relink_slope=0.0, relink_long_probability=0.01,
                     relink_young_articles=0)  # the long text's own bar in a store of 3 articles (relink.py YOUNG)
    with open_store(db_url) as store:
        first = ingest([data / "1-lone.jsonl"], store=store, embedder=HashingEmbedder(), cluster_config=config)
        second = ingest([data / "2-later.jsonl"], store=store, embedder=HashingEmbedder(), cluster_config=config)
        (lone,), (kept,) = first.new_stories, second.new_stories
        assert store.count_stories() == 1 and not second.failed
    return kept, lone
