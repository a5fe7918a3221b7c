"""Short-text mode (cluster/short.py): titles that join with their own threshold, and stories of
titles that the merge pass brings together by their key-count profiles. Fictional titles written
for these tests, lower-cased without stop words like a headline-only feed; hashing embedder."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from newsweave.cluster import ClusterItem, OnlineClusterer, StoryState, find_merges
from newsweave.cluster.linker import load_model
from newsweave.cluster.online import config_for
from newsweave.cluster.short import is_short_item, is_short_story, key_cosine, key_vector
from newsweave.cluster.terms import text_keys
from newsweave.embed import HashingEmbedder

# One fictional event (a console launch), split in three pieces, and an unrelated strike.
CONSOLE_A = ["quillmarsh console sell out launch day", "quillmarsh console queue overnight store", "quillmarsh launch day console shortage"]
CONSOLE_B = ["quillmarsh console price teardown cost", "teardown quillmarsh console cost build"]
CONSOLE_C = ["quillmarsh console fault replace drive", "quillmarsh owner report drive fault console"]
STRIKE = ["brannock ferry crew strike sailing cancelled", "brannock ferry strike talk union crew", "ferry strike brannock island supply"]


def _story(story_id: str, texts: list[str], embedder, seq: int) -> StoryState:
    keys = Counter()
    for t in texts:
        keys.update(text_keys(t))
    return StoryState(id=story_id, centroid_sum=embedder.embed(texts).sum(axis=0), n=len(texts), entities=dict(keys), seq=seq)


def test_short_items_and_short_stories_are_told_by_their_key_counts():
    assert is_short_item(dict(text_keys(CONSOLE_A[0])))
    assert not is_short_item({})
    long_text = "The Quillmarsh console went on sale at midnight in 40 cities, and stores from Harwick to Penmoor reported queues, shortages, refunds and angry buyers waiting for a second delivery."
    assert not is_short_item(dict(text_keys(long_text)))
    e = HashingEmbedder()
    assert is_short_story(_story("a", CONSOLE_A, e, 1))
    assert not is_short_story(_story("long", [long_text], e, 1))


def test_key_cosine_follows_the_keys_most_members_share():
    model = load_model("hashing")
    e = HashingEmbedder()
    a, b, c, strike = (key_vector(_story(i, t, e, 1).entities, model) for i, t in (("a", CONSOLE_A), ("b", CONSOLE_B), ("c", CONSOLE_C), ("s", STRIKE)))
    assert key_cosine(a, a) == pytest.approx(1.0)
    assert key_cosine(a, b) == pytest.approx(key_cosine(b, a))
    assert key_cosine(a, b) > 0.4 and key_cosine(b, c) > 0.4  # "quillmarsh" and "console" in every title
    assert key_cosine(a, strike) == 0.0


def test_merge_pass_brings_a_split_title_story_together_in_one_pass():
    e = HashingEmbedder()
    states = [_story("console-a", CONSOLE_A, e, 1), _story("strike", STRIKE, e, 2), _story("console-b", CONSOLE_B, e, 3), _story("console-c", CONSOLE_C, e, 4)]
    c = OnlineClusterer(states, config=config_for(e.name), seq=4)
    merges = c.merge_pass(all_stories=True)
    assert all("key profiles" in m.reason for m in merges)
    # Three pieces need two merges (in two rounds: each story merges once per round); whatever
    # the order, the three ids resolve to one kept story, and the larger side keeps its id.
    assert len(merges) == 2
    parent = {m.absorbed_id: m.keep_id for m in merges}
    root = lambda s: root(parent[s]) if s in parent else s  # noqa: E731
    kept = {root(s) for s in ("console-a", "console-b", "console-c")}
    assert len(kept) == 1 and "strike" not in parent
    after = {s.id: s for s in c.all_states()}
    assert set(after) == kept | {"strike"}
    assert after[kept.pop()].n == 7 and after["strike"].n == 3
    # With the short-text rule off, the learned merger alone leaves the pieces apart here.
    off = OnlineClusterer(states, config=replace(config_for(e.name), short_merge_similarity=1.01, merge_probability=1.01), seq=4)
    assert off.merge_pass(all_stories=True) == []


def test_short_texts_join_with_their_own_threshold():
    e = HashingEmbedder()
    story = _story("console-a", CONSOLE_A, e, 1)
    title = "quillmarsh console launch queue"
    item = ClusterItem("t1", e.embed([title])[0], keys=dict(text_keys(title)))
    base = config_for(e.name)
    for short_join, expect_join in ((0.0, True), (1.01, False)):
        c = OnlineClusterer([story], config=replace(base, short_join_probability=short_join), seq=1)
        assert (not c.assign(item).new_story) is expect_join
    # A long text is decided by the ordinary threshold, whatever the short one says.
    long_text = " ".join(CONSOLE_A + CONSOLE_B)
    long_item = ClusterItem("t2", e.embed([long_text])[0], keys=dict(text_keys(long_text)))
    assert len(long_item.keys) > 10
    c = OnlineClusterer([story], config=replace(base, short_join_probability=0.0, join_probability=1.01), seq=1)
    assert c.assign(long_item).new_story
    assert np.isfinite(c.assign(item).score)


def test_short_stories_sharing_their_top_key_meet_even_when_their_vectors_do_not():
    # Title vectors can be far apart (hashed words): the merge pass also looks up the stories
    # that share a short story's heaviest keys. Orthogonal centroids, same dominant key.
    dim = 8
    a, b, other = np.zeros(dim, np.float32), np.zeros(dim, np.float32), np.zeros(dim, np.float32)
    a[0], b[1], other[2] = 3.0, 2.0, 3.0
    states = [
        StoryState("console-a", a, 3, {"quillmarsh": 3, "console": 2, "queue": 1, "launch": 2}, seq=1),
        StoryState("console-b", b, 2, {"quillmarsh": 2, "teardown": 2, "cost": 1}, seq=2),
        StoryState("strike", other, 3, {"brannock": 3, "ferry": 3, "strike": 3}, seq=3),
    ]
    merges = find_merges(states, config=config_for("hashing"))
    assert [(m.keep_id, m.absorbed_id) for m in merges] == [("console-a", "console-b")]
    assert "centroid cosine 0.00" in merges[0].reason
    # Long-text stories are never compared this way.
    long_keys = {f"word{i}": 1 for i in range(40)}
    long_states = [replace(states[0], entities={**long_keys, "quillmarsh": 3}, n=1), replace(states[1], entities={**long_keys, "quillmarsh": 2}, n=1)]
    assert find_merges(long_states, config=config_for("hashing")) == []
