"""Issue 12, session 8: ideas for the under-grouped facts (paraphrases left "unique"), measured.

    nice -n 5 .venv/bin/python benchmarks/facts_band_ideas.py            # grouping: every idea on the five gold sets + Corbyn
    nice -n 5 .venv/bin/python benchmarks/facts_band_ideas.py --train    # pair ranking on the hand-judged TRAIN pairs
                                                                         # (gold/facts_pairs_train.jsonl, then facts_pairs_train_b.jsonl)

Every idea is a second route into a fact for a pair of sentences of different articles whose
default similarity (`StaticSimilarity`, bar 0.35) sits just under the bar, where most same-claim
gold pairs are (benchmarks/ANALYSIS.md): the pair is lifted to the bar, or its similarity raised,
and the rest is the shipped grouping (`facts.group_sentences`: agreement check, core groups,
support pass; `facts.facts_from_groups`). So each row differs from the default only by the idea.

- `figures`: the two sentences share a specific figure ("52-48", "$1.9 trillion", "943,000"; not a
  year, not a lone digit) and static >= 0.25. Figures that disagree still block the pair.
- `subject+predicate` (structure): spaCy parse of each core; the main clause's subject nouns and
  its main verb lemma (the complement's verb under "X said ..."; be/have/say/do/... ignored)
  both shared, static >= 0.28; a pronoun subject ("He denied it") takes the previous
  sentence's subject nouns (context).
- `context`: a sentence that opens with a pronoun or a definite reference ("He", "The company",
  "But") also carries the names of the previous sentence of its article in its TF-IDF terms;
  similarity = max(default, that).
- `lead prior`: +0.05 when both sentences are among the first two fact sentences of their articles.
- `clause max`: the TF-IDF cosine of the best pair of clauses (cut at commas, quotes and
  subordinators) instead of the whole sentences, when higher.

Scoring is `analysis_conflicts_facts.py`'s (status accuracy per gold set, pair precision/recall;
Corbyn pair precision on `gold/facts_pairs_corbyn.jsonl`). Fact sentences are segmented with the
RuleSegmenter as there, so the `default` row equals that benchmark's figures for the tree.
No article text is written anywhere but stdout.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from newsweave.analyze.fact_similarity import StaticSimilarity, core_text, fact_terms  # noqa: E402
from newsweave.text.tfidf import TfidfSpace  # noqa: E402
from newsweave.text.tokens import content_terms, stem  # noqa: E402

BAR = 0.35
_FIGURE = re.compile(r"(?<![\w.])[$£€]?\d[\d,.]*\d(?:-\d+)?%?|(?<![\w.])[$£€]\d%?|\d+%")
_ANAPHOR = re.compile(r"^\W*(?:he|she|they|it|his|her|their|its|this|that|these|those|the\s+\w+|but|however|also|meanwhile|still|yet|and|mr|mrs|ms)\b", re.I)
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "He", "She", "They", "It", "But", "And", "This", "That", "Mr", "Mrs", "Ms", "Dr"}
_LIGHT_VERBS = {"be", "have", "say", "do", "tell", "make", "get", "go", "come"}
_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we"}
_CLAUSE = re.compile(r"[,;:—–\"“”]|\b(?:which|who|that|after|before|because|while|when|as|but|and)\b", re.I)


def figures(text: str) -> set[str]:
    out = set()
    for m in _FIGURE.finditer(core_text(text)):
        t = m.group(0).rstrip(".,")
        if re.fullmatch(r"(19|20)\d\d", t) or (len(re.sub(r"\D", "", t)) < 2 and not re.search(r"[$£€%]", t)):
            continue
        out.add(t.replace(",", ""))
    return out


def _layout(sentences):
    """doc index and position (k-th fact sentence of its article) of each sentence."""
    docs: dict[str, int] = {}
    doc_of = [docs.setdefault(s.article_id, len(docs)) for s in sentences]
    seen: dict[int, int] = {}
    position = []
    for d in doc_of:
        position.append(seen.get(d, 0))
        seen[d] = position[-1] + 1
    return np.array(doc_of), np.array(position)


def _frames(sentences):
    """(subject stems, main predicate lemmas) per sentence; a pronoun subject adds the previous
    sentence's subject stems (same article)."""
    from newsweave.analyze.claim_scorer import _reporting_stems
    from newsweave.analyze.entities import shared_nlp
    from newsweave.analyze.parsing import parse_texts

    reporting = _reporting_stems()
    raw = []
    for doc in parse_texts(shared_nlp(None), [core_text(s.text) for s in sentences]):
        subj, pred, pron = set(), set(), False
        for sent in doc.sents:
            root = sent.root
            for v in [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
                comps = [c for c in v.children if c.dep_ == "ccomp"]
                for w in comps if stem(v.text.lower()) in reporting and comps else [v]:
                    pred.add(stem(w.lemma_.lower()))
                    for ch in w.children:
                        if ch.dep_ in ("nsubj", "nsubjpass"):
                            pron = pron or ch.text.lower() in _PRONOUNS
                            subj.update(stem(t.text.lower()) for t in ch.subtree if t.pos_ in ("PROPN", "NOUN", "NUM"))
        raw.append((subj, pred - _LIGHT_VERBS, pron))
    out = []
    for i, (subj, pred, pron) in enumerate(raw):
        if pron and i > 0 and sentences[i - 1].article_id == sentences[i].article_id:
            subj = subj | raw[i - 1][0]
        out.append((subj, pred))
    return out


class Idea:
    """The default static similarity, changed by one idea (`kind`); named "static" so that the
    grouping uses the default bar."""

    name = "static"

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.static = StaticSimilarity()

    def matrix(self, sentences) -> np.ndarray:
        base = np.asarray(self.static.matrix(sentences), dtype=float)
        doc_of, position = _layout(sentences)
        cross = doc_of[:, None] != doc_of[None, :]
        if self.kind == "default":
            return base
        if self.kind == "lead prior":
            return base + 0.05 * (cross & (position[:, None] <= 1) & (position[None, :] <= 1))
        if self.kind in ("context", "clause max"):
            lexical = self._context_lexical(sentences) if self.kind == "context" else self._clause_lexical(sentences)
            emb = np.clip(self._vectors(sentences) @ self._vectors(sentences).T, 0.0, 1.0)
            w = self.static.lexical_weight
            return np.maximum(base, w * lexical + (1 - w) * emb)
        out = base.copy()
        if self.kind == "figures":
            figs = [figures(s.text) for s in sentences]
            lift = lambda i, j: base[i, j] >= 0.25 and bool(figs[i] & figs[j])  # noqa: E731
        elif self.kind == "subject+predicate":
            fr = _frames(sentences)
            lift = lambda i, j: base[i, j] >= 0.28 and bool(fr[i][0] & fr[j][0]) and bool(fr[i][1] & fr[j][1])  # noqa: E731
        else:
            raise ValueError(self.kind)
        for i, j in np.argwhere(np.triu(cross & (base < BAR), 1)).tolist():
            if lift(i, j):
                out[i, j] = out[j, i] = BAR
        return out

    def _vectors(self, sentences):
        return np.asarray(self.static._embed([core_text(s.text) for s in sentences]), dtype=float)

    @staticmethod
    def _context_lexical(sentences) -> np.ndarray:
        lists = []
        for i, s in enumerate(sentences):
            terms = fact_terms(s.text)
            if i > 0 and sentences[i - 1].article_id == s.article_id and _ANAPHOR.match(s.text):
                names = [t for t in re.findall(r"\b[A-Z][\w'’-]+", core_text(sentences[i - 1].text)) if t not in _NOT_NAMES]
                terms = terms + [t for t in content_terms(" ".join(names)) if t not in terms]
            lists.append(terms)
        space = TfidfSpace.fit(lists)
        return np.asarray((space.matrix @ space.matrix.T).toarray(), dtype=float)

    @staticmethod
    def _clause_lexical(sentences) -> np.ndarray:
        space = TfidfSpace.fit([fact_terms(s.text) for s in sentences])
        vecs = []
        for s in sentences:
            parts = [p for p in _CLAUSE.split(core_text(s.text)) if len(p.split()) >= 4] or [core_text(s.text)]
            rows = [r for r in (space.query(fact_terms(p)) for p in parts) if r is not None]
            vecs.append(np.vstack(rows) if rows else None)
        n = len(vecs)
        m = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                if vecs[i] is not None and vecs[j] is not None:
                    m[i, j] = m[j, i] = float((vecs[i] @ vecs[j].T).max())
        return m


IDEAS = ("default", "figures", "subject+predicate", "context", "lead prior", "clause max")


def _stories():
    """(cluster id, documents, span function) for every fact-gold cluster and the Corbyn example."""
    import analysis_conflicts_facts as B
    from newsweave.api import read
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    clusters, seg = B.load_clusters(), RuleSegmenter()
    wanted = {json.loads(line)["cluster"] for f in B.FACT_GOLDS for line in open(B.GOLD / f)}
    for cid in [c for c in clusters if c in wanted]:
        arts = [Article(id=f"{cid}:{k}", outlet=f"outlet {k}", text=t) for k, t in clusters[cid]["docs"] if t.strip()]
        docs = tuple(d for d in (seg.split(a) for a in arts) if d.sentences)
        yield cid, docs, lambda c: {"doc": int(c.article_id.rsplit(":", 1)[1]), "start": c.start, "end": c.end}
    files = sorted(B.EXAMPLE.glob("*.txt"))
    raw = [p.read_text(encoding="utf-8") for p in files]
    arts = read([str(B.EXAMPLE)]).articles
    key = {a.id: next(i for i, p in enumerate(files) if a.source and a.source.endswith(p.name)) for a in arts}
    docs = tuple(d for d in (seg.split(a) for a in arts) if d.sentences)
    text_of = {d.article.id: d.article.text for d in docs}

    def corbyn_span(c):
        k = key[c.article_id]
        cited = text_of[c.article_id][c.start:c.end]
        start = c.start if raw[k][c.start:c.end] == cited else raw[k].find(cited[:60])
        if start < 0:
            m = re.search(r"\s+".join(map(re.escape, cited.split())), raw[k])
            if m:
                return {"doc": k, "start": m.start(), "end": m.end()}
        return {"doc": k, "start": start, "end": start + len(cited)}

    yield "corbyn", docs, corbyn_span


def grouping() -> None:
    import analysis_conflicts_facts as B
    from newsweave.analyze.corroboration import SourceMap
    from newsweave.analyze.derivation import find_derivations
    from newsweave.analyze.facts import facts_from_groups, group_sentences

    stories = list(_stories())
    sources = {cid: SourceMap.build((d.article for d in docs), find_derivations(docs)) for cid, docs, _ in stories}
    gold = {f: [json.loads(line) for line in open(B.GOLD / f)] for f in B.FACT_GOLDS}
    long_pairs = [json.loads(line) for line in open(B.GOLD / "facts_pairs_corbyn.jsonl")]
    print("| idea | " + " | ".join(f.replace(".jsonl", "") for f in B.FACT_GOLDS) + " | held-out b-e | pairs b-e (precision / recall) | Corbyn pair precision (found, largest) |")
    print("|---|" + "---|" * (len(B.FACT_GOLDS) + 3))
    for kind in IDEAS:
        sim = Idea(kind)
        results = {}
        for cid, docs, span in stories:
            fg = group_sentences(docs, threshold=BAR, similarity=sim)
            facts = facts_from_groups(docs, fg, sources=sources[cid])
            results[cid] = {"facts": [{"status": f.status, "cites": [span(c) for c in f.citations]} for f in facts]}
        scores = [B.score_facts(results, gold[f]) for f in B.FACT_GOLDS]
        held = [scores[B.FACT_GOLDS.index(f)] for f in B.HELD_OUT]
        tp, fp, fn = (sum(s[k] for s in held) for k in ("pair_tp", "pair_fp", "pair_fn"))
        lp = B.score_long_pairs(results, long_pairs)
        print(f"| {kind} | " + " | ".join(f"{s['accuracy']:.3f} ({s['right']})" for s in scores)
              + f" | {sum(s['right'] for s in held)}/{sum(s['total'] for s in held)} | {tp}/{tp + fp} / {tp}/{tp + fn}"
              + f" | {lp['precision']:.2f} ({lp['same']}/{lp['judged']}; {lp['found']}/{lp['true']}, {lp['largest']}) |", flush=True)


def train_pairs(path: Path) -> None:
    """ROC AUC of single cues on hand-judged TRAIN pairs (`gold/facts_pairs_train.jsonl`: 200 pairs
    drawn in the old band; `facts_pairs_train_b.jsonl`: 150 pairs drawn inside today's band), all
    pairs and those inside today's band (static 0.2-0.35)."""
    from sklearn.metrics import roc_auc_score

    import train_claim_scorer as T
    from newsweave.text.segment import RuleSegmenter

    judged, rows = T.judged_train_pairs(path)
    seg = RuleSegmenter()
    cues = ("default", "context", "clause max", "figures", "subject+predicate", "both leads", "max position")
    vals: dict[str, list[float]] = {c: [] for c in cues}
    ys, band = [], []
    for j in judged:
        sents, a, b = T.pair_in_cluster(j, rows[j["cluster"]], seg)
        if a is None or b is None:
            continue
        base = Idea("default").matrix(sents)
        _, position = _layout(sents)
        vals["default"].append(base[a, b])
        for kind in ("context", "clause max", "figures", "subject+predicate"):
            vals[kind].append(Idea(kind).matrix(sents)[a, b])
        vals["both leads"].append(float(position[a] <= 1 and position[b] <= 1))
        vals["max position"].append(-float(max(position[a], position[b])))
        ys.append(int(j["same"]))
        band.append(0.2 <= base[a, b] < BAR)
    ys, band = np.array(ys), np.array(band)
    print(f"\n{path.name}: {len(ys)} pairs ({ys.sum()} same claim); inside the band (static 0.2-0.35): {band.sum()} ({ys[band].sum()} same)\n")
    print("| cue | ROC AUC, all | ROC AUC, band | pairs the cue lifts / same claim (band) |")
    print("|---|---|---|---|")
    for c in cues:
        v = np.array(vals[c])
        lifted = band & ((v >= BAR) if c in ("figures", "subject+predicate", "context", "clause max") else (v > 0.5) if c == "both leads" else np.zeros_like(band))
        note = f"{lifted.sum()} / {ys[lifted].sum()}" if c not in ("default", "max position") else ""
        print(f"| {c} | {roc_auc_score(ys, v):.3f} | {roc_auc_score(ys[band], v[band]):.3f} | {note} |")


if __name__ == "__main__":
    if "--train" in sys.argv:
        for name in ("facts_pairs_train.jsonl", "facts_pairs_train_b.jsonl"):
            train_pairs(ROOT / "benchmarks" / "gold" / name)
    else:
        grouping()
