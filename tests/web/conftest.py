"""Fixtures for the web tests: a real store (SQLite, and PostgreSQL when NEWSWEAVE_TEST_PG_URL is
set) filled by the real `ingest`, an in-process client, and an OpenAPI response checker."""

from __future__ import annotations

import dataclasses
import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import jsonschema
import pytest

from newsweave.config import Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "harbour-collapse"
WEB_DATA = ROOT / "tests" / "data" / "web"
TOKEN = "test-write-token"
READ_TOKEN = "test-read-token"


def pytest_collection_modifyitems(items):
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.slow)


def make_settings(db: str, **changes) -> Settings:
    # The hashing embedder keeps ingest fast and model-free; the server is what is under test here.
    return dataclasses.replace(Settings(db=db, embedder="hashing", token=TOKEN), **changes)


def _backends():
    out = [pytest.param("sqlite", id="sqlite")]
    if os.environ.get("NEWSWEAVE_TEST_PG_URL"):
        out.append(pytest.param("postgres", id="postgres", marks=pytest.mark.postgres))
    return out


@contextmanager
def fresh_pg_database(server_url: str):
    """A new, empty database on the test PostgreSQL server for one test, dropped afterwards, so
    tests never see each other's stories. Yields its SQLAlchemy URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    name = f"nw_web_{uuid.uuid4().hex[:12]}"
    admin = dict(host=url.host, port=url.port or 5432, user=url.username, password=url.password, dbname="postgres",
                 autocommit=True)
    with psycopg.connect(**admin) as conn:
        # template0 takes no connections, so parallel test runs creating databases cannot collide
        # on "template1 is being accessed by other users".
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(**admin) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=_backends())
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'web.db'}"
        return
    with fresh_pg_database(os.environ["NEWSWEAVE_TEST_PG_URL"]) as url:
        yield url


@pytest.fixture
def store(db_url):
    from newsweave.store import open_store

    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def settings(db_url):
    return make_settings(db_url)


def ingest_example(store, settings):
    from newsweave.read import read_paths
    from newsweave.stream import ingest

    articles = read_paths([EXAMPLE]).articles
    assert len(articles) == 5
    ingest(list(articles), store=store, settings=settings)
    return articles


@pytest.fixture
def filled(store, settings):
    """A store holding the bundled example (one story of five articles)."""
    ingest_example(store, settings)
    return store


@pytest.fixture
def client(filled, settings):
    from fastapi.testclient import TestClient

    from newsweave.web import create_app

    with TestClient(create_app(settings, store=filled)) as c:
        yield c


@pytest.fixture(scope="session")
def openapi():
    """The served document (built without touching a store, so it does not fill one)."""
    from fastapi.testclient import TestClient

    from newsweave.web import create_app

    app = create_app(make_settings("sqlite://"), store=object())
    return TestClient(app).get("/openapi.json").json()


class OpenAPIChecker:
    """Validates a response body against the schema the OpenAPI document declares for it."""

    def __init__(self, doc: dict) -> None:
        self.doc = doc

    def schema_for(self, method: str, template: str, status: int) -> dict:
        op = self.doc["paths"][template][method.lower()]
        responses = op["responses"]
        assert str(status) in responses, f"{method} {template} does not document status {status}"
        return responses[str(status)]["content"]["application/json"]["schema"]

    def check(self, method: str, template: str, response) -> None:
        schema = self.schema_for(method, template, response.status_code)
        root = {**schema, "components": self.doc["components"]}
        jsonschema.Draft202012Validator(root).validate(response.json())


@pytest.fixture(scope="session")
def check(openapi):
    return OpenAPIChecker(openapi).check


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def unique_text(words: str = "") -> str:
    return f"{words} Report number {uuid.uuid4().hex}. The harbour council met on Monday to discuss the ferry timetable."
