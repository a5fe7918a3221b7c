"""The second look for lone articles (cluster/relink.py), on fictional articles written for these
tests: a lone story joins a grown story only as a recorded story merge, and only a one-article
story can be placed this way. The hashing embedder is used (deterministic, no model)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import numpy as np

from newsweave.cluster import ClusterItem, OnlineClusterer, StoryState
from newsweave.cluster.linker import load_model, model_family, parse_model
from newsweave.cluster.online import config_for
from newsweave.cluster.relink import lone_rows
from newsweave.cluster.terms import text_keys
from newsweave.embed import HashingEmbedder

DAY = dt.date(2025, 9, 14)
FLOOD = [
    "The river Tamber burst its banks at Oldmere on Sunday night, flooding 240 homes and closing the ring road; the county council opened two rest centres for families moved out of the lower town.",
    "Oldmere flood: the Tamber rose 3.1 metres overnight, the highest level since records began, and 240 homes in the lower town were flooded before the pumps arrived from Wexmoor.",
    "Families moved out of 240 flooded Oldmere homes spent the night in rest centres; the council says the Tamber flood defences were overtopped at the footbridge.",
]
FLOOD_LONE = "Insurers begin counting the cost of the Oldmere flood: the Tamber overtopped the defences at the footbridge and 240 homes in the lower town need drying out."
CHESS = [
    "Pelling chess club beats Harrowgate to win the county league for the first time in twenty years after a final-round draw on board one.",
    "County chess league: Pelling clinch their first title in twenty years, the deciding game a long endgame draw against Harrowgate's captain.",
]
CHESS_LONE = "A quiet lakeside bakery in Pennick celebrates fifty years of sourdough with a street party, live music and free loaves for every child under twelve."


def _story(story_id: str, texts: list[str], embedder, seq: int) -> StoryState:
    vectors = embedder.embed(texts)
    keys = Counter()
    for t in texts:
        keys.update(text_keys(t))
    return StoryState(id=story_id, centroid_sum=vectors.sum(axis=0), n=len(texts), entities=dict(keys), first_seen=DAY, last_seen=DAY, seq=seq)


def _clusterer(config):
    e = HashingEmbedder()
    states = [_story("flood", FLOOD, e, 1), _story("chess", CHESS, e, 2), _story("lone-flood", [FLOOD_LONE], e, 3), _story("bakery", [CHESS_LONE], e, 4)]
    return OnlineClusterer(states, config=config, seq=4), states


def _probability(clusterer, story_id: str) -> float:
    row = clusterer._row_of[story_id]
    state = clusterer._states[row]
    clusterer._alive[row] = False
    best, p = clusterer.link(ClusterItem(state.id, clusterer._unit[row].copy(), keys=dict(state.entities), published=state.first_seen))
    clusterer._alive[row] = True
    assert clusterer._states[best].id == "flood"
    return p


def test_lone_article_joins_grown_story_as_a_recorded_merge():
    config = replace(config_for("hashing-2048-bi"), merge_probability=1.01, short_merge_similarity=1.01)
    probe, _ = _clusterer(config)
    p = _probability(probe, "lone-flood")
    assert 0.0 < p <= 1.0
    # At a threshold the linker meets, the lone story is merged into the flood story, whole.
    c, states = _clusterer(replace(config, relink_probability=p))
    merges = c.merge_pass(all_stories=True)
    assert [(m.keep_id, m.absorbed_id) for m in merges] == [("flood", "lone-flood")]
    assert "second look" in merges[0].reason and merges[0].probability == p
    kept = {s.id: s for s in c.all_states()}
    assert set(kept) == {"flood", "chess", "bakery"}  # the unrelated lone article stays alone
    assert kept["flood"].n == 4 and np.allclose(kept["flood"].centroid_sum, states[0].centroid_sum + states[2].centroid_sum)
    assert kept["chess"].n == 2  # a story of two is never taken apart
    assert sum(s.n for s in kept.values()) == sum(s.n for s in states)  # no article lost or moved alone
    # A new flood article now finds the kept story, not the absorbed one.
    e = HashingEmbedder()
    text = "Oldmere flood: the Tamber is falling and the 240 flooded homes in the lower town can be visited again."
    a = c.assign(ClusterItem("f9", e.embed([text])[0], keys=dict(text_keys(text)), published=DAY))
    assert a.story_id == "flood"


def test_threshold_above_the_probability_or_off_leaves_the_lone_story():
    config = replace(config_for("hashing-2048-bi"), merge_probability=1.01, short_merge_similarity=1.01)
    probe, _ = _clusterer(config)
    p = _probability(probe, "lone-flood")
    for threshold in (p + 1e-9, 1.01):
        c, _ = _clusterer(replace(config, relink_probability=threshold))
        assert c.merge_pass(all_stories=True) == []
        assert {s.id for s in c.all_states()} == {"flood", "chess", "lone-flood", "bakery"}


def test_only_lone_stories_near_a_changed_story_get_a_second_look():
    config = config_for("hashing-2048-bi")
    c, _ = _clusterer(config)
    rows = {s.id: c._row_of[s.id] for s in c.all_states()}
    # Nothing changed: nothing to look at again.
    assert lone_rows(c, set()) == []
    # The flood story changed: the lone stories near it are looked at (at most NEAREST), never
    # the stories of two or more.
    picked = lone_rows(c, {rows["flood"]})
    assert rows["lone-flood"] in picked and rows["chess"] not in picked and rows["flood"] not in picked
    # A lone story that changed itself is always looked at.
    assert rows["bakery"] in lone_rows(c, {rows["bakery"]})


def test_minilm_family_has_its_own_thresholds_and_the_static_weights():
    assert model_family("minilm-l6-v2") == "minilm"
    assert model_family("minilm-static-256") == "static"  # the distilled model
    assert model_family("hashing-2048-bi") == "hashing"
    static = load_model("static")
    data = {
        "idf": {"flood": 5.0},
        "unknown_idf": 9.0,
        "models": {
            "static": {"scorer": _json(static.scorer), "decider": _json(static.decider), "merger": _json(static.merger), "thresholds": {"join_probability": 0.5}},
            "minilm": {"weights_of": "static", "thresholds": {"join_probability": 0.3, "relink_probability": 0.7}},
        },
    }
    minilm = parse_model(data, "minilm")
    assert minilm.join_probability == 0.3 and minilm.relink_probability == 0.7
    assert np.array_equal(minilm.decider.coef, static.decider.coef)
    # A file without the family falls back to static; relink is off unless the file says otherwise.
    fallback = parse_model(data, "hashing")
    assert fallback.join_probability == 0.5 and fallback.relink_probability > 1.0
    # The shipped file has a MiniLM part.
    assert 0.0 < load_model("minilm").join_probability < 1.0


def _json(logistic) -> dict:
    return {"features": list(logistic.names), "mean": logistic.mean.tolist(), "scale": logistic.scale.tolist(), "coef": logistic.coef.tolist(), "intercept": logistic.intercept}


def test_lone_story_is_asked_again_when_its_best_candidate_changes(monkeypatch):
    """A lone story is looked at again when the story it nearly joined changes, even when it is not
    among the NEAREST lone stories of that story."""
    from newsweave.cluster import relink

    config = replace(config_for("hashing-2048-bi"), merge_probability=1.01, short_merge_similarity=1.01)
    e = HashingEmbedder()
    states = [_story("flood", FLOOD, e, 1), _story("lone-flood", [FLOOD_LONE], e, 2), _story("flood-copy", [FLOOD[0]], e, 3), _story("bakery", [CHESS_LONE], e, 4)]
    c = OnlineClusterer(states, config=config, seq=4)
    rows = {s.id: c._row_of[s.id] for s in states}
    monkeypatch.setattr(relink, "NEAREST", 1)
    # The flood story's one nearest lone story is its own first article, not the insurers' one.
    assert lone_rows(c, {rows["flood"]}) == [rows["flood-copy"]]
    # A look at the lone insurers' story (threshold 1.0: no join) remembers the flood story as its best.
    assert relink.relink_pass(c, {rows["lone-flood"]}, 1.0) == []
    assert getattr(c, relink.BEST_ATTR)[rows["lone-flood"]] == rows["flood"]
    # Now the flood story changing brings it back; nothing changing does not.
    assert lone_rows(c, {rows["flood"]}) == sorted([rows["flood-copy"], rows["lone-flood"]])
    assert lone_rows(c, set()) == []
    # Its best candidate absorbed by a merge: looked at again too.
    c.absorb(rows["bakery"], rows["flood"])
    assert rows["lone-flood"] in lone_rows(c, set())


def test_relink_threshold_rises_with_the_number_of_candidates():
    from newsweave.cluster.relink import REF_CANDIDATES, relink_threshold

    assert relink_threshold(0.3, 0.0, 5000) == 0.3  # no slope: the threshold itself
    assert abs(relink_threshold(0.3, 1.0, REF_CANDIDATES) - 0.3) < 1e-12
    fewer, more = relink_threshold(0.3, 1.0, 20, floor=0), relink_threshold(0.3, 1.0, 500)
    assert fewer < 0.3 < more < 1.0
    assert relink_threshold(0.3, 1.0, 20) == 0.3  # by default the bar does not fall below the bar at REF_CANDIDATES
    # logit rises by the slope per e-fold: 0.3 at 100 candidates, odds x e at 100 e candidates
    odds = 0.3 / 0.7 * np.e
    assert abs(relink_threshold(0.3, 1.0, round(REF_CANDIDATES * np.e)) - odds / (1 + odds)) < 1e-3
    assert relink_threshold(0.3, 2.0, 500) > more  # a steeper slope, a higher bar
    assert relink_threshold(1.01, 1.0, 5) == 1.01  # off stays off


def test_few_candidates_lower_the_second_look_threshold_through_the_slope():
    """With 3 candidate stories (far below REF_CANDIDATES) and no floor, a positive slope lowers the
    bar: a lone story refused at slope 0 is placed; with the slope from the file (parse_model) the
    same. With the floor (the bar at REF_CANDIDATES) it is refused unless the floor is lifted."""
    config = replace(config_for("hashing-2048-bi"), merge_probability=1.01, short_merge_similarity=1.01)
    probe, _ = _clusterer(config)
    p = _probability(probe, "lone-flood")
    threshold = p + (1.0 - p) / 2  # just above what the linker says
    c, _ = _clusterer(replace(config, relink_probability=threshold, relink_slope=0.0))
    assert c.merge_pass(all_stories=True) == []
    c, _ = _clusterer(replace(config, relink_probability=threshold, relink_slope=1.0, relink_floor_candidates=0))
    assert [(m.keep_id, m.absorbed_id) for m in c.merge_pass(all_stories=True)] == [("flood", "lone-flood")]
    # With the floor (the bar at REF_CANDIDATES) it is refused, unless the floor is lifted because
    # most candidates have grown (2 of its 3: flood and chess), which is the default.
    c, _ = _clusterer(replace(config, relink_probability=threshold, relink_slope=1.0, relink_floor_grown=1.01))
    assert c.merge_pass(all_stories=True) == []
    c, _ = _clusterer(replace(config, relink_probability=threshold, relink_slope=1.0))
    assert [(m.keep_id, m.absorbed_id) for m in c.merge_pass(all_stories=True)] == [("flood", "lone-flood")]
    # The slope is read from the model file, 0 when absent.
    static = load_model("static")
    data = {"idf": {}, "unknown_idf": 9.0, "models": {"static": {"scorer": _json(static.scorer), "decider": _json(static.decider), "merger": _json(static.merger), "thresholds": {"relink_probability": 0.2, "relink_slope": 1.5}}}}
    assert parse_model(data, "static").relink_slope == 1.5
    del data["models"]["static"]["thresholds"]["relink_slope"]
    assert parse_model(data, "static").relink_slope == 0.0


def test_every_look_is_told_with_each_candidates_features():
    from newsweave.cluster.linker import PAIR_FEATURES
    from newsweave.cluster.relink import LOOK_FEATURES

    config = replace(config_for("hashing-2048-bi"), merge_probability=1.01, short_merge_similarity=1.01, relink_probability=1.0)
    c, _ = _clusterer(config)
    seen = []
    c.relink_log = lambda row, rows, x: seen.append((c._states[row].id, [c._states[int(r)].id for r in rows], x))
    assert c.merge_pass(all_stories=True) == []
    looks = {lone: (ids, x) for lone, ids, x in seen}
    assert set(looks) == {"lone-flood", "bakery"}
    ids, x = looks["lone-flood"]
    assert "lone-flood" not in ids and set(ids) == {"flood", "chess", "bakery"}
    assert x.shape == (3, len(PAIR_FEATURES) + len(LOOK_FEATURES))
    gap = x[:, len(PAIR_FEATURES) + 1]
    assert gap.max() == 0.0 and (gap <= 0).all()  # logit gap to the best candidate
    assert np.allclose(x[:, len(PAIR_FEATURES) + 2], np.log1p(3))  # three candidate stories


FLOOD_LONG = (
    "Oldmere flood, the morning after: the river Tamber has started to fall but most of the lower town is still under water. "
    "Council crews spent Monday pumping cellars on Mill Street and Tanner's Row while loss adjusters walked the terraces with clipboards. "
    "The footbridge defences, raised after the 1998 floods, were overtopped by almost half a metre; engineers will inspect the wall on Thursday. "
    "Around 240 households remain in rest centres or with relatives, and the primary school will stay closed until the boiler room dries."
)


def _long_clusterer(config, seq=None):
    """Four stories in a stream that has seen YOUNG_STREAM articles (a long text's own bar applies
    from there on; before, the common bar: relink.py YOUNG, session 26)."""
    from newsweave.cluster.relink import YOUNG_STREAM

    e = HashingEmbedder()
    states = [_story("flood", FLOOD, e, 1), _story("chess", CHESS, e, 2), _story("long-flood", [FLOOD_LONG], e, 3), _story("lone-flood", [FLOOD_LONE], e, 4)]
    return OnlineClusterer(states, config=config, seq=YOUNG_STREAM if seq is None else seq)


def test_a_long_lone_article_has_a_second_look_threshold_of_its_own():
    """A lone story of LONG_KEYS+ keys (a lead or full text) is judged with relink_long_probability
    and relink_long_slope; a shorter one keeps relink_probability; without them both as before."""
    from newsweave.cluster.relink import LONG_KEYS

    config = replace(config_for("hashing-2048-bi"), merge_probability=1.01, short_merge_similarity=1.01)
    probe = _long_clusterer(config)
    assert len(probe._states[probe._row_of["long-flood"]].entities) >= LONG_KEYS > len(probe._states[probe._row_of["lone-flood"]].entities)
    p_long, p_short = _probability(probe, "long-flood"), _probability(probe, "lone-flood")
    assert max(p_long, p_short) < 1.0
    above = 1.0  # a bar no lone story meets (the other story growing may raise its probability)
    assert _long_clusterer(replace(config, relink_probability=above)).merge_pass(all_stories=True) == []
    # The long story's own bar, under its probability: only the long story is placed, as a merge.
    c = _long_clusterer(replace(config, relink_probability=above, relink_long_probability=p_long))
    assert [(m.keep_id, m.absorbed_id) for m in c.merge_pass(all_stories=True)] == [("flood", "long-flood")]
    assert {s.id for s in c.all_states()} == {"flood", "chess", "lone-flood"}
    # In a young stream (4 articles seen) the long story has the common bar: not placed.
    assert _long_clusterer(replace(config, relink_probability=above, relink_long_probability=p_long), seq=4).merge_pass(all_stories=True) == []
    # Below REF_CANDIDATES (3 candidate stories here) and without a floor its bar falls with the
    # common slope, not its own.
    half = p_long + (1.0 - p_long) / 2
    for long_slope in (0.0, 5.0):
        c = _long_clusterer(replace(config, relink_probability=above, relink_slope=0.0, relink_long_probability=half, relink_long_slope=long_slope, relink_floor_candidates=0))
        assert c.merge_pass(all_stories=True) == []
    c = _long_clusterer(replace(config, relink_probability=above, relink_slope=1.0, relink_long_probability=half, relink_long_slope=0.0, relink_floor_candidates=0))
    assert [(m.keep_id, m.absorbed_id) for m in c.merge_pass(all_stories=True)] == [("flood", "long-flood")]


def test_a_long_texts_own_slope_applies_above_the_reference_count_only():
    from newsweave.cluster.relink import REF_CANDIDATES, relink_threshold

    common = [relink_threshold(0.3, 1.0, n) for n in (10, REF_CANDIDATES, 300)]
    steep = [relink_threshold(0.3, 1.0, n, rise=3.0) for n in (10, REF_CANDIDATES, 300)]
    assert steep[0] == common[0] and steep[1] == common[1] and abs(common[1] - 0.3) < 1e-12  # at and below the reference: the common slope
    odds = 0.3 / 0.7 * 3.0**3  # above it: the logit rises 3 per e-fold, odds x 3^3 at 3 x REF
    assert common[2] < steep[2] and abs(steep[2] - odds / (1 + odds)) < 1e-9


def test_long_text_thresholds_are_read_from_the_model_file():
    static = load_model("static")
    data = {"idf": {}, "unknown_idf": 9.0, "models": {"static": {"scorer": _json(static.scorer), "decider": _json(static.decider), "merger": _json(static.merger), "thresholds": {"relink_probability": 0.3, "relink_slope": 1.0, "relink_long_probability": 0.2, "relink_long_slope": 2.0}}}}
    model = parse_model(data, "static")
    assert (model.relink_long_probability, model.relink_long_slope) == (0.2, 2.0)
    del data["models"]["static"]["thresholds"]["relink_long_probability"], data["models"]["static"]["thresholds"]["relink_long_slope"]
    model = parse_model(data, "static")
    assert model.relink_long_probability is None and model.relink_long_slope is None  # the common bar
