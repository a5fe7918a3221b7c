"""Ingest sets aside what is not an article (issue 12/13, session 25).

Session 24 found the stream storing an article whose cleaned text was nothing but a publisher's
reprint notice and joining it to a story. Now an article whose text is only page furniture
(`text.furniture`'s kinds) or the analysis's boilerplate / widget (`analyze.screen`) is neither
stored nor offered to a story; the ingest report, its summary line and its JSON say so with the
reason, and nothing stored before changes. All text here is fictional; the store is real SQLite.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.cli import main
from newsweave.embed import HashingEmbedder
from newsweave.store import open_store
from newsweave.stream import ingest

from .test_ingest import EXAMPLE, snapshot

# A reprint desk's notice, all the text a copy kept (fictional wording).
REPRINT = (
    "Marrowby Gazette reprints: the page is licensed for personal, non-commercial use by one reader. "
    "Colleagues wanting their own copy can order reprints through our licensing desk."
)
# ... and as a truncated one-line copy keeps it: no full stop at the end (the link's address)
REPRINT_CUT = (
    "Harbourside Daily reprints: the page is licensed for personal, non-commercial use by one reader. "
    "Readers can order reprints of any page at the licensing desk or visit www.harbourside-reprints.test"
)
# An error page the analysis already sets aside as boilerplate.
ERROR_PAGE = "Page not found. The page you requested cannot be found. Please try again later."


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _record(text: str, title: str | None = None, **extra) -> dict:
    return {"text": text, "title": title, "date": "2025-03-12", "outlet": "Marrowby Gazette", **extra}


def test_a_reprint_notice_is_set_aside_and_nothing_stored_changes(tmp_path):
    notice = _jsonl(tmp_path / "notice.jsonl", _record(REPRINT, "Footbridge falls into the harbour at Port Alder"))
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        ingest([EXAMPLE], store=store, embedder=HashingEmbedder())
        before = snapshot(store)
        report = ingest([notice], store=store, embedder=HashingEmbedder())
        assert snapshot(store) == before  # not stored, joined to no story, no report recomputed
    assert report.read == 1 and report.new_articles == 0 and not report.new_stories and not report.updated_stories
    (aside,) = report.set_aside
    assert aside.kind == "boilerplate" and "only page furniture" in aside.reason and "reprint" in aside.reason
    assert "notice.jsonl" in aside.label  # where it was read


def test_set_aside_in_the_same_batch_as_its_story(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as alone, open_store(f"sqlite:///{tmp_path / 'b.db'}") as mixed:
        ingest([EXAMPLE], store=alone, embedder=HashingEmbedder(), summarize=False)
        both = _jsonl(tmp_path / "both.jsonl", _record(REPRINT), _record(ERROR_PAGE, "Harbour crossing"))
        report = ingest([EXAMPLE, both], store=mixed, embedder=HashingEmbedder(), summarize=False)
        assert snapshot(mixed)[0] == snapshot(alone)[0]  # the same articles, in the same stories
    assert report.new_articles == 5 and len(report.set_aside) == 2
    reasons = [s.reason for s in report.set_aside]
    assert "only page furniture" in reasons[0] and "browser or error page" in reasons[1]


def test_a_cut_notice_without_a_full_stop_is_set_aside_too(tmp_path):
    notice = _jsonl(tmp_path / "cut.jsonl", _record(REPRINT_CUT))
    with open_store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        ingest([EXAMPLE], store=store, embedder=HashingEmbedder(), summarize=False)
        before = snapshot(store)
        report = ingest([notice], store=store, embedder=HashingEmbedder(), summarize=False)
        assert snapshot(store) == before
    assert report.new_articles == 0 and [s.kind for s in report.set_aside] == ["boilerplate"]


def test_story_text_is_kept(tmp_path):
    kept = _jsonl(
        tmp_path / "kept.jsonl",
        # a title-only feed record of furniture words: a headline, not furniture
        _record("ferry firm launches subscribe channel video"),
        # a newsletter named in the news, with a story sentence after it
        _record("The parish newsletter was mailed to members on Friday. It said the Saltmere ferry will run again in May."),
        # a sign-up box run into the lead: the box goes (clean_text), the lead stays
        _record("Thanks for subscribing! Check your spam folder for our welcome note. The Saltmere ferry Gull Queen was refloated at dawn by two tugs."),
        # a transcript's speaker lines are story text
        _record("MARSH: We struck the bank at low tide.\n\nQUILL: Was anyone hurt on board?"),
    )
    with open_store(f"sqlite:///{tmp_path / 'k.db'}") as store:
        report = ingest([kept], store=store, embedder=HashingEmbedder(), summarize=False)
    assert getattr(report, "set_aside", ()) == () and report.new_articles == 4  # (passes before session 25 too)


def test_ingest_command_shows_what_it_set_aside(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    notice = _jsonl(tmp_path / "notice.jsonl", _record(REPRINT))
    assert main(["ingest", str(EXAMPLE), str(notice), "--db", db, "--embedder", "hashing", "--no-summaries", "-q"]) == 0
    captured = capsys.readouterr()
    assert "5 new, 0 already stored, 1 set aside as not articles;" in captured.out
    assert "set aside" in captured.err and "notice.jsonl" in captured.err and "reprint" in captured.err
    assert main(["ingest", str(notice), "--db", db, "--embedder", "hashing", "--no-summaries", "-q", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["set_aside"] == 1 and out["new_articles"] == 0 and out["stories_in_db"] == 1
    (reason,) = out["set_aside_reasons"]
    assert reason["kind"] == "boilerplate" and "only page furniture" in reason["reason"] and "notice.jsonl" in reason["source"]
