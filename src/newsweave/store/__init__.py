"""The story database: SQLAlchemy schema, Alembic migrations (shipped in the package and run
programmatically), SQLite by default and PostgreSQL when configured.

    from newsweave.store import open_store
    with open_store("sqlite:///newsweave.db") as store:
        stories, total = store.list_stories(search="harbour")
"""

from __future__ import annotations

from .store import Store, StoryListing, open_store

__all__ = ["Store", "StoryListing", "open_store"]
