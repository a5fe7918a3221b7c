"""The Ray engine against the local engine, on a real local Ray cluster (see conftest.py)."""

from __future__ import annotations

import json

import pytest

from newsweave.config import Settings

pytestmark = pytest.mark.slow

SETTINGS = Settings(embedder="static")


def snapshot(store) -> dict:
    """Everything a user can read back: stories (ids, members, titles) and each story's newest
    report (summary, analyses) as the JSON renderer gives it, plus the number of versions."""
    from newsweave.engines.output import report_rows, story_rows

    stories = sorted(story_rows(store), key=lambda s: s["id"])
    reports = {r["story_id"]: r["report"] for r in report_rows(store, [s["id"] for s in stories])}
    versions = {s["id"]: len(store.report_versions(s["id"])) for s in stories}
    return {"stories": stories, "reports": reports, "versions": versions}


def test_ray_engine_gives_the_local_engines_stories_summaries_and_analyses(ray_address, two_db_urls, stream_path):
    from newsweave.engines import get_engine
    from newsweave.store import open_store

    local_url, ray_url = two_db_urls
    with open_store(local_url) as store:
        local_run = get_engine("local").run([stream_path], store=store, settings=SETTINGS, near_duplicates=True)
        local = snapshot(store)
        assert store.unit_of_work  # noqa: B018
    with open_store(ray_url) as store:
        ray_run = get_engine("ray", address=ray_address, workers=2).run([stream_path], store=store, settings=SETTINGS, near_duplicates=True)
        remote = snapshot(store)
        with store.unit_of_work() as work:
            assert work.check_consistency() == []
            assert work.dirty_stories() == []

    assert ray_run.workers == 2
    # 22 lines: one exact duplicate dropped at reading, 21 articles, 4 stories (the rewrite joins its story).
    assert (local_run.report.read, ray_run.report.read) == (21, 21)
    assert len(local["stories"]) == 4
    assert sorted(len(s["article_ids"]) for s in local["stories"]) == [5, 5, 5, 6]
    assert remote["stories"] == local["stories"]
    assert set(remote["reports"]) == set(local["reports"]) and len(local["reports"]) == 4
    for story_id, report in local["reports"].items():
        assert report["summary"]["sentences"], story_id
        assert remote["reports"][story_id] == report, story_id
    assert remote["versions"] == local["versions"]
    # The rewrite is found as a near-duplicate of its original by both engines.
    assert [(p.a, p.b) for p in ray_run.near_duplicates] == [(p.a, p.b) for p in local_run.near_duplicates]
    assert len(local_run.near_duplicates) == 1 and local_run.near_duplicates[0].similarity >= 0.8
    assert set(ray_run.worker_seconds) >= {"read", "segment", "embed", "summarize+analyze"}


def test_interrupted_ray_ingest_is_finished_by_a_rerun(ray_address, tmp_path, stream_path):
    """Clustering stored, no reports yet (as when the driver dies before step 4): the stories stay
    dirty, the store is consistent, and the next run writes every report and changes nothing else."""
    from newsweave.engines import get_engine
    from newsweave.store import open_store

    engine = get_engine("ray", address=ray_address, workers=2)
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        first = engine.ingest([stream_path], store=store, settings=SETTINGS, summarize=False)
        assert first.new_articles == 21 and first.summarized == ()
        with store.unit_of_work() as work:
            assert len(work.dirty_stories()) == 4
            assert work.check_consistency() == []
        again = engine.ingest([stream_path], store=store, settings=SETTINGS)
        assert again.new_articles == 0 and again.duplicates == 21
        assert len(again.summarized) == 4
        with store.unit_of_work() as work:
            assert work.dirty_stories() == []
        assert all(len(store.report_versions(s)) == 1 for s in again.summarized)


def test_batch_command_writes_stories_reports_and_duplicates(ray_address, tmp_path, stream_path):
    from newsweave.cli import main

    out = tmp_path / "out"
    assert main(["batch", str(stream_path), "--engine", "ray", "--ray-address", ray_address, "--embedder", "static", "--out", str(out), "--quiet"]) == 0
    stories = [json.loads(line) for line in (out / "stories.jsonl").read_text().splitlines()]
    reports = [json.loads(line) for line in (out / "reports.jsonl").read_text().splitlines()]
    duplicates = [json.loads(line) for line in (out / "duplicates.jsonl").read_text().splitlines()]
    run = json.loads((out / "run.json").read_text())
    assert len(stories) == 4 and sum(s["n_articles"] for s in stories) == 21
    assert {r["story_id"] for r in reports} == {s["id"] for s in stories}
    assert all(r["report"]["summary"]["sentences"] for r in reports)
    assert len(duplicates) == 1 and duplicates[0]["story_a"] == duplicates[0]["story_b"]
    assert run["engine"] == "ray" and run["workers"] == 2 and run["near_duplicate_pairs"] == 1

    pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out2 = tmp_path / "parquet"
    assert main(["batch", str(stream_path), "--engine", "ray", "--ray-address", ray_address, "--embedder", "static", "--out", str(out2), "--out-format", "parquet", "--quiet"]) == 0
    table = pq.read_table(out2 / "stories.parquet")
    assert table.num_rows == 4 and sorted(table.column("id").to_pylist()) == sorted(s["id"] for s in stories)
    assert pq.read_table(out2 / "reports.parquet").num_rows == 4


def test_unreachable_cluster_is_one_line_error(capsys, tmp_path, stream_path):
    pytest.importorskip("ray")
    from newsweave.cli import main

    code = main(["batch", str(stream_path), "--out", str(tmp_path / "out"), "--engine", "ray", "--ray-address", "127.0.0.1:9", "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot reach the Ray cluster at 127.0.0.1:9" in err and "hint:" in err and "Traceback" not in err


KILLED_DRIVER = """
import sys
from newsweave.config import Settings
from newsweave.engines.ray import RayEngine
from newsweave.store import open_store
with open_store(sys.argv[1]) as store:
    RayEngine(address=sys.argv[2], workers=2, write_every=1).run([sys.argv[3]], store=store, settings=Settings(embedder="static"))
"""


def test_killed_driver_leaves_a_consistent_store_and_a_rerun_finishes(ray_address, tmp_path, stream_path):
    """SIGKILL the driver as soon as its first report is stored (one story per transaction)."""
    import signal
    import subprocess
    import sys
    import time

    from sqlalchemy import create_engine, text

    from newsweave.engines import get_engine
    from newsweave.store import open_store

    url = f"sqlite:///{tmp_path / 'k.db'}"
    with open_store(url):
        pass  # schema created before the driver starts, so polling can read it
    proc = subprocess.Popen([sys.executable, "-c", KILLED_DRIVER, url, ray_address, str(stream_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = create_engine(url)
    written = 0
    deadline = time.monotonic() + 240
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            with engine.connect() as conn:
                written = conn.execute(text("SELECT count(*) FROM story_report_versions")).scalar_one()
            if written >= 1:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.1)
    finally:
        proc.kill()
        proc.wait()
        engine.dispose()
    assert written >= 1
    with open_store(url) as store:
        with store.unit_of_work() as work:
            assert work.check_consistency() == []
            left = len(work.dirty_stories())
        assert store.count_articles() == 21 and store.count_stories() == 4
        again = get_engine("ray", address=ray_address, workers=2).ingest([stream_path], store=store, settings=SETTINGS)
        assert again.new_articles == 0 and len(again.summarized) == left
        with store.unit_of_work() as work:
            assert work.dirty_stories() == [] and work.check_consistency() == []
