"""The story store: an interface (`base.StoryStore`, one `unit_of_work()` per batch) with two
implementations, SQL (`sql.SqlStore`: SQLite by default, PostgreSQL when configured; SQLAlchemy
schema and Alembic migrations run programmatically) and in memory (`memory.MemoryStore`).

    from newsweave.store import open_store
    with open_store("sqlite:///newsweave.db") as store:      # or "memory://"
        stories, total = store.list_stories(search="harbour")
"""

from __future__ import annotations

from .base import StoryListing, StoryStore, UnitOfWork
from .sql import SqlStore, open_store

Store = SqlStore  # the name earlier releases used

__all__ = ["SqlStore", "Store", "StoryListing", "StoryStore", "UnitOfWork", "open_store", "MemoryStore"]


def __getattr__(name: str):
    if name == "MemoryStore":
        from .memory import MemoryStore

        return MemoryStore
    raise AttributeError(name)
