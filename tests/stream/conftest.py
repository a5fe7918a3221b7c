"""Databases for the store tests: SQLite (a temp file) and PostgreSQL (a fresh database per test
on the server named by NEWSWEAVE_TEST_PG_URL; `scripts/postgres.sh` starts one). With CI=true and no
URL, the PostgreSQL tests fail instead of skipping."""

from __future__ import annotations

import os
import uuid

import pytest


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


# Fictional stories for volume tests: each topic is a made-up event with its own names and words.
TOPICS = [
    ("Port Alder", "footbridge", "collapsed into the harbour", "Mayor Helen Okafor"),
    ("Kettlewick", "reservoir", "burst its banks after heavy rain", "Engineer Tomas Reyne"),
    ("Brackenfold", "library", "was gutted by an overnight fire", "Librarian Ada Venn"),
    ("Saltmere", "ferry", "ran aground on a sandbank", "Captain Ivo Marsh"),
    ("Dunhollow", "power station", "shut down after a turbine failure", "Director Priya Lowe"),
    ("Greywater", "school", "closed after a roof gave way", "Headteacher Sam Orrin"),
    ("Fenbridge", "tram line", "derailed near the market", "Inspector Lena Quill"),
    ("Oakhurst", "museum", "reported a theft of rare coins", "Curator Bram Ellis"),
]
OUTLETS = ["Marrowby Gazette", "Northern Ledger", "Radio West", "Harbourside Daily", "Coastline News"]


def write_corpus(folder, n: int, *, seed: int = 7, start=None) -> list:
    """Write `n` distinct fictional article files (headline line, blank line, body) into `folder`;
    returns their paths. Articles about the same topic in the same fortnight form one story."""
    import datetime as dt
    import random

    rng = random.Random(seed)
    start = start or dt.date(2025, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        place, thing, event, person = TOPICS[i % len(TOPICS)]
        day = start + dt.timedelta(days=(i // (len(TOPICS) * 15)) * 20)
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        injured = rng.randint(2, 40)
        body = (
            f"The {place} {thing} {event} on {day:%A}, officials in {place} said. "
            f"{person} said {injured} people were hurt and that the {thing} would stay closed. "
            f"Report number {i} from {outlet} adds that investigators reached {place} within hours. "
            f"Residents of {place} described the {thing} as a landmark."
        )
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f"{place} {thing} {event}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def corpus():
    """`corpus(folder, n, seed=..., start=...)` writes fictional article files (see write_corpus)."""
    return write_corpus
