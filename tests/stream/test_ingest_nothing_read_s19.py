"""`newsweave ingest` fails when nothing could be read (session 19: a typo'd path exited 0)."""

from __future__ import annotations

from pathlib import Path

from newsweave.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


def test_ingest_of_only_unreadable_inputs_is_an_error(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'none.db'}"
    (tmp_path / "blank.txt").write_text("")
    assert main(["ingest", str(tmp_path / "harbor-colapse"), str(tmp_path / "blank.txt"), "--db", db, "--embedder", "hashing", "-q"]) == 2
    err = capsys.readouterr().err
    assert "[E101] no readable articles" in err and "harbor-colapse: no such file or folder" in err and "blank.txt: empty file" in err


def test_ingest_with_some_readable_input_still_succeeds(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'some.db'}"
    assert main(["ingest", str(EXAMPLE / "radio-west.txt"), str(tmp_path / "missing.txt"), "--db", db, "--embedder", "hashing", "-q", "--no-summaries"]) == 0
    assert "skipped" in capsys.readouterr().err


def test_batch_of_only_unreadable_inputs_is_an_error(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "harbor-colapse"), "--out", str(tmp_path / "out"), "--embedder", "hashing", "-q"]) == 2
    assert "[E101] no readable articles" in capsys.readouterr().err
