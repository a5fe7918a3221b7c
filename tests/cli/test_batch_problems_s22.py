"""`newsweave batch` shows every read problem as `ingest` does (session 22, brief E3): it printed
the skipped inputs only, so a file read as cp1252 or a file with the same text as another (read
once) went by without a word, and file names reached the terminal with their control characters."""

from __future__ import annotations

from newsweave.cli import main

ARTICLE = (
    "Ferry fares rise in Quillhaven\n\n"
    "The Quillhaven ferry company raised its fares by ten percent on Monday, citing fuel costs. "
    "Passengers said the rise would hurt commuters who cross the bay every day. "
    "The harbour authority said it would review the company's licence next spring.\n"
)


def test_batch_prints_read_warnings(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "quillhaven-post.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "quillhaven-copy.txt").write_text(ARTICLE, encoding="utf-8")  # same text: read once
    (src / "bay-courier.txt").write_bytes(
        "Caf\u00e9 owners welcome new harbour market\n\nThe caf\u00e9 owners of Quillhaven said on Tuesday "
        "that the new harbour market had doubled their trade. The council said the market would stay.\n".encode("cp1252"))
    rc = main(["batch", str(src), "--out", str(tmp_path / "out"), "--embedder", "hashing", "--no-near-duplicates", "-q"])
    err = capsys.readouterr().err
    assert rc == 0
    assert "warning " in err and "bay-courier.txt: file is not UTF-8" in err
    assert "same text as" in err and "read once" in err


def test_batch_problem_lines_carry_no_control_characters(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "quillhaven-post.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "bad\x1b[31mred.json").write_text('{"text": "unterminated', encoding="utf-8")
    rc = main(["batch", str(src), "--out", str(tmp_path / "out"), "--embedder", "hashing", "--no-near-duplicates", "-q"])
    err = capsys.readouterr().err
    assert rc == 0
    assert "skipped " in err and "malformed JSON" in err
    assert "\x1b" not in err
