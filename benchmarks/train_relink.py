"""Diagnostics of the second look (`cluster/relink.py`) on the candidate lists that real online
runs produce. Writes nothing; nothing shipped is chosen here.

    .venv/bin/python benchmarks/train_relink.py --reach-check        # why a second look's true story is not a candidate
    .venv/bin/python benchmarks/train_relink.py --member-check       # does a member-level cosine rank second looks better?
    .venv/bin/python benchmarks/train_relink.py --first-look-check   # a judge of every first look instead of the decider

The shipped clusterer (static vectors, shipped thresholds) runs over streams of Multi-News
*training* clusters RUN_CLUSTERS (after the clusters the decider was trained on (0-2999), the
threshold clusters (3000-3299, 3900-4799) and the held-out check clusters (3300-3899)), built like
the held-out streams (`train_story_linker.held_out_streams`: streams of 300 and of 100 clusters
with 2+ documents, three text variants). Every second look is logged with each of its candidate
stories: the pair features, the scorer's logit, its gap to the best logit and the candidate count
(`relink.look_features`); a candidate is right when its majority true story is the lone
article's own (a piece of the right story counts as right).

Issue 16's sixth session trained a second-look judge on these looks (a logistic ranking the candidates again);
it gained within noise on held-out training streams and lost on dev AllSides, and was removed in
the seventh, after e9f3df6, with its option (`ClusterConfig.relink_judge`): its training and cross-check are in
this file at commit e9f3df6 (benchmarks/CLUSTERING.md, sixth and seventh sessions).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

import train_story_linker as t

RUN_CLUSTERS = (4800, 6000)


def looks(family: str, clusters, vectors, keys, *, look_ids: list | None = None, member_cos: bool = False, reach: dict | None = None, top_k: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Every second look of the shipped clusterer on the RUN_CLUSTERS streams: one row per
    candidate. With `look_ids`, each row's look number is appended to it; with `member_cos`, two
    more columns (diagnostic only: a story's member vectors are not kept by the clusterer): the
    best cosine of the article to a member of the candidate, and that minus the centroid cosine.
    With `reach` (a dict), each look is counted by where its true story is (`_reach_kind`), per
    text variant, and the centroid-cosine rank of the true story when it is not a candidate is
    listed under ("rank", variant). `top_k`: the clusterer's candidates (default: shipped)."""
    from newsweave.cluster import ClusterItem
    from newsweave.cluster.online import ClusterConfig, OnlineClusterer

    owner = [ci for ci, c in enumerate(clusters) for _ in c]
    groups = [list(range(s, min(s + t.STREAM_CLUSTERS, len(clusters)))) for s in range(0, len(clusters), t.STREAM_CLUSTERS)]
    by_size = t.held_out_streams(groups, owner)
    xs, ys = [], []

    class Logged(OnlineClusterer):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.members: dict[int, list[int]] = {}
            self.vectors: dict[int, list[np.ndarray]] = {}

        def assign(self, item):
            a = super().assign(item)
            self.members.setdefault(self._row_of[a.story_id], []).append(truth[item.article_id])
            self.vectors.setdefault(self._row_of[a.story_id], []).append(item.vector)
            return a

        def absorb(self, keep, gone):
            self.members[keep] = self.members.get(keep, []) + self.members.pop(gone, [])
            self.vectors[keep] = self.vectors.get(keep, []) + self.vectors.pop(gone, [])
            super().absorb(keep, gone)

        def relink_log(self, row, rows, x):
            mine, look = self.members[row][0], len(set(look_ids)) if look_ids is not None else 0
            if reach is not None:
                kind, rank = _reach_kind(self, row, rows, mine)
                reach.setdefault(variant, Counter())[kind] += 1
                if rank is not None:
                    reach.setdefault(("rank", variant), []).append(rank)
            for r, xr in zip(rows.tolist(), x):
                top = Counter(self.members[r]).most_common()
                if member_cos:
                    best = float(np.max(np.array(self.vectors[r]) @ self.vectors[row][0]))
                    xr = np.append(xr, [best, best - xr[0]])
                if look_ids is not None:
                    look_ids.append(look)
                xs.append(xr)
                ys.append(int(any(g == mine and c == top[0][1] for g, c in top)))  # ties count as right

    config = ClusterConfig(model_family=family) if top_k is None else ClusterConfig(model_family=family, top_k=top_k)
    for size, streams in sorted(by_size.items()):
        for variant in ("lead", "sentence", "title"):
            n0 = len(ys)
            for stream in streams:
                truth = {str(d): g for d, g in stream}
                clusterer = Logged(config=config)
                for i, (d, _) in enumerate(stream, 1):
                    clusterer.assign(ClusterItem(str(d), vectors[(family, variant)][d], keys=dict(keys[variant][d])))
                    if i % 256 == 0:
                        clusterer.merge_pass()
                clusterer.merge_pass()
            print(f"  {family} size {size} {variant}: {len(ys) - n0} candidates of second looks, {sum(ys[n0:])} right", flush=True)
    return np.array(xs), np.array(ys)


