"""`newsweave stories`: the JSON listing has `n_outlets` as the README and the API's listing say,
and an empty page says why it is empty (session 22, brief E3: it printed "stories none of 0").
Fictional text."""

from __future__ import annotations

import json

from newsweave.cli import main


def _db(tmp_path, capsys) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "osterholm-herald.txt").write_text(
        "Fog delays Osterholm ferry\n\nFog delayed the first ferry from Osterholm to Vennick on Wednesday by three hours, "
        "the harbour said.", encoding="utf-8")
    (folder / "vennick-post.txt").write_text(
        "Ferry late in fog\n\nThe Wednesday morning ferry from Osterholm to Vennick left three hours late because of "
        "thick fog, the harbour said.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["ingest", str(folder), "--db", db, "--embedder", "hashing", "--no-summaries", "-q"]) == 0
    capsys.readouterr()
    return db


def test_stories_json_has_n_outlets(tmp_path, capsys):
    db = _db(tmp_path, capsys)
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert stories
    for s in stories:
        assert s["n_outlets"] == len(s["outlets"]) >= 1


def test_empty_listing_says_why(tmp_path, capsys):
    db = _db(tmp_path, capsys)
    assert main(["stories", "--db", db, "--search", "zeppelin"]) == 0
    out = capsys.readouterr().out
    assert "no stories match" in out and "none of" not in out
    assert main(["stories", "--db", db, "--offset", "50"]) == 0
    out = capsys.readouterr().out
    assert "no stories at --offset 50" in out and "none of" not in out
