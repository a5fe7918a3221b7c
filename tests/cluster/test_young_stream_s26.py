"""A young stream's second look (cluster/relink.py, YOUNG; session 26).

A stream ingested in small batches gets a second look for its lone articles after every batch,
while the stream is young. Multi-News dev in three `newsweave ingest` runs of 75 relinked lone
articles at the long-text bar into stories of other events after the first run (BCubed F1 0.9363
against 0.9628 in one run; benchmarks/CLUSTERING.md "Session 26"). Now a long text has the common
bar until the stream has seen `YOUNG_STREAM` articles (the clusterer's seq, the same in one run or
many). To test the rule and not the shipped model's probabilities, the long-text bar is set so low
here that any look would pass it. Fictional articles (those of test_relink_small_store.py), real
ingest into a real SQLite store.
"""

from __future__ import annotations

import dataclasses

import pytest

from newsweave.cluster import OnlineClusterer, lead_text
from newsweave.cluster.online import config_for
from newsweave.cluster.relink import YOUNG_STREAM
from newsweave.config import Settings
from newsweave.pipeline.ingest import cluster_item, embedder_for, ingest
from newsweave.store import open_store
from newsweave.types import content_id

from .test_relink_small_store import UNRELATED, _article

LOW_BAR = 1e-6  # a long text's second-look bar that every look passes


def _config(embedder):
    return dataclasses.replace(config_for(embedder.name), relink_long_probability=LOW_BAR, relink_long_slope=0.0)


def _stories(store, texts) -> list[list[str]]:
    with store.unit_of_work() as work:
        story_of = work.stories_of([content_id(x) for x in texts])
    members: dict[str, list[str]] = {}
    for x in texts:
        members.setdefault(story_of[content_id(x)], []).append(x[:30])
    return list(members.values())


@pytest.mark.parametrize("batches", [1, 3])
def test_a_young_store_keeps_the_common_bar_for_long_texts(tmp_path, batches):
    texts = UNRELATED[:12]
    with open_store(f"sqlite:///{tmp_path / 'young.db'}") as store:
        embedder = embedder_for(store, Settings())
        config = _config(embedder)
        size = len(texts) // batches
        for start in range(0, len(texts), size):
            ingest([_article(x) for x in texts[start : start + size]], store=store, embedder=embedder, cluster_config=config, summarize=False)
        stories = _stories(store, texts)
    # Before session 26 every lone article was relinked at the (low) long-text bar: mixed stories.
    assert [m for m in stories if len(m) > 1] == []
    assert len(stories) == len(texts)


def test_a_stream_that_has_seen_enough_articles_has_the_long_text_bar_again():
    embedder = embedder_for(open_store("memory://"), Settings())
    config = _config(embedder)
    texts = UNRELATED[:12]
    vectors = embedder.embed([lead_text(_article(x)) for x in texts])
    items = [cluster_item(_article(x), vectors[i]) for i, x in enumerate(texts)]

    def relinks(seq: int) -> list:
        clusterer = OnlineClusterer(config=config, seq=seq)
        for item in items:
            clusterer.assign(item)
        return [m for m in clusterer.merge_pass() if "second look" in m.reason]

    assert relinks(0) == []  # young: the common bar
    assert relinks(YOUNG_STREAM) != []  # grown (seq as a store of YOUNG_STREAM articles gives it): the low long-text bar
