"""Compressed files (gzip, bzip2, xz) are read through their decompressor: the name without the
compression suffix decides the format and the outlet, the size limit applies to what they expand
to, and a damaged or misnamed one is a problem naming the file, never a crash."""

import bz2
import gzip
import json
import lzma

import pytest

from newsweave.read import MAX_FILE_BYTES, read_file, read_paths
from newsweave.read.decode import load_source

STORY = (
    "Harbour bridge reopens after repairs\n\n"
    "The Kestrel footbridge reopened on Monday after six weeks of repairs, the council said.\n\n"
    "About 6,000 people cross it every day."
)
COMPRESS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_compressed_text_is_read_like_the_plain_file(tmp_path, suffix):
    plain = tmp_path / "plain" / "valley-courier.txt"
    plain.parent.mkdir()
    plain.write_text(STORY, encoding="utf-8")
    packed = tmp_path / f"valley-courier.txt{suffix}"
    packed.write_bytes(COMPRESS[suffix](STORY.encode("utf-8")))
    (want,), _ = read_file(plain)
    (got,), problems = read_file(packed)
    assert problems == []
    assert got.text == want.text and got.title == want.title == "Harbour bridge reopens after repairs"
    assert got.id == want.id  # same content, same article
    assert got.outlet == "Valley Courier"  # from the name without '.txt.gz'


def test_compressed_jsonl_uses_the_inner_suffix(tmp_path):
    lines = [json.dumps({"text": STORY.split("\n\n", 1)[1], "title": f"Story {n}", "outlet": "Wire"}) + "\n" for n in range(3)]
    lines[1] = json.dumps({"text": "The ferry returned to service on Sunday, operators said.", "outlet": "Wire"}) + "\n"
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress("".join(lines).encode("utf-8")))
    result = read_paths([path])
    assert len(result.articles) == 2  # lines 1 and 3 hold the same text
    assert {a.outlet for a in result.articles} == {"Wire"}
    assert result.counts()["duplicates"] == 1


def test_magic_number_wins_over_a_misleading_name(tmp_path):
    path = tmp_path / "story.txt"  # gzip data without a .gz suffix
    path.write_bytes(gzip.compress(STORY.encode("utf-8")))
    (article,), problems = read_file(path)
    assert problems == [] and "six weeks of repairs" in article.text


def test_text_that_starts_like_bzip2_is_still_text(tmp_path):
    path = tmp_path / "bzh.txt"
    path.write_text("BZh9 is not a compressed stream here.\n\n" + STORY, encoding="utf-8")
    (article,), problems = read_file(path)
    assert problems == [] and article.text.startswith("BZh9")


def test_corrupt_and_truncated_archives_are_reported(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    body = "".join(f"Paragraph {n}: the footbridge inquiry heard from witness number {n * 7919 % 10007}.\n\n" for n in range(4000))
    data = gzip.compress((STORY + "\n\n" + body).encode("utf-8"))
    (tmp_path / "garbage.txt.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 64)
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "empty.txt.gz").write_bytes(gzip.compress(b""))
    (tmp_path / "photos.tar.gz").write_bytes(gzip.compress(b"not really a tar"))
    result = read_paths([tmp_path])
    by_name = {p.source.rsplit("/", 1)[-1]: p for p in result.problems}
    assert by_name["garbage.txt.gz"].level == "error" and by_name["garbage.txt.gz"].reason.startswith("not a valid gzip file")
    assert by_name["empty.txt.gz"].level == "error" and "empty file" in by_name["empty.txt.gz"].reason
    assert by_name["photos.tar.gz"].reason.startswith("skipped: '.tar.gz' files are not articles")
    cut = by_name["cut.txt.gz"]
    assert cut.level == "warning" and cut.reason.startswith("file ends early: gzip stream truncated after ")
    (partial,) = [a for a in result.articles if "witness" in a.text]
    assert "six weeks of repairs" in partial.text and 65536 <= len(partial.text) < len(STORY + body)
    assert len(result.articles) == 2  # good.txt too


def test_expanding_file_is_cut_at_the_limit(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    block = b"The harbour wall was repaired on Monday, the council said.\n\n" * 1000
    with gzip.open(path, "wb", compresslevel=9) as handle:
        for _ in range(MAX_FILE_BYTES // len(block) + 2):
            handle.write(block)
    assert path.stat().st_size < MAX_FILE_BYTES // 50  # small on disk, over the limit unpacked
    src = load_source(path)
    assert len(src.data) == MAX_FILE_BYTES
    assert any("uncompressed content is over 64.0 MB" in w for w in src.warnings)
