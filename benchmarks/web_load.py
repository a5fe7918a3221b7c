"""Load benchmark for the web app and API: concurrent readers and writers against a real
`newsweave serve` on loopback, then proof that every accepted article is stored exactly once.

    .venv/bin/python benchmarks/web_load.py --readers 16 --writers 4 --duration 30

What it does:
1. starts `python -m newsweave serve` on a free 127.0.0.1 port with a fresh SQLite file (or
   --db URL) and a write token, and seeds it with the bundled example;
2. runs `--readers` reader tasks (story list, story JSON, story page, article JSON and page, search)
   and `--writers` writer tasks (POST /api/articles with 1-3 synthetic articles, one in five a
   re-post of an article already accepted) until `--duration` seconds or `--max-requests` pass;
3. prints requests per second and latency percentiles per kind of request, and
4. stops the server, opens the database directly and checks that every article the server
   accepted is there, exactly once, in exactly one story, and that nothing else is.

Exits 1 if any request failed with a 5xx or the exactly-once check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.web.server import running_server  # noqa: E402

TOKEN = "bench-token"
TOPICS = [
    ("Marrowby", "footbridge", "the Transport Safety Board", "harbour"),
    ("Greyhaven", "water main", "the city water board", "flooded streets"),
    ("Lowmoor", "tram depot fire", "the fire service", "the depot roof"),
    ("Eastwick", "school strike", "the teachers' union", "the county council"),
    ("Dunmere", "ferry grounding", "the coastguard", "the estuary"),
]
OUTLETS = ["Bay Courier", "Valley Post", "Coast Herald", "Evening Star", "Morning Wire", "Town Crier"]


def synthetic_article(rng: random.Random, n: int) -> dict:
    """A short article about one of a few events, unique by its serial number."""
    town, thing, body, place = rng.choice(TOPICS)
    injured = rng.randint(2, 30)
    day = rng.randint(1, 28)
    text = (
        f"{town} {thing}: {injured} people were affected on Tuesday, officials said. "
        f"{body.capitalize()} said it was investigating what happened near {place}. "
        f"Witnesses described the scene as chaotic, and emergency crews stayed until late evening. "
        f"Report {n} from the {rng.choice(['north', 'south', 'east', 'west'])} desk, reference {rng.getrandbits(48):x}."
    )
    return {"outlet": rng.choice(OUTLETS), "title": f"{town} {thing} update {n}", "published": f"2025-04-{day:02d}", "text": text}


class Stats:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.failures: list[str] = []

    def add(self, kind: str, seconds: float, status: int) -> None:
        self.latency[kind].append(seconds)
        self.status[kind][status] += 1


async def timed(client: httpx.AsyncClient, stats: Stats, kind: str, method: str, url: str, **kw) -> httpx.Response | None:
    start = time.perf_counter()
    try:
        r = await client.request(method, url, **kw)
    except httpx.HTTPError as exc:
        stats.add(kind, time.perf_counter() - start, 0)
        stats.failures.append(f"{kind} {url}: {type(exc).__name__}: {exc}")
        return None
    stats.add(kind, time.perf_counter() - start, r.status_code)
    # 503 + Retry-After is the documented answer for a story whose summary an ingest is still
    # writing: expected under concurrent writes, counted in the status column, not a failure.
    if r.status_code >= 500 and not (r.status_code == 503 and "retry-after" in r.headers):
        stats.failures.append(f"{kind} {url}: {r.status_code} {r.text[:200]}")
    return r


async def reader(client, stats, stop, rng, known_articles) -> None:
    words = ["footbridge", "harbour", "water", "strike", "ferry", "Marrowby", "inquiry", "council"]
    while not stop():
        r = await timed(client, stats, "GET /api/stories", "GET", "/api/stories", params={"limit": 20})
        if r is None or r.status_code != 200:
            continue
        stories = r.json()["stories"]
        choice = rng.random()
        if stories and choice < 0.3:
            s = rng.choice(stories)
            await timed(client, stats, "GET /api/stories/{id}", "GET", f"/api/stories/{s['id']}")
        elif stories and choice < 0.5:
            s = rng.choice(stories)
            await timed(client, stats, "GET /stories/{id} (page)", "GET", f"/stories/{s['id']}")
        elif choice < 0.7:
            await timed(client, stats, "GET /api/search", "GET", "/api/search", params={"q": rng.choice(words)})
        elif choice < 0.85 and known_articles:
            aid = rng.choice(known_articles)
            await timed(client, stats, "GET /articles/{id} (page)", "GET", f"/articles/{aid}")
        else:
            await timed(client, stats, "GET / (page)", "GET", "/", params={"q": rng.choice(words)})


async def writer(client, stats, stop, rng, counter, accepted, sent_ok, known_articles) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    while not stop():
        batch = []
        for _ in range(rng.randint(1, 3)):
            if sent_ok and rng.random() < 0.2:
                batch.append(rng.choice(sent_ok))  # a re-post: must not be stored twice
            else:
                counter[0] += 1
                batch.append(synthetic_article(rng, counter[0]))
        r = await timed(client, stats, "POST /api/articles", "POST", "/api/articles", json={"articles": batch}, headers=headers)
        if r is not None and r.status_code == 200:
            for record, item in zip(batch, r.json()["articles"], strict=True):
                accepted[item["id"]] += 1 if item["new"] else 0
                accepted.setdefault(item["id"], 0)
                sent_ok.append(record)
                known_articles.append(item["id"])


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000

    return {"n": len(ordered), "p50": pct(50), "p90": pct(90), "p99": pct(99), "max": ordered[-1] * 1000,
            "mean": statistics.fmean(ordered) * 1000}


async def run_load(base: str, args, seeded_ids: list[str]) -> tuple[Stats, dict[str, int], float]:
    stats = Stats()
    rng = random.Random(args.seed)
    accepted: dict[str, int] = defaultdict(int)
    sent_ok: list[dict] = []
    known_articles = list(seeded_ids)
    counter = [0]
    deadline = time.monotonic() + args.duration

    def stop() -> bool:
        return time.monotonic() > deadline or sum(len(v) for v in stats.latency.values()) >= args.max_requests

    limits = httpx.Limits(max_connections=args.readers + args.writers + 4)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        started = time.perf_counter()
        tasks = [reader(client, stats, stop, random.Random(rng.random()), known_articles) for _ in range(args.readers)]
        tasks += [writer(client, stats, stop, random.Random(rng.random()), counter, accepted, sent_ok, known_articles)
                  for _ in range(args.writers)]
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - started
    return stats, accepted, elapsed


def verify(db_url: str, accepted: dict[str, int], seeded_ids: list[str]) -> list[str]:
    """Every accepted id stored once and in exactly one story; nothing else stored."""
    from newsweave.store import open_store

    problems = []
    expected = set(accepted) | set(seeded_ids)
    twice = [aid for aid, n in accepted.items() if n > 1]
    if twice:
        problems.append(f"{len(twice)} articles were reported new more than once, e.g. {twice[:3]}")
    with open_store(db_url) as store:
        count = store.count_articles()
        if count != len(expected):
            problems.append(f"store holds {count} articles, but {len(expected)} distinct ones were accepted")
        membership: dict[str, int] = defaultdict(int)
        offset = 0
        while True:
            listings, total = store.list_stories(limit=100, offset=offset)
            for s in listings:
                for aid in s.article_ids:
                    membership[aid] += 1
            offset += len(listings)
            if not listings or offset >= total:
                break
        for aid in expected:
            try:
                store.get_article(aid)
            except Exception as exc:  # noqa: BLE001 - reported, not raised
                problems.append(f"accepted article {aid} is missing: {exc}")
            if membership.get(aid, 0) != 1:
                problems.append(f"article {aid} is in {membership.get(aid, 0)} stories")
        stray = set(membership) - expected
        if stray:
            problems.append(f"{len(stray)} stored articles were never accepted, e.g. {sorted(stray)[:3]}")
    return problems


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--readers", type=int, default=16)
    p.add_argument("--writers", type=int, default=4)
    p.add_argument("--duration", type=float, default=30.0, help="seconds of load (bound 1)")
    p.add_argument("--max-requests", type=int, default=20000, help="stop after this many requests (bound 2)")
    p.add_argument("--db", help="database URL (default: a fresh SQLite file in a temporary folder)")
    p.add_argument("--embedder", default="hashing", help="embedder the server uses for ingest (hashing | minilm | auto)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = p.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="nw-load-"))
    db_url = args.db or f"sqlite:///{tmp / 'load.db'}"
    example = ROOT / "examples" / "harbour-collapse"
    with running_server(db_url, token=TOKEN, extra_env={"NEWSWEAVE_EMBEDDER": args.embedder},
                        log_path=tmp / "server.log") as base:
        files = [("files", (f.name, f.read_bytes())) for f in sorted(example.iterdir())]
        r = httpx.post(base + "/api/articles", files=files, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=300)
        r.raise_for_status()
        seeded = [a["id"] for a in r.json()["articles"]]
        print(f"server {base}, db {db_url}, embedder {args.embedder}; seeded {len(seeded)} articles", flush=True)
        stats, accepted, elapsed = asyncio.run(run_load(base, args, seeded))

    total = sum(len(v) for v in stats.latency.values())
    print(f"\n{args.readers} readers + {args.writers} writers, {elapsed:.1f} s, {total} requests, "
          f"{total / elapsed:.1f} req/s overall\n")
    rows = {}
    print(f"{'request':28} {'n':>6} {'req/s':>7} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}  statuses")
    for kind in sorted(stats.latency):
        pc = percentiles(stats.latency[kind])
        rows[kind] = {**pc, "rps": pc["n"] / elapsed, "statuses": dict(stats.status[kind])}
        statuses = " ".join(f"{k}:{v}" for k, v in sorted(stats.status[kind].items()))
        print(f"{kind:28} {pc['n']:>6} {pc['n'] / elapsed:>7.1f} {pc['p50']:>8.1f} {pc['p90']:>8.1f} {pc['p99']:>8.1f} {pc['max']:>8.1f}  {statuses}")

    problems = verify(db_url, accepted, seeded)
    new = sum(1 for n in accepted.values() if n == 1)
    print(f"\naccepted {len(accepted)} distinct articles in load ({new} reported new, "
          f"{sum(stats.status['POST /api/articles'].values())} POSTs), plus {len(seeded)} seeded")
    if problems:
        print("EXACTLY-ONCE CHECK FAILED:\n  " + "\n  ".join(problems[:20]))
    else:
        print("exactly-once check: every accepted article is stored once, in exactly one story; nothing else is stored")
    if stats.failures:
        print(f"{len(stats.failures)} failed requests, e.g.:\n  " + "\n  ".join(stats.failures[:5]))
    if args.json:
        Path(args.json).write_text(json.dumps({"args": vars(args), "elapsed": elapsed, "requests": total,
                                               "rows": rows, "problems": problems, "failures": stats.failures[:50]}, indent=2))
    return 1 if problems or stats.failures else 0


if __name__ == "__main__":
    sys.exit(main())
