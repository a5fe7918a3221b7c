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
    ("Port Alder footbridge collapses into harbour", ["The Kestrel footbridge in Port Alder fell into the harbour during the evening crossing.", "Mayor Helen Okafor promised an inquiry into the bridge's steel cables.", "Divers searched the harbour water beneath the broken span."]),
    ("Kettlewick reservoir bursts its banks", ["Heavy rain pushed the Kettlewick reservoir over its dam wall.", "Engineer Tomas Reyne said pumps from Brackenfold were racing to the valley.", "Farmland along the river Wend lay under muddy floodwater."]),
    ("Fire guts Brackenfold library", ["Flames tore through the Brackenfold library roof before dawn.", "Librarian Ada Venn wept as firefighters carried out scorched manuscripts.", "Smoke hung over the town square until noon."]),
    ("Saltmere ferry runs aground", ["The Saltmere ferry Gull Queen struck a sandbank at low tide.", "Captain Ivo Marsh ordered passengers into lifejackets while tugs approached.", "Coastguard helicopters circled the stranded vessel."]),
    ("Dunhollow power station shuts down", ["A turbine failure tripped every generator at the Dunhollow power station.", "Director Priya Lowe warned of rolling blackouts across the county grid.", "Hospitals switched to diesel backup generators."]),
    ("Greywater school roof gives way", ["Part of the Greywater primary school roof caved in over an empty gymnasium.", "Headteacher Sam Orrin sent pupils home and called structural surveyors.", "Parents gathered at the school gates asking about asbestos."]),
    ("Fenbridge tram derails near market", ["A Fenbridge tram jumped the rails beside the covered market.", "Inspector Lena Quill said a cracked point switch was the likely cause.", "Stallholders helped shaken commuters off the tilted carriage."]),
    ("Oakhurst museum coin theft", ["Thieves took rare silver coins from the Oakhurst museum overnight.", "Curator Bram Ellis said the alarm system had been disabled.", "Detectives dusted display cases for fingerprints."]),
]
OUTLETS = ["Marrowby Gazette", "Northern Ledger", "Radio West", "Harbourside Daily", "Coastline News"]


def write_corpus(folder, n: int, *, seed: int = 7, start=None) -> list:
    """Write `n` distinct fictional article files (headline line, blank line, body) into `folder`;
    returns their paths. Articles about the same topic in the same 20-day period form one story."""
    import datetime as dt
    import random

    rng = random.Random(seed)
    start = start or dt.date(2025, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        title, sentences = TOPICS[i % len(TOPICS)]
        day = start + dt.timedelta(days=(i // (len(TOPICS) * 15)) * 20)
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        picked = rng.sample(sentences, k=len(sentences))
        body = " ".join(picked) + f" Dispatch {i} filed by {outlet}."
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f" date {day.isoformat()} {title}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def corpus():
    """`corpus(folder, n, seed=..., start=...)` writes fictional article files (see write_corpus)."""
    return write_corpus
