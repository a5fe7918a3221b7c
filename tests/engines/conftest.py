"""Engine tests. The Ray tests connect to a REAL local Ray cluster by address (no local_mode, no
mock): `scripts/test.sh` starts one (`scripts/ray.sh`, 2 CPUs on 127.0.0.1) and exports
NEWSWEAVE_TEST_RAY_ADDRESS. Without it they skip, except in CI (CI=true), where they fail, like the
PostgreSQL tests."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def stream_path() -> Path:
    """22 fictional articles: 4 stories of 5, one exact duplicate and one rewrite (near-duplicate)."""
    return DATA / "stream.jsonl"


@pytest.fixture(scope="session")
def ray_address() -> str:
    address = os.environ.get("NEWSWEAVE_TEST_RAY_ADDRESS")
    if not address:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("NEWSWEAVE_TEST_RAY_ADDRESS is not set but CI=true: the Ray tests must run in CI (scripts/test.sh starts a cluster with scripts/ray.sh)")
        pytest.skip("NEWSWEAVE_TEST_RAY_ADDRESS not set (start a cluster with scripts/ray.sh)")
    pytest.importorskip("ray", reason="ray is not installed (pip install 'newsweave[ray]')") if os.environ.get("CI", "").lower() != "true" else __import__("ray")
    return address


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_db_urls(request, tmp_path):
    """Two empty databases of one kind: (for the local engine, for the Ray engine)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'local.db'}", f"sqlite:///{tmp_path / 'ray.db'}"
        return
    url = os.environ.get("NEWSWEAVE_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("NEWSWEAVE_TEST_PG_URL is not set but CI=true")
        pytest.skip("NEWSWEAVE_TEST_PG_URL not set (start a server with scripts/postgres.sh)")
    from sqlalchemy import create_engine, text

    from newsweave.store.engine import normalise_url

    server = normalise_url(url)
    names = [f"nw_test_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, tail = server.rpartition("/")
    query = "?" + tail.split("?", 1)[1] if "?" in tail else ""
    try:
        yield tuple(f"{base}/{name}{query}" for name in names)
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