def _reach_kind(clusterer, row: int, rows: np.ndarray, mine: int) -> tuple[str, int | None]:
    """Where a lone article's true story is at a second look: no other article of it has arrived
    yet; its articles sit only inside stories where it is not the majority; a story of it is a
    candidate; or it is outside the candidates (then also the rank of its best story by centroid
    cosine among the live stories, 0 = nearest)."""
    n = len(clusterer._states)
    holders = [r for r in range(n) if r != row and clusterer._alive[r] and mine in clusterer.members.get(r, [])]
    if not holders:
        return "none arrived yet", None
    right = [r for r in holders if Counter(clusterer.members[r]).most_common(1)[0][1] == clusterer.members[r].count(mine)]
    if not right:
        return "only inside other stories", None
    if set(right) & set(rows.tolist()):
        return "among the candidates", None
    cos = clusterer._unit[:n] @ clusterer._unit[row]
    cos[~clusterer._alive[:n]] = -np.inf
    cos[row] = -np.inf
    return "outside the candidates", int(min((cos > cos[r]).sum() for r in right))


def reach_check(data: Path) -> None:
    """Diagnostic (writes nothing): of the second looks on the second half of RUN_CLUSTERS (the
    looks `--member-check` scores), how many have their true story among the candidates, by text
    variant, with the shipped candidate count (top_k) and with 20 (up to e9f3df6)."""
    from newsweave.cluster.online import ClusterConfig
    from newsweave.embed.static import StaticEmbedder

    clusters = t.load_clusters(data, RUN_CLUSTERS[1])[RUN_CLUSTERS[0] :]
    half = len(clusters) // 2
    n_first = sum(len(c) for c in clusters[:half])
    _, keys, vectors = t.embed_variants(clusters[half:], {"static": StaticEmbedder()})
    assert sum(len(c) for c in clusters) - n_first == len(keys["lead"])
    for top_k in sorted({20, ClusterConfig().top_k}):
        reach: dict = {}
        looks("static", clusters[half:], vectors, keys, reach=reach, top_k=top_k)
        for variant in ("lead", "sentence", "title"):
            ranks = reach.get(("rank", variant), [])
            quart = ", ".join(f"{q}" for q in np.percentile(ranks, [25, 50, 75]).astype(int)) if ranks else "-"
            print(f"  top_k {top_k} {variant}: {dict(sorted(reach.get(variant, Counter()).items()))}; outside: centroid rank quartiles {quart}", flush=True)
        total = sum((reach.get(v, Counter()) for v in ("lead", "sentence", "title")), Counter())
        print(f"  top_k {top_k} all: {dict(sorted(total.items()))}", flush=True)


