"""The genre a page declares (`Article.genre`, read/genre.py) survives the store: a label that only
the page's HTML metadata or a JSON field gave is stored (`articles.genre`, revision 0005) and read
back, so a story summarized from stored articles (ingest, `show`, `serve`) never states an opinion
page's sentences as fact. SQLite and the real PostgreSQL (`db_url`). All text is fictional."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import inspect, text

from newsweave.embed import HashingEmbedder
from newsweave.read.genre import article_genre
from newsweave.store import open_store
from newsweave.store.engine import make_engine, migrate
from newsweave.stream import ingest

# A column argued in plain declarative sentences (no "I", no judging word the text cues know), with
# a neutral title and no url: its ONLY opinion label is the page's metadata.
COLUMN = (
    "The Marrowby ferry timetable has been redrawn four times in two years. "
    "Each new version cut the early crossing that the island's nurses take to the mainland clinic. "
    "The operator now runs the last boat back before the evening shift ends. "
    "A council that wanted islanders to stay would put the early crossing back in the contract."
)
NEWS = (
    "The Marrowby ferry operator published a new winter timetable on Monday. "
    "The first crossing will leave the island at 7.40, twenty minutes later than in the summer. "
    "The operator said the change follows a fall in early passengers over the autumn."
)
TITLE = "The ferry timetable keeps failing the island"


def _pages(folder, head):
    folder.mkdir()
    paragraphs = "".join(f"<p>{s}.</p>" for s in COLUMN.rstrip(".").split(". "))
    (folder / "column.html").write_text(
        f'<html><head><title>{TITLE}</title><meta property="og:site_name" content="The Island Post">{head}</head>'
        f"<body><article><h1>{TITLE}</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    (folder / "news.json").write_text(json.dumps(
        {"outlet": "Harbour Radio", "title": "New ferry timetable", "published": "2026-11-30", "text": NEWS}), encoding="utf-8")
    return folder


def _column(store):
    (found,) = [a for a in store.search_articles("nurses")[0]]
    return found


def test_a_page_declared_opinion_by_its_metadata_only_is_read_back_as_opinion(db_url, tmp_path):
    folder = _pages(tmp_path / "pages", '<meta property="article:section" content="Opinion">')
    with open_store(db_url) as store:
        ingest([folder], store=store, embedder=HashingEmbedder())
        column = _column(store)
        assert column.genre == "opinion"  # before: None (the store had no column)
        assert article_genre(column) == "opinion"  # nothing in its url or title says so
        story_id = store.story_of_article(column.id)
        assert [d.article.genre for d in store.story_documents(story_id) if d.article.id == column.id] == ["opinion"]
        summary = store.get_report(story_id).summary
        shown = [s for s in summary.sentences if s.citations[0].article_id == column.id]
        # The stored summary (made from the articles read back) never states the column as fact;
        # before, all four of its sentences were in it as news.
        assert all(s.opinion_of == "The Island Post" for s in shown) and len(shown) <= 1
        assert summary.sentences[0].opinion_of is None and "Harbour Radio" not in {s.opinion_of for s in summary.sentences}
        news = store.search_articles("autumn")[0][0]
        assert news.genre is None


def test_a_json_section_survives_the_store(db_url, tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "pages.jsonl").write_text(json.dumps(
        {"outlet": "The Island Post", "title": TITLE, "section": "Editorials", "text": COLUMN}), encoding="utf-8")
    with open_store(db_url) as store:
        ingest([folder], store=store, embedder=HashingEmbedder())
        column = _column(store)
        assert column.genre == "editorial" and store.get_article(column.id).genre == "editorial"


def test_an_old_database_gains_the_genre_column_and_keeps_its_rows(db_url):
    """A database at revision 0004 (no genre) opens, gains the column, keeps every row; its old
    articles have no stored genre, so their url and title still decide, as before."""
    engine = make_engine(db_url)
    assert migrate(engine, revision="0004_article_seq_index") == "0004_article_seq_index"
    assert "genre" not in {c["name"] for c in inspect(engine).get_columns("articles")}
    now = dt.datetime(2026, 11, 30, 9, 0)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO stories (id, title, headline, first_seen, last_seen, n_articles, centroid, entities, seq, version, dirty, created_at, updated_at) "
                 "VALUES ('s1', 'Ferry', NULL, :d, :d, 2, :c, '{}', 1, 1, :dirty, :t, :t)"),
            {"d": dt.date(2026, 11, 30), "c": b"\x00" * 8, "dirty": False, "t": now},
        )
        conn.execute(text("INSERT INTO articles (id, story_id, seq, outlet, title, url, text, sentences, added_at) VALUES "
                          "('a1', 's1', 1, 'Harbour Radio', 'New ferry timetable', NULL, 'The ferry sails later.', '[[0, 22]]', :t), "
                          "('a2', 's1', 2, 'The Island Post', 'Later ferry', 'https://islandpost.example/opinion/later-ferry', "
                          "'The ferry fails the island.', '[[0, 27]]', :t)"), {"t": now})
    engine.dispose()
    with open_store(db_url) as store:
        assert "genre" in {c["name"] for c in inspect(store.engine).get_columns("articles")}
        old, opinion = store.get_article("a1"), store.get_article("a2")
        assert (old.text, old.genre, opinion.text, opinion.genre) == ("The ferry sails later.", None, "The ferry fails the island.", None)
        assert article_genre(opinion) == "opinion" and article_genre(old) is None
        assert [[s.text for s in d.sentences] for d in store.story_documents("s1")] == [["The ferry sails later."], ["The ferry fails the island."]]
