"""Compressed files cut mid-way or not compressed at all (issue 12, session 23 brief R).

A `.jsonl.gz` cut in the middle of its gzip stream lost every line: the decompressor raised at the
cut and the up to 64 KB it had gathered went with it. Now every complete line before the cut is
read, with one warning naming the file and how many lines were whole. A `.gz` of random bytes
said "binary file"; it says it is not a valid gzip file. All records are fiction written here."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import random

import pytest

from newsweave.read import read_file, read_paths
from newsweave.read.stream import iter_jsonl

# bzip2 at level 1 packs 100 KB blocks, so a cut file of several blocks has whole ones to read
COMPRESS = {".gz": (gzip.compress, "gzip"), ".bz2": (lambda b: bz2.compress(b, 1), "bzip2"), ".xz": (lzma.compress, "xz")}


def _records(n: int) -> list[str]:
    rng = random.Random(23)  # varied text, so the stream does not compress to almost nothing
    words = "harbour ferry council pier storm lifeboat quay tide repairs trust bay crew deck market".split()
    return [
        json.dumps({"title": f"Bay note {i}", "outlet": "Kestrel Wire",
                    "text": f"Note {i} from the bay. " + " ".join(rng.choice(words) for _ in range(60)) + "."})
        for i in range(n)
    ]


def _cut(data: bytes, keep: float) -> bytes:
    return data[: int(len(data) * keep)]


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_cut_jsonl_keeps_every_complete_line(tmp_path, suffix):
    compress, name = COMPRESS[suffix]
    lines = _records(1500)
    whole = ("\n".join(lines) + "\n").encode("utf-8")
    path = tmp_path / f"kestrel-wire.jsonl{suffix}"
    path.write_bytes(_cut(compress(whole), 0.7))
    articles, problems = read_file(path)
    # what a decompressor can give back from the cut stream, line by line
    readable = len(articles)
    assert 0 < readable < len(lines)
    assert [a.title for a in articles] == [f"Bay note {i}" for i in range(readable)]
    (warning,) = problems
    assert warning.level == "warning" and warning.source == str(path)
    assert warning.reason.startswith(f"file ends early: {name} stream truncated after {readable:,} complete lines")


def test_cut_gzip_keeps_what_zlib_can_decompress(tmp_path):
    import zlib

    data = gzip.compress(("\n".join(_records(300)) + "\n").encode("utf-8"))
    cut = _cut(data, 0.4)
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(cut)
    readable = zlib.decompressobj(wbits=31).decompress(cut)
    articles, _ = read_file(path)
    assert len(articles) == readable.count(b"\n")  # every line ended before the cut


def test_cut_file_does_not_stop_the_batch(tmp_path):
    data = gzip.compress(("\n".join(_records(300)) + "\n").encode("utf-8"))
    (tmp_path / "a-cut.jsonl.gz").write_bytes(_cut(data, 0.5))
    (tmp_path / "b-whole.jsonl.gz").write_bytes(gzip.compress(("\n".join(_records(3)[:1]) + "\n").encode()))
    (tmp_path / "c-note.txt").write_text("Tide tables change\n\nThe harbour office published new tide tables for the bay on Monday, it said.", encoding="utf-8")
    result = read_paths([tmp_path])
    assert {a.source.split("/")[-1].split(" ")[0] for a in result.articles} >= {"a-cut.jsonl.gz", "c-note.txt"}
    assert [p.level for p in result.problems if "a-cut" in p.source] == ["warning"]
    assert result.errors == ()


def test_cut_exactly_at_a_line_end_counts_every_line(tmp_path):
    lines = _records(50)
    body = ("\n".join(lines) + "\n").encode("utf-8")
    stream = zlib_stream_without_end(body)
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(stream)
    articles, problems = read_file(path)
    assert len(articles) == 50
    assert problems[0].reason.startswith("file ends early: gzip stream truncated after 50 complete lines")


def zlib_stream_without_end(body: bytes) -> bytes:
    """A gzip stream holding all of `body`, flushed, but without its end and trailer."""
    import zlib

    packer = zlib.compressobj(wbits=31)
    return packer.compress(body) + packer.flush(zlib.Z_SYNC_FLUSH)


def test_cut_text_file_is_read_with_the_same_wording(tmp_path):
    body = "".join(f"Paragraph {n}: the pier inquiry heard from witness number {n * 7919 % 10007}.\n\n" for n in range(3000))
    path = tmp_path / "inquiry.txt.gz"
    path.write_bytes(_cut(gzip.compress(("Pier inquiry opens\n\n" + body).encode("utf-8")), 0.5))
    (article,), (warning,) = read_file(path)
    assert "witness number" in article.text
    assert warning.level == "warning" and warning.reason.startswith("file ends early: gzip stream truncated after ")
    assert "of content; read what came before" in warning.reason


def test_streamed_big_jsonl_gz_cut_keeps_lines(tmp_path):
    lines = _records(200)
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(_cut(data, 0.5))
    items = list(iter_jsonl(path))  # the streaming path used for files over the size limit
    articles = [i for i in items if hasattr(i, "text")]
    problems = [i for i in items if not hasattr(i, "text")]
    assert 0 < len(articles) < 200
    (warning,) = problems
    assert warning.level == "warning"
    assert warning.reason.startswith(f"file ends early: gzip stream truncated after {len(articles)} complete lines")


@pytest.mark.parametrize("name, kind", [("random.gz", "gzip"), ("random.jsonl.gz", "gzip"), ("random.txt.bz2", "bzip2"), ("random.xz", "xz")])
def test_random_bytes_named_compressed_are_not_a_valid_archive(tmp_path, name, kind):
    path = tmp_path / name
    path.write_bytes(random.Random(7).randbytes(4096))
    articles, (problem,) = read_file(path)
    assert articles == []
    assert problem.level == "error" and problem.source == str(path)
    assert problem.reason.startswith(f"not a valid {kind} file")
    assert "binary" not in problem.reason


def test_gzip_signature_with_garbage_after_is_not_a_valid_gzip_file(tmp_path):
    path = tmp_path / "garbage.jsonl.gz"
    path.write_bytes(b"\x1f\x8b" + os.urandom(2000))
    _, (problem,) = read_file(path)
    assert problem.level == "error" and problem.reason.startswith("not a valid gzip file")


def test_plain_text_named_gz_is_still_read(tmp_path):
    path = tmp_path / "note.txt.gz"  # misnamed, but text: read it, as before
    path.write_text("Tide tables change\n\nThe harbour office published new tide tables for the bay on Monday, it said.", encoding="utf-8")
    (article,), problems = read_file(path)
    assert problems == [] and "tide tables" in article.text


def test_cut_before_any_content_is_an_error_naming_the_cut(tmp_path):
    path = tmp_path / "tiny.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "x"}\n')[:12])
    _, (problem,) = read_file(path)
    assert problem.level == "error" and problem.reason.startswith("file ends early: ")
    assert "truncated before" in problem.reason


def test_cut_inside_a_character_is_not_an_invalid_byte(tmp_path):
    import zlib

    line = json.dumps({"title": "Caf\u00e9 note", "text": "The caf\u00e9 on the pier reopened on Saturday, the harbour trust said, after a winter of repairs."}, ensure_ascii=False)
    body = (line + "\n").encode("utf-8") + "caf\u00e9".encode("utf-8")[:4]  # the stream stops inside '\u00e9'
    packer = zlib.compressobj(wbits=31)
    path = tmp_path / "pier.jsonl.gz"
    path.write_bytes(packer.compress(body) + packer.flush(zlib.Z_SYNC_FLUSH))
    (article,), (warning,) = read_file(path)
    assert article.title == "Caf\u00e9 note"
    assert warning.reason.startswith("file ends early: gzip stream truncated after 1 complete line;")
