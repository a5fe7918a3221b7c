"""The story page tells the counts the CLI reports tell (session 19, a user's first hour)."""

from __future__ import annotations

import dataclasses
import re

import lxml.html

from newsweave import api
from newsweave.render import render
from newsweave.types import Citation, Fact, TimelineEvent
from newsweave.web.views import ReportView

from .conftest import EXAMPLE


def test_summary_sentences_carry_the_same_outlet_count_as_the_text_report():
    report = api.analyze([EXAMPLE])
    counts = [s["count"] for s in ReportView(report).summary()]
    text_counts = re.findall(r"; (\d+/\d+ outlets)\]", render(report, "text").split("\nCoverage", 1)[0])
    assert counts == text_counts and len(counts) == len(report.summary.sentences)


def test_facts_and_timeline_say_how_many_chips_are_left_out():
    report = api.summarize([EXAMPLE])
    cites = tuple(Citation(a.id, 0, 10) for a in report.articles)  # five articles
    fact = Fact("The Pellbrook ferry resumed on Monday.", "shared", cites, tuple(a.id for a in report.articles))
    event = TimelineEvent("2025-03-10", "day", "The Pellbrook ferry resumed on Monday.", cites[:3])
    view = ReportView(dataclasses.replace(report, facts=(fact,), timeline=(event,)))
    shown = view.coverage()["facts"][0]
    assert len(shown["chips"]) == 3 and shown["more"] == 2
    assert view.timeline()[0]["more"] == 0


def test_story_page_shows_counts_and_independent_outlets(client):
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    doc = lxml.html.fromstring(client.get(f"/stories/{story_id}", headers={"accept": "text/html"}).text)
    assert "5 outlets (4 independent)" in doc.cssselect(".kicker")[0].text_content()
    counts = [e.text_content() for e in doc.cssselect(".summary .outlet-count")]
    assert counts and all(re.fullmatch(r"\d/4 outlets", c) for c in counts)
    assert any(e.text_content() == "+2 more" for e in doc.cssselect("#coverage .more"))  # the fact all five carry


def test_article_page_legend_explains_the_underlined_sentences(client):
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    for a in client.get(f"/api/stories/{story_id}").json()["articles"]:
        doc = lxml.html.fromstring(client.get(f"/articles/{a['id']}", headers={"accept": "text/html"}).text)
        refs = doc.cssselect(".article-text span.ref")
        legend = " ".join(e.text_content() for e in doc.cssselect(".legend"))
        if refs:
            assert f"Underlined ones are cited by its analysis: facts, conflicts, quotes, timeline ({len(refs)})." in legend
            return
    raise AssertionError("no article of the bundled example has a sentence only the analysis cites")


def test_conflicts_heading_is_neutral_and_one_article_conflict_says_so():
    from newsweave.types import Conflict, ConflictSide

    report = api.summarize([EXAMPLE])
    a = report.articles[0]
    sides = (ConflictSide("“The quay works were rushed.”", (Citation(a.id, 0, 20),), "Wendeline Throssel", (a.id,)),
             ConflictSide("“The crews followed every rule.”", (Citation(a.id, 30, 50),), "Osric Malveen", (a.id,)))
    c = Conflict("Osric Malveen vs Wendeline Throssel: how each characterises it", "framing", sides)
    shown = ReportView(dataclasses.replace(report, conflicts=(c,))).conflicts()[0]
    assert shown["about"] == "Osric Malveen vs Wendeline Throssel: how each characterises the events"
    assert shown["note"] == f"both sides as reported by {a.outlet}"
    template = (EXAMPLE.parents[1] / "src/newsweave/web/templates/story.html").read_text()
    assert "Where sources disagree" in template and "Where outlets disagree" not in template
    assert "c.note" in template


def test_story_list_card_says_outlets_not_named_for_files_without_one(store, settings, tmp_path):
    from fastapi.testclient import TestClient

    from newsweave.read import read_paths
    from newsweave.stream import ingest
    from newsweave.web import create_app

    texts = ["The Quillmoor jetty was damaged by a storm on Friday and the Lake Tovessa ferry stopped running.",
             "Ferry crossings on Lake Tovessa stopped on Friday after a storm hit the jetty at Quillmoor."]
    for i, text in enumerate(texts):
        (tmp_path / f"00{i}_5e2a9c1d7b3f4e6{i}.txt").write_text(text, encoding="utf-8")
    ingest(list(read_paths([tmp_path]).articles), store=store, settings=settings)
    with TestClient(create_app(settings, store=store)) as c:
        doc = lxml.html.fromstring(c.get("/", headers={"accept": "text/html"}).text)
    cards = doc.cssselect(".story-card")
    assert cards and all("outlets not named" in card.cssselect(".kicker")[0].text_content() for card in cards)
    assert not doc.cssselect(".story-card .pill")  # no headline fragments shown as outlets
