"""Bad input never raises: each file gets a problem naming it and a human reason; the rest goes on."""

import codecs
import json
import resource
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.read import MAX_ARTICLE_CHARS, read_file, read_paths

GOOD = "The harbour wall was repaired on Monday, the council said.\n\nTraffic returned on Tuesday."
PARAGRAPH = "The café owner, José Müller, said the “new” bridge had cost €2m and opened in the spring. "


def errors(problems):
    return [p for p in problems if p.level == "error"]


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t  \n")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = read_paths([tmp_path])
    assert len(result.articles) == 1
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in result.problems}
    assert reasons == {"blank.txt": "empty file (only whitespace)", "empty.txt": "empty file"}
    assert result.counts() == {"files": 3, "articles": 1, "duplicates": 0, "errors": 2, "warnings": 0}


def test_binary_files_rejected_with_reason(tmp_path):
    (tmp_path / "photo.dat").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "blob.txt").write_bytes(b"abc\x00\x01\x02\xff\xfe" * 300)
    (tmp_path / "noise.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x01"))
    (tmp_path / "picture.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x10" * 100)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = read_paths([tmp_path])
    assert len(result.articles) == 1
    by_name = {p.source.rsplit("/", 1)[-1]: p.reason for p in errors(result.problems)}
    assert set(by_name) == {"photo.dat", "blob.txt", "noise.txt", "picture.jpg"}
    assert "PNG image" in by_name["photo.dat"]
    assert "NUL bytes" in by_name["blob.txt"]
    assert by_name["noise.txt"].startswith("binary file")
    assert "'.jpg' files are not articles" in by_name["picture.jpg"]


@pytest.mark.parametrize(
    "encoding, prefix",
    [("latin-1", b""), ("cp1252", b""), ("utf-16", b""), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-8-sig", b""),
     ("utf-16-be", b""), ("utf-32", b"")],
)
def test_wrong_encodings_are_detected(tmp_path, encoding, prefix):
    text = "Harbour bridge reopens\n\n" + PARAGRAPH * 6
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("€", "EUR ")
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + text.encode(encoding))
    articles, problems = read_file(path)
    assert errors(problems) == []
    (article,) = articles
    assert article.title == "Harbour bridge reopens"
    assert "José Müller" in article.text and "café" in article.text
    assert "\ufffd" not in article.text
    if encoding in {"latin-1", "cp1252", "utf-16-be"}:
        # Not UTF-8 and no byte-order mark: the guess is reported as a warning.
        assert any("decoded as" in p.reason for p in problems if p.level == "warning")


def test_cp1252_curly_quotes_survive(tmp_path):
    path = tmp_path / "quotes.txt"
    path.write_bytes(("He said it was “a dark day” for the town’s ferry crews. " * 5).encode("cp1252"))
    (article,), problems = read_file(path)
    assert "“a dark day”" in article.text and "town’s" in article.text


def test_malformed_html(tmp_path):
    (tmp_path / "broken.html").write_text("<html><head><title>x</ti", encoding="utf-8")
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    unclosed = "<html><body><article><p>" + "<p>".join(
        f"The council said on Monday that the harbour wall repair number {i} had finished early <b>and cost less" for i in range(8)
    )
    (tmp_path / "unclosed.html").write_text(unclosed, encoding="utf-8")
    result = read_paths([tmp_path])
    by_name = {p.source.rsplit("/", 1)[-1]: p.reason for p in errors(result.problems)}
    assert set(by_name) == {"broken.html", "nav.html"}
    assert "no article text found in this HTML page" in by_name["nav.html"]
    (article,) = result.articles  # lenient parsing still reads the unclosed page
    assert "harbour wall repair number 0" in article.text and "<b>" not in article.text


