"""Story history: every recomputed report is a version; `diff` says what changed. Tested on a
story that grows over three ingests, through the store, the CLI and the API."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

import newsweave
from newsweave.embed import HashingEmbedder
from newsweave.pipeline.history import changes_since, diff
from newsweave.pipeline.ingest import ingest
from newsweave.store import open_store
from newsweave.types import Citation, Conflict, ConflictSide, Fact, Quote

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """The example story ingested in three parts (2, 2, 1 articles) into one SQLite database."""
    root = tmp_path_factory.mktemp("history")
    files = sorted(EXAMPLE.iterdir())
    parts = [files[:2], files[2:4], files[4:]]
    labels = {a.id: "harbour" for a in newsweave.read([EXAMPLE]).articles}
    url = f"sqlite:///{root / 'h.db'}"
    outlets = []
    with open_store(url) as store:
        for i, part in enumerate(parts):
            folder = root / f"part{i}"
            folder.mkdir()
            for f in part:
                shutil.copy(f, folder)
            ingest([folder], store=store, embedder=HashingEmbedder(), labels=labels)
            outlets.append({a.outlet for a in newsweave.read([folder]).articles})
        (story,) = store.list_stories()[0]
    return url, story.id, outlets


def test_three_ingests_give_three_versions(grown):
    url, story_id, _ = grown
    with open_store(url) as store:
        versions = store.report_versions(story_id)
        assert [(v.number, v.n_articles) for v in versions] == [(1, 2), (2, 4), (3, 5)]
        assert [len(store.get_report(story_id, v.number).documents) for v in versions] == [2, 4, 5]
        assert store.get_report(story_id) == store.get_report(story_id, 3)


def test_changes_between_versions(grown):
    url, story_id, outlets = grown
    with open_store(url) as store:
        v1, v2, v3 = (store.get_report(story_id, n) for n in (1, 2, 3))
        since1 = changes_since(store, story_id, 1)
        assert set(since1.new_articles) == {d.article.id for d in v3.documents} - {d.article.id for d in v1.documents}
        assert set(since1.new_outlets) == (outlets[1] | outlets[2]) - outlets[0]
        # Facts of the first two articles that later outlets also report are now wider.
        assert since1.wider_facts and all(len(f.outlets_after) > len(f.outlets_before) for f in since1.wider_facts)
        assert since1.new_facts and since1.since == "version 1"
        assert since1.headline_before == v1.summary.sentences[0].text and since1.headline_after == v3.summary.sentences[0].text
        since2 = changes_since(store, story_id, "v2")
        assert len(since2.new_articles) == 1 and set(since2.new_outlets) == outlets[2] - outlets[0] - outlets[1]
        # Nothing since the newest version, and nothing new against itself.
        assert changes_since(store, story_id, 3).empty and diff(v2, v2).empty
        # A date before any version: everything is new; a date after the newest: nothing.
        tomorrow = dt.date.today() + dt.timedelta(days=2)
        assert changes_since(store, story_id, tomorrow).empty
        early = changes_since(store, story_id, "2000-01-01")
        assert len(early.new_articles) == 5 and early.headline_before is None


def test_cli_show_since_and_versions(grown, capsys):
    from newsweave.cli import main

    url, story_id, _ = grown
    assert main(["show", story_id, "--db", url, "--since", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["since"] == "version 1" and len(data["new_articles"]) == 3 and data["empty"] is False
    assert main(["show", story_id, "--db", url, "--versions"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 3
    assert main(["show", story_id, "--db", url, "--since", "9"]) == 1
    assert "no version 9" in capsys.readouterr().err
    assert main(["show", story_id, "--db", url, "--since", "last week"]) == 2


def test_api_and_page_show_changes(grown):
    from fastapi.testclient import TestClient

    from newsweave.config import Settings
    from newsweave.web import create_app

    url, story_id, _ = grown
    with TestClient(create_app(Settings(db=url, embedder="hashing"))) as client:
        r = client.get(f"/api/stories/{story_id}/changes", params={"since": "2"})
        assert r.status_code == 200 and len(r.json()["new_articles"]) == 1
        assert client.get(f"/api/stories/{story_id}/changes", params={"since": "soon"}).status_code == 422
        assert client.get(f"/api/stories/{story_id}/changes", params={"since": "7"}).status_code == 404
        page = client.get(f"/stories/{story_id}")
        assert page.status_code == 200 and 'id="changes"' in page.text and "since version 2" in page.text


def _fact(text, *cites):
    return Fact(text, "shared", tuple(Citation(a, s, e) for a, s, e in cites), tuple(dict.fromkeys(a for a, _, _ in cites)))


def test_diff_is_pure_and_matches_facts_by_cited_sentences(grown):
    url, story_id, _ = grown
    with open_store(url) as store:
        base = store.get_report(story_id, 3)
    a, b, c = (d.article.id for d in base.documents[:3])
    side = lambda v: ConflictSide(v, (), v)  # noqa: E731
    old = dataclasses.replace(base, facts=(_fact("Ten hurt.", (a, 0, 9)), _fact("Gone.", (b, 5, 9))),
                              conflicts=(Conflict("injured", "number", (side("10"), side("12"))),),
                              quotes=(Quote("We will rebuild", "Mayor", (a,)),))
    new = dataclasses.replace(base, facts=(_fact("Ten people hurt.", (a, 0, 9), (c, 0, 4)), _fact("Brand new.", (c, 9, 20))),
                              conflicts=(Conflict("cost", "number", (side("1m"), side("2m"))),),
                              quotes=(Quote("we will  REBUILD", "mayor", (a,)), Quote("It shook", None, (c,))))
    changes = diff(old, new)
    assert changes.new_facts == ("Brand new.",)
    assert [(f.text, len(f.outlets_before), len(f.outlets_after)) for f in changes.wider_facts] == [("Ten people hurt.", 1, 2)]
    assert [q.text for q in changes.new_quotes] == ["It shook"]
    assert [x.about for x in changes.conflicts_opened] == ["cost"] and [x.about for x in changes.conflicts_resolved] == ["injured"]
    assert diff(old, new) == changes  # pure: same inputs, same answer
