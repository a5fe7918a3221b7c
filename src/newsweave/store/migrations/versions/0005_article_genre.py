"""articles.genre: what the page declared itself (opinion, editorial, column, analysis;
`read/genre.py`), so an article read back from the store keeps a label that came from its HTML
metadata or a JSON field, which the url and title alone cannot give again (issue 13: an opinion
page's sentences are not stated as fact in `show` / `serve`)

Revision ID: 0005_article_genre
Revises: 0004_article_seq_index

A nullable column; rows stored before it stay NULL (their page metadata was never kept), and for
them `read.genre.article_genre` falls back to the url and title, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_article_genre"
down_revision = "0004_article_seq_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("genre", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("genre")
