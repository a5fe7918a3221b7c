"""Issue 16: `newsweave show STORY --versions` is the story's history, and a story merge is a line
in it, in time order among the report versions: the absorbed story's id, the clusterer's reason,
the time. On SQLite, and on PostgreSQL with NEWSWEAVE_TEST_PG_URL (tests/conftest.py `db_url`)."""

from __future__ import annotations

import json
import re

from newsweave.cli import main
from newsweave.store import open_store
from newsweave.types import Article, ClusterState, Document, Sentence, StoryReport, Summary, content_id


def test_versions_show_the_merge_of_an_ingest(merging_ingest, db_url, capsys):
    kept, lone = merging_ingest
    assert main(["show", kept, "--db", db_url, "--versions"]) == 0
    lines = capsys.readouterr().out.rstrip("\n").splitlines()
    assert len(lines) == 2
    assert re.fullmatch(rf"  \+  \d{{4}}-\d\d-\d\d \d\d:\d\d UTC  merged in story {lone}: lone article placed on a second look: .+", lines[0])
    assert re.match(r"  1  \d{4}-\d\d-\d\d \d\d:\d\d UTC  3 article\(s\)  ", lines[1])  # merged first, then summarized
    # The absorbed id names the kept story; JSON is the API's /history shape.
    assert main(["show", lone, "--db", db_url, "--versions", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["story_id"] == kept and [v["number"] for v in data["versions"]] == [1]
    assert [(m["absorbed_id"], m["keep_id"]) for m in data["merges"]] == [(lone, kept)]
    assert data["merges"][0]["reason"].startswith("lone article placed on a second look")


def _story(work, story_id: str, text: str, seq: int, *, new: bool, n: int = 1) -> Document:
    article = Article(id=content_id(text), outlet="Fictional Post", text=text)
    doc = Document(article, (Sentence(article.id, 0, 0, len(text), text),))
    state = ClusterState(story_id, b"\x00\x00\x80?" * 4, n, {}, None, None, seq, {})
    work.add_batch([doc], {article.id: story_id}, {article.id: seq}, [state], {story_id} if new else set(), {story_id: story_id})
    return doc


def test_a_merge_between_two_versions_is_listed_between_them(db_url, capsys):
    with open_store(db_url) as store:
        with store.unit_of_work() as work:
            a = _story(work, "ferry", "The night ferry ran aground off Skellig Point.", 1, new=True)
            work.save_report("ferry", 1, StoryReport("ferry", (a,), Summary("ferry", "extractive", ())), title=None)
        with store.unit_of_work() as work:
            _story(work, "tug", "A tug pulled the stranded ferry free at dawn.", 2, new=True)
        with store.unit_of_work() as work:
            b = _story(work, "ferry", "Coastguards said all forty passengers were safe.", 3, new=False, n=3)
            work.merge_stories([("ferry", "tug", "stories converged: test reason")])
        with store.unit_of_work() as work:
            docs = tuple(store.story_documents("ferry"))
            assert len(docs) == 3 and b in docs
            work.save_report("ferry", 2, StoryReport("ferry", docs, Summary("ferry", "extractive", ())), title=None)
    assert main(["show", "tug", "--db", db_url, "--versions"]) == 0
    lines = capsys.readouterr().out.rstrip("\n").splitlines()
    assert [line.split()[0] for line in lines] == ["1", "+", "2"]
    assert lines[1].endswith("merged in story tug: stories converged: test reason")


def test_changes_since_a_version_list_the_stories_merged_in_after_it(db_url, capsys):
    """`show --since N` (and the API's /changes, which renders the same data) names a story merged in
    after version N, and only such a merge: asked from version 2, after the merge, it is gone."""
    with open_store(db_url) as store:
        with store.unit_of_work() as work:
            a = _story(work, "quay", "The old quay wall gave way at high tide.", 1, new=True)
            work.save_report("quay", 1, StoryReport("quay", (a,), Summary("quay", "extractive", ())), title=None)
        with store.unit_of_work() as work:
            _story(work, "crane", "A crane toppled into the harbour basin.", 2, new=True)
        with store.unit_of_work() as work:
            _story(work, "quay", "Engineers said the wall had been undermined for years.", 3, new=False, n=3)
            work.merge_stories([("quay", "crane", "stories converged: same harbour wall")])
        with store.unit_of_work() as work:
            docs = tuple(store.story_documents("quay"))
            work.save_report("quay", 2, StoryReport("quay", docs, Summary("quay", "extractive", ())), title=None)
    assert main(["show", "quay", "--db", db_url, "--since", "1"]) == 0
    out = capsys.readouterr().out
    assert "Merged in story crane: stories converged: same harbour wall" in out
    assert main(["show", "quay", "--db", db_url, "--since", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(m["absorbed_id"], m["reason"]) for m in data["merges"]] == [("crane", "stories converged: same harbour wall")]
    assert data["merges"][0]["merged_at"] and not data["empty"]
    assert main(["show", "quay", "--db", db_url, "--since", "2", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["merges"] == []


def _two_versions(db_url) -> None:
    with open_store(db_url) as store:
        for seq, text in enumerate(("The night ferry ran aground off Skellig Point.", "Coastguards said all forty passengers were safe."), 1):
            with store.unit_of_work() as work:
                _story(work, "ferry", text, seq, new=seq == 1, n=seq)
            with store.unit_of_work() as work:
                docs = tuple(store.story_documents("ferry"))
                work.save_report("ferry", seq, StoryReport("ferry", docs, Summary("ferry", "extractive", ())), title=None)


def test_show_refuses_options_it_would_drop(db_url, capsys):
    """Session 23 (E4): `--since 1 --version 1` printed the changes up to the newest version and
    `--versions --format html -o h.html` wrote plain text lines into the .html file; both now say so."""
    _two_versions(db_url)
    for extra in (["--since", "1", "--version", "1"], ["--versions", "--version", "2"], ["--versions", "--format", "html"], ["--since", "1", "--format", "html"]):
        assert main(["show", "ferry", "--db", db_url, *extra]) != 0, extra
        captured = capsys.readouterr()
        assert captured.out == "" and ("cannot be combined" in captured.err or "has no HTML output" in captured.err), extra
    assert main(["show", "ferry", "--db", db_url, "--version", "1"]) == 0
    capsys.readouterr()


def test_versions_in_markdown_are_a_list(db_url, capsys):
    _two_versions(db_url)
    assert main(["show", "ferry", "--db", db_url, "--versions", "--format", "markdown"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "## History of story `ferry`"
    items = [ln for ln in lines[1:] if ln]
    assert len(items) == 2 and all(re.match(r"- \*\*version [12]\*\*, \d{4}-\d\d-\d\d \d\d:\d\d UTC, [12] article\(s\)", ln) for ln in items)


def test_since_a_date_says_it_is_the_storing_date(db_url, capsys):
    """`--since 2000-01-01` on a store built today said "(no earlier version)", read as "nothing before
    that news date"; it now says when the first version was stored (session 23, E4)."""
    _two_versions(db_url)
    assert main(["show", "ferry", "--db", db_url, "--since", "2000-01-01"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert re.fullmatch(r"Changes since 2000-01-01 \(no version stored before then: the first was stored \d{4}-\d\d-\d\d\)", first)
