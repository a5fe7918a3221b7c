"""An ingest's "N new stories" counts stories that still exist when it ends (session 23, E4).

On the Google News dev stream a fresh database reported "22 new stories, 0 updated ... 18 stories in
the database": stories created by an earlier batch of the same run and merged into another by a later
batch were still counted as new. Fictional data: tests/data/merges, with the one door of
tests/conftest.py `merging_ingest` open (the lone article's second look), in one ingest of one-article
batches, so the lone article's story is created by batch 1 and absorbed by a later batch."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsweave.cluster.online import config_for
from newsweave.embed import HashingEmbedder
from newsweave.pipeline.ingest import ingest
from newsweave.store import open_store

DATA = Path(__file__).resolve().parents[1] / "data" / "merges"


def test_a_story_merged_away_in_the_same_run_is_not_counted_new(tmp_path):
    config = replace(config_for("hashing-2048-bi"), join_probability=1.01, merge_probability=1.01, short_merge_similarity=1.01,
                     relink_probability=1.0, relink_slope=0.0, relink_long_probability=0.01,
                     relink_young_articles=0)  # the long text's own bar in a store of 3 articles (relink.py YOUNG)
    with open_store(f"sqlite:///{tmp_path / 'n.db'}") as store:
        report = ingest([DATA / "1-lone.jsonl", DATA / "2-later.jsonl"], store=store, embedder=HashingEmbedder(),
                        cluster_config=config, batch_size=1, summarize=False)
        stored = {s.id for s in store.list_stories(limit=100)[0]}
    assert report.new_articles == 3
    assert len(stored) < 3  # the second look merged something (else this test proves nothing)
    assert set(report.new_stories) == stored and not report.updated_stories
