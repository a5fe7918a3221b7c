"""Does another article carry this sentence's claim? A judgment over the whole article.

The fact grouping (`facts.group_sentences`) decides "shared" one sentence pair at a time: a
claim that another article tells in other words, or as a clause of a longer sentence, or over two
sentences, rarely reaches the pair bar, and the sentence is shown unique (benchmarks/ANALYSIS.md,
Facts, session 11). Status is per sentence, so this module judges it per sentence: for a fact
sentence s and each OTHER article A, evidence from the whole of A:

- the best and second-best sentence similarity of A to s (TF-IDF, static embedding, their mix) and
  the best two-sentence window of A (vectors of adjacent sentences summed);
- the share of s's anchors (names, figures, content terms rare in the story) found in A's best
  window and anywhere in A; s's figures found in A; figures that disagree;
- whether A's best sentence has s as its own best match in s's article;
- s's position (lead or not), the lengths of both articles, and how much the story's articles
  share at all (the mean best-match similarity over the story: the cluster's base rate).

`carried_features` computes them (the same code at training and at run time); `CarriedJudge` is
a logistic regression over them, trained by `benchmarks/train_fact_carried.py` on the carried /
not-carried labels the hand-made fact gold implies (each annotated sentence lists the documents
that hold its claim). Needs numpy only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

CARRIED_FEATURES = (
    "best_mix", "second_mix", "best_lex", "best_emb", "best_window", "margin",
    "anchor_window", "anchor_any", "n_anchors", "figure_any", "figure_disagree", "name_any",
    "mutual", "lead", "position", "len_other", "len_own", "base_rate", "z_best", "n_docs", "grouped",
)
LEXICAL_WEIGHT = 0.65  # as the default fact similarity (`fact_similarity.StaticSimilarity`)
RARE_SHARE = 0.2  # a content term in at most this share of the story's sentences is an anchor


def _unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(n > 0, n, 1.0)


def carried_features(sentences, doc_of: list[int], embed, groups=None, *, with_best: bool = False):
    """((m, 2) array of (sentence index, other article index), (m, len(CARRIED_FEATURES)) features)
    for every fact sentence and every other article of the story. `embed(texts) -> vectors`;
    `groups`: the default grouping's groups (indexes into `sentences`), for the "grouped" feature
    (the default already puts s in one fact with a sentence of A). `with_best`: also return, per row,
    the sentence of A closest to s."""
    from ..text.tfidf import TfidfSpace
    from .fact_similarity import core_text, fact_terms
    from .facts_pairs import names_of

    n = len(sentences)
    docs = np.asarray(doc_of)
    n_docs = int(docs.max()) + 1 if n else 0
    if n_docs < 2:
        empty = (np.zeros((0, 2), dtype=int), np.zeros((0, len(CARRIED_FEATURES))))
        return empty + (np.zeros(0, dtype=int),) if with_best else empty
    cores = [core_text(s.text) for s in sentences]
    terms = [fact_terms(s.text) for s in sentences]
    space = TfidfSpace.fit(terms)
    tf = np.asarray(space.matrix.toarray(), dtype=float)
    em = _unit(np.asarray(embed(cores), dtype=float))
    lex = tf @ tf.T
    emb = np.clip(em @ em.T, 0.0, 1.0)
    mix = LEXICAL_WEIGHT * lex + (1.0 - LEXICAL_WEIGHT) * emb
    tsets = [set(t) for t in terms]
    names = [names_of(c) for c in cores]
    figs = [{t for t in s if t.startswith("#")} for s in tsets]
    df: dict[str, int] = {}
    for s in tsets:
        for t in s:
            df[t] = df.get(t, 0) + 1
    rare = max(1, int(RARE_SHARE * n))
    anchors = [names[i] | figs[i] | {t for t in tsets[i] if not t.startswith("#") and df[t] <= rare} for i in range(n)]
    cols = [np.where(docs == d)[0] for d in range(n_docs)]
    doc_terms = [set().union(*(tsets[x] for x in c)) if len(c) else set() for c in cols]
    doc_names = [set().union(*(names[x] for x in c)) if len(c) else set() for c in cols]
    doc_words = [{w for t in doc_terms[d] for w in (t,)} | doc_names[d] for d in range(n_docs)]
    # best[i, d]: closest sentence of article d to sentence i
    best = np.zeros((n, n_docs))
    arg = np.zeros((n, n_docs), dtype=int)
    for d, c in enumerate(cols):
        if len(c):
            arg[:, d] = c[np.argmax(mix[:, c], axis=1)]
            best[:, d] = mix[np.arange(n), arg[:, d]]
    cross = [best[i, d] for i in range(n) for d in range(n_docs) if d != doc_of[i] and len(cols[d])]
    base, sd = (float(np.mean(cross)), float(np.std(cross)) or 1.0) if cross else (0.0, 1.0)
    position = np.zeros(n)
    seen: dict[int, int] = {}
    for k, d in enumerate(doc_of):
        position[k] = seen.get(d, 0)
        seen[d] = seen.get(d, 0) + 1
    together: set[tuple[int, int]] = set()
    for g in groups or ():
        for i in g:
            together |= {(i, doc_of[x]) for x in g if doc_of[x] != doc_of[i]}
    rows, feats, bests = [], [], []
    for d, c in enumerate(cols):
        if not len(c):
            continue
        # two-sentence windows of article d (a one-sentence article is its own window)
        pairs = [(c[k], c[k + 1]) for k in range(len(c) - 1)] or [(c[0], c[0])]
        wt = _unit(np.array([tf[a] + tf[b] for a, b in pairs]))
        we = _unit(np.array([em[a] + em[b] for a, b in pairs]))
        wmix = LEXICAL_WEIGHT * (tf @ wt.T) + (1.0 - LEXICAL_WEIGHT) * np.clip(em @ we.T, 0.0, 1.0)
        for i in range(n):
            if doc_of[i] == d:
                continue
            row = np.sort(mix[i, c])[::-1]
            second = float(row[1]) if len(row) > 1 else 0.0
            w = int(np.argmax(wmix[i]))
            a, b = pairs[w]
            j = int(arg[i, d])
            win_words = tsets[a] | tsets[b] | names[a] | names[b] | tsets[j] | names[j]
            anc = anchors[i]
            anc_win = len(anc & win_words) / len(anc) if anc else 0.0
            anc_any = len(anc & doc_words[d]) / len(anc) if anc else 0.0
            win_figs = {t for t in win_words if t.startswith("#")}
            fig_any = len(figs[i] & doc_terms[d]) / len(figs[i]) if figs[i] else 0.0
            fig_dis = 1.0 if figs[i] and win_figs and not figs[i] & win_figs else 0.0
            name_any = len(names[i] & doc_names[d]) / len(names[i]) if names[i] else 0.0
            mutual = 1.0 if arg[j, doc_of[i]] == i else 0.0
            rows.append((i, d))
            bests.append(j)
            feats.append((
                float(row[0]), second, float(lex[i, c].max()), float(emb[i, c].max()), float(wmix[i, w]), float(row[0]) - second,
                anc_win, anc_any, math.log1p(len(anc)), fig_any, fig_dis, name_any,
                mutual, 1.0 if position[i] == 0 else 0.0, math.log1p(position[i]), math.log1p(len(c)),
                math.log1p(len(cols[doc_of[i]])), base, (float(row[0]) - base) / sd, math.log1p(n_docs),
                1.0 if (i, d) in together else 0.0,
            ))
    out = (np.asarray(rows, dtype=int).reshape(-1, 2), np.asarray(feats, dtype=float).reshape(-1, len(CARRIED_FEATURES)))
    return out + (np.asarray(bests, dtype=int),) if with_best else out


@dataclass(frozen=True)
class CarriedJudge:
    """A logistic regression over standardised `carried_features`; `bar` on its probability."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    bar: float = 0.5

    def proba(self, feats: np.ndarray) -> np.ndarray:
        z = (feats - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.coef) + self.intercept)))

    @classmethod
    def from_dict(cls, d: dict) -> "CarriedJudge":
        if tuple(d["features"]) != CARRIED_FEATURES:
            raise ValueError("carried-claim model was trained on other features")
        return cls(tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]), float(d["intercept"]), float(d.get("bar", 0.5)))

    def to_dict(self) -> dict:
        return {"features": list(CARRIED_FEATURES), "mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef),
                "intercept": self.intercept, "bar": self.bar}


