"""The write side of the SQL store: `SqlUnitOfWork`, one transaction that holds the write lock
(see `engine.write_transaction`). One ingest batch is one unit of work: its articles, their story
assignments, the stories' new clustering state and their `dirty` flags land together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from ..types import ClusterState, Document, StoryReport
from . import schema as t
from .base import utc_now

now = utc_now


def spans_json(document: Document) -> str:
    return json.dumps([[s.start, s.end] for s in document.sentences])


def _state(row) -> ClusterState:
    return ClusterState(
        id=row.id,
        centroid=bytes(row.centroid),
        n=row.n_articles,
        entities=json.loads(row.entities),
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        seq=row.seq,
        extra=json.loads(row.cluster_extra) if row.cluster_extra else {},
    )


class SqlUnitOfWork:
    """Write operations on one connection inside a locked transaction (commit is the caller's)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def existing_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(dict.fromkeys(ids))
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(self.conn.execute(select(t.articles.c.id).where(t.articles.c.id.in_(chunk))).scalars())
        return found

    def get_meta(self, key: str) -> str | None:
        return self.conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        if self.conn.execute(select(t.meta.c.key).where(t.meta.c.key == key)).first():
            self.conn.execute(update(t.meta).where(t.meta.c.key == key).values(value=value))
        else:
            self.conn.execute(insert(t.meta).values(key=key, value=value))

    def max_seq(self) -> int:
        a = self.conn.execute(select(func.max(t.articles.c.seq))).scalar() or 0
        s = self.conn.execute(select(func.max(t.stories.c.seq))).scalar() or 0
        return max(int(a), int(s))

    def load_candidates(self, dates: Sequence[dt.date | None], *, window_days: int, max_candidates: int) -> list[ClusterState]:
        """Bounded by activity, not database size (see `base.UnitOfWork.load_candidates`)."""
        s = t.stories.c
        dated = [d for d in dates if d is not None]
        rows = {}
        if dated:
            low = min(dated) - dt.timedelta(days=window_days)
            high = max(dated) + dt.timedelta(days=window_days)
            # One index range (last_seen >= low), the other bound checked here: a feed arrives in
            # time order, so few stories end after `low` and the range stays the size of the
            # window. (Both bounds in SQL let SQLite pick the first_seen index instead, which
            # scans every story older than the batch: time per batch then grows with the database.)
            for row in self.conn.execute(select(t.stories).where(s.last_seen >= low)):
                if row.first_seen is not None and row.first_seen <= high:
                    rows[row.id] = row
        recent = select(t.stories).order_by(s.seq.desc()).limit(max_candidates)
        if len(dated) == len(dates):
            recent = recent.where(s.last_seen.is_(None))  # dated batch: only undated stories besides
        for row in self.conn.execute(recent):
            rows[row.id] = row
        return [_state(r) for r in sorted(rows.values(), key=lambda r: r.seq)]

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            rows = self.conn.execute(select(t.articles.c.id, t.articles.c.story_id).where(t.articles.c.id.in_(ids[start : start + 500])))
            found.update({r.id: r.story_id for r in rows})
        return found

    def outlet_spellings(self, outlets: Iterable[str]) -> dict[str, str]:
        """See `base.UnitOfWork.outlet_spellings`: one lookup per outlet on the index
        (outlet_key, seq), whatever the number of articles stored."""
        from ..read.outlet import outlet_key

        a = t.articles.c
        found: dict[str, str] = {}
        for key in sorted({outlet_key(o) for o in outlets}):
            spelling = self.conn.execute(select(a.outlet).where(a.outlet_key == key).order_by(a.seq).limit(1)).scalar()
            if spelling is not None:
                found[key] = spelling
        return found

    def load_states(self, story_ids: Iterable[str]) -> list[ClusterState]:
        ids = list(story_ids)
        rows = self.conn.execute(select(t.stories).where(t.stories.c.id.in_(ids))).all() if ids else []
        return [_state(r) for r in sorted(rows, key=lambda r: r.seq)]

    def add_batch(self, documents: Sequence[Document], story_of: dict[str, str], seq_of: dict[str, int], states: Sequence[ClusterState], new_story_ids: set[str], titles: dict[str, str]) -> None:
        # Three statements per batch whatever its size (executemany): new stories, changed
        # stories (version + 1), articles; not one compiled statement per story.
        from ..read.outlet import outlet_key

        stamp = now()
        created, changed = [], []
        for state in states:
            values = {
                "first_seen": state.first_seen,
                "last_seen": state.last_seen,
                "n_articles": state.n,
                "centroid": state.centroid,
                "entities": json.dumps(state.entities, ensure_ascii=False, sort_keys=True),
                "cluster_extra": json.dumps(state.extra, ensure_ascii=False, sort_keys=True) if state.extra else None,
                "seq": state.seq,
                "dirty": True,
                "updated_at": stamp,
            }
            if state.id in new_story_ids:
                created.append({"id": state.id, "title": titles[state.id], "headline": None, "version": 1, "created_at": stamp, **values})
            else:
                changed.append({"b_id": state.id, **{"b_" + k: v for k, v in values.items()}})
        if created:
            self.conn.execute(insert(t.stories), created)
        if changed:
            s = t.stories.c
            # (bind names differ from the column names, as SQLAlchemy requires in an UPDATE)
            stmt = update(t.stories).where(s.id == bindparam("b_id")).values(version=s.version + 1, **{k[2:]: bindparam(k) for k in changed[0] if k != "b_id"})
            self.conn.execute(stmt, changed)
        rows = [
            {
                "id": d.article.id,
                "story_id": story_of[d.article.id],
                "seq": seq_of[d.article.id],
                "outlet": d.article.outlet or "unknown",
                "outlet_key": outlet_key(d.article.outlet or "unknown"),
                "title": d.article.title,
                "url": d.article.url,
                "published": d.article.published,
                "author": d.article.author,
                "source": d.article.source,
                "language": d.article.language,
                "genre": d.article.genre,
                "text": d.article.text,
                "sentences": spans_json(d),
                "added_at": stamp,
            }
            for d in documents
        ]
        if rows:
            self.conn.execute(insert(t.articles), rows)

    def merge_stories(self, merges: Iterable[tuple[str, str, str]]) -> None:
        """(keep id, absorbed id, reason): the absorbed story's articles move to the kept one, its
        reports go, and its id is remembered as naming the kept story (`story_merges`)."""
        stamp = now()
        for keep_id, absorbed_id, reason in merges:
            self.conn.execute(update(t.articles).where(t.articles.c.story_id == absorbed_id).values(story_id=keep_id))
            self.conn.execute(delete(t.story_report_versions).where(t.story_report_versions.c.story_id == absorbed_id))
            self.conn.execute(delete(t.story_reports).where(t.story_reports.c.story_id == absorbed_id))
            self.conn.execute(delete(t.stories).where(t.stories.c.id == absorbed_id))
            self.conn.execute(update(t.story_merges).where(t.story_merges.c.keep_id == absorbed_id).values(keep_id=keep_id))
            self.conn.execute(insert(t.story_merges).values(absorbed_id=absorbed_id, keep_id=keep_id, reason=reason, merged_at=stamp))

    def dirty_stories(self) -> list[tuple[str, int]]:
        q = select(t.stories.c.id, t.stories.c.version).where(t.stories.c.dirty == True).order_by(t.stories.c.seq)  # noqa: E712
        return [(r.id, r.version) for r in self.conn.execute(q)]

    def save_report(self, story_id: str, version: int, report: StoryReport, *, title: str | None) -> bool:
        from .codec import report_to_json

        conn = self.conn
        current = conn.execute(select(t.stories.c.version).where(t.stories.c.id == story_id)).scalar()
        if current != version:
            return False
        payload = report_to_json(report)
        stamp = now()
        if conn.execute(select(t.story_reports.c.story_id).where(t.story_reports.c.story_id == story_id)).first():
            conn.execute(update(t.story_reports).where(t.story_reports.c.story_id == story_id).values(version=version, report=payload, updated_at=stamp))
        else:
            conn.execute(insert(t.story_reports).values(story_id=story_id, version=version, report=payload, updated_at=stamp))
        headline = next((s.text for s in report.summary.sentences if s.opinion_of is None), None)  # a marked opinion is no headline
        v = t.story_report_versions.c
        number = (conn.execute(select(func.max(v.number)).where(v.story_id == story_id)).scalar() or 0) + 1
        conn.execute(insert(t.story_report_versions).values(
            story_id=story_id, number=number, story_version=version, article_ids=json.dumps([d.article.id for d in report.documents]),
            headline=headline, report=payload, created_at=stamp,
        ))
        values = {"dirty": False, "headline": headline}
        if title:
            values["title"] = title
        conn.execute(update(t.stories).where(t.stories.c.id == story_id).values(**values))
        return True

    def start_run(self) -> int:
        result = self.conn.execute(insert(t.ingest_runs).values(started_at=now(), status="running", read=0, skipped=0, new_articles=0, duplicates=0, new_stories=0, updated_stories=0))
        return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, *, status: str, **counts: int) -> None:
        self.conn.execute(update(t.ingest_runs).where(t.ingest_runs.c.id == run_id).values(finished_at=now(), status=status, **counts))

    def check_consistency(self) -> list[str]:
        return check_consistency(self.conn)


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
