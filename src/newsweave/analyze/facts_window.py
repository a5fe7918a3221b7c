"""Evidence for a carried claim as a window: the span of one or two adjacent sentences of the carrier.

The carried-claim judgment (`facts_carried`) says article A tells sentence s's claim in other words.
The reader must be able to check that, so the facts cite evidence from A. One sentence often cannot
be it: a carrying article usually tells the claim over two adjacent sentences ("The ferry sank on
Sunday. All 412 passengers were rescued.") and no single one of them states it (read by hand, the
closest single sentence stated the claim in 18 of 84 pairs; benchmarks/ANALYSIS.md, Facts, session 12).

`window_evidence` considers every span of A of one sentence or of two adjacent sentences (adjacent in
the article: consecutive sentence indexes) and scores each against s with the shipped same-claim pair
judge (`facts_pairs.PairJudge`), computing the judge's features for the span as if it were one
sentence of A in place of the sentences it covers: its TF-IDF vector in the story's space (the
terms of both sentences), the static embedding of the two cores joined, the runner-up among A's
other sentences, and the story's own base rate for the z-score. For a one-sentence span these are
exactly the judge's features of that sentence pair (`PairJudge.matrix`). The best span is cited
when its probability reaches the judge's own bar (0.5); otherwise the carrier is neither cited nor
counted, as with `facts_carried.cite_by_evidence`. Needs numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .facts_carried import EVIDENCE_BAR
from .facts_pairs import PAIR_FEATURES, PairJudge, main_clause, names_of, negated

LEXICAL_WEIGHT = 0.65  # as `facts_pairs.pair_features`
MAX_SENTENCES = 2  # a window is one sentence or two adjacent ones


@dataclass
class _Span:
    lex: np.ndarray  # TF-IDF vector (story space) of the core terms
    emb: np.ndarray  # unit static embedding of the core
    main_lex: np.ndarray
    main_emb: np.ndarray
    terms: set[str]
    names: set[str]
    negated: bool


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n > 0, n, 1.0)


class WindowScorer:
    """The story's sentences in the pair judge's feature space, and spans of adjacent sentences in it."""

    def __init__(self, sentences, doc_of: list[int], embed):
        from ..text.tfidf import TfidfSpace
        from .fact_similarity import core_text, fact_terms

        self.sentences = sentences
        self.docs = np.asarray(doc_of)
        self.cores = [core_text(s.text) for s in sentences]
        self.mains = [main_clause(c) for c in self.cores]
        self.term_lists = [fact_terms(s.text) for s in sentences]
        self.main_term_lists = [fact_terms(m) for m in self.mains]
        self.space = TfidfSpace.fit(self.term_lists)
        self.main_space = TfidfSpace.fit(self.main_term_lists)
        self.tf = np.asarray(self.space.matrix.toarray(), dtype=float)
        self.main_tf = np.asarray(self.main_space.matrix.toarray(), dtype=float)
        self._embed = embed
        n = len(sentences)
        vecs = _unit(np.asarray(embed(self.cores + self.mains), dtype=float)) if n else np.zeros((0, 1))
        self.em, self.main_em = vecs[:n], vecs[n:]
        self.names = [names_of(c) for c in self.cores]
        self.negated = [negated(c) for c in self.cores]
        lex = self.tf @ self.tf.T
        emb = np.clip(self.em @ self.em.T, 0.0, 1.0)
        self.mix = LEXICAL_WEIGHT * lex + (1.0 - LEXICAL_WEIGHT) * emb
        cross = self.docs[:, None] != self.docs[None, :]
        vals = self.mix[cross]
        self.mu, self.sd = (float(vals.mean()), float(vals.std()) or 1.0) if vals.size else (0.0, 1.0)
        self.position = np.zeros(n)
        seen: dict[int, int] = {}
        for k, d in enumerate(doc_of):
            self.position[k] = seen.get(d, 0)
            seen[d] = seen.get(d, 0) + 1

    def windows(self, d: int) -> list[tuple[int, int]]:
        """Every span of article d: (first, last) indexes into the story's sentences, single sentences
        first (in article order), then each two sentences adjacent in the article."""
        cols = [int(x) for x in np.where(self.docs == d)[0]]
        out = [(j, j) for j in cols]
        out += [(a, b) for a, b in zip(cols, cols[1:]) if self.sentences[b].index == self.sentences[a].index + 1]
        return out

    def _spans(self, spans: list[tuple[int, int]]) -> list[_Span]:
        """The feature-space view of each span (a one-sentence span is the sentence itself)."""
        out: list[_Span | None] = [None] * len(spans)
        multi = [k for k, (a, b) in enumerate(spans) if a != b]
        if multi:
            texts = [" ".join(self.cores[a : b + 1]) for a, b in (spans[k] for k in multi)]
            texts += [" ".join(self.mains[a : b + 1]) for a, b in (spans[k] for k in multi)]
            vecs = _unit(np.asarray(self._embed(texts), dtype=float))
        for k, (a, b) in enumerate(spans):
            if a == b:
                out[k] = _Span(self.tf[a], self.em[a], self.main_tf[a], self.main_em[a], set(self.term_lists[a]), self.names[a], self.negated[a])
                continue
            r = multi.index(k)
            terms = [t for x in range(a, b + 1) for t in self.term_lists[x]]
            mains = [t for x in range(a, b + 1) for t in self.main_term_lists[x]]
            zero = np.zeros(self.tf.shape[1])
            q = self.space.query(terms)
            mq = self.main_space.query(mains)
            out[k] = _Span(zero if q is None else q, vecs[r], np.zeros(self.main_tf.shape[1]) if mq is None else mq, vecs[len(multi) + r],
                           set(terms), set().union(*self.names[a : b + 1]), any(self.negated[a : b + 1]))
        return out  # type: ignore[return-value]

    def features(self, i: int, spans: list[tuple[int, int]]) -> np.ndarray:
        """`PAIR_FEATURES` of sentence i against each span (all spans of one other article), the span standing
        in for the sentences it covers."""
        views = self._spans(spans)
        own = np.where(self.docs == self.docs[i])[0]
        own_other = own[own != i]
        terms_i = set(self.term_lists[i])
        figs_i = {t for t in terms_i if t.startswith("#")}
        rows = []
        for (a, b), v in zip(spans, views):
            lex = float(self.tf[i] @ v.lex)
            emb = float(np.clip(self.em[i] @ v.emb, 0.0, 1.0))
            mix = LEXICAL_WEIGHT * lex + (1.0 - LEXICAL_WEIGHT) * emb
            d = self.docs[a]
            rest = [x for x in np.where(self.docs == d)[0] if not a <= x <= b]
            runner_i = float(self.mix[i, rest].max()) if rest else 0.0
            to_own = (LEXICAL_WEIGHT * (self.tf[own] @ v.lex) + (1.0 - LEXICAL_WEIGHT) * np.clip(self.em[own] @ v.emb, 0.0, 1.0))
            k_i = int(np.where(own == i)[0][0])
            runner_w = float(np.delete(to_own, k_i).max()) if len(own_other) else 0.0
            best_i = not rest or mix >= runner_i and not (self.mix[i, rest] > mix).any()
            best_w = int(np.argmax(to_own)) == k_i
            shared = len(terms_i & v.terms)
            union = len(terms_i | v.terms)
            sn = len(self.names[i] & v.names)
            nu = len(self.names[i] | v.names)
            figs_w = {t for t in v.terms if t.startswith("#")}
            li, lw = max(1, len(terms_i)), max(1, len(v.terms))
            pi, pw = self.position[i], self.position[a]
            rows.append((
                lex, emb, mix, (mix - self.mu) / self.sd, min(mix - runner_i, mix - runner_w), float(best_i and best_w),
                float(best_i or best_w), float(np.clip(self.main_em[i] @ v.main_emb, 0.0, 1.0)), float(self.main_tf[i] @ v.main_lex),
                np.log1p(shared), shared / max(union, 1), np.log1p(sn), 1.0 - sn / nu if nu else 0.0,
                float(bool(figs_i & figs_w)), float(bool(figs_i and figs_w and not figs_i & figs_w)), float(bool(figs_i) != bool(figs_w)),
                float(self.negated[i] != v.negated), min(li, lw) / max(li, lw),
                np.log1p(min(pi, pw)), np.log1p(max(pi, pw)), float(pi == 0 and pw == 0),
            ))
        return np.asarray(rows, dtype=float).reshape(-1, len(PAIR_FEATURES))


def window_evidence(additions: dict[int, dict[int, int]], sentences, doc_of: list[int], embed, judge: PairJudge,
                    bar: float = EVIDENCE_BAR) -> dict[int, dict[int, tuple[int, int]]]:
    """For each carried (sentence i, carrier article d) of `additions` (`facts_carried.carried_additions`):
    the span of d of one or two adjacent sentences the same-claim pair judge rates highest for i, as
    (first, last) sentence indexes, kept only when its probability is at least `bar` (a carrier no span
    supports is dropped: neither cited nor counted). On ties the single sentence, then the earlier span."""
    if not additions:
        return {}
    scorer = WindowScorer(sentences, doc_of, embed)
    out: dict[int, dict[int, tuple[int, int]]] = {}
    for i, told in additions.items():
        for d in told:
            spans = scorer.windows(d)
            if not spans:
                continue
            p = judge.probability(scorer.features(i, spans))
            k = int(np.argmax(p))
            if p[k] >= bar:
                out.setdefault(i, {})[d] = spans[k]
    return out
