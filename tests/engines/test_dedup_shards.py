"""Near-duplicates (MinHash-LSH) and byte-range shards of big JSONL files; no Ray needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BASE = ("The Kestrel footbridge in Port Alder collapsed into the harbour on Tuesday evening, injuring fourteen people. "
        "Mayor Helen Okafor promised an inquiry into the steel cables, and divers searched the water beneath the span until midnight. "
        "The council closed the harbour walk and ordered checks on two other bridges in the town.")


def test_rewrite_is_a_near_duplicate_and_another_story_is_not():
    pytest.importorskip("datasketch")
    from newsweave.engines.dedup import exact_duplicates, near_duplicates, signature

    rewrite = BASE.replace("Tuesday evening", "Tuesday night")
    other = ("Heavy rain pushed the Kettlewick reservoir over its dam wall on Saturday, flooding homes in the Wend valley. "
             "Farmers moved their sheep to higher ground before dawn, and residents slept in the school gymnasium.")
    ids = ["a", "b", "c", "a"]
    pairs = near_duplicates(ids, [signature(t) for t in (BASE, rewrite, other, BASE)])
    assert [(p.a, p.b) for p in pairs] == [("a", "b")]
    assert 0.8 <= pairs[0].similarity < 1.0
    assert exact_duplicates(ids) == 1


def _write_jsonl(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            if i == 7:
                handle.write("{not json\n")
            elif i == 11:
                handle.write("\n")
            else:
                handle.write(json.dumps({"title": f"Item {i}", "text": f"{BASE} Dispatch number {i}.", "outlet": "Radio West", "date": "2025-04-02"}) + "\n")


def test_byte_ranges_read_the_same_articles_and_problems_as_the_whole_file(tmp_path):
    from newsweave.engines.shards import _ranges, merge_shards, read_shard
    from newsweave.read.stream import iter_jsonl

    path = tmp_path / "big.jsonl"
    _write_jsonl(path, 40)
    whole = list(iter_jsonl(path))
    shards = _ranges(path, path.stat().st_size, shard_bytes=2000)
    assert len(shards) > 3
    assert shards[0].start == 0 and shards[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in zip(shards, shards[1:]))
    pieces = [read_shard(s) for s in shards]
    assert [x for p in pieces for x in p] == whole  # same articles, sources (line numbers) and problems
    kept, problems = merge_shards([], zip(shards, pieces))
    assert len(kept) == 38 and [p.source for p in problems] == [f"{path} (line 8)"]
