"""Same claim or only the same topic? A learned judgment over a pair of fact sentences.

The default fact grouping puts one bar (0.35) on one similarity (0.65 x the story's TF-IDF
cosine + 0.35 x a static-embedding cosine). Above that bar many pairs share names and topic and
state another claim; below it sit paraphrases. `PairJudge` turns cheap evidence about a pair of
sentences of two articles into the probability that they state one claim:

- the two cosines, and how far the pair stands out in its story (z-score among the story's
  cross-article pairs, margin over the runner-up sentence of each article, mutual best match);
- the cosine of the two *main clauses* (each core cut before a subordinate or relative clause:
  ", who ...", " after ...", " because ..."), so a claim carried in passing weighs less;
- shared content terms, shared names and names on one side only, shared figures, figures that
  disagree, a negation on one side only, the length ratio, and how early each sentence comes.

The weights are a logistic regression trained by `benchmarks/train_fact_pairs.py` on the pair
labels implied by the hand-made fact gold sets (`benchmarks/gold/facts_dev*.jsonl`: two annotated
sentences of two documents are one claim when each one's outlets hold the other's document, two
claims when neither does) and shipped as `newsweave/data/fact_pairs.json`; using it needs numpy
only. The features are computed here, by the same code at training and at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..shipped import shipped_model
from .claim_scorer import best_match_margins

# Every feature `pair_features` computes; a trained judge names the ones it uses.
PAIR_FEATURES = (
    "lex", "emb", "mix", "z", "margin", "mutual", "either_best", "main_emb", "main_lex",
    "shared_terms", "jaccard", "shared_names", "names_one_side", "shared_figure", "figure_disagree", "figure_one_side",
    "negation_mismatch", "length_ratio", "first_pos", "last_pos", "both_lead",
)

# Where a sentence's main clause ends: a relative or subordinate clause, or a participle phrase.
_SUBORDINATE = re.compile(
    r",\s+(?:who|whom|whose|which|where|when|while|after|before|as|because|since|although|though|but|including|amid|despite|"
    r"prompting|saying|calling|adding|making|leaving|according)\b"
    r"|\s(?:after|because|although|though|despite|amid|while|since|following)\s",
    re.I,
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b|\b[A-Z]{2,}\b")
_NEGATION = re.compile(r"\b(?:not|no|never|n['’]t|none|nobody|nothing|neither|nor|without|denied|denies|deny|refused|refuses|rejected|rejects)\b", re.I)
_COMMON_CAPS = frozenset("The A An In On At But And Or If As It He She They We I This That These Those His Her Their Its Our "
                         "Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def main_clause(core: str) -> str:
    """`core` cut before its first subordinate or relative clause, when at least five words are left."""
    m = _SUBORDINATE.search(core)
    if m and len(core[: m.start()].split()) >= 5:
        return core[: m.start()]
    return core


def names_of(core: str) -> set[str]:
    """Capitalised words inside the sentence (not its first word), lower-cased, possessives folded."""
    out = set()
    for m in _NAME.finditer(core):
        w = m.group(0)
        if m.start() == 0 or w in _COMMON_CAPS:
            continue
        out.add(re.sub(r"['’]s?$", "", w).lower())
    return out


def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


@dataclass
class PairInputs:
    """What the features of one story's pairs are computed from (one entry per fact sentence)."""

    doc_of: list[int]
    lex: np.ndarray  # TF-IDF cosine of the cores
    emb: np.ndarray  # static-embedding cosine of the cores
    main_lex: np.ndarray  # TF-IDF cosine of the main clauses
    main_emb: np.ndarray  # static-embedding cosine of the main clauses
    terms: list[set[str]]  # content terms of the core (figures as "#...")
    names: list[set[str]]
    negated: list[bool]


def story_inputs(sentences, embed) -> PairInputs:
    """`sentences`: the story's fact sentences in article order; `embed(texts) -> unit vectors`."""
    from ..text.tfidf import TfidfSpace
    from .fact_similarity import core_text, fact_terms

    articles: dict[str, int] = {}
    doc_of = [articles.setdefault(s.article_id, len(articles)) for s in sentences]
    cores = [core_text(s.text) for s in sentences]
    mains = [main_clause(c) for c in cores]
    terms = [fact_terms(s.text) for s in sentences]
    main_terms = [fact_terms(m) for m in mains]

    def cos(rows):
        space = TfidfSpace.fit(rows)
        return np.asarray((space.matrix @ space.matrix.T).toarray(), dtype=float)

    vecs = np.asarray(embed(cores + mains), dtype=float)
    n = len(cores)
    ve, vm = vecs[:n], vecs[n:]
    return PairInputs(doc_of, cos(terms), np.clip(ve @ ve.T, 0.0, 1.0), cos(main_terms), np.clip(vm @ vm.T, 0.0, 1.0),
                      [set(t) for t in terms], [names_of(c) for c in cores], [negated(c) for c in cores])


