"""`newsweave stories` (text and JSON) lists no made-up outlet for files that name none, as the
API listing (session 19, brief G). Fictional text."""

from __future__ import annotations

import json

from newsweave.cli import main


def test_stories_say_outlets_not_named_for_files_without_one(tmp_path, capsys):
    texts = ["Fog delayed the first ferry from Osterholm to Vennick on Wednesday by three hours, the harbour said.",
             "The Wednesday morning ferry from Osterholm to Vennick left three hours late because of thick fog."]
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"00{i}_3b7e1c9a5d2f8e6{i}.txt").write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["ingest", str(folder), "--db", db, "--embedder", "hashing"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert stories and all(s["outlets"] == [] and s["none_named"] for s in stories)
    assert main(["stories", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "[outlets not named]" in out and "“" not in out
