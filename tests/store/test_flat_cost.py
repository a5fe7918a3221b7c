"""Ingest cost must not grow with the database: a batch reads the stories active in its time
window and a few index entries, never every story or article. Measured as SQLite virtual-machine
steps (deterministic, unlike a clock) for the same new batch on top of 200 and of 2,000 old
stories: the bigger database may not cost the batch more than a little extra (index depth)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from newsweave.embed import HashingEmbedder
from newsweave.pipeline.ingest import ingest
from newsweave.store import open_store
from newsweave.types import Article, ClusterState, Document, Sentence, content_id

DIM = HashingEmbedder().dim
NEW_TEXTS = (
    "Lanterns lit the quay at Port Vell as the ferry Albatross docked three hours late. The captain blamed fog.",
    "The ferry Albatross reached Port Vell late on Tuesday after thick fog in the strait. No one was hurt.",
    "Council members in Marrow Fen voted to rebuild the tram depot after the spring floods. Work starts soon.",
    "A tram depot in Marrow Fen will be rebuilt, the council decided after floods damaged it in spring.",
)


def _old_stories(store, n: int) -> None:
    """n one-article stories from a year before the new batch (written directly: fast)."""
    docs, story_of, seq_of, states = [], {}, {}, []
    start = dt.date(2024, 1, 1)
    for i in range(n):
        day = start + dt.timedelta(days=i % 200)
        text = f"Old item {i} about the harbour office. It was filed."
        article = Article(id=content_id(text), outlet="Ledger", text=text, published=day)
        docs.append(Document(article, (Sentence(article.id, 0, 0, 30, text[:30]),)))
        story_of[article.id] = f"old{i}"
        seq_of[article.id] = i + 1
        states.append(ClusterState(f"old{i}", b"\x00" * (4 * DIM), 1, {"harbour": 1}, day, day, i + 1, {}))
    with store.unit_of_work() as work:
        work.set_meta("embedder", HashingEmbedder().name)
        work.add_batch(docs, story_of, seq_of, states, {s.id for s in states}, {s.id: s.id for s in states})


def _steps_for_new_batch(tmp_path, n_old: int) -> int:
    with open_store(f"sqlite:///{tmp_path / f'db{n_old}.db'}") as store:
        _old_stories(store, n_old)
        steps = [0]

        def count(*_):
            steps[0] += 1
            return 0

        @event.listens_for(store.engine, "before_cursor_execute")
        def _watch(conn, *_args):
            conn.connection.dbapi_connection.set_progress_handler(count, 10)

        articles = [Article(id=content_id(t), outlet=f"Outlet {i}", text=t, published=dt.date(2025, 3, 12)) for i, t in enumerate(NEW_TEXTS)]
        report = ingest(articles, store=store, embedder=HashingEmbedder(), summarize=False)
        assert report.new_articles == 4
        return steps[0]


def test_a_batch_costs_the_same_on_a_ten_times_bigger_database(tmp_path):
    small = _steps_for_new_batch(tmp_path, 200)
    big = _steps_for_new_batch(tmp_path, 2000)
    assert small > 0
    # Reading every story or article would cost ~10x; allow index depth and page noise.
    assert big < 1.5 * small, (small, big)
