"""The second-look stages of `train_story_linker.py` (cluster/relink.py), split out of it (code of
the second stage moved unchanged, the third stage new in issue 16's eighth session).

Second stage: the second look's threshold and how much it rises with the number of candidate
stories (`relink_slope`), chosen together with join and merge fixed at the first stage's choice,
on more held-out training streams: clusters 3000-3299 (the first stage's) and MORE_HELD_OUT
(after the clusters 3300-3899 that benchmarks/story_linker_heldout.py checks on), 4 streams of
300 clusters and 12 of 100. A finer relink grid than the first stage's.

Third stage: the same two settings once more for a LONG lone article only (`relink.LONG_KEYS`
keys or more: a lead or full text, not a headline), with everything else as chosen, on the same
streams and with the clusterer's shipped candidate count (LONG_CHOICE_TOP_K). Why: on real runs
over training streams, the decider's probability on a second look means more for a long text
than for a short one (100-story lead streams, clusters 6600-7799: looks at probability 0.15-0.3
chose the right story 77 times in 102; first sentences 72 in 142, titles 65 in 116), so one bar
for all lengths is too high for full texts or too low for headlines.
"""

from __future__ import annotations

import numpy as np

RELINK_FINE_GRID = (0.1, 0.2, 0.3, 0.5)
RELINK_SLOPE_GRID = (0.0, 0.5, 1.0, 2.0)
MORE_HELD_OUT = (3900, 4800)
# Only the default embedder's family gets the second and third stages: with hashing vectors
# (2,048 dims) one grid point took ~5 min on the shared machine, and the MiniLM family would need
# the 900 more clusters embedded with MiniLM. Their relink slope stays 0 (the threshold as
# before) and they have no threshold of their own for long texts.
RELINK_SLOPE_FAMILIES = ("static",)
LONG_RELINK_GRID = (0.1, 0.15, 0.2, 0.3)
LONG_SLOPE_GRID = (1.0, 2.0, 3.0)
# The third stage runs the clusterer as shipped since issue 16's seventh session (the 100
# candidates closest by embedding); a constant, so --check does not depend on the default.
LONG_CHOICE_TOP_K = 100


def relink_streams(family: str, held, more, vectors, keys, more_vectors, more_keys):
    """The second and third stages' held-out streams (by size) and their vectors and keys."""
    import train_story_linker as t

    n_held = sum(len(c) for c in held)
    vecs = {(family, v): np.concatenate([vectors[(family, v)][:n_held], more_vectors[(family, v)]]) for v in ("lead", "sentence", "title")}
    keyz = {v: list(keys[v][:n_held]) + list(more_keys[v]) for v in ("lead", "sentence", "title")}
    both = held + more
    owner = [ci for ci, c in enumerate(both) for _ in c]
    groups = [list(range(s, min(s + t.STREAM_CLUSTERS, len(held)))) for s in range(0, len(held), t.STREAM_CLUSTERS)]
    groups += [list(range(s, min(s + t.STREAM_CLUSTERS, len(both)))) for s in range(len(held), len(both), t.STREAM_CLUSTERS)]
    return t.held_out_streams(groups, owner), vecs, keyz


def _best_on_grid(out: dict, family: str, held, more, vectors, keys, more_vectors, more_keys, grid, slopes, config_of, label: str):
    """(held-out BCubed F1, threshold, slope) of the best point of `grid` x `slopes` on the second
    stage's streams; `config_of(th, threshold, slope)` gives the ClusterConfig of a point (`th`: the
    thresholds `out` holds). The first point wins ties, as both stages always chose."""
    import train_story_linker as t
    from newsweave.cluster.linker import parse_model

    model = parse_model(out, family)
    by_size, vecs, keyz = relink_streams(family, held, more, vectors, keys, more_vectors, more_keys)
    th = out["models"][family]["thresholds"]
    best = None
    for relink in grid:
        for slope in slopes:
            score, sizes = t.held_out_score(family, by_size, vecs, keyz, model, config_of(th, relink, slope))
            print(f"    {family} {label} {relink} slope {slope}: held-out BCubed F1 {score:.4f} (by size {', '.join(f'{x:.4f}' for x in sizes)}; {sum(len(v) for v in by_size.values())} streams)", flush=True)
            if best is None or score > best[0]:
                best = (score, relink, slope)
    return best


def choose_relink_slope(out: dict, family: str, held: list[list[str]], more: list[list[str]], vectors, keys, more_vectors, more_keys) -> dict:
    """The second stage (see RELINK_FINE_GRID): `held` are the first stage's clusters (their
    `vectors`/`keys`), `more` the MORE_HELD_OUT ones; join and merge as `out` holds them. Long
    texts get the same threshold (the third stage's setting is not used here)."""
    import train_story_linker as t
    from newsweave.cluster.online import ClusterConfig

    def config_of(th, relink, slope):
        return ClusterConfig(model_family=family, join_probability=th["join_probability"], merge_probability=th["merge_probability"], relink_probability=relink, relink_slope=slope, relink_long_probability=relink, relink_long_slope=slope, top_k=t.CHOICE_TOP_K, **t.SHORT_THRESHOLDS)

    score, relink, slope = _best_on_grid(out, family, held, more, vectors, keys, more_vectors, more_keys, RELINK_FINE_GRID, RELINK_SLOPE_GRID, config_of, "relink")
    return {"relink_probability": relink, "relink_slope": slope, "held_out_relink_bcubed_f1": score}


def choose_long_relink(out: dict, family: str, held: list[list[str]], more: list[list[str]], vectors, keys, more_vectors, more_keys) -> dict:
    """The third stage (see the module docstring): the second look's threshold and slope for a
    long lone article, everything else as `out` holds it; the second stage's streams."""
    import train_story_linker as t
    from newsweave.cluster.online import ClusterConfig

    def config_of(th, relink, slope):
        return ClusterConfig(model_family=family, join_probability=th["join_probability"], merge_probability=th["merge_probability"], relink_probability=th["relink_probability"], relink_slope=th["relink_slope"], relink_long_probability=relink, relink_long_slope=slope, top_k=LONG_CHOICE_TOP_K, **t.SHORT_THRESHOLDS)

    score, relink, slope = _best_on_grid(out, family, held, more, vectors, keys, more_vectors, more_keys, LONG_RELINK_GRID, LONG_SLOPE_GRID, config_of, "long relink")
    return {"relink_long_probability": relink, "relink_long_slope": slope, "held_out_long_relink_bcubed_f1": score}


def relink_stages(out: dict, family: str, held, more, vectors, keys, more_vectors, more_keys, *, second: bool = True) -> dict:
    """The second stage (unless `second` is False), then the third; updates and returns the
    family's thresholds in `out`."""
    th = out["models"][family]["thresholds"]
    if second:
        th.update(choose_relink_slope(out, family, held, more, vectors, keys, more_vectors, more_keys))
    th.update(choose_long_relink(out, family, held, more, vectors, keys, more_vectors, more_keys))
    return th
