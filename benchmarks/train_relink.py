"""Train a second-look judge (`cluster/relink.py`: `ClusterConfig.relink_judge`) on the candidate
lists that real online runs produce, not on teacher-forced streams. NOT shipped: on held-out
training streams it did not beat the shipped second look (benchmarks/CLUSTERING.md, sixth session).

    .venv/bin/python benchmarks/train_relink.py                 # writes artifacts/relink_judge.json
    .venv/bin/python benchmarks/train_relink.py --check         # retrains and compares byte for byte
    .venv/bin/python benchmarks/train_relink.py --cross-check   # inside the run clusters: half trains, half scores
    .venv/bin/python benchmarks/train_relink.py --first-look-check   # the same for a judge of every first look
    .venv/bin/python benchmarks/train_relink.py --member-check       # does a member-level cosine rank second looks better?
    cd benchmarks && ../.venv/bin/python story_linker_heldout.py --embedder static --judge off,../artifacts/relink_judge.json

The decider (`train_story_linker.py`) learned join-or-new on teacher-forced streams: its
candidates were whole true stories. A second look in a real run sees partial stories and pieces,
and there its probability means less the more stories there are (CLUSTERING.md, fifth session).
Here the shipped clusterer (static vectors, shipped thresholds, judge off) runs over streams of
Multi-News *training* clusters RUN_CLUSTERS (after the clusters the decider was trained on
(0-2999), the threshold clusters (3000-3299, 3900-4799) and the held-out check clusters
(3300-3899)), built like the held-out streams (`train_story_linker.held_out_streams`: streams of
300 and of 100 clusters with 2+ documents, three text variants). Every second look is logged
with each of its (up to 20) candidate stories: the pair features, the scorer's logit, its gap to
the best logit and the candidate count (`relink.look_features`); a candidate is right when its
majority true story is the lone article's own (a piece of the right story counts as right), so
every wrong candidate is a negative sample, and looks whose true story is not among the
candidates give only negatives. A logistic over those rows is the judge: it ranks the candidates
again, and its first joins when the judge says >= 0.5 (`relink.JUDGE_PROBABILITY`, not tuned).
Nothing is chosen on dev or on 3300-3899.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

import train_story_linker as t

OUT = t.ROOT / "artifacts" / "relink_judge.json"  # not shipped (see CLUSTERING.md, sixth session)
RUN_CLUSTERS = (4800, 6000)
FAMILIES = ("static",)


def looks(family: str, clusters, vectors, keys, *, look_ids: list | None = None, member_cos: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Every second look of the shipped clusterer (judge off) on the RUN_CLUSTERS streams: one
    row per candidate. With `look_ids`, each row's look number is appended to it; with
    `member_cos`, two more columns (diagnostic only, not in the judge: a story's member vectors
    are not kept by the clusterer): the best cosine of the article to a member of the candidate,
    and that minus the centroid cosine."""
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
            for r, xr in zip(rows.tolist(), x):
                top = Counter(self.members[r]).most_common()
                if member_cos:
                    best = float(np.max(np.array(self.vectors[r]) @ self.vectors[row][0]))
                    xr = np.append(xr, [best, best - xr[0]])
                if look_ids is not None:
                    look_ids.append(look)
                xs.append(xr)
                ys.append(int(any(g == mine and c == top[0][1] for g, c in top)))  # ties count as right

    config = ClusterConfig(model_family=family)
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


def train(data: Path) -> dict:
    from newsweave.cluster.linker import PAIR_FEATURES
    from newsweave.cluster.relink import JUDGE_FEATURES
    from newsweave.embed.static import StaticEmbedder

    clusters = t.load_clusters(data, RUN_CLUSTERS[1])[RUN_CLUSTERS[0] :]
    _, keys, vectors = t.embed_variants(clusters, {"static": StaticEmbedder()})
    out = {"models": {}, "trained_on": {"data": "Multi-News train split (../shared/data/train/summarization_multinews_train20k.jsonl)", "clusters": list(RUN_CLUSTERS), "script": "benchmarks/train_relink.py", "streams": "train_story_linker.held_out_streams", "seed": t.SEED}}
    for family in FAMILIES:
        x, y = looks(family, clusters, vectors, keys)
        out["models"][family] = t.fit_logistic(x, y, PAIR_FEATURES + JUDGE_FEATURES)
    return out


