"""The write side of the store, used by ingest. Every function takes a connection that is inside
`engine.write_transaction` (so it holds the write lock) and leaves committing to the caller.

One ingest batch is one transaction: its articles, their story assignments, the stories' new
clustering state and their `dirty` flags land together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

import numpy as np
from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from ..cluster import StoryState
from ..types import Article, StoryReport
from . import schema as t


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def existing_article_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    ids = list(dict.fromkeys(ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(conn.execute(select(t.articles.c.id).where(t.articles.c.id.in_(chunk))).scalars())
    return found


def _state(row) -> StoryState:
    return StoryState(
        id=row.id,
        centroid_sum=np.frombuffer(row.centroid, dtype=np.float32).copy(),
        n=row.n_articles,
        entities=json.loads(row.entities),
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        seq=row.seq,
    )


def max_seq(conn: Connection) -> int:
    a = conn.execute(select(func.max(t.articles.c.seq))).scalar() or 0
    s = conn.execute(select(func.max(t.stories.c.seq))).scalar() or 0
    return max(int(a), int(s))


def load_candidates(conn: Connection, dates: Sequence[dt.date | None], *, window_days: int, max_candidates: int) -> list[StoryState]:
    """The stories a batch with these publication dates could join: those active within the
    window around the batch's dated articles, plus (when some are undated, or stories are) the
    `max_candidates` most recently active stories. Bounded by activity, not database size."""
    s = t.stories.c
    dated = [d for d in dates if d is not None]
    rows = {}
    if dated:
        low = min(dated) - dt.timedelta(days=window_days)
        high = max(dated) + dt.timedelta(days=window_days)
        q = select(t.stories).where(and_(s.last_seen >= low, s.first_seen <= high))
        for row in conn.execute(q):
            rows[row.id] = row
    recent = select(t.stories).order_by(s.seq.desc()).limit(max_candidates)
    if len(dated) == len(dates):
        recent = recent.where(s.last_seen.is_(None))  # dated batch: only undated stories besides
    for row in conn.execute(recent):
        rows[row.id] = row
    return [_state(r) for r in sorted(rows.values(), key=lambda r: r.seq)]


def write_batch(conn: Connection, articles: Sequence[Article], story_of: dict[str, str], seq_of: dict[str, int], states: Sequence[StoryState], new_story_ids: set[str], titles: dict[str, str]) -> None:
    """Insert the batch's articles and create or update the stories they joined (marking them dirty)."""
    stamp = now()
    for state in states:
        values = {
            "first_seen": state.first_seen,
            "last_seen": state.last_seen,
            "n_articles": state.n,
            "centroid": np.asarray(state.centroid_sum, dtype=np.float32).tobytes(),
            "entities": json.dumps(state.entities, ensure_ascii=False, sort_keys=True),
            "seq": state.seq,
            "dirty": True,
            "updated_at": stamp,
        }
        if state.id in new_story_ids:
            conn.execute(insert(t.stories).values(id=state.id, title=titles[state.id], headline=None, version=1, created_at=stamp, **values))
        else:
            conn.execute(update(t.stories).where(t.stories.c.id == state.id).values(version=t.stories.c.version + 1, **values))
    rows = [
        {
            "id": a.id,
            "story_id": story_of[a.id],
            "seq": seq_of[a.id],
            "outlet": a.outlet or "unknown",
            "title": a.title,
            "url": a.url,
            "published": a.published,
            "author": a.author,
            "source": a.source,
            "language": a.language,
            "text": a.text,
            "added_at": stamp,
        }
        for a in articles
    ]
    if rows:
        conn.execute(insert(t.articles), rows)


def dirty_stories(conn: Connection) -> list[tuple[str, int]]:
    """(story id, version) of every story whose summary is missing or stale."""
    q = select(t.stories.c.id, t.stories.c.version).where(t.stories.c.dirty == True).order_by(t.stories.c.seq)  # noqa: E712
    return [(r.id, r.version) for r in conn.execute(q)]


def save_report(conn: Connection, story_id: str, version: int, report: StoryReport) -> bool:
    """Store a story's report if the story is still at `version` (no article joined meanwhile);
    clears its dirty flag. Returns False (and keeps it dirty) when the story moved on."""
    from .codec import report_to_json

    current = conn.execute(select(t.stories.c.version).where(t.stories.c.id == story_id)).scalar()
    if current != version:
        return False
    payload = report_to_json(report)
    stamp = now()
    exists_ = conn.execute(select(t.story_reports.c.story_id).where(t.story_reports.c.story_id == story_id)).first()
    if exists_:
        conn.execute(update(t.story_reports).where(t.story_reports.c.story_id == story_id).values(version=version, report=payload, updated_at=stamp))
    else:
        conn.execute(insert(t.story_reports).values(story_id=story_id, version=version, report=payload, updated_at=stamp))
    from ..render.common import story_title

    headline = report.summary.sentences[0].text if report.summary.sentences else None
    # The story is named after the article its summary opens with, not whichever came first.
    values = {"dirty": False, "headline": headline}
    if report.summary.sentences:
        values["title"] = story_title(report)
    conn.execute(update(t.stories).where(t.stories.c.id == story_id).values(**values))
    return True


def set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(t.meta.c.key).where(t.meta.c.key == key)).first():
        conn.execute(update(t.meta).where(t.meta.c.key == key).values(value=value))
    else:
        conn.execute(insert(t.meta).values(key=key, value=value))


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar()


def start_run(conn: Connection) -> int:
    result = conn.execute(insert(t.ingest_runs).values(started_at=now(), status="running", read=0, skipped=0, new_articles=0, duplicates=0, new_stories=0, updated_stories=0))
    return int(result.inserted_primary_key[0])


def finish_run(conn: Connection, run_id: int, *, status: str, **counts: int) -> None:
    conn.execute(update(t.ingest_runs).where(t.ingest_runs.c.id == run_id).values(finished_at=now(), status=status, **counts))


def check_consistency(conn: Connection) -> list[str]:
    """Invariants a crash must never break; returns what is wrong (empty when all is well)."""
    problems = []
    s, a = t.stories.c, t.articles.c
    counts = select(a.story_id, func.count().label("n")).group_by(a.story_id).subquery()
    bad = conn.execute(select(s.id, s.n_articles, counts.c.n).select_from(t.stories.outerjoin(counts, counts.c.story_id == s.id)).where(or_(counts.c.n.is_(None), counts.c.n != s.n_articles))).all()
    problems += [f"story {r.id}: n_articles={r.n_articles} but {r.n or 0} articles" for r in bad]
    stale = conn.execute(select(s.id).select_from(t.stories.outerjoin(t.story_reports, t.story_reports.c.story_id == s.id)).where(and_(s.dirty == False, or_(t.story_reports.c.version.is_(None), t.story_reports.c.version != s.version)))).all()  # noqa: E712
    problems += [f"story {r.id}: marked clean but its report is missing or stale" for r in stale]
    return problems
