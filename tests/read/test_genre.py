"""The kind of piece a page says it is (read/genre.py, session 18): opinion, editorial, column or
analysis from the URL path, the title's label, the HTML metadata (meta section, JSON-LD type) or a
JSON record's section; set on `Article.genre` by the readers. All pages are fictional."""

from __future__ import annotations

import json

import pytest

from newsweave.read import read_file
from newsweave.read.genre import declared, from_markup, from_title, from_url, section_genre

STORY = " ".join([
    "The harbour council in Marrowby should stop pretending that the crane pier can wait another winter.",
    "Engineers warned the council about the salt damage years ago, and nothing was done about it then.",
    "Four million euros from the port reserves is a modest price for a pier the fishing fleet relies on.",
    "The council can still begin the work in March if it votes for the plan at its next meeting.",
    "Every month of delay adds to the bill and to the risk for the crews who unload at the old quay.",
])


@pytest.mark.parametrize("url, genre", [
    ("https://www.harbourtimes.example/opinion/local/pier-must-not-wait", "opinion"),
    ("https://harbourtimes.example/2021/03/02/opinions/pier-must-not-wait/index.html", "opinion"),
    ("https://harbourtimes.example/opinion/editorials/the-pier-cannot-wait", "editorial"),
    ("https://harbourtimes.example/columnists/nell-varga/2021/pier", "column"),
    ("https://harbourtimes.example/commentisfree/2021/mar/02/pier", "opinion"),
    ("https://harbourtimes.example/news/opinion-the-pier-cannot-wait", "opinion"),
    ("https://harbourtimes.example/pier-cannot-wait-opinion-1234567", "opinion"),
    ("https://harbourtimes.example/news/analysis/what-the-pier-vote-means", "analysis"),
    ("https://harbourtimes.example/news/local/pier-to-be-rebuilt", None),
    ("https://harbourtimes.example/news/poll-shows-shift-in-public-opinion", None),
    ("https://harbourtimes.example/news/judge-writes-majority-opinion-4567", None),
    ("https://harbourtimes.example/opinion", None),
    (None, None),
])
def test_url_paths(url, genre):
    assert from_url(url) == genre


@pytest.mark.parametrize("title, genre", [
    ("Opinion | The pier cannot wait", "opinion"),
    ("OPINION: The pier cannot wait", "opinion"),
    ("Op-Ed: The pier cannot wait", "opinion"),
    ("Editorial: Rebuild the pier now", "editorial"),
    ("Column: A pier for the fleet", "column"),
    ("Analysis: What the pier vote means", "analysis"),
    ("The pier cannot wait | Opinion", "opinion"),
    ("The pier cannot wait (Opinion)", "opinion"),
    ("The pier cannot wait | Opinion | Harbour Times", "opinion"),
    ("Public opinion turns against the pier plan", None),
    ("A column of smoke rises over the harbour", None),
    ("Council votes to rebuild the pier", None),
])
def test_title_labels(title, genre):
    assert from_title(title) == genre


def test_metadata_and_sections():
    assert from_markup('<meta property="article:section" content="Opinion">') == "opinion"
    assert from_markup("<meta content='Opinion/Columnists' name='section'>") == "column"
    assert from_markup('<meta property="article:section" content="Local News">') is None
    assert from_markup('<script type="application/ld+json">{"@type": "OpinionNewsArticle"}</script>') == "opinion"
    assert from_markup('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
                       '"articleSection": ["Local", "Editorials"]}]}</script>') == "editorial"
    assert from_markup('<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Local"}</script>') is None
    assert section_genre("News Analysis") == "analysis" and section_genre("Politics") is None
    assert declared(url="https://x.example/news/pier", title="Pier", given="OpinionNewsArticle") == "opinion"


def _page(tmp_path, head, title="The pier cannot wait another winter"):
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>{title}</title>{head}</head><body><article><h1>The pier</h1>"
                    f"<p>{STORY}</p><p>{STORY}</p></article></body></html>", encoding="utf-8")
    (article,), _ = read_file(page)
    return article


def test_html_reader_sets_the_genre(tmp_path):
    assert _page(tmp_path, '<meta property="article:section" content="Opinion">').genre == "opinion"
    assert _page(tmp_path, '<script type="application/ld+json">{"@context": "https://schema.org", '
                           '"@type": "OpinionNewsArticle", "headline": "The pier"}</script>').genre == "opinion"
    labelled = _page(tmp_path, "", title="Opinion | The pier cannot wait | Harbour Times")
    assert labelled.genre == "opinion"
    assert _page(tmp_path, '<meta property="article:section" content="Local">').genre is None


def test_json_reader_sets_the_genre(tmp_path):
    rows = [
        {"text": STORY, "title": "The pier cannot wait", "url": "https://harbourtimes.example/opinion/pier"},
        {"text": STORY, "title": "The pier cannot wait", "section": "Editorial"},
        {"text": STORY, "title": "Council votes on the pier", "url": "https://harbourtimes.example/news/pier"},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles, _ = read_file(path)
    assert [a.genre for a in articles] == ["opinion", "editorial", None]


def test_the_reports_label_a_declared_opinion_page_in_the_sources():
    from newsweave.pipeline import Pipeline
    from newsweave.render.html import render_html
    from newsweave.render.markdown import render_markdown
    from newsweave.render.text import render_text
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article, content_id

    news = "The Marrowby council voted on Tuesday to rebuild the crane pier. Work starts in March."
    articles = [
        Article(id=content_id(news), outlet="Harbour Radio", text=news, title="Council votes to rebuild pier"),
        Article(id=content_id(STORY), outlet="Harbour Times", text=STORY, title="The pier cannot wait",
                url="https://harbourtimes.example/opinion/the-pier-cannot-wait"),
    ]
    report = Pipeline(summarizer=ExtractiveSummarizer(claim_embedder=False)).report(articles, analyze=False)
    assert "Harbour Times — [Opinion] The pier cannot wait" in render_text(report, color=False)
    assert "Harbour Radio — Council votes" in render_text(report, color=False)
    assert "Harbour Times: *Opinion* [The pier cannot wait]" in render_markdown(report)
    assert '<span class="genre">Opinion</span> The pier cannot wait' in render_html(report)


def test_a_title_that_says_it_gets_no_second_label():
    from newsweave.render.common import genre_label
    from newsweave.types import Article

    assert genre_label(Article(id="a", outlet="Harbour Times", text="x", title="Opinion: The pier cannot wait")) == ""
    assert genre_label(Article(id="a", outlet="Harbour Times", text="x", title="The pier", genre="editorial")) == "Editorial"
    assert genre_label(Article(id="a", outlet="Harbour Times", text="x", title="The pier")) == ""