def test_malformed_json(tmp_path):
    (tmp_path / "bad.json").write_text('{"text": "A story", "title": }', encoding="utf-8")
    (tmp_path / "wrong.json").write_text('{"title": "No text"}', encoding="utf-8")
    (tmp_path / "number.json").write_text("42", encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    (tmp_path / "good.json").write_text(json.dumps({"text": GOOD, "outlet": "Courier"}), encoding="utf-8")
    result = read_paths([tmp_path])
    assert [a.outlet for a in result.articles] == ["Courier"]
    by_name = {p.source.rsplit("/", 1)[-1].split(" ")[0]: p.reason for p in errors(result.problems)}
    assert by_name["bad.json"] == "malformed JSON at line 1, column 30: Expecting value"
    assert "no 'text' field" in by_name["wrong.json"]
    assert "found a number" in by_name["number.json"]  # JSON's word, not Python's "a int" (session 22, E3)
    assert "deep.json" in by_name


def test_malformed_jsonl_line_is_one_problem_with_its_number(tmp_path):
    lines = [json.dumps({"text": f"Story number {i} about the harbour wall, the council said.", "outlet": f"Outlet {i}"}) for i in range(5)]
    lines[2] = '{"text": "cut off'
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    result = read_paths([tmp_path / "feed.jsonl"])
    assert [a.outlet for a in result.articles] == ["Outlet 0", "Outlet 1", "Outlet 3", "Outlet 4"]
    (problem,) = result.problems
    assert problem.source == f"{tmp_path / 'feed.jsonl'} (line 3)"
    assert problem.reason.startswith("malformed JSON at column")


def test_generated_50_mb_file_is_capped_not_hung(tmp_path):
    path = tmp_path / "huge.txt"
    paragraph = ("The harbour wall was repaired on Monday and the council said the cost was lower than planned. " * 10).strip()
    block = (paragraph + "\n\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            handle.write(block)
    assert path.stat().st_size >= 50 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = read_paths([path])
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    (article,) = result.articles
    assert len(article.text) <= MAX_ARTICLE_CHARS
    assert len(article.text) > MAX_ARTICLE_CHARS * 0.9
    assert article.text.endswith("planned.")  # cut at a paragraph break
    (warning,) = result.problems
    assert warning.level == "warning" and "over the" in warning.reason and str(path) == warning.source
    assert grown_mb < 600  # a few copies of 50 MB at most, never unbounded


def test_huge_jsonl_with_one_huge_line(tmp_path):
    path = tmp_path / "big.jsonl"
    body = "The ferry crews went back to work on Sunday, the union said. " * 40000  # ~2.4 MB
    path.write_text(json.dumps({"text": body, "outlet": "Courier"}) + "\n" + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    result = read_paths([path])
    assert len(result.articles) == 2
    assert len(result.articles[0].text) <= MAX_ARTICLE_CHARS
    assert [p.source for p in result.warnings] == [f"{path} (line 1)"]


def test_non_english_article_is_read_with_language_and_a_warning(data):
    articles, problems = read_file(data / "french.txt")
    (article,) = articles
    assert article.language == "fr"
    assert article.text.startswith("Le conseil municipal de Rochebrune")
    (warning,) = problems
    assert warning.level == "warning" and "French" in warning.reason


def test_folder_with_one_article(tmp_path, data):
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(data / "riverside-echo.txt", folder)
    result = read_paths([folder])
    assert result.files_seen == 1 and len(result.articles) == 1 and result.problems == ()


def test_same_article_twice_yields_one(tmp_path, data):
    shutil.copy(data / "riverside-echo.txt", tmp_path / "a.txt")
    # Same story, different whitespace and line endings and a different file name.
    text = (data / "riverside-echo.txt").read_text(encoding="utf-8").replace("\n", "\r\n").replace(". ", ".  ")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    result = read_paths([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "a.txt"])
    assert len(result.articles) == 1
    assert result.articles[0].source == str(tmp_path / "a.txt")
    assert result.duplicates == 2
    assert all(p.level == "warning" and "same text as" in p.reason for p in result.problems)


def test_missing_paths_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    result = read_paths([tmp_path / "nope.txt", tmp_path / "empty"])
    assert result.articles == ()
    assert [(p.source, p.reason) for p in result.problems] == [
        (str(tmp_path / "nope.txt"), "no such file or folder"),
        (str(tmp_path / "empty"), "folder has no files"),
    ]


def test_noise_only_article_is_reported(tmp_path):
    (tmp_path / "furniture.txt").write_text("Advertisement\n\nShare this article\n\nPhoto: Reuters\n", encoding="utf-8")
    articles, problems = read_file(tmp_path / "furniture.txt")
    assert articles == []
    assert [p.reason for p in problems] == ["no article text left after removing captions, links and other page furniture"]


def test_broken_feed(tmp_path):
    (tmp_path / "broken.rss").write_text("<?xml version='1.0'?><rss><channel><title>X</title>", encoding="utf-8")
    articles, problems = read_file(tmp_path / "broken.rss")
    assert articles == []
    assert problems[0].reason.startswith("malformed feed")


def test_hostile_text_is_neutralised(tmp_path):
    hostile = "Safe\u202e txet\u200b here.\x1b[31m red\x07 bell. <script>alert(1)</script> stays as text.\n" * 3
    (tmp_path / "hostile.txt").write_text(hostile, encoding="utf-8")
    (article,), problems = read_file(tmp_path / "hostile.txt")
    assert "\u202e" not in article.text and "\x1b" not in article.text and "\x07" not in article.text
    assert "<script>" in article.text  # plain text is not HTML; renderers escape it


def test_progress_callback_sees_every_file(data):
    seen = []
    result = read_paths([data], on_file=seen.append)
    assert len(seen) == result.files_seen == 9


def test_declared_charset_in_html_is_used(tmp_path):
    page = (
        '<html><head><meta charset="iso-8859-2"><title>Most</title></head><body><article>'
        + "<p>Rada miasta Łódź ogłosiła w poniedziałek, że most zostanie zamknięty do końca miesiąca.</p>" * 4
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("iso-8859-2"))
    (article,), problems = read_file(path)
    assert "Łódź" in article.text and "końca miesiąca" in article.text
    assert any("declared in the file" in p.reason for p in problems)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".rss", ".src", ""]))
def test_arbitrary_bytes_never_raise(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    articles, problems = read_file(path)
    assert articles or problems
    assert all(p.source.startswith(str(path)) and p.reason for p in problems)
    for article in articles:
        assert article.text and article.text == article.text.strip() and article.outlet