def first_look_check(data: Path, bars=(0.4, 0.5, 0.6)) -> None:
    """Development check inside RUN_CLUSTERS, as `cross_check` but for the FIRST look of every
    article (join or new story) instead of the decider: a judge over the candidate lists of the
    shipped clusterer's first looks on the first half's streams, BCubed F1 on the second half's.
    Writes nothing; nothing shipped uses it."""
    import math

    from newsweave.cluster import ClusterItem
    from newsweave.cluster.linker import PAIR_FEATURES, Logistic
    from newsweave.cluster.online import Assignment, ClusterConfig, OnlineClusterer, new_story_state
    from newsweave.cluster.relink import LOOK_FEATURES, look_features
    from newsweave.embed.static import StaticEmbedder
    from newsweave.eval.cluster_metrics import cluster_scores

    class Judged(OnlineClusterer):
        def __init__(self, truth, judge=None, log=None, bar=0.5):
            super().__init__(config=ClusterConfig())
            self.truth, self.judge, self.log, self.bar, self.members = truth, judge, log, bar, {}

        def assign(self, item):
            if self._dim is None:
                self._dim = int(item.vector.shape[0])
            _, _, count, scored = self.link_detail(item)
            if scored is not None and (self.log is not None or self.judge is not None):
                rows, feats, logits = scored
                lx = look_features(feats, logits, count)
                if self.log is not None:
                    mine = self.truth[item.article_id]
                    for r, xr in zip(rows.tolist(), lx):
                        top = Counter(self.members[r]).most_common()
                        self.log[0].append(xr)
                        self.log[1].append(int(any(g == mine and c == top[0][1] for g, c in top)))
                if self.judge is not None:
                    z = self.judge.logit(lx)
                    k = int(np.argmax(z))
                    return self._place(item, int(rows[k]) if 1.0 / (1.0 + math.exp(-z[k])) >= self.bar else -1)
            a = super().assign(item)
            self.members.setdefault(self._row_of[a.story_id], []).append(self.truth[item.article_id])
            return a

        def _place(self, item, row):
            self.seq += 1
            new = row < 0
            if not new:
                state = self._states[row].joined(item, self.seq)
                self._states[row] = state
                self._set_row(row, state)
            else:
                state = new_story_state(self.story_id_for(item), item, self.seq)
                row = self._append(state)
            self._changed.add(row)
            self._touched.add(row)
            self.members.setdefault(row, []).append(self.truth[item.article_id])
            return Assignment(item.article_id, state.id, new, 0.0)

        def absorb(self, keep, gone):
            self.members[keep] = self.members.get(keep, []) + self.members.pop(gone, [])
            super().absorb(keep, gone)

    def run(part, vectors, keys, **kw) -> list[float]:
        owner = [ci for ci, c in enumerate(part) for _ in c]
        groups = [list(range(s, min(s + t.STREAM_CLUSTERS, len(part)))) for s in range(0, len(part), t.STREAM_CLUSTERS)]
        sizes = []
        for _, streams in sorted(t.held_out_streams(groups, owner).items()):
            f1 = []
            for variant in ("lead", "sentence", "title"):
                for stream in streams:
                    c = Judged({str(d): g for d, g in stream}, **kw)
                    parent, got = {}, []
                    for i, (d, _) in enumerate(stream, 1):
                        got.append(c.assign(ClusterItem(str(d), vectors[("static", variant)][d], keys=dict(keys[variant][d]))).story_id)
                        if i % 256 == 0:
                            parent.update({m.absorbed_id: m.keep_id for m in c.merge_pass()})
                    parent.update({m.absorbed_id: m.keep_id for m in c.merge_pass()})

                    def final(x):
                        while x in parent:
                            x = parent[x]
                        return x

                    f1.append(cluster_scores([final(x) for x in got], [str(g) for _, g in stream]).bcubed_f1)
            sizes.append(float(np.mean(f1)))
        return sizes

    clusters = t.load_clusters(data, RUN_CLUSTERS[1])[RUN_CLUSTERS[0] :]
    half = len(clusters) // 2
    n_first = sum(len(c) for c in clusters[:half])
    _, keys, vectors = t.embed_variants(clusters, {"static": StaticEmbedder()})
    log = ([], [])
    run(clusters[:half], {k: v[:n_first] for k, v in vectors.items()}, {k: v[:n_first] for k, v in keys.items()}, log=log)
    judge = Logistic.from_json(t.fit_logistic(np.array(log[0]), np.array(log[1]), PAIR_FEATURES + LOOK_FEATURES))
    print(f"  {len(log[1])} candidate rows of first looks, {sum(log[1])} right", flush=True)
    second = ({k: v[n_first:] for k, v in vectors.items()}, {k: v[n_first:] for k, v in keys.items()})
    for bar in (None, *bars):
        sizes = run(clusters[half:], *second, judge=None if bar is None else judge, bar=bar or 0.5)
        print(f"  first look {'shipped decider' if bar is None else f'judge {bar}'}: by size {', '.join(f'{v:.4f}' for v in sizes)}, mean {np.mean(sizes):.4f}", flush=True)