LONG_ARTICLE = 8  # the judgment decides only between two articles of at least this many fact sentences


def load_carried_judge() -> CarriedJudge | None:
    """The shipped judgment (`data/fact_carried.json`), or None when missing or made for other features."""
    from ..shipped import shipped_model

    return shipped_model("fact_carried.json", CarriedJudge.from_dict)


def carried_additions(sentences, doc_of: list[int], embed, groups, judge: CarriedJudge, *,
                      both_ways: bool = False) -> dict[int, dict[int, int]]:
    """sentence index -> {other article: its sentence closest to this one} for the articles the judgment
    says carry the sentence's claim that the default grouping does not already put with it; only
    between two long articles (both at least `LONG_ARTICLE` fact sentences). Empty when the story has
    fewer than two long articles. `both_ways`: only when the judgment also says the sentence's own
    article carries the claim of that closest sentence (so the cited sentence is itself the claim)."""
    counts: dict[int, int] = {}
    for d in doc_of:
        counts[d] = counts.get(d, 0) + 1
    if sum(1 for c in counts.values() if c >= LONG_ARTICLE) < 2:
        return {}
    pairs, feats, best = carried_features(sentences, doc_of, embed, groups, with_best=True)
    out: dict[int, dict[int, int]] = {}
    if not len(pairs):
        return out
    p = judge.proba(feats)
    k_grouped = CARRIED_FEATURES.index("grouped")
    says = {(int(i), int(d)): bool(q >= judge.bar) for (i, d), q in zip(pairs.tolist(), p)}
    for (i, d), q, x, j in zip(pairs.tolist(), p, feats, best):
        if counts[doc_of[i]] >= LONG_ARTICLE and counts[d] >= LONG_ARTICLE and q >= judge.bar and x[k_grouped] < 0.5:
            if both_ways and not says.get((int(j), doc_of[i]), False):
                continue
            out.setdefault(i, {})[d] = int(j)
    return out


