"""The linker's story profiles kept across ingest batches (`ProfileCache`) are a pure speed-up:
the same batches give the same stories with and without it; and it keeps only what the last
two batches used."""

from __future__ import annotations

import datetime as dt

from newsweave.cluster.online import config_for
from newsweave.embed import HashingEmbedder
from newsweave.pipeline.core import Pipeline
from newsweave.pipeline.ingest import ProfileCache, cluster_batch
from newsweave.pipeline.ids import publication_order
from newsweave.store import open_store
from newsweave.types import Article, content_id

EVENTS = [
    ("Quillon lighthouse keeper rescues stranded kayakers", "Keeper Mira Dunmore spotted two kayakers clinging to the Quillon rocks and rowed out at dawn."),
    ("Ashcombe bakery wins county bread prize", "The Ashcombe bakery run by Pell Harrow took first prize for its rye loaf at the county show."),
    ("Tarnwick council closes flooded underpass", "Tarnwick council shut the Mill Lane underpass after storm water rose above the kerbs."),
    ("Velmora orchestra cancels winter tour", "The Velmora chamber orchestra called off its winter tour after conductor Ines Garrow fell ill."),
]
ANGLES = ["Witnesses said", "Officials confirmed", "Neighbours reported", "A spokesperson added", "Local radio said", "Residents told reporters"]


def _articles() -> list[Article]:
    out = []
    for i in range(48):
        title, lead = EVENTS[i % len(EVENTS)]
        day = dt.date(2025, 5, 1) + dt.timedelta(days=i // 8)
        text = f"{lead} {ANGLES[i % len(ANGLES)]} the details on day {i // 8}. Report number {i}."
        out.append(Article(id=content_id(text), outlet=f"Outlet {i % 5}", text=text, title=title, published=day))
    return publication_order(out)


def _stories(profiles) -> dict[str, str]:
    embedder, pipeline = HashingEmbedder(), Pipeline()
    config = config_for(embedder.name)
    story_of: dict[str, str] = {}
    with open_store("memory://") as store:
        articles = _articles()
        for start in range(0, len(articles), 6):
            result = cluster_batch(store, articles[start : start + 6], pipeline=pipeline, embedder=embedder, config=config, profiles=profiles)
            story_of.update(result.story_of)
            if profiles is not None:
                profiles.next_batch()
        with store.unit_of_work() as work:
            final = work.stories_of(story_of)
    return final


def test_the_same_stories_with_and_without_the_cache():
    cache = ProfileCache()
    with_cache, without = _stories(cache), _stories(None)
    assert with_cache == without
    assert len(set(without.values())) >= len(EVENTS)  # a real stream: several stories, not one
    assert 0 < len(cache._old) + len(cache._new)  # the cache was used


def test_the_cache_keeps_what_the_last_two_batches_used():
    cache = ProfileCache()
    cache[("s1", 1, 1, 3)] = "profile one"
    cache.next_batch()
    assert cache.get(("s1", 1, 1, 3)) == "profile one"  # used by the next batch: kept
    cache.next_batch()
    assert cache.get(("s1", 1, 1, 3)) == "profile one"  # and by the one after
    cache.next_batch()
    cache.next_batch()
    assert cache.get(("s1", 1, 1, 3)) is None  # unused for a whole batch: gone
    assert cache.get(("s2", 1, 1, 3)) is None


def test_a_story_that_changed_never_gets_its_old_profile():
    """Clusterers made batch after batch from the previous one's stories (as ingest reloads them
    from the store), sharing one cache: every story's profile is the one of its current keys."""
    from newsweave.cluster import OnlineClusterer, lead_text, make_item
    from newsweave.cluster.linker import profile

    embedder = HashingEmbedder()
    config = config_for(embedder.name)
    articles = _articles()
    vectors = embedder.embed([lead_text(a) for a in articles])
    items = [make_item(a, v) for a, v in zip(articles, vectors)]
    cache, states, checked = ProfileCache(), [], 0
    for start in range(0, len(items), 6):
        clusterer = OnlineClusterer(states, config=config, profile_cache=cache)
        for row, state in enumerate(states):  # candidates are appended in the order given
            assert clusterer.story_profile(row) == profile(state.entities, clusterer.model), state.id
            checked += 1
        for item in items[start : start + 6]:
            clusterer.assign(item)
        clusterer.merge_pass()
        states = clusterer.all_states()
        cache.next_batch()
    assert checked > 20 and any(s.n > 2 for s in states)
