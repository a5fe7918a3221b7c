"""The SQL story store: articles, stories and every version of their reports in SQLite or
PostgreSQL (SQLAlchemy Core, Alembic migrations). Implements `base.StoryStore`.

`open_store(url)` opens (and creates or upgrades) a database. Reads are methods of `SqlStore`;
writes go through `unit_of_work()` (one locked transaction, see `writes.SqlUnitOfWork`).
"""

from __future__ import annotations

import datetime as dt
import json
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.engine import Engine

from ..config import load_settings
from ..errors import NotFoundError, StoreError
from ..types import Article, Document, ReportVersion, Sentence, Story, StoryMerge, StoryReport
from . import schema as t
from .base import StoryListing
from .engine import make_engine, migrate, normalise_url, write_transaction


def open_store(url: str | None = None, *, must_exist: bool = False):
    """Open the store at `url`: `memory://` for an in-memory store, else a database URL (None:
    NEWSWEAVE_DB, else `Settings().db`, i.e. sqlite:///newsweave.db), creating or upgrading its
    schema. Use as a context manager, or call `close()`.

    `must_exist=True` (the read-only commands) refuses a SQLite file that does not exist instead of
    creating an empty one, so a mistyped `--db` path is an error, not "0 stories"."""
    url = url or load_settings().db  # NEWSWEAVE_DB, the NEWSWEAVE_CONFIG file, or the default
    if url.startswith("memory:"):
        from .memory import MemoryStore

        return MemoryStore()
    if must_exist and url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:" and not Path(path).expanduser().exists():
            raise StoreError(f"no database at {path}", hint="check --db (or NEWSWEAVE_DB); `newsweave ingest` creates one")
    engine = make_engine(url)
    try:
        migrate(engine)
    except Exception:
        engine.dispose()
        raise
    return SqlStore(engine)


def _article(row) -> Article:
    return Article(
        id=row.id,
        outlet=row.outlet,
        text=row.text,
        title=row.title,
        url=row.url,
        published=row.published,
        author=row.author,
        source=row.source,
        language=row.language,
        genre=row.genre,
    )


def _document(row) -> Document:
    article = _article(row)
    spans = json.loads(row.sentences) if row.sentences else []
    return Document(article, tuple(Sentence(article.id, i, s, e, article.text[s:e]) for i, (s, e) in enumerate(spans)))


