"""Real processes: kill -9 in the middle of an ingest, and two ingests at once on one database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from newsweave.store import open_store, schema
from newsweave.store.writes import check_consistency

pytestmark = pytest.mark.slow


def run_ingest(db_url, folder, *extra):
    cmd = [sys.executable, "-m", "newsweave.cli", "ingest", str(folder), "--db", db_url, "--embedder", "hashing", "--quiet", "--json", *extra]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def counts(db_url):
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            n_ids = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
            n_distinct = conn.execute(select(func.count(func.distinct(schema.articles.c.id)))).scalar_one()
            n_sum = conn.execute(select(func.coalesce(func.sum(schema.stories.c.n_articles), 0))).scalar_one()
            dirty = conn.execute(select(func.count()).select_from(schema.stories).where(schema.stories.c.dirty == True)).scalar_one()  # noqa: E712
            problems = check_consistency(conn)
    return n_ids, n_distinct, int(n_sum), dirty, problems


def test_kill_9_mid_ingest_then_rerun_completes(db_url, tmp_path, corpus):
    n = 600
    folder = tmp_path / "corpus"
    corpus(folder, n)
    with open_store(db_url):
        pass  # create the schema first, so the poll below can read
    proc = run_ingest(db_url, folder, "--batch-size", "10")
    from newsweave.store.engine import make_engine

    engine = make_engine(db_url)  # one connection pool for fast polling
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            with engine.connect() as conn:
                if conn.execute(select(func.count()).select_from(schema.articles)).scalar_one() >= 150:
                    break
            time.sleep(0.02)
    finally:
        engine.dispose()
    assert proc.poll() is None, f"ingest finished before it could be killed: {proc.communicate()}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    n_ids, n_distinct, n_sum, dirty, problems = counts(db_url)
    assert 0 < n_ids <= n and n_ids == n_distinct == n_sum
    assert problems == []
    # Killed mid-way: articles still to store, or stories still to summarize.
    assert n_ids < n or dirty > 0

    proc = run_ingest(db_url, folder)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    n_ids, n_distinct, n_sum, dirty, problems = counts(db_url)
    assert n_ids == n_distinct == n_sum == n
    assert dirty == 0 and problems == []


def test_two_ingests_at_once_both_succeed(db_url, tmp_path, corpus):
    a, b = tmp_path / "a", tmp_path / "b"
    corpus(a, 200, seed=1)
    corpus(b, 200, seed=1)  # the same 200 articles...
    corpus(tmp_path / "b" / "more", 60, seed=2, start=__import__("datetime").date(2026, 1, 1))  # ...plus 60 new ones
    with open_store(db_url):
        pass
    procs = [run_ingest(db_url, a, "--batch-size", "25"), run_ingest(db_url, b, "--batch-size", "25")]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err
    import json

    reports = [json.loads(out.strip().splitlines()[-1]) for out, _ in results]
    n_ids, n_distinct, n_sum, dirty, problems = counts(db_url)
    assert n_ids == n_distinct == n_sum
    assert problems == [] and dirty == 0
    # Every article went in exactly once, whichever process stored it.
    assert sum(r["new_articles"] for r in reports) == n_ids
    with open_store(db_url) as store:
        assert store.count_articles() == n_ids
    import newsweave

    assert n_ids == len({x.id for x in newsweave.read([a, b]).articles}) > 200
