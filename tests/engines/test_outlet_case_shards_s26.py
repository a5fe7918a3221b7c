"""The Ray engine's `merge_shards` joins outlets by the reader's case-free rule (session 26): one
site spelled "QuayCheck.org" in one shard and "quaycheck.org" in another is one outlet, spelled as
the first shard spells it, as `read_paths` reads the same files. No Ray needed; fictional text."""

from __future__ import annotations

import json
from dataclasses import replace

from newsweave.engines.ray import _Prepared
from newsweave.engines.shards import merge_shards, plan_shards, read_shard
from newsweave.read import read_paths
from newsweave.types import Document

TEXT_A = "The Marrowby harbour board voted on Monday to close the old crane yard after a long survey of the quay walls. " * 2
TEXT_B = "Dock workers in Marrowby said on Tuesday that the crane yard vote came without warning for most of the night shift. " * 2
TEXT_C = "The Tidemouth ferry will run a winter timetable from November, with two crossings a day instead of five. " * 2


def _files(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"outlet": "QuayCheck.org", "text": TEXT_A, "title": "Crane yard to close"}) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"url": "https://www.quaycheck.org/2025/dock-workers", "text": TEXT_B, "title": "Workers surprised"}) + "\n"
        + json.dumps({"outlet": "Tidemouth Post", "text": TEXT_C, "title": "Winter ferry"}) + "\n", encoding="utf-8")
    problems, shards = plan_shards([tmp_path])
    assert problems == [] and len(shards) == 2
    return shards


def test_shards_join_one_outlet_spelled_two_ways_as_the_reader_does(tmp_path):
    shards = _files(tmp_path)
    kept, problems = merge_shards([], [(s, read_shard(s)) for s in shards])
    assert problems == []
    assert [a.outlet for a in kept] == ["QuayCheck.org", "QuayCheck.org", "Tidemouth Post"]
    assert [a.outlet for a in kept] == [a.outlet for a in read_paths([tmp_path]).articles]


def test_documents_and_prepared_records_are_respelled_whole(tmp_path):
    shards = _files(tmp_path)
    pieces = [read_shard(s) for s in shards]
    as_documents = [[Document(a, ()) for a in piece] for piece in pieces]
    kept, _ = merge_shards([], zip(shards, as_documents))
    assert [d.article.outlet for d in kept] == ["QuayCheck.org", "QuayCheck.org", "Tidemouth Post"]
    prepared = [[_Prepared(Document(a, ()), a.text[:20], None, None) for a in piece] for piece in pieces]
    kept, _ = merge_shards([], zip(shards, prepared))
    assert [p.article.outlet for p in kept] == ["QuayCheck.org", "QuayCheck.org", "Tidemouth Post"]
    assert kept[1].document.article == replace(pieces[1][0], outlet="QuayCheck.org")  # only the outlet changed