def member_check(data: Path) -> None:
    """Diagnostic inside RUN_CLUSTERS (writes nothing): of the second looks on the second half's
    streams, how often the judge's first candidate is right (judge trained on the first half),
    without and with the article's best cosine to a candidate's members."""
    from newsweave.cluster.linker import PAIR_FEATURES, Logistic
    from newsweave.cluster.relink import LOOK_FEATURES
    from newsweave.embed.static import StaticEmbedder

    clusters = t.load_clusters(data, RUN_CLUSTERS[1])[RUN_CLUSTERS[0] :]
    half = len(clusters) // 2
    n_first = sum(len(c) for c in clusters[:half])
    _, keys, vectors = t.embed_variants(clusters, {"static": StaticEmbedder()})
    x1, y1 = looks("static", clusters[:half], {k: v[:n_first] for k, v in vectors.items()}, {k: v[:n_first] for k, v in keys.items()}, member_cos=True)
    ids: list[int] = []
    x2, y2 = looks("static", clusters[half:], {k: v[n_first:] for k, v in vectors.items()}, {k: v[n_first:] for k, v in keys.items()}, member_cos=True, look_ids=ids)
    ids = np.array(ids)
    names = PAIR_FEATURES + LOOK_FEATURES
    for label, n, extra in (("judge", len(names), ()), ("judge + member cosine", len(names) + 2, ("max_member_cos", "member_minus_centroid"))):
        judge = Logistic.from_json(t.fit_logistic(x1[:, :n], y1, names + extra))
        z = judge.logit(x2[:, :n])
        first = reachable = scorer = sure = sure_right = 0
        for look in np.unique(ids):
            m = ids == look
            k = int(np.argmax(z[m]))
            reachable += int(y2[m].any())
            first += int(y2[m][k])
            scorer += int(y2[m][int(np.argmax(x2[m, len(PAIR_FEATURES)]))])
            if z[m][k] >= 0.0:
                sure += 1
                sure_right += int(y2[m][k])
        print(f"  {label}: {len(np.unique(ids))} looks, right story among the candidates in {reachable}, scorer's first right {scorer}, judge's first right {first}; judge >= 0.5 in {sure}, {sure_right} of them right", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(t.TRAIN))
    parser.add_argument("--reach-check", action="store_true", help="why a second look's true story is not a candidate (by text variant)")
    parser.add_argument("--member-check", action="store_true", help="does the best cosine to a candidate's members rank second looks better?")
    parser.add_argument("--first-look-check", action="store_true", help="a judge of every article's first look (instead of the decider), first half trains, second half scores")
    args = parser.parse_args()
    if args.reach_check:
        reach_check(Path(args.data))
    if args.member_check:
        member_check(Path(args.data))
    if args.first_look_check:
        first_look_check(Path(args.data))
    if not (args.reach_check or args.member_check or args.first_look_check):
        parser.error("choose --reach-check, --member-check or --first-look-check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
