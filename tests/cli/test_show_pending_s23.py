"""A story clustered with --no-summaries has no report yet; `show` says how to make it, and doing
what the hint says makes it (session 23, E4: the hint said "run `newsweave ingest` again", which needs
a PATH and did not say which; the user re-ran with no files and got a usage error)."""

from __future__ import annotations

from pathlib import Path

from newsweave.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


def test_the_pending_hint_names_the_files_and_following_it_works(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'p.db'}"
    assert main(["ingest", str(EXAMPLE), "--db", db, "--embedder", "hashing", "--no-summaries", "-q", "--json"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    import json

    story_id = json.loads(capsys.readouterr().out)["stories"][0]["id"]
    assert main(["show", story_id, "--db", db]) != 0
    err = capsys.readouterr().err
    assert "has no summary yet" in err and "again on the same files" in err
    assert main(["ingest", str(EXAMPLE), "--db", db, "--embedder", "hashing", "-q"]) == 0
    capsys.readouterr()
    assert main(["show", story_id, "--db", db]) == 0
    assert "Summary" in capsys.readouterr().out
