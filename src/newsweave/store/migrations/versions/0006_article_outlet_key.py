"""articles.outlet_key: each article's outlet by its case-free name (`read.outlet.outlet_key`), with
an index on (outlet_key, seq), so ingest finds the spelling a store holds first for an outlet
("factcheck.org" stored, "FactCheck.org" read now) with one index lookup per outlet, not by folding
every stored row (session 26: that scan cost 0.35 s per batch at 200,000 articles)

Revision ID: 0006_article_outlet_key
Revises: 0005_article_genre

Rows stored before it get their key here, one UPDATE per distinct outlet (casefold(): the rule of
`read.outlet.outlet_key` at this revision, written out so the migration never changes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_article_outlet_key"
down_revision = "0005_article_genre"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("outlet_key", sa.Text))
    articles = sa.table("articles", sa.column("outlet", sa.Text), sa.column("outlet_key", sa.Text))
    bind = op.get_bind()
    for (outlet,) in bind.execute(sa.select(articles.c.outlet).distinct()).all():
        bind.execute(sa.update(articles).where(articles.c.outlet == outlet).values(outlet_key=outlet.casefold()))
    op.create_index("ix_articles_outlet_key", "articles", ["outlet_key", "seq"])


def downgrade() -> None:
    op.drop_index("ix_articles_outlet_key", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("outlet_key")
