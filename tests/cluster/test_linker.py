"""The learned story linker and the merge pass, on fictional streams written for these tests.

The hashing embedder is used (no model download, deterministic), with the linker weights shipped
for it in `data/story_linker.json`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from newsweave.cluster import OnlineClusterer, StoryState, cluster_stream, find_merges, lead_text, make_item
from newsweave.cluster.linker import DECIDER_FEATURES, PAIR_FEATURES, load_model
from newsweave.cluster.online import ClusterConfig, config_for
from newsweave.cluster.terms import article_keys, text_keys
from newsweave.embed import HashingEmbedder
from newsweave.eval.cluster_metrics import load_cluster_data
from newsweave.types import Article

DATA = Path(__file__).parent / "data"


def stream(name: str):
    embedder = HashingEmbedder()
    articles, gold = load_cluster_data(DATA / name)
    vectors = embedder.embed([lead_text(a) for a in articles])
    return [make_item(a, vectors[i]) for i, a in enumerate(articles)], gold, config_for(embedder.name)


def grouped(assignments, gold) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, g in zip(assignments, gold):
        out.setdefault(g, set()).add(a.story_id)
    return out


def test_shipped_model_loads_for_both_embedder_families():
    for family in ("static", "hashing"):
        model = load_model(family)
        assert model.scorer.names == PAIR_FEATURES and len(model.scorer.coef) == len(PAIR_FEATURES)
        assert model.decider.names == DECIDER_FEATURES
        assert len(model.merger.coef) == len(PAIR_FEATURES) + 1
        # Rare words weigh more than common ones; unseen words most.
        assert model.weight("police") < model.weight("firefighter") <= model.unknown_idf
    # More dense similarity and more shared key words both make "same story" more likely.
    scorer = load_model("hashing").scorer
    assert scorer.coef[PAIR_FEATURES.index("tfidf_cos")] > 0 and scorer.coef[PAIR_FEATURES.index("dense_cos")] > 0


def test_dated_stream_stories_and_same_headline_months_later():
    items, gold, config = stream("linker_stream.jsonl")
    out = cluster_stream(items, config=config)
    by_gold = grouped(out, gold)
    assert all(len(ids) == 1 for ids in by_gold.values()), by_gold  # no story split
    assert len({next(iter(v)) for v in by_gold.values()}) == 4  # fire, cycle lanes, wine, later fire
    assert [a.new_story for a in out] == [True, True, False, False, False, True, False, False, False, True]


def test_headline_only_stream_uses_names_and_numbers():
    items, gold, config = stream("headlines_stream.jsonl")
    out = cluster_stream(items, config=config)
    by_gold = grouped(out, gold)
    assert all(len(ids) == 1 for ids in by_gold.values()), by_gold
    assert len({a.story_id for a in out}) == 3


def test_decisions_are_deterministic():
    items, gold, config = stream("linker_stream.jsonl")
    runs = []
    for _ in range(2):
        c = OnlineClusterer(config=config)
        runs.append([(a.story_id, a.new_story, round(a.score, 12)) for a in map(c.assign, items)])
    assert runs[0] == runs[1]
    probs = [score for _, new, score in runs[0] if not new]
    assert all(0.5 <= p <= 1.0 for p in probs)


def test_keys_keep_words_and_numbers_not_stop_words():
    keys = text_keys("The council voted 31 to 9 for a 6.2 million pound plan; 1,100 homes and the councils agree.")
    assert {"council", "voted", "#31", "#6.2", "#1100", "pound", "plan", "home"} <= set(keys)
    assert keys["council"] == 2 and "the" not in keys and "#9" not in keys
    article = Article(id="x", outlet="o", text="Body text about ferries.", title="Ferry strike")
    assert {"ferry", "strike"} <= set(article_keys(article))


def _story(story_id: str, texts: list[str], day: dt.date, embedder, seq: int) -> StoryState:
    vectors = embedder.embed(texts)
    keys = Counter()
    for t in texts:
        keys.update(text_keys(t))
    return StoryState(id=story_id, centroid_sum=vectors.sum(axis=0), n=len(texts), entities=dict(keys), first_seen=day, last_seen=day, seq=seq)


FIRE_A = ["Harlow Quay warehouse fire: 43 firefighters fight blaze in paint store overnight", "Wexmoor fire service sends 43 firefighters to Harlow Quay warehouse blaze", "Harlow Quay warehouse blaze: residents told to shut windows as smoke spreads"]
FIRE_B = ["Warehouse blaze on Harlow Quay was started by electrical fault in paint store", "Harlow Quay warehouse fire out after 43 firefighters worked through the night"]
WINE = ["Kestrel Valley vineyard wins gold medal at Lisbon wine awards", "Penhallow Estate sparkling wine takes gold in Lisbon"]


def test_find_merges_joins_converging_stories_and_leaves_others():
    e = HashingEmbedder()
    d = dt.date(2025, 6, 3)
    states = [_story("fire-a", FIRE_A, d, e, 1), _story("wine", WINE, d, e, 2), _story("fire-b", FIRE_B, d + dt.timedelta(days=1), e, 3)]
    merges = find_merges(states, config=config_for(e.name))
    assert [(m.keep_id, m.absorbed_id) for m in merges] == [("fire-a", "fire-b")]
    keep, absorbed, reason = merges[0]
    # Headline-only stories are short-text stories: their key profiles decide (short.py) ...
    assert "key profiles" in reason and merges[0].probability >= 0.5
    # ... and with that rule off, the learned merger finds the same pair (at a merge threshold of
    # 0.9 set here: the shipped hashing threshold may be off).
    learned = find_merges(states, config=replace(config_for(e.name), short_merge_similarity=1.01, merge_probability=0.9))
    assert [(m.keep_id, m.absorbed_id) for m in learned] == [("fire-a", "fire-b")]
    assert "merge probability" in learned[0].reason and learned[0].probability >= 0.8
    # The same pair months apart is two stories, not one.
    later = [states[0], states[1], _story("fire-b", FIRE_B, d + dt.timedelta(days=120), e, 3)]
    assert find_merges(later, config=config_for(e.name)) == []
    # A story of one long article is never merged: the linker already had its chance with it.
    long_one = " ".join(FIRE_B + FIRE_A)
    single = [states[0], _story("one", [long_one], d, e, 4)]
    assert find_merges(single, config=config_for(e.name)) == []
    # A lone headline may be (short-text rule), a lone long article never, whatever the merger says.
    one_headline = [states[0], _story("one", FIRE_B[:1], d, e, 4)]
    assert [(m.keep_id, m.absorbed_id) for m in find_merges(one_headline, config=config_for(e.name))] == [("fire-a", "one")]
    assert find_merges(single, config=replace(config_for(e.name), merge_probability=0.0)) == []


def test_merge_pass_moves_whole_stories_never_single_articles():
    e = HashingEmbedder()
    d = dt.date(2025, 6, 3)
    config = config_for(e.name)
    fire_a, wine, fire_b = _story("fire-a", FIRE_A, d, e, 1), _story("wine", WINE, d, e, 2), _story("fire-b", FIRE_B, d, e, 3)
    # The batch's clusterer holds the three stories; a new wine article joins wine.
    c = OnlineClusterer([fire_a, wine, fire_b], config=config, seq=3)
    vec = e.embed(["Lisbon gold for Kestrel Valley vineyard's sparkling wine"])[0]
    joined = c.assign(make_item(Article(id="w3", outlet="o", text="Lisbon gold for Kestrel Valley vineyard's sparkling wine", published=d), vec))
    assert joined.story_id == "wine" and not joined.new_story
    merges = c.merge_pass(all_stories=True)
    assert [(m.keep_id, m.absorbed_id) for m in merges] == [("fire-a", "fire-b")]
    states = {s.id: s for s in c.all_states()}
    assert set(states) == {"fire-a", "wine"}
    assert states["fire-a"].n == 5 and np.allclose(states["fire-a"].centroid_sum, fire_a.centroid_sum + fire_b.centroid_sum)
    assert states["wine"].n == 3  # untouched by the merge
    # An absorbed story is no longer a candidate: a new fire article joins the kept story.
    vec = e.embed(["Harlow Quay warehouse fire: paint store blaze investigation"])[0]
    a = c.assign(make_item(Article(id="f9", outlet="o", text="Harlow Quay warehouse fire: paint store blaze investigation", published=d), vec))
    assert a.story_id == "fire-a"


def test_cluster_stream_reports_final_story_after_merges():
    items, gold, config = stream("linker_stream.jsonl")
    # A merge pass after every article: assignments still agree with the gold stories.
    out = cluster_stream(items, config=config, merge_every=1)
    by_gold = grouped(out, gold)
    assert all(len(ids) == 1 for ids in by_gold.values()) and len({a.story_id for a in out}) == 4


def test_cosine_method_still_available_as_baseline():
    items, gold, _ = stream("linker_stream.jsonl")
    out = cluster_stream(items, config=ClusterConfig(method="cosine", threshold=0.2, entity_weight=0.0))
    assert len(out) == len(items) and out[0].new_story


def test_linker_scores_are_probabilities():
    items, _, config = stream("headlines_stream.jsonl")
    c = OnlineClusterer(config=config)
    rows = []
    for item in items:
        row, p = c.link(item)
        assert (row == -1 and p == 0.0) or 0.0 <= p <= 1.0
        rows.append(row)
        c.assign(item)
    assert rows[0] == -1 and max(rows) >= 0
