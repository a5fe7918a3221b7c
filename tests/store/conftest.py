"""The store tests use `db_url` (SQLite and PostgreSQL) from tests/conftest.py."""
