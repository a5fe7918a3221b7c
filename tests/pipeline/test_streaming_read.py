"""`iter_articles`: the streaming form of `read_paths`; a JSON Lines file over the reading limit
is streamed line by line, with memory near-flat in its size (ids only)."""

from __future__ import annotations

import gzip
import json
import tracemalloc

import pytest

from newsweave.read import stream
from newsweave.read import iter_articles, read_paths
from newsweave.types import Article, ReadProblem

EXAMPLE = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


def write_jsonl(path, n: int, *, words: int = 300, bad_every: int = 0) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as f:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                f.write("{not json\n")
                continue
            body = " ".join(f"word{(i * 7 + j) % 997}" for j in range(words))
            f.write(json.dumps({"title": f"Report {i}", "outlet": "Gazette", "text": f"Story number {i} begins here. {body}."}) + "\n")


def test_read_paths_is_iter_articles_collected():
    items = list(iter_articles([EXAMPLE]))
    result = read_paths([EXAMPLE])
    assert tuple(x for x in items if isinstance(x, Article)) == result.articles
    assert tuple(x for x in items if isinstance(x, ReadProblem)) == result.problems
    assert result.files_seen == 5 and len(result.articles) == 5


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz"])
def test_a_big_jsonl_is_streamed_line_by_line_with_the_same_articles(tmp_path, monkeypatch, name):
    path = tmp_path / name
    write_jsonl(path, 300, words=40, bad_every=50)
    eager = read_paths([path])  # under the limit: read whole by read_jsonl
    monkeypatch.setattr(stream, "MAX_FILE_BYTES", 1000)  # now it is "big": streamed
    assert stream._streamable(path)
    items = list(iter_articles([path]))
    articles = [x for x in items if isinstance(x, Article)]
    problems = [x for x in items if isinstance(x, ReadProblem)]
    assert tuple(articles) == eager.articles and len(articles) == 294
    assert [p.source for p in problems] == [p.source for p in eager.problems] and len(problems) == 6
    assert all("line skipped" in p.reason for p in problems)


def _peak_bytes(path) -> int:
    tracemalloc.start()
    count = 0
    for item in iter_articles([path]):
        count += isinstance(item, Article)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, count


def test_streaming_memory_is_flat_in_the_input_size(tmp_path, monkeypatch):
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    write_jsonl(small, 250, words=200)
    write_jsonl(large, 2000, words=200)
    monkeypatch.setattr(stream, "MAX_FILE_BYTES", 1000)
    peak_small, n_small = _peak_bytes(small)
    peak_large, n_large = _peak_bytes(large)
    assert (n_small, n_large) == (250, 2000)
    size_ratio = large.stat().st_size / small.stat().st_size  # 8x the input
    assert size_ratio > 7.5
    # Near-flat: past one line, only each article's id (and where it was read, for the duplicate
    # warning) is kept: a few hundred bytes per article against ~1.6 KB of text each.
    per_article = (peak_large - peak_small) / (n_large - n_small)
    assert per_article < 400 and peak_large < large.stat().st_size / 5  # read whole, it would be > 1x
