"""Engines and migrations: one place that knows the differences between SQLite and PostgreSQL.

- SQLite: WAL journal (readers never block the writer), a busy timeout (a second writer waits
  instead of failing), foreign keys on, and `BEGIN IMMEDIATE` for write transactions so two
  ingests serialise cleanly instead of deadlocking on a lock upgrade.
- PostgreSQL: write transactions take a transaction-scoped advisory lock, so concurrent ingests
  take turns per batch.
- Migrations (Alembic, shipped in `newsweave/store/migrations`) run programmatically, under that
  same write lock, so two processes opening a new database at once do not both create it.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from ..errors import StoreError

# Arbitrary constant key for PostgreSQL advisory locks taken by newsweave writers.
PG_WRITE_LOCK = 0x6E657773  # "news"
BUSY_TIMEOUT_SECONDS = 120
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def normalise_url(url: str) -> str:
    """Accept `postgresql://` and `postgres://` and use the psycopg 3 driver for them."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _casefold(value):
    return value.casefold() if isinstance(value, str) else value


def make_engine(url: str) -> Engine:
    """An Engine for `url` (sqlite:///file.db or postgresql://...), configured as described above."""
    url = normalise_url(url)
    try:
        if url.startswith("sqlite"):
            path = url.split("///", 1)[1] if "///" in url else ""
            if path and path != ":memory:":
                parent = Path(path).expanduser().resolve().parent
                if not parent.is_dir():
                    raise StoreError(f"cannot create database {path}: folder {parent} does not exist", hint="create the folder or give another --db path")
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False})

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised by every test
                # Take over transaction control from the sqlite3 module (it would begin lazily and
                # deferred); SQLAlchemy's "begin" event below emits the BEGIN we want.
                dbapi_connection.isolation_level = None
                cursor = dbapi_connection.cursor()
                cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
                cursor.execute("PRAGMA foreign_keys = ON")
                cursor.close()
                # SQLite's lower() folds ASCII only; search compares casefold() on both sides
                # ("Straße" ~ "STRASSE", "ÉCOLE" ~ "école").
                dbapi_connection.create_function("nw_casefold", 1, _casefold, deterministic=True)

            @event.listens_for(engine, "begin")
            def _on_begin(connection):
                mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
                connection.exec_driver_sql(f"BEGIN {mode}")

            return engine
        if url.startswith("postgresql"):
            return create_engine(url, pool_pre_ping=True)
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {url!r}: {exc}", hint="use sqlite:///path.db or postgresql://user@host:port/db") from exc
    except ModuleNotFoundError as exc:
        raise StoreError(f"no database driver for {url!r} ({exc})", hint="pip install 'psycopg[binary]' for PostgreSQL") from exc
    raise StoreError(f"unsupported database URL {url!r}", hint="use sqlite:///path.db or postgresql://user@host:port/db")


@contextmanager
def write_transaction(engine: Engine):
    """A connection inside a transaction that holds newsweave's write lock; commits on success,
    rolls back on any exception. Other writers wait (up to the busy timeout on SQLite)."""
    if engine.dialect.name == "sqlite":
        conn = engine.connect().execution_options(sqlite_begin="IMMEDIATE")
    else:
        conn = engine.connect()
    try:
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
            yield conn
    finally:
        conn.close()


def _alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)
    return ScriptDirectory.from_config(cfg).get_current_head()


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, *, revision: str = "head") -> str | None:
    """Create or upgrade the schema to `revision` in place; returns the revision now current.

    Cheap when already current (one read); otherwise runs the migrations under the write lock.
    """
    from alembic import command

    target = head_revision() if revision == "head" else revision
    try:
        with engine.connect() as conn:
            if current_revision(conn) == target:
                return target
        with write_transaction(engine) as conn:
            # Another process may have migrated while we waited for the lock.
            if current_revision(conn) != target:
                command.upgrade(_alembic_config(conn), revision)
            return current_revision(conn)
    except OperationalError as exc:
        raise StoreError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: {exc.orig}", hint="check --db (or NEWSWEAVE_DB), that the server runs, and that you may write there") from exc


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
