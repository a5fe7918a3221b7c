"""The store contract (contract.py) on every implementation: SQLite, PostgreSQL, in memory."""

from __future__ import annotations

import pytest

from newsweave.store import open_store

from .contract import StoreContract


class TestSqlStores(StoreContract):
    @pytest.fixture
    def store(self, db_url):  # SQLite and PostgreSQL (tests/conftest.py)
        with open_store(db_url) as store:
            yield store


class TestMemoryStore(StoreContract):
    @pytest.fixture
    def store(self):
        with open_store("memory://") as store:
            yield store
