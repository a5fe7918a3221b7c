"""One pipeline: the CLI, the library API, ingest (SQL and memory stores) and eval give identical
reports for the same articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsweave
from newsweave.config import Settings
from newsweave.embed import HashingEmbedder
from newsweave.pipeline import Pipeline, story_id_for
from newsweave.pipeline.ingest import ingest
from newsweave.render.json import report_dict
from newsweave.store import open_store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_settings(Settings(words=90))


@pytest.fixture(scope="module")
def api_report(pipeline):
    return newsweave.analyze([EXAMPLE], pipeline=pipeline)


def test_the_api_report_does_not_depend_on_input_order_or_repeats(pipeline, api_report):
    articles = list(newsweave.read([EXAMPLE]).articles)
    # Newest first, with repeats: publication order (ties keep their input order) restores it.
    newest_first = sorted(articles, key=lambda a: a.published, reverse=True)
    assert newest_first != articles
    assert pipeline.report(newest_first + articles[:2]) == api_report
    assert api_report.story_id == story_id_for(articles)
    assert len(api_report.documents) == 5 and api_report.facts and api_report.summary.sentences
    # Publication order: the documents are sorted by date, input order breaking ties.
    dates = [d.article.published for d in api_report.documents]
    assert dates == sorted(dates)


def test_cli_gives_the_api_report(api_report, capsys):
    from newsweave.cli import main

    assert main(["analyze", str(EXAMPLE), "--words", "90", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(report_dict(api_report), default=str))


@pytest.mark.parametrize("url", ["memory://", "sqlite"])
def test_ingest_stores_the_api_report(url, tmp_path, pipeline, api_report):
    url = f"sqlite:///{tmp_path / 'x.db'}" if url == "sqlite" else url
    labels = {a.id: "one story" for a in api_report.articles}
    with open_store(url) as store:
        result = ingest([EXAMPLE], store=store, pipeline=pipeline, embedder=HashingEmbedder(), labels=labels, batch_size=2)
        assert result.new_stories == (api_report.story_id,)
        assert store.get_report(api_report.story_id) == api_report


def test_eval_runs_the_same_pipeline(api_report):
    from newsweave.eval.summarize_eval import Cluster, ClusterDoc, NewsweaveSystem, articles_for

    cluster = Cluster("c1", tuple(ClusterDoc(a.text, a.title) for a in api_report.articles), "reference")
    system = NewsweaveSystem(settings=Settings(), fill_budget=False)
    expected = newsweave.summarize(articles_for(cluster), 90, summarizer=system.summarizer)
    assert system.summarize_cluster(cluster, words=90) == [s.text for s in expected.summary.sentences]
    assert expected.summary.sentences


def test_inputs_set_aside_by_the_screen_are_the_same_everywhere(pipeline):
    import dataclasses

    from newsweave.types import Article, content_id

    articles = list(newsweave.read([EXAMPLE]).articles)
    junk_text = ("JavaScript is disabled in your browser. Please enable JavaScript to continue. We use cookies. "
                 "Your browser is not supported. Access denied. Something went wrong, please try again later.")
    junk = Article(content_id(junk_text), "Page", junk_text, published=articles[0].published)
    report = pipeline.report([junk, *articles])
    assert [s.article_id for s in report.set_aside] == [junk.id]
    assert junk.id not in {d.article.id for d in report.documents}
    # Named by its earliest input (the set-aside page came first), as ingest names it.
    assert report.story_id == story_id_for([junk, *articles])
    with open_store("memory://") as store:
        done = ingest([junk, *articles], store=store, pipeline=pipeline, embedder=HashingEmbedder(), labels={a.id: "x" for a in [junk, *articles]})
        # Ingest sets the page aside before it can join a story (session 25), by the screen's own rule:
        # the same kind and reason; the story stored is the report of the articles.
        assert [(s.article_id, s.kind, s.reason) for s in done.set_aside] == [(s.article_id, s.kind, s.reason) for s in report.set_aside]
        kept = pipeline.report(articles)
        assert store.get_report(kept.story_id) == dataclasses.replace(kept, problems=()) and store.count_articles() == len(articles)
    off = Pipeline.from_settings(dataclasses.replace(pipeline.settings, screen=False)).summarize([junk, *articles])
    assert off.set_aside == () and junk.id in {d.article.id for d in off.documents}
