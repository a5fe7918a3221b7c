"""A kill -9 series and a concurrent-writers run against real databases (issue 18).

    .venv/bin/python benchmarks/kill9_series.py [--kills 8] [--articles 4000] [--writers 4] [--max-delay 4]
    NEWSWEAVE_TEST_PG_URL=postgresql://... (from scripts/postgres.sh) adds PostgreSQL

Kill series: one database; an ingest of N fictional articles (the test suite's corpus writer) is
started and killed with SIGKILL at a seeded random moment, `--kills` times in a row (each restart
resumes the previous one's work); after every kill the database is checked (no duplicate ids,
story sizes add up, the store's own consistency check passes); a last uninterrupted run must
finish with every article stored once and no story left dirty.

Concurrent writers: `--writers` ingest processes start at once on one empty database, each with an
overlapping slice of the same corpus; afterwards every distinct article is stored exactly once, the
processes' "new" counts add up to the stored total, and nothing is dirty.

Prints one Markdown table per part. Figures go to benchmarks/ROBUSTNESS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "stream"))

from conftest import write_corpus  # noqa: E402  (the test suite's fictional corpus)
from sqlalchemy import create_engine, func, select, text  # noqa: E402

from newsweave.store import open_store, schema  # noqa: E402
from newsweave.store.engine import normalise_url  # noqa: E402
from newsweave.store.writes import check_consistency  # noqa: E402


def ingest(db_url: str, folder: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "newsweave.cli", "ingest", str(folder), "--db", db_url, "--embedder", "hashing", "--quiet", "--json", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def state(db_url: str) -> dict:
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            n_rows = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
            n_distinct = conn.execute(select(func.count(func.distinct(schema.articles.c.id)))).scalar_one()
            n_sum = int(conn.execute(select(func.coalesce(func.sum(schema.stories.c.n_articles), 0))).scalar_one())
            dirty = conn.execute(select(func.count()).select_from(schema.stories).where(schema.stories.c.dirty == True)).scalar_one()  # noqa: E712
            stories = conn.execute(select(func.count()).select_from(schema.stories)).scalar_one()
            problems = check_consistency(conn)
    return {"rows": n_rows, "distinct": n_distinct, "sum": n_sum, "dirty": dirty, "stories": stories, "problems": problems}


def fresh_db(kind: str, workdir: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        return f"sqlite:///{workdir / f'k9-{uuid.uuid4().hex[:6]}.db'}", lambda: None
    server = normalise_url(os.environ["NEWSWEAVE_TEST_PG_URL"])
    name = f"nw_k9_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.rsplit("/", 1)[0] + "/" + name

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


def kill_series(kind: str, workdir: Path, corpus: Path, n: int, kills: int, rng: random.Random, max_delay: float) -> dict:
    db_url, drop = fresh_db(kind, workdir)
    try:
        with open_store(db_url):
            pass
        killed, checks_ok, stored_at_kill = 0, 0, []
        for _ in range(kills):
            proc = ingest(db_url, corpus, "--batch-size", "10")
            time.sleep(rng.uniform(0.5, max_delay))  # somewhere in start-up, storing or summarizing
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
                killed += 1
            else:
                proc.communicate()
            s = state(db_url)
            stored_at_kill.append(s["rows"])
            if s["rows"] == s["distinct"] == s["sum"] and not s["problems"]:
                checks_ok += 1
        start = time.monotonic()
        proc = ingest(db_url, corpus)
        _, err = proc.communicate(timeout=1800)
        final = state(db_url)
        ok = proc.returncode == 0 and final["rows"] == final["distinct"] == final["sum"] == n and final["dirty"] == 0 and not final["problems"]
        return {"backend": kind, "kills": killed, "consistent_after_kill": checks_ok, "stored_at_each_kill": stored_at_kill,
                "final_run_s": round(time.monotonic() - start, 1), "final_ok": ok, "stories": final["stories"], "error": err.strip()[-300:] if not ok else ""}
    finally:
        drop()


def concurrent_writers(kind: str, workdir: Path, corpus_files: list[Path], writers: int) -> dict:
    db_url, drop = fresh_db(kind, workdir)
    try:
        with open_store(db_url):
            pass
        n = len(corpus_files)
        folders = []
        for w in range(writers):  # writer w takes a window of 60% of the corpus, shifted: heavy overlap
            folder = workdir / f"writer-{kind}-{w}"
            folder.mkdir()
            lo = (w * n) // (writers + 1)
            for path in corpus_files[lo : lo + int(n * 0.6)]:
                shutil.copy(path, folder / path.name)
            folders.append(folder)
        distinct_inputs = len({p.name for f in folders for p in f.iterdir()})
        start = time.monotonic()
        procs = [ingest(db_url, f, "--batch-size", "25") for f in folders]
        results = [p.communicate(timeout=1800) for p in procs]
        seconds = time.monotonic() - start
        codes = [p.returncode for p in procs]
        new = [json.loads(out.strip().splitlines()[-1])["new_articles"] if code == 0 and out.strip() else None for (out, _), code in zip(results, codes)]
        s = state(db_url)
        ok = all(c == 0 for c in codes) and s["rows"] == s["distinct"] == s["sum"] == distinct_inputs == sum(x or 0 for x in new) and s["dirty"] == 0 and not s["problems"]
        return {"backend": kind, "writers": writers, "distinct_articles": distinct_inputs, "stored": s["rows"], "new_reported": sum(x or 0 for x in new),
                "exit_codes": codes, "seconds": round(seconds, 1), "ok": ok, "errors": [e.strip()[-200:] for (_, e), c in zip(results, codes) if c]}
    finally:
        drop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--max-delay", type=float, default=4.0, help="kill at a random moment between 0.5 s and this many seconds after start")
    args = parser.parse_args()
    backends = ["sqlite"] + (["postgresql"] if os.environ.get("NEWSWEAVE_TEST_PG_URL") else [])
    with tempfile.TemporaryDirectory(prefix="nw-k9-") as tmp:
        workdir = Path(tmp)
        files = write_corpus(workdir / "corpus", args.articles)
        rng = random.Random(args.seed)
        print("| backend | kills | consistent after each kill | articles stored at each kill | final run | final state |")
        print("|---|---|---|---|---|---|")
        for kind in backends:
            r = kill_series(kind, workdir, workdir / "corpus", args.articles, args.kills, rng, args.max_delay)
            print(f"| {kind} | {r['kills']} | {r['consistent_after_kill']}/{args.kills} | {r['stored_at_each_kill']} | {r['final_run_s']} s | "
                  f"{'all ' + str(args.articles) + ' stored once, none dirty' if r['final_ok'] else 'FAILED ' + r['error']} ({r['stories']} stories) |", flush=True)
        print()
        print("| backend | writers | distinct articles given | stored | 'new' reported | exit codes | seconds | result |")
        print("|---|---|---|---|---|---|---|---|")
        for kind in backends:
            r = concurrent_writers(kind, workdir, files, args.writers)
            print(f"| {kind} | {r['writers']} | {r['distinct_articles']} | {r['stored']} | {r['new_reported']} | {r['exit_codes']} | {r['seconds']} | "
                  f"{'ok' if r['ok'] else 'FAILED ' + '; '.join(r['errors'])} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
