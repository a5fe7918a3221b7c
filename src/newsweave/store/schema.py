"""The database schema (SQLAlchemy Core), identical on SQLite and PostgreSQL.

This describes the head revision; the Alembic migrations in `migrations/versions/` create and
upgrade it. Change both together (a test compares them).

- `articles`: every article ever ingested, keyed by content id, with the story it belongs to.
- `stories`: one row per story with its clustering state (centroid sum, count, top entities, dates,
  activity clock) so a batch loads only the stories active in its time window; `dirty` marks a
  story whose summary must be recomputed (set in the same transaction that adds an article, so a
  crash never loses that work).
- `story_reports`: the stored summary and analysis of a story, as JSON of the `types` records.
- `meta`: key/value facts about the database (which embedder made the centroids).
- `ingest_runs` (revision 0002): one row per ingest run with its counts.
- revision 0003: `articles.sentences` (the sentence spans, JSON `[[start, end], ...]`, so a view
  never re-segments), `stories.cluster_extra` (clustering state beyond centroid and entities, JSON),
  and `story_report_versions`: every report ever computed for a story, numbered 1, 2, 3 … with the
  ids of the articles it was computed from (`story_reports` keeps the newest, as before);
  `story_merges`: a story absorbed into another (its articles moved there, its id now names it).
- revision 0005: `articles.genre` (what the page declared itself, `read/genre.py`; NULL before it).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

stories = Table(
    "stories",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text, nullable=False),
    Column("headline", Text),
    Column("first_seen", Date),
    Column("last_seen", Date),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("centroid", LargeBinary, nullable=False),
    Column("entities", Text, nullable=False, default="{}"),
    Column("seq", Integer, nullable=False, default=0),
    Column("version", Integer, nullable=False, default=0),
    Column("dirty", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("cluster_extra", Text),
    Index("ix_stories_last_seen", "last_seen"),
    Index("ix_stories_first_seen", "first_seen"),
    Index("ix_stories_seq", "seq"),
    Index("ix_stories_dirty", "dirty"),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("story_id", String(40), ForeignKey("stories.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("outlet", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", Date),
    Column("author", Text),
    Column("source", Text),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("added_at", DateTime, nullable=False),
    Column("sentences", Text),
    Column("genre", Text),
    Column("outlet_key", Text),  # the outlet's case-free name (read.outlet.outlet_key; revision 0006)
    Index("ix_articles_story_id", "story_id"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_seq", "seq"),
    Index("ix_articles_outlet_key", "outlet_key", "seq"),
)

story_reports = Table(
    "story_reports",
    metadata,
    Column("story_id", String(40), ForeignKey("stories.id"), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("report", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

story_report_versions = Table(
    "story_report_versions",
    metadata,
    Column("story_id", String(40), ForeignKey("stories.id"), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("story_version", Integer, nullable=False),
    Column("article_ids", Text, nullable=False),
    Column("headline", Text),
    Column("report", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

story_merges = Table(
    "story_merges",
    metadata,
    Column("absorbed_id", String(40), primary_key=True),
    Column("keep_id", String(40), nullable=False),
    Column("reason", Text, nullable=False),
    Column("merged_at", DateTime, nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(16), nullable=False),
    Column("read", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("new_articles", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("new_stories", Integer, nullable=False, default=0),
    Column("updated_stories", Integer, nullable=False, default=0),
)
