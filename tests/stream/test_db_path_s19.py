"""`--db news.db` (a bare file path) works in every command, as it always did in `serve` (session 19)."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


def test_a_bare_path_names_a_sqlite_file_in_ingest_stories_and_show(tmp_path, capsys):
    db = str(tmp_path / "news.db")
    assert main(["ingest", str(EXAMPLE / "radio-west.txt"), "--db", db, "--embedder", "hashing", "-q", "--no-summaries"]) == 0
    assert (tmp_path / "news.db").exists()
    capsys.readouterr()
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["total"] == 1
    assert main(["show", listing["stories"][0]["id"], "--db", db, "--versions"]) == 0