EVIDENCE_BAR = 0.5  # the pair judge's own bar ("same claim" at probability 0.5); not tuned


def cite_by_evidence(additions: dict[int, dict[int, int]], doc_of: list[int], same_claim: np.ndarray,
                     bar: float = EVIDENCE_BAR) -> dict[int, dict[int, int]]:
    """Re-choose the evidence of each carried claim and keep only what a sentence supports: for sentence i
    and carrier article d, the sentence of d the same-claim judge (`same_claim`, an (n, n) probability,
    `facts_pairs.PairJudge.matrix`) rates highest for i; the carrier is kept only when that probability is
    at least `bar`. A carrier with no such sentence is dropped: it is neither cited nor counted (an outlet
    counted for a status must be one the reader can check)."""
    docs = np.asarray(doc_of)
    out: dict[int, dict[int, int]] = {}
    for i, told in additions.items():
        for d in told:
            c = np.where(docs == d)[0]
            j = int(c[np.argmax(same_claim[i, c])])
            if same_claim[i, j] >= bar:
                out.setdefault(i, {})[d] = j
    return out


def carriers(sentences, doc_of: list[int], embed, groups, judge: CarriedJudge) -> dict[int, set[int]]:
    """sentence index -> the other articles that carry its claim: between two long articles (both at
    least `LONG_ARTICLE` fact sentences) the judgment decides; otherwise the default grouping does
    (an article is a carrier when a group holds the sentence and a sentence of that article). The rule
    measured leave-one-set-out and on `facts_dev_k` (benchmarks/ANALYSIS.md)."""
    pairs, feats = carried_features(sentences, doc_of, embed, groups)
    out: dict[int, set[int]] = {i: set() for i in range(len(sentences))}
    if not len(pairs):
        return out
    p = judge.proba(feats)
    long_log = math.log1p(LONG_ARTICLE)
    k_own, k_other, k_grouped = (CARRIED_FEATURES.index(k) for k in ("len_own", "len_other", "grouped"))
    for (i, d), q, x in zip(pairs.tolist(), p, feats):
        long_pair = x[k_own] >= long_log and x[k_other] >= long_log
        if (q >= judge.bar) if long_pair else x[k_grouped] > 0.5:
            out[i].add(d)
    return out
