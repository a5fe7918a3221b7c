"""Same-claim pairs with distant labels from a MEANING pivot (issue 12, session 20, brief A2): does a pair model
learned on Multi-News training clusters separate same-claim pairs of the development fact gold better than the
grouping similarity? Diagnostic only (nothing here is read by the product).

    nice -n 10 .venv/bin/python benchmarks/train_fact_pairs_pivot.py --build              # 800 clusters: pairs, features, alignments -> /tmp
    nice -n 10 .venv/bin/python benchmarks/train_fact_pairs_pivot.py --dev               # dev gold pairs -> /tmp
    nice -n 10 .venv/bin/python benchmarks/train_fact_pairs_pivot.py --score [--hard-negatives] [--hi H --margin M]   # label rule, fit, AUC, precision
    nice -n 10 .venv/bin/python benchmarks/train_fact_pairs_pivot.py --show 12 --n 60    # "same" pairs under the bar (terminal only)

What differs from session 17 (`train_fact_pairs_distant.py`, whose sampling and story cut are reused, with another
seed): the article sentences are aligned to the summary sentences by MiniLM cosine, not by shared words, so that
a "same" pair (two sentences of different articles whose best summary sentence is the same one, both at
>= `HI` with a margin >= `MARGIN` over the runner-up) may share few words; "different" is two sentences aligned
(>= `HI`) to different summary sentences, or one aligned and one not (< `LO`) that share at least two content
terms (the same people or topic, another claim). Features: `facts_pairs.pair_features` (less the two
capitalisation features: the training text is lower-cased) plus, optionally, the pair's MiniLM cosine.
Models: logistic regression and gradient boosting (scikit-learn), seed `SEED`.

Evaluation: the annotated cross-article pairs of the 15 development fact sets (`facts_pair_auc.gold_sentence_pairs`;
never `facts_dev_p`, `_q`, `_r`), against the grouping similarity (`StaticSimilarity`, before the agreement check) in
the same run: ROC AUC over all pairs and in the band under the bar, and precision at the grouping bar (0.35), each
model taken at the cut that keeps as many pairs as the similarity keeps at its bar. Every figure is a tuning figure.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_fact_pairs_distant as D  # noqa: E402

SEED, N_CLUSTERS, MAX_WORDS = 2020, 800, 40
HI, LO, MARGIN = 0.6, 0.4, 0.05
BAR = 0.35
CACHE = Path("/tmp/s20a2")
DEV_SETS = tuple(f for f in ("facts_dev.jsonl", "facts_dev_b.jsonl", "facts_dev_c.jsonl", "facts_dev_d.jsonl", "facts_dev_e.jsonl",
                             "facts_dev_f.jsonl", "facts_dev_g.jsonl", "facts_dev_h.jsonl", "facts_dev_i.jsonl", "facts_dev_j.jsonl",
                             "facts_dev_k.jsonl", "facts_dev_l.jsonl", "facts_dev_m.jsonl", "facts_dev_n.jsonl", "facts_dev_o.jsonl"))


def _embedders():
    from newsweave.embed import make_embedder

    return make_embedder("static"), make_embedder("minilm")


def _summary_sentences(summary: str) -> list[str]:
    from newsweave.text.segment import split_spans

    return [summary[s:e] for s, e in split_spans(summary) if 4 <= len(summary[s:e].split()) <= MAX_WORDS]


def _alignment(align: np.ndarray) -> np.ndarray:
    """(sentences, 3): each sentence's best summary-sentence cosine, which one, and its margin over the runner-up
    (`align`: sentences x summary sentences, MiniLM cosines)."""
    order = np.sort(align, axis=1)
    margin = order[:, -1] - (order[:, -2] if align.shape[1] > 1 else 0.0)
    return np.column_stack([order[:, -1], align.argmax(axis=1), margin])


def labels(a: np.ndarray, b: np.ndarray, shared: np.ndarray, hi=HI, lo=LO, margin=MARGIN, loose_negatives=True) -> np.ndarray:
    """1 same claim, 0 different, -1 left out, for pairs whose sentences have alignments `a` and `b` (rows of
    `_alignment`) and share `shared` content terms."""
    both = (a[:, 0] >= hi) & (b[:, 0] >= hi)
    same = both & (a[:, 1] == b[:, 1]) & (a[:, 2] >= margin) & (b[:, 2] >= margin)
    other = both & (a[:, 1] != b[:, 1])
    one = (((a[:, 0] >= hi) & (b[:, 0] < lo)) | ((b[:, 0] >= hi) & (a[:, 0] < lo))) & (shared >= 2)
    out = np.full(len(a), -1)
    out[other | (one if loose_negatives else False)] = 0
    out[same] = 1
    return out


def _pair_rows(sents, static, mini_vecs):
    from newsweave.analyze.facts_pairs import pair_features, story_inputs

    pairs, feats = pair_features(story_inputs(sents, static.embed))
    mini = np.clip(mini_vecs @ mini_vecs.T, 0.0, 1.0)
    return pairs, np.column_stack([feats, mini[pairs[:, 0], pairs[:, 1]]]) if len(pairs) else feats


def build(show: int = 0) -> None:
    """Every cross-article pair of the sampled clusters: its features, its two sentences' alignments to the summary
    and their shared content terms (labels are drawn from these at `--score`, so that label rules can be compared)."""
    from newsweave.analyze.fact_similarity import core_text, fact_terms

    static, mini = _embedders()
    D.SEED, D.N_CLUSTERS = SEED, N_CLUSTERS
    X, A, B, S, groups, shown = [], [], [], [], [], 0
    for c_i, cluster in enumerate(D.sample_clusters()):
        sents, _ = D.story(cluster)
        summ = _summary_sentences(cluster["summary"])
        if len({s.article_id for s in sents}) < 2 or len(summ) < 2:
            continue
        vecs = np.asarray(mini.embed([core_text(s.text) for s in sents] + summ), dtype=float)
        sv, mv = vecs[: len(sents)], vecs[len(sents):]
        al, terms = _alignment(sv @ mv.T), [set(fact_terms(s.text)) for s in sents]
        pairs, feats = _pair_rows(sents, static, sv)
        if not len(pairs):
            continue
        shared = np.array([len(terms[i] & terms[j]) for i, j in pairs.tolist()])
        X.append(feats)
        A.append(al[pairs[:, 0]])
        B.append(al[pairs[:, 1]])
        S.append(shared)
        groups.extend([c_i] * len(pairs))
        if show and shown < show:
            for k in np.flatnonzero((labels(al[pairs[:, 0]], al[pairs[:, 1]], shared) == 1) & (feats[:, 2] < BAR))[: show - shown]:
                i, j = pairs[k]
                shown += 1
                print(f"[same, mix {feats[k][2]:.2f}, minilm {feats[k][-1]:.2f}] {sents[i].text}\n    || {sents[j].text}\n")
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / "train.npz", X=np.vstack(X), a=np.vstack(A), b=np.vstack(B), shared=np.concatenate(S), g=np.array(groups))
    y = labels(np.vstack(A), np.vstack(B), np.concatenate(S))
    print(f"training evidence: {len(y)} cross-article pairs from {len(X)} clusters, labelled {int((y >= 0).sum())}, "
          f"{int((y == 1).sum())} same")


def dev() -> None:
    """Features, the grouping similarity and the gold label of every annotated cross-article pair of the dev sets."""
    import analysis_conflicts_facts as B
    from facts_pair_auc import gold_sentence_pairs
    from newsweave.analyze.fact_similarity import StaticSimilarity, core_text
    from newsweave.text.segment import RuleSegmenter

    static, mini = _embedders()
    sim = StaticSimilarity(static)
    clusters, seg = B.load_clusters(), RuleSegmenter()
    X, y, s, g = [], [], [], []
    for k, name in enumerate(DEV_SETS):
        for sents, pairs in gold_sentence_pairs(B.GOLD / name, clusters, seg):
            if not pairs:
                continue
            matrix = sim.matrix(sents)
            vecs = np.asarray(mini.embed([core_text(x.text) for x in sents]), dtype=float)
            index, feats = _pair_rows(sents, static, vecs)
            row = {(a, b): n for n, (a, b) in enumerate(index.tolist())}
            for a, b, same in pairs:
                X.append(feats[row[(min(a, b), max(a, b))]])
                y.append(same)
                s.append(matrix[a, b])
                g.append(k)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / "dev.npz", X=np.array(X), y=np.array(y), s=np.array(s), g=np.array(g))
    print(f"dev: {len(y)} annotated cross-article pairs, {sum(y)} same claim")


def _columns(minilm: bool) -> list[int]:
    from newsweave.analyze.facts_pairs import PAIR_FEATURES

    cols = [k for k, f in enumerate(PAIR_FEATURES) if f not in D.DROP]
    return cols + [len(PAIR_FEATURES)] if minilm else cols


def _models():
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {"logistic": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")),
            "boosting": lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                                               class_weight="balanced", random_state=SEED)}


def _at_bar(y, score, sim, sets) -> float:
    """Precision of each set's highest-scored pairs, as many per set as the similarity keeps at its bar (so that
    a score cannot gain by ranking whole sets, whose base rates differ, above others)."""
    hits = kept = 0
    for k in set(sets.tolist()):
        m = sets == k
        n_keep = int((sim[m] >= BAR).sum())
        top = np.argsort(-score[m], kind="stable")[:n_keep]
        hits, kept = hits + int(y[m][top].sum()), kept + n_keep
    return hits / kept if kept else 0.0


def _within(y, score, sets) -> float:
    """Mean over the sets of the ROC AUC within each set."""
    from sklearn.metrics import roc_auc_score

    return float(np.mean([roc_auc_score(y[sets == k], score[sets == k]) for k in set(sets.tolist()) if len(set(y[sets == k])) == 2]))


def score(hi: float = HI, margin: float = MARGIN, loose: bool = True) -> None:
    from sklearn.metrics import roc_auc_score

    t, d = np.load(CACHE / "train.npz"), np.load(CACHE / "dev.npz")
    rule = dict(hi=hi, lo=LO, margin=margin, loose_negatives=loose)
    lab = labels(t["a"], t["b"], t["shared"], **rule)
    tX, ty = t["X"][lab >= 0], lab[lab >= 0]
    y, sim, sets, band = d["y"], d["s"], d["g"], (d["s"] >= 0.2) & (d["s"] < BAR)
    keep = int((sim >= BAR).sum())
    print(f"label rule {rule}; training: {len(ty)} pairs ({int(ty.sum())} same, {int(((tX[:, 2] < BAR) & (ty == 1)).sum())} under the bar); dev (15 sets, tuning): {len(y)} pairs ({int(y.sum())} same), "
          f"{keep} at or above the bar {BAR}, {int(band.sum())} in [0.2, {BAR}) ({int(y[band].sum())} same)")
    rows = [("grouping similarity (static, current)", sim), ("MiniLM cosine alone", d["X"][:, -1])]
    for minilm in (False, True):
        cols = _columns(minilm)
        for name, make in _models().items():
            model = make().fit(tX[:, cols], ty)
            rows.append((f"{name}{' + MiniLM' if minilm else ''} (distant)", model.predict_proba(d["X"][:, cols])[:, 1]))

    def line(name, p):
        print(f"| {name} | {roc_auc_score(y, p):.3f} | {_within(y, p, sets):.3f} | {roc_auc_score(y[band], p[band]):.3f} | "
              f"{_at_bar(y, p, sim, sets):.3f} |")

    print(f"| score | AUC all pairs | mean AUC within a set | AUC in [0.2, {BAR}) | precision at the bar (as many pairs per set) |")
    print("|---|---|---|---|---|")
    for name, p in rows:
        line(name, p)
    for minilm in (False, True):
        cols, p = _columns(minilm), np.zeros(len(y))
        for k in set(sets.tolist()):
            m = sets == k
            p[m] = _models()["logistic"]().fit(d["X"][~m][:, cols], y[~m]).predict_proba(d["X"][m][:, cols])[:, 1]
        line(f"logistic{' + MiniLM' if minilm else ''}, fitted on the dev gold, leave-one-set-out", p)
    print("per set AUC (similarity / logistic + MiniLM, distant):")
    model = _models()["logistic"]().fit(tX[:, _columns(True)], ty)
    p = model.predict_proba(d["X"][:, _columns(True)])[:, 1]
    for k, name in enumerate(DEV_SETS):
        m = d["g"] == k
        if m.any() and len(set(y[m])) == 2:
            print(f"  {name}: {m.sum()} pairs, {roc_auc_score(y[m], sim[m]):.3f} / {roc_auc_score(y[m], p[m]):.3f}")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--n", type=int, default=N_CLUSTERS)
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--hi", type=float, default=HI, help="label rule: alignment cosine of an aligned sentence")
    ap.add_argument("--margin", type=float, default=MARGIN, help="label rule: margin of a 'same' sentence's best alignment")
    ap.add_argument("--hard-negatives", action="store_true", help="label rule: 'different' only for two sentences aligned to different summary sentences")
    a = ap.parse_args()
    globals()["N_CLUSTERS"] = a.n
    random.seed(SEED)
    np.random.seed(SEED)
    if a.build or a.show:
        build(a.show)
    if a.dev:
        dev()
    if a.score:
        score(a.hi, a.margin, not a.hard_negatives)


if __name__ == "__main__":
    main()
