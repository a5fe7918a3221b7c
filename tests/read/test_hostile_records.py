"""One bad record never poisons its file or batch (issue 18): each is reported and skipped, or
read with the bad part left out, and every other record is still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.read import read_file, read_paths
from newsweave.read.article import build_article, parse_date

BODY = "The harbour crane at Marrowby fell during the night shift. Nobody was hurt, the port said."


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00Z", "9999-12-31", "9999-12-31T23:59:59Z", "0000-00-00"])
def test_placeholder_dates_are_left_empty_per_record(tmp_path, value):
    lines = [
        json.dumps({"text": BODY, "published": value, "outlet": "Gazette"}),
        json.dumps({"text": BODY + " More.", "published": "2018-04-24", "outlet": "Herald"}),
    ]
    articles, problems = read_file(_write(tmp_path / "feed.jsonl", "\n".join(lines)))
    assert [a.outlet for a in articles] == ["Gazette", "Herald"]
    assert articles[0].published is None and str(articles[1].published) == "2018-04-24"
    assert any("publication date" in p.reason and p.level == "warning" for p in problems)


def test_parse_date_rejects_calendar_edges():
    import datetime as dt

    assert parse_date(dt.date(1, 1, 1)) is None
    assert parse_date(dt.date(9999, 12, 31)) is None
    assert parse_date(10**30) is None
    assert parse_date("2018-04-24") == dt.date(2018, 4, 24)


def test_control_characters_are_stripped_from_every_metadata_field():
    built = build_article(
        BODY,
        source="x",
        title="Crane\x00 falls\x1b]0;owned\x07 at \u202edawn",
        outlet="Gazette\x00\x1b[2J",
        author="Jane\x00 Doe\u200f",
        url="https://example.org/a\n<script>x</script>",
        language="e\x00n",
    )
    a = built.article
    for value in (a.title, a.outlet, a.author, a.url):
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F or 0x202A <= ord(ch) <= 0x202E or ch == "\u200f" for ch in value), value
    assert a.title == "Crane falls ]0;owned at dawn"
    assert a.outlet == "Gazette [2J"
    assert a.author == "Jane Doe"
    assert "\n" not in a.url and " " not in a.url


def test_jsonl_lone_surrogate_and_huge_number_lines_are_skipped(tmp_path):
    lines = [
        json.dumps({"text": BODY, "outlet": "One"}),
        '{"text": "bad \\ud800 text", "outlet": "Two"}',
        '{"text": "' + BODY + ' Also.", "outlet": "Three", "n": ' + "9" * 5000 + "}",
        '{"title": "no text here", "outlet": "Four"}',
        json.dumps({"text": BODY + " Finally.", "outlet": "Five"}),
    ]
    articles, problems = read_file(_write(tmp_path / "wire.jsonl", "\n".join(lines)))
    assert [a.outlet for a in articles] == ["One", "Five"]
    by_line = {p.source.rsplit("(", 1)[-1].rstrip(")"): p.reason for p in problems}
    assert "surrogate" in by_line["line 2"]
    assert "digits" in by_line["line 3"]
    assert "no 'text' field" in by_line["line 4"]


def test_json_file_with_lone_surrogate_is_one_problem_not_a_crash(tmp_path):
    good = _write(tmp_path / "a.json", json.dumps({"text": BODY, "outlet": "Good"}))
    bad = _write(tmp_path / "b.json", '{"text": "x \\udfff y", "outlet": "Bad"}')
    result = read_paths([good, bad])
    assert [a.outlet for a in result.articles] == ["Good"]
    assert any("surrogate" in p.reason and p.source == str(bad) for p in result.problems)


def test_jsonl_keeps_records_holding_a_raw_line_separator(tmp_path):
    line = json.dumps({"text": BODY + "\u2028Second line.", "outlet": "Sep"}, ensure_ascii=False)
    articles, problems = read_file(_write(tmp_path / "sep.jsonl", line + "\n"))
    assert [a.outlet for a in articles] == ["Sep"]


@pytest.mark.parametrize("codec", ["rot13", "base64", "undefined", "zlib", "hex", "utf-16", "unicode_escape"])
def test_declared_non_text_encodings_do_not_crash(tmp_path, codec):
    html = (
        f'<html><head><meta charset="{codec}"><title>Crane</title></head><body><article><p>{BODY} '
        "Caf\xe9 owners near the quay said the noise woke the whole street.</p></article></body></html>"
    ).encode("latin-1")
    xml = (
        f'<?xml version="1.0" encoding="{codec}"?><rss><channel><title>Gazette</title><item><title>Crane</title>'
        f"<description>{BODY} Caf\xe9.</description></item></channel></rss>"
    ).encode("latin-1")
    html_path = _write(tmp_path / "page.html", html)
    feed_path = _write(tmp_path / "feed.rss", xml)
    result = read_paths([html_path, feed_path])
    assert len(result.articles) == 2, result.problems
    assert all("Café" in a.text for a in result.articles)


def test_one_invalid_byte_keeps_a_utf8_file_utf8(tmp_path):
    text = "Café owners in Zürich said the crème brûlée stall was closed. " * 5
    data = text.encode("utf-8") + b"\xff" + " Señora Muñoz agreed.".encode("utf-8")
    path = _write(tmp_path / "story.txt", data)
    articles, problems = read_file(path)
    assert "Café owners in Zürich" in articles[0].text and "Muñoz" in articles[0].text
    assert "\ufffd" in articles[0].text
    warnings = [p for p in problems if p.level == "warning" and "invalid byte" in p.reason]
    assert len(warnings) == 1 and warnings[0].source == str(path)


def test_cp1252_file_is_still_read_as_cp1252(tmp_path):
    path = _write(tmp_path / "old.txt", "Caf\xe9 owners said the cr\xe8me stall was closed on Monday night.".encode("cp1252"))
    articles, problems = read_file(path)
    assert "Café" in articles[0].text and "crème" in articles[0].text
