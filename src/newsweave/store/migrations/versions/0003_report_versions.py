"""report versions, stored sentence spans and story merges: every recomputed report is kept (story
history), articles keep their sentence spans so a view never re-segments, and a story merged into
another is remembered

Revision ID: 0003_report_versions
Revises: 0002_ingest_runs

Existing rows are carried over: each article's spans are computed once here (with the splitter of
this release), and each story's current report becomes its version 1.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003_report_versions"
down_revision = "0002_ingest_runs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("sentences", sa.Text))
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("cluster_extra", sa.Text))
    op.create_table(
        "story_report_versions",
        sa.Column("story_id", sa.String(40), sa.ForeignKey("stories.id"), primary_key=True),
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("story_version", sa.Integer, nullable=False),
        sa.Column("article_ids", sa.Text, nullable=False),
        sa.Column("headline", sa.Text),
        sa.Column("report", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "story_merges",
        sa.Column("absorbed_id", sa.String(40), primary_key=True),
        sa.Column("keep_id", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("merged_at", sa.DateTime, nullable=False),
    )
    conn = op.get_bind()
    articles = sa.table("articles", sa.column("id"), sa.column("story_id"), sa.column("seq"), sa.column("text"), sa.column("sentences"))
    rows = conn.execute(sa.select(articles.c.id, articles.c.text).where(articles.c.sentences.is_(None))).all()
    if rows:
        # A one-off backfill: the only place the store ever segments text.
        from newsweave.text.segment import split_spans

        for row in rows:
            spans = json.dumps([[s, e] for s, e in split_spans(row.text)])
            conn.execute(sa.update(articles).where(articles.c.id == row.id).values(sentences=spans))
    reports = sa.table("story_reports", sa.column("story_id"), sa.column("version"), sa.column("report"), sa.column("updated_at"))
    stories = sa.table("stories", sa.column("id"), sa.column("headline"))
    versions = sa.table("story_report_versions", sa.column("story_id"), sa.column("number"), sa.column("story_version"), sa.column("article_ids"), sa.column("headline"), sa.column("report"), sa.column("created_at"))
    for r in conn.execute(sa.select(reports.c.story_id, reports.c.version, reports.c.report, reports.c.updated_at, stories.c.headline).join(stories, stories.c.id == reports.c.story_id)).all():
        ids = conn.execute(sa.select(articles.c.id).where(articles.c.story_id == r.story_id).order_by(articles.c.seq)).scalars().all()
        conn.execute(sa.insert(versions).values(story_id=r.story_id, number=1, story_version=r.version, article_ids=json.dumps(list(ids)), headline=r.headline, report=r.report, created_at=r.updated_at))


def downgrade() -> None:
    op.drop_table("story_merges")
    op.drop_table("story_report_versions")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("cluster_extra")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("sentences")
