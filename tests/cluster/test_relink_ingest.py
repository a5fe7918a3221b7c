"""A long lone article placed on a second look during ingest is a story merge the store records
(issue 16: "merge, don't flip"): its one-article story from an earlier batch is absorbed whole
into a story of a later batch, with the reason, and its id names the kept story from then on.
Fictional articles written for this test; hashing embedder; SQLite store in a temp directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select

from newsweave.cluster.online import config_for
from newsweave.embed import HashingEmbedder
from newsweave.pipeline.core import Pipeline
from newsweave.pipeline.ids import first_article_story_id
from newsweave.pipeline.ingest import cluster_batch
from newsweave.store import open_store
from newsweave.store import schema as t
from newsweave.types import Article, content_id

DAY = dt.date(2025, 9, 15)
LONG = (
    "The river Tamber burst its banks at Oldmere overnight and most of the lower town is under water. "
    "Council crews pumped cellars on Mill Street and Tanner's Row while loss adjusters walked the terraces. "
    "The footbridge defences, raised after the 1998 floods, were overtopped by half a metre and engineers will inspect the wall on Thursday. "
    "Around 240 households are in rest centres or with relatives, and the primary school stays closed until the boiler room dries."
)
LATER = [
    "Oldmere flood: the Tamber overtopped the footbridge defences and 240 homes in the lower town were flooded overnight.",
    "Rest centres open in Oldmere for 240 households after the river Tamber flooded the lower town and Mill Street.",
]


def _article(text: str) -> Article:
    return Article(id=content_id(text), outlet="Fictional Gazette", text=text, title=text.split(".")[0][:60], published=DAY)


def _ingest(tmp_path, config) -> tuple[list[tuple[str, str, str]], str, str]:
    embedder, pipeline = HashingEmbedder(), Pipeline()
    lone = _article(LONG)
    tmp_path.mkdir()
    with open_store(f"sqlite:///{tmp_path / 'relink.db'}") as store:
        first = cluster_batch(store, [lone], pipeline=pipeline, embedder=embedder, config=config)
        assert first.story_of[lone.id] == first_article_story_id(lone.id)  # alone after its batch
        cluster_batch(store, [_article(x) for x in LATER], pipeline=pipeline, embedder=embedder, config=config)
        with store.engine.connect() as conn:
            merges = [(r.keep_id, r.absorbed_id, r.reason) for r in conn.execute(select(t.story_merges))]
        story = store.get_story(first.story_of[lone.id])
    return merges, story.id, lone.id if lone.id in story.article_ids else ""


def test_a_long_lone_articles_second_look_is_a_recorded_story_merge(tmp_path):
    # No first-look joins, no other merges; short texts never pass their second look (bar 1.0),
    # the long one passes its own low bar.
    base = replace(config_for("hashing-2048-bi"), join_probability=1.01, merge_probability=1.01, short_merge_similarity=1.01, relink_probability=1.0, relink_slope=0.0)
    merges, kept, member = _ingest(tmp_path / "a", replace(base, relink_long_probability=0.01, relink_young_articles=0))  # no young-stream rule (relink.py YOUNG)
    lone_story = first_article_story_id(content_id(LONG))
    assert len(merges) == 1
    keep_id, absorbed_id, reason = merges[0]
    assert absorbed_id == lone_story and keep_id in {first_article_story_id(content_id(x)) for x in LATER}
    assert "second look" in reason
    assert kept == keep_id and member  # the old id names the kept story, which holds the article
    # Without a long bar of its own the lone article stays alone: nothing recorded.
    merges, kept, member = _ingest(tmp_path / "b", base)
    assert merges == [] and kept == lone_story and member