def _like(query: str, dialect: str = "sqlite") -> str:
    # SQLite folds with nw_casefold (engine.py); PostgreSQL with lower() and "ß" -> "ss" (SqlStore._fold).
    folded = query.casefold() if dialect == "sqlite" else query.lower().replace("ß", "ss")
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SqlStore:
    """The store on SQLite or PostgreSQL. Safe to share between threads (SQLAlchemy pools connections)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _fold(self, column):
        """A column folded for case-insensitive search (see `_like`). PostgreSQL: lower() under the
        ICU root collation when the server has it (a database in the C locale lowers ASCII only),
        and "ß" as "ss"."""
        if self.engine.dialect.name == "sqlite":
            return func.nw_casefold(column)
        if getattr(self, "_icu", None) is None:
            with self.engine.connect() as conn:
                self._icu = conn.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").first() is not None
        return func.replace(func.lower(column.collate("und-x-icu") if self._icu else column), "ß", "ss")

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def unit_of_work(self):
        """One atomic batch of writes under the write lock: commits on success, rolls back on error."""
        from .writes import SqlUnitOfWork

        with write_transaction(self.engine) as conn:
            yield SqlUnitOfWork(conn)

    def __enter__(self) -> "SqlStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------------
    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.articles)).scalar_one())

    def count_stories(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.stories)).scalar_one())

    def get_article(self, article_id: str) -> Article:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).first()
        if row is None:
            raise NotFoundError(f"no article {article_id!r}", hint="list stories with `newsweave stories`; article ids are 16 hex digits")
        return _article(row)

    def story_of_article(self, article_id: str) -> str:
        with self.engine.connect() as conn:
            story_id = conn.execute(select(t.articles.c.story_id).where(t.articles.c.id == article_id)).scalar()
        if story_id is None:
            raise NotFoundError(f"no article {article_id!r}", hint="ingest it first with `newsweave ingest`")
        return story_id

    def search_articles(self, query: str, *, limit: int = 20, offset: int = 0) -> tuple[list[Article], int]:
        """Articles whose title, text or outlet contains `query` (case-insensitive), newest first;
        returns (page, total)."""
        a = t.articles.c
        pattern = _like(query, self.engine.dialect.name)
        cond = or_(self._fold(a.title).like(pattern, escape="\\"), self._fold(a.text).like(pattern, escape="\\"), self._fold(a.outlet).like(pattern, escape="\\"))
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(t.articles).where(cond)).scalar_one())
            rows = conn.execute(select(t.articles).where(cond).order_by(a.published.desc().nulls_last(), a.seq.desc()).limit(limit).offset(offset)).all()
        return [_article(r) for r in rows], total

    def story_articles(self, story_id: str) -> list[Article]:
        """The articles of a story in the order they joined it (publication order)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.articles).where(t.articles.c.story_id == story_id).order_by(t.articles.c.seq)).all()
        return [_article(r) for r in rows]

    # -- stories ----------------------------------------------------------------------------------
    def get_story(self, story_id: str) -> Story:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.stories).where(t.stories.c.id == story_id)).first()
            if row is None:  # a merged story's id names the story it joined
                kept = conn.execute(select(t.story_merges.c.keep_id).where(t.story_merges.c.absorbed_id == story_id)).scalar()
                row = conn.execute(select(t.stories).where(t.stories.c.id == kept)).first() if kept else None
            if row is None:
                raise NotFoundError(f"no story {story_id!r}", hint="list story ids with `newsweave stories`")
            story_id = row.id
            ids = conn.execute(select(t.articles.c.id).where(t.articles.c.story_id == story_id).order_by(t.articles.c.seq)).scalars().all()
        return Story(id=row.id, article_ids=tuple(ids), title=row.title, first_seen=row.first_seen, last_seen=row.last_seen)

    def list_stories(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        search: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[list[StoryListing], int]:
        """Stories active in [since, until] (by their first/last article dates) whose title,
        headline or articles mention `search`; most recent first. Returns (page, total)."""
        s, a = t.stories.c, t.articles.c
        conds = []
        if since is not None:
            conds.append(or_(s.last_seen >= since, s.last_seen.is_(None)))
        if until is not None:
            conds.append(or_(s.first_seen <= until, s.first_seen.is_(None)))
        if search:
            pattern = _like(search, self.engine.dialect.name)
            in_articles = exists().where(and_(a.story_id == s.id, or_(self._fold(a.title).like(pattern, escape="\\"), self._fold(a.text).like(pattern, escape="\\"), self._fold(a.outlet).like(pattern, escape="\\"))))
            conds.append(or_(self._fold(s.title).like(pattern, escape="\\"), self._fold(s.headline).like(pattern, escape="\\"), in_articles))
        where = and_(*conds) if conds else None
        count_q = select(func.count()).select_from(t.stories)
        page_q = select(t.stories.c.id, s.title, s.headline, s.first_seen, s.last_seen, s.n_articles).order_by(s.last_seen.desc().nulls_last(), s.seq.desc(), s.id).limit(limit).offset(offset)
        if where is not None:
            count_q, page_q = count_q.where(where), page_q.where(where)
        with self.engine.connect() as conn:
            total = int(conn.execute(count_q).scalar_one())
            rows = conn.execute(page_q).all()
            ids = [r.id for r in rows]
            members: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
            if ids:
                for r in conn.execute(select(a.story_id, a.id, a.outlet).where(a.story_id.in_(ids)).order_by(a.seq)):
                    members[r.story_id].append((r.id, r.outlet))
        listings = []
        for r in rows:
            outlets = tuple(dict.fromkeys(o for _, o in members[r.id]))
            listings.append(
                StoryListing(
                    id=r.id,
                    article_ids=tuple(i for i, _ in members[r.id]),
                    title=r.title,
                    first_seen=r.first_seen,
                    last_seen=r.last_seen,
                    n_articles=r.n_articles,
                    outlets=outlets,
                    headline=r.headline or r.title,
                )
            )
        return listings, total

    def story_documents(self, story_id: str, article_ids: list[str] | None = None) -> list[Document]:
        """The story's articles (or those named, in that order) with their stored sentences."""
        with self.engine.connect() as conn:
            if article_ids is None:
                rows = conn.execute(select(t.articles).where(t.articles.c.story_id == story_id).order_by(t.articles.c.seq)).all()
            else:
                found = {r.id: r for r in conn.execute(select(t.articles).where(t.articles.c.id.in_(article_ids)))}
                rows = [found[i] for i in article_ids if i in found]
        return [_document(r) for r in rows]

    def _version_row(self, story_id: str, version: int | None):
        v = t.story_report_versions.c
        q = select(t.story_report_versions).where(v.story_id == story_id)
        q = q.where(v.number == version) if version is not None else q.order_by(v.number.desc()).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(q).first()

    def get_report(self, story_id: str, version: int | None = None) -> StoryReport:
        """The stored report of a story (the newest, or version number `version`), with the
        documents it was computed from and their stored sentences, so every citation resolves to
        the exact characters it cited and nothing is re-segmented."""
        from .codec import current_labels, report_from_json

        story = self.get_story(story_id)
        row = self._version_row(story.id, version)
        if row is None:
            if version is not None:
                raise NotFoundError(f"story {story_id!r} has no version {version}", hint="see its versions with `newsweave show STORY --versions`")
            raise NotFoundError(f"story {story_id!r} has no summary yet", hint="run `newsweave ingest` again on the same files: stored articles are skipped and the missing summaries are made")
        documents = self.story_documents(story.id, json.loads(row.article_ids))
        report = report_from_json(row.report, story_id=story.id, documents=documents)
        by_id = {d.article.id: d.article for d in documents}
        for sentence in report.summary.sentences:
            for c in sentence.citations:
                article = by_id.get(c.article_id)
                if article is None or not (0 <= c.start < c.end <= len(article.text)):
                    raise StoreError(f"story {story_id!r}: stored citation {c} does not resolve", hint="re-ingest to recompute the summary")
        if report.set_aside:  # labels by today's rule (codec.current_labels)
            report = current_labels(report, [d.article for d in self.story_documents(story.id, [s.article_id for s in report.set_aside])])
        return report

    def report_versions(self, story_id: str) -> list[ReportVersion]:
        """Every stored version of the story's report, oldest first."""
        story_id = self.get_story(story_id).id
        v = t.story_report_versions.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(v.story_id, v.number, v.story_version, v.created_at, v.headline, v.article_ids).where(v.story_id == story_id).order_by(v.number)).all()
        return [ReportVersion(r.story_id, r.number, r.story_version, r.created_at, len(json.loads(r.article_ids)), r.headline) for r in rows]

    def story_merges(self, story_id: str) -> list[StoryMerge]:
        """Every story absorbed into this one, oldest first (see `base.StoryStore.story_merges`).
        `merge_stories` re-points older merges at the final story; the walk below also follows a
        chain written without that."""
        story_id = self.get_story(story_id).id
        m = t.story_merges.c
        found: dict[str, StoryMerge] = {}
        frontier = [story_id]
        with self.engine.connect() as conn:
            while frontier:
                rows = conn.execute(select(m.absorbed_id, m.keep_id, m.reason, m.merged_at).where(m.keep_id.in_(frontier))).all()
                frontier = [r.absorbed_id for r in rows if r.absorbed_id not in found and r.absorbed_id != story_id]
                found.update({r.absorbed_id: StoryMerge(r.absorbed_id, story_id, r.reason, r.merged_at) for r in rows if r.absorbed_id in frontier})
        return sorted(found.values(), key=lambda x: (x.merged_at, x.absorbed_id))

    # -- meta -------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar()


__all__ = ["SqlStore", "StoryListing", "open_store", "normalise_url"]
