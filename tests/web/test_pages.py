"""HTML pages in process: content, navigation, and hostile article text that must stay text."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import quote

import lxml.html
import pytest
from fastapi.testclient import TestClient

from newsweave.web import create_app

from .conftest import WEB_DATA, auth

HTML = {"accept": "text/html"}


def _doc(r):
    assert r.status_code in (200, 404), r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(r.text)


def _story_id(client):
    return client.get("/api/stories").json()["stories"][0]["id"]


def test_stories_page_lists_with_counts_summary_and_pagination(client):
    doc = _doc(client.get("/"))
    cards = doc.cssselect(".story-card")
    assert len(cards) == 1
    text = cards[0].text_content()
    assert "5 articles" in text and "5 outlets" in text and "12–13 Mar 2025" in text
    assert cards[0].cssselect(".card-summary")[0].text_content().strip()
    assert cards[0].cssselect("a.story-link")[0].get("href") == f"/stories/{_story_id(client)}"
    assert _doc(client.get("/?q=volcano-xyzzy")).cssselect(".empty")
    assert not _doc(client.get("/?since=2025-04-01")).cssselect(".story-card")
    assert len(_doc(client.get("/?q=footbridge&since=2025-03-01&until=2025-03-31")).cssselect(".story-card")) == 1


def test_pagination_links(filled, settings):
    from newsweave.stream import ingest
    from newsweave.types import Article, content_id

    topics = ["orchestra", "marathon", "volcano", "election", "harvest", "museum", "airport", "library",
              "football", "bakery", "tramline", "observatory", "glacier", "theatre", "vineyard", "lighthouse",
              "regatta", "zoo", "quarry", "carnival", "hospital", "rainfall"]
    articles = []
    for i, topic in enumerate(topics):
        # A month apart and on different subjects, so each is its own story.
        text = f"{topic.title()} news from Town{i}: the {topic} reopened. Town{i} {topic} visitors queued."
        published = dt.date(2020, 1, 1) + dt.timedelta(days=40 * i)
        articles.append(Article(id=content_id(text), outlet=f"Outlet {i}", text=text, title=f"{topic.title()} story", published=published))
    ingest(articles, store=filled, settings=settings)
    with TestClient(create_app(settings, store=filled)) as c:
        total = c.get("/api/stories").json()["total"]
        assert total > 20
        doc = _doc(c.get("/"))
        assert len(doc.cssselect(".story-card")) == 20
        nxt = doc.cssselect("a[rel=next]")[0].get("href")
        page2 = _doc(c.get(nxt))
        assert len(page2.cssselect(".story-card")) == total - 20
        assert page2.cssselect("a[rel=prev]") and not page2.cssselect("a[rel=next]")


def test_story_page_shows_summary_with_exact_citations_and_sections(client):
    sid = _story_id(client)
    report = client.get(f"/api/stories/{sid}").json()
    texts = {a["id"]: a["text"] for a in report["articles"]}
    doc = _doc(client.get(f"/stories/{sid}"))
    listed = client.get("/api/stories").json()["stories"][0]["title"]
    assert doc.cssselect("h1.headline")[0].text_content() == listed  # one name everywhere
    sentences = doc.cssselect(".summary-sentence")
    assert len(sentences) == len(report["summary"]["sentences"])
    chips = doc.cssselect(".summary a.cite")
    assert chips
    for chip in chips:
        aid, start = chip.get("data-article"), int(chip.get("data-start"))
        assert chip.get("data-text") == next(
            c["text"] for s in report["summary"]["sentences"] for c in s["citations"] if c["article_id"] == aid and c["start"] == start)
        assert texts[aid][start:start + len(chip.get("data-text"))] == chip.get("data-text")
        assert chip.get("href") == f"/articles/{aid}#s-{start}"
    assert len(doc.cssselect("#sources .source-link")) == 5
    for key, section in (("conflicts", "#conflicts"), ("quotes", "#quotes"), ("timeline", "#timeline"),
                         ("entities", "#entities"), ("derivations", "#copies")):
        if report.get(key):
            assert doc.cssselect(section), section
    if report.get("facts"):
        assert len(doc.cssselect("#coverage .matrix tbody tr")) == 5
    outlets = {a["id"]: a["outlet"] for a in report["articles"]}
    for d, li in zip(report.get("derivations") or [], doc.cssselect("#copies li")):
        assert [a.text_content() for a in li.cssselect("a")] == [outlets[d["copy_id"]], outlets[d["source_id"]]]
    speakers = [h.text_content() for h in doc.cssselect("#quotes .speaker h3")]
    assert sorted(speakers) == sorted({q["speaker"] or "Unattributed" for q in report.get("quotes") or []})


def test_article_page_highlights_summary_sentences_and_links_back(client):
    sid = _story_id(client)
    report = client.get(f"/api/stories/{sid}").json()
    cited = {(c["article_id"], c["start"], c["text"]) for s in report["summary"]["sentences"] for c in s["citations"]}
    aid = next(iter(cited))[0]
    doc = _doc(client.get(f"/articles/{aid}"))
    marks = {(int(m.get("id")[2:]), m.text_content()) for m in doc.cssselect("mark.cited")}
    assert marks == {(start, text) for a, start, text in cited if a == aid}
    assert doc.cssselect(f"a.back-link[href='/stories/{sid}']")
    article_text = client.get(f"/api/articles/{aid}").json()["text"]
    assert doc.cssselect(".article-text")[0].text_content() == article_text


def _assert_inert(doc, where):
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in ("img", "svg", "iframe", "object", "embed"), (where, el.tag)
        if el.tag == "script":
            assert el.get("src") == "/static/app.js" and not (el.text or "").strip(), where
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (where, el.tag, name)
            if name in ("href", "src", "action"):
                assert not value.strip().lower().startswith("javascript:"), (where, name, value)


def test_hostile_article_text_is_never_markup(client, filled):
    hostile = json.loads((WEB_DATA / "hostile.json").read_text())
    r = client.post("/api/articles", headers=auth(), json=hostile)
    assert r.status_code == 200, r.text
    aid = r.json()["articles"][0]["id"]
    sid = r.json()["articles"][0]["story_id"]
    pages = ["/", "/?q=ferry", "/?q=" + quote("<script>"), f"/stories/{sid}", f"/articles/{aid}",
             f"/stories/{_story_id(client)}", "/stories/" + quote("<script>alert(1)</script>"), "/login"]
    seen_text = False
    for url in pages:
        r = client.get(url, headers=HTML)
        doc = _doc(r)
        _assert_inert(doc, url)
        assert "<script>window.__pwned" not in r.text
        seen_text |= "<script>window.__pwned=5</script>" in doc.text_content()
    assert seen_text, "the hostile text should be shown, as text"
    assert "&lt;script&gt;" in client.get(f"/articles/{aid}").text
    # The JSON API returns it verbatim, as data.
    assert "<script>window.__pwned=5</script>" in client.get(f"/api/articles/{aid}").json()["text"]


@pytest.mark.parametrize("path", ["/static/style.css", "/static/app.js", "/static/favicon.svg"])
def test_assets_are_served_locally(client, path):
    r = client.get(path)
    assert r.status_code == 200 and len(r.content) > 100


def test_pages_load_nothing_from_the_network(client):
    sid = _story_id(client)
    for url in ("/", f"/stories/{sid}"):
        doc = _doc(client.get(url))
        for el in doc.iter():
            for name in ("src", "href"):
                value = el.get(name) if isinstance(el.tag, str) else None
                if value and el.tag in ("script", "link", "img"):
                    assert value.startswith("/"), (url, value)
    css = client.get("/static/style.css").text
    assert "http" not in css and "@import" not in css