def pair_features(x: PairInputs, lexical_weight: float = 0.65) -> tuple[np.ndarray, np.ndarray]:
    """Features of every cross-article pair (i < j): ((m, 2) index array, (m, len(PAIR_FEATURES)) array)."""
    docs = np.asarray(x.doc_of)
    n = len(docs)
    cross = docs[:, None] != docs[None, :]
    pairs = np.argwhere(np.triu(cross, 1))
    if not len(pairs):
        return pairs.reshape(0, 2), np.zeros((0, len(PAIR_FEATURES)))
    mix = lexical_weight * x.lex + (1.0 - lexical_weight) * x.emb
    vals = mix[cross]
    mu, sd = float(vals.mean()), float(vals.std()) or 1.0
    i, j = pairs[:, 0], pairs[:, 1]
    m_ij = mix[i, j]
    margin, arg = best_match_margins(mix, docs, pairs, stable=True)
    bi, bj = arg[i, docs[j]] == j, arg[j, docs[i]] == i
    shared = np.array([len(x.terms[a] & x.terms[b]) for a, b in pairs], dtype=float)
    union = np.array([len(x.terms[a] | x.terms[b]) for a, b in pairs], dtype=float)
    shared_names = np.array([len(x.names[a] & x.names[b]) for a, b in pairs], dtype=float)
    names_union = np.array([len(x.names[a] | x.names[b]) for a, b in pairs], dtype=float)
    figs = [{t for t in s if t.startswith("#")} for s in x.terms]
    shared_fig = np.array([1.0 if figs[a] & figs[b] else 0.0 for a, b in pairs])
    fig_disagree = np.array([1.0 if figs[a] and figs[b] and not figs[a] & figs[b] else 0.0 for a, b in pairs])
    one_side = np.array([1.0 if bool(figs[a]) != bool(figs[b]) else 0.0 for a, b in pairs])
    neg = np.array([1.0 if x.negated[a] != x.negated[b] else 0.0 for a, b in pairs])
    lens = np.array([max(1, len(s)) for s in x.terms], dtype=float)
    position = np.zeros(n)
    seen: dict[int, int] = {}
    for k, d in enumerate(x.doc_of):  # the k-th fact sentence of its article
        position[k] = seen.get(d, 0)
        seen[d] = seen.get(d, 0) + 1
    feats = np.column_stack([
        x.lex[i, j], x.emb[i, j], m_ij, (m_ij - mu) / sd, margin, (bi & bj).astype(float), (bi | bj).astype(float),
        x.main_emb[i, j], x.main_lex[i, j],
        np.log1p(shared), shared / np.maximum(union, 1.0), np.log1p(shared_names),
        np.where(names_union > 0, 1.0 - shared_names / np.maximum(names_union, 1.0), 0.0),
        shared_fig, fig_disagree, one_side, neg,
        np.minimum(lens[i], lens[j]) / np.maximum(lens[i], lens[j]),
        np.log1p(np.minimum(position[i], position[j])), np.log1p(np.maximum(position[i], position[j])),
        ((position[i] == 0) & (position[j] == 0)).astype(float),
    ])
    return pairs, feats


@dataclass(frozen=True)
class PairJudge:
    """Logistic regression over some of `PAIR_FEATURES` (standardised with the training mean and
    scale), used on top of the default similarity (`adjust`): a pair it gives a probability under
    `veto` is never one fact (as figures that disagree); a pair just under the similarity bar (at
    most `band` below it) that it gives at least `lift` is raised to the bar."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    veto: float = 0.0
    lift: float = 1.01
    band: float = 0.1

    def probability(self, feats: np.ndarray) -> np.ndarray:
        """`feats`: all `PAIR_FEATURES` columns, as `pair_features` gives them."""
        cols = feats[:, [PAIR_FEATURES.index(f) for f in self.features]]
        z = ((cols - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def matrix(self, inputs: PairInputs) -> np.ndarray:
        """(n, n) probability that sentences i and j (of different articles) state one claim; 0 within an article."""
        n = len(inputs.doc_of)
        out = np.zeros((n, n))
        pairs, feats = pair_features(inputs)
        if len(pairs):
            p = self.probability(feats)
            out[pairs[:, 0], pairs[:, 1]] = p
            out[pairs[:, 1], pairs[:, 0]] = p
        return out

    def adjust(self, raw: np.ndarray, probability: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
        """(the similarity with lifted pairs raised to `threshold`, the mask of vetoed pairs) for the
        cross-article pairs of `raw` (`probability` is 0 within an article, and is not read there)."""
        cross = probability > 0.0
        lifted = np.array(raw, dtype=float)
        up = cross & (probability >= self.lift) & (lifted >= threshold - self.band) & (lifted < threshold)
        lifted[up] = threshold
        return lifted, cross & (probability < self.veto)

    def to_json(self) -> dict:
        return {"kind": "fact_pairs", "features": list(self.features), "weights": list(self.weights), "bias": self.bias,
                "mean": list(self.mean), "scale": list(self.scale), "veto": self.veto, "lift": self.lift, "band": self.band}

    @classmethod
    def from_json(cls, data: dict) -> "PairJudge":
        features = tuple(data.get("features", ()))
        if not features or any(f not in PAIR_FEATURES for f in features) or len(data["weights"]) != len(features):
            raise ValueError("fact pair judge features do not match this version of newsweave")
        return cls(features, tuple(data["weights"]), float(data["bias"]), tuple(data["mean"]), tuple(data["scale"]),
                   float(data.get("veto", 0.0)), float(data.get("lift", 1.01)), float(data.get("band", 0.1)))


def load_pair_judge() -> PairJudge | None:
    """The shipped judge, or None when it is missing or was made for other features."""
    return shipped_model("fact_pairs.json", PairJudge.from_json)
