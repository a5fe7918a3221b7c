"""`newsweave ingest`, `stories` and `show`, in process."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


def test_ingest_stories_show(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["ingest", str(EXAMPLE), "--db", db, "--embedder", "hashing", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["read"] == 5 and out["new_articles"] == 5 and out["new_stories"] == 1 and out["skipped"] == 0

    assert main(["ingest", str(EXAMPLE), str(tmp_path / "missing.txt"), "--db", db, "--embedder", "hashing"]) == 0
    captured = capsys.readouterr()
    assert "reading files" in captured.err  # progress goes to stderr
    assert "0 new, 5 already stored" in captured.out and "0 new stories, 0 updated" in captured.out
    assert "missing.txt" in captured.err

    assert main(["stories", "--db", db, "--format", "json", "--search", "footbridge"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["total"] == 1
    story = listing["stories"][0]
    assert story["n_articles"] == 5 and len(story["outlets"]) == 5

    assert main(["stories", "--db", db, "--since", "2030-01-01"]) == 0
    assert "no stories match" in capsys.readouterr().out

    assert main(["show", story["id"], "--db", db, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["story_id"] == story["id"] and len(report["articles"]) == 5
    assert report["summary"]["sentences"][0]["text"] == story["lead_sentence"]
    # An article id shows its story too.
    assert main(["show", story["article_ids"][0], "--db", db, "--format", "markdown"]) == 0
    assert capsys.readouterr().out.strip()


def test_show_unknown_story_is_a_clear_error(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    from newsweave.store import open_store

    open_store(db).close()  # an existing, empty database (a missing file is refused: tests/test_cli.py)
    assert main(["show", "nope", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "no story or article 'nope'" in err and "Traceback" not in err