def cross_check(data: Path, bars=(0.4, 0.5, 0.6)) -> None:
    """Development check inside RUN_CLUSTERS (nothing shipped is chosen here): a judge trained on
    the looks of the first half's streams, BCubed F1 on the second half's streams, judge off and on."""
    from newsweave.cluster import ClusterItem, cluster_stream, relink
    from newsweave.cluster.linker import PAIR_FEATURES
    from newsweave.cluster.online import ClusterConfig
    from newsweave.embed.static import StaticEmbedder
    from newsweave.eval.cluster_metrics import cluster_scores

    clusters = t.load_clusters(data, RUN_CLUSTERS[1])[RUN_CLUSTERS[0] :]
    half = len(clusters) // 2
    first, second = clusters[:half], clusters[half:]
    n_first = sum(len(c) for c in first)
    _, keys, vectors = t.embed_variants(clusters, {"static": StaticEmbedder()})
    x, y = looks("static", first, {k: v[:n_first] for k, v in vectors.items()}, {k: v[:n_first] for k, v in keys.items()})
    judge_json = t.fit_logistic(x, y, PAIR_FEATURES + relink.JUDGE_FEATURES)
    judge_path = Path(tempfile.mkdtemp()) / "judge.json"
    judge_path.write_text(json.dumps({"models": {"static": judge_json}}), encoding="utf-8")
    owner = [ci for ci, c in enumerate(second) for _ in c]
    groups = [list(range(s, min(s + t.STREAM_CLUSTERS, len(second)))) for s in range(0, len(second), t.STREAM_CLUSTERS)]
    by_size = t.held_out_streams(groups, owner)
    vec2 = {k: v[n_first:] for k, v in vectors.items()}
    key2 = {k: v[n_first:] for k, v in keys.items()}
    for on, bar in [(False, None)] + [(True, b) for b in bars]:
        if bar is not None:
            relink.JUDGE_PROBABILITY = bar
        sizes = []
        for size, streams in sorted(by_size.items()):
            f1 = [cluster_scores([a.story_id for a in cluster_stream([ClusterItem(str(d), vec2[("static", v)][d], keys=dict(key2[v][d])) for d, _ in s], config=ClusterConfig(relink_judge=str(judge_path) if on else None))], [str(g) for _, g in s]).bcubed_f1 for v in ("lead", "sentence", "title") for s in streams]
            sizes.append(float(np.mean(f1)))
        print(f"  judge {'on ' + str(bar) if on else 'off'}: by size {', '.join(f'{v:.4f}' for v in sizes)}, mean {np.mean(sizes):.4f}", flush=True)


def first_look_check(data: Path, bars=(0.4, 0.5, 0.6)) -> None:
    """Development check inside RUN_CLUSTERS, as `cross_check` but for the FIRST look of every
    article (join or new story) instead of the decider: a judge over the candidate lists of the
    shipped clusterer's first looks on the first half's streams, BCubed F1 on the second half's.
    Writes nothing; nothing shipped uses it."""
    import math

    from newsweave.cluster import ClusterItem
    from newsweave.cluster.linker import PAIR_FEATURES, Logistic
    from newsweave.cluster.online import Assignment, ClusterConfig, OnlineClusterer, new_story_state
    from newsweave.cluster.relink import JUDGE_FEATURES, look_features
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
    judge = Logistic.from_json(t.fit_logistic(np.array(log[0]), np.array(log[1]), PAIR_FEATURES + JUDGE_FEATURES))
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
    from newsweave.cluster.relink import JUDGE_FEATURES
    from newsweave.embed.static import StaticEmbedder

    clusters = t.load_clusters(data, RUN_CLUSTERS[1])[RUN_CLUSTERS[0] :]
    half = len(clusters) // 2
    n_first = sum(len(c) for c in clusters[:half])
    _, keys, vectors = t.embed_variants(clusters, {"static": StaticEmbedder()})
    x1, y1 = looks("static", clusters[:half], {k: v[:n_first] for k, v in vectors.items()}, {k: v[:n_first] for k, v in keys.items()}, member_cos=True)
    ids: list[int] = []
    x2, y2 = looks("static", clusters[half:], {k: v[n_first:] for k, v in vectors.items()}, {k: v[n_first:] for k, v in keys.items()}, member_cos=True, look_ids=ids)
    ids = np.array(ids)
    names = PAIR_FEATURES + JUDGE_FEATURES
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
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--check", action="store_true", help="train and compare with --out instead of writing")
    parser.add_argument("--cross-check", action="store_true", help="development check inside RUN_CLUSTERS (first half trains, second half scores); writes nothing")
    parser.add_argument("--first-look-check", action="store_true", help="the same check for a judge of every article's first look (instead of the decider); writes nothing")
    parser.add_argument("--member-check", action="store_true", help="diagnostic: does the best cosine to a candidate's members rank second looks better? writes nothing")
    args = parser.parse_args()
    if args.member_check:
        member_check(Path(args.data))
        return 0
    if args.first_look_check:
        first_look_check(Path(args.data))
        return 0
    if args.cross_check:
        cross_check(Path(args.data))
        return 0
    random.seed(t.SEED)
    text = json.dumps(train(Path(args.data)), sort_keys=True, separators=(",", ":")) + "\n"
    if args.check:
        same = Path(args.out).read_text(encoding="utf-8") == text
        print("identical" if same else "DIFFERENT", flush=True)
        return 0 if same else 1
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
