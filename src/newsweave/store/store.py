"""The story store: articles, stories and their reports in SQLite or PostgreSQL.

`open_store(url)` opens (and creates or upgrades) a database; `Store` reads it. The write side used
by ingest lives in `writes.py` and always runs inside `engine.write_transaction`.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.engine import Engine

from ..config import Settings
from ..errors import NotFoundError, StoreError
from ..types import Article, Story, StoryReport
from . import schema as t
from .engine import make_engine, migrate, normalise_url


@dataclass(frozen=True)
class StoryListing(Story):
    """A story as listed: the Story fields plus its size, outlets, and headline (the first
    sentence of its summary, or its title until the summary exists)."""

    n_articles: int = 0
    outlets: tuple[str, ...] = ()
    headline: str = ""


def open_store(url: str | None = None) -> "Store":
    """Open the database at `url` (None: NEWSWEAVE_DB, else `Settings().db`, i.e.
    sqlite:///newsweave.db), creating or upgrading its schema. Use as a context manager, or call
    `close()`."""
    url = url or os.environ.get("NEWSWEAVE_DB") or Settings().db
    engine = make_engine(url)
    try:
        migrate(engine)
    except Exception:
        engine.dispose()
        raise
    return Store(engine)


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
    )


def _like(query: str) -> str:
    escaped = query.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """Reads stories and articles. Safe to share between threads (SQLAlchemy pools connections)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
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
        pattern = _like(query)
        cond = or_(func.lower(a.title).like(pattern, escape="\\"), func.lower(a.text).like(pattern, escape="\\"), func.lower(a.outlet).like(pattern, escape="\\"))
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
            if row is None:
                raise NotFoundError(f"no story {story_id!r}", hint="list story ids with `newsweave stories`")
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
            pattern = _like(search)
            in_articles = exists().where(and_(a.story_id == s.id, or_(func.lower(a.title).like(pattern, escape="\\"), func.lower(a.text).like(pattern, escape="\\"), func.lower(a.outlet).like(pattern, escape="\\"))))
            conds.append(or_(func.lower(s.title).like(pattern, escape="\\"), func.lower(s.headline).like(pattern, escape="\\"), in_articles))
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

    def get_report(self, story_id: str) -> StoryReport:
        """The stored summary and analysis of a story, with its articles re-segmented from the
        stored text, so every citation resolves to the exact characters it cited."""
        from ..text.segment import RuleSegmenter
        from .codec import report_from_json

        story = self.get_story(story_id)
        with self.engine.connect() as conn:
            row = conn.execute(select(t.story_reports.c.report).where(t.story_reports.c.story_id == story_id)).first()
        if row is None:
            raise NotFoundError(f"story {story_id!r} has no summary yet", hint="run `newsweave ingest` again to finish summarizing")
        articles = self.story_articles(story.id)
        segmenter = RuleSegmenter()
        documents = [segmenter.split(article) for article in articles]
        report = report_from_json(row.report, story_id=story.id, documents=documents)
        by_id = {a.id: a for a in articles}
        for sentence in report.summary.sentences:
            for c in sentence.citations:
                article = by_id.get(c.article_id)
                if article is None or not (0 <= c.start < c.end <= len(article.text)):
                    raise StoreError(f"story {story_id!r}: stored citation {c} does not resolve", hint="re-ingest to recompute the summary")
        return report

    # -- meta -------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar()


__all__ = ["Store", "StoryListing", "open_store", "normalise_url"]
