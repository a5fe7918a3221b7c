"""Multi-document extractive summarizer: rank, select without repetition, order, cite.

1. `ClusterFeatures` gives every sentence a feature row (centrality, cross-outlet support,
   position, length, boilerplate, ...).
2. A `SentenceRanker` turns rows into scores: a learned model shipped with the package when
   present (`newsweave/data/ranker.json`, trained by `benchmarks/train_ranker.py`), otherwise
   hand-set weights.
3. A `WordImportance` model (`importance.py`, `newsweave/data/word_model.json`) estimates how
   likely each word of the cluster is to be in a human summary of it.
4. Greedy selection under the word budget picks, each time, the sentence that adds the most
   not-yet-covered important words and word pairs per word of length, nudged by its ranker score.
   Sentences too similar to one already chosen, or that mostly restate one, are skipped (a short
   restatement chosen earlier gives its place up to the fuller sentence), and a dangling sentence
   ("He later said ...") is never chosen without the sentence before it. Without a word model,
   selection is by ranker score with the same redundancy rule (maximal marginal relevance).
5. Chosen sentences are ordered for reading: by relative position in their articles, keeping a
   dangling sentence right after its referent.
6. Each summary sentence cites its own source sentence first, then the best-matching sentence
   from every other article that says the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..text.tokens import content_terms
from ..types import Citation, Document, Sentence, Summary, SummarySentence
from .features import FEATURE_NAMES, ClusterFeatures
from .importance import WordImportance, load_default_word_model, sentence_terms, standardise
from .ranker import SentenceRanker, load_default_ranker
from .citations import CitationSpace, _cite  # noqa: F401  (re-exported: summarize.llm uses them)
from .prepare import _input_warnings, _mark_development, without_furniture  # noqa: F401
from .ordering import reading_order
from .quotations import _quote_blocks, _quote_fragment
from .standalone import NEEDS_PREVIOUS, NEVER, STANDS, bare_speaker, bare_subject, context_need, is_cased, supplies_person, surnames

# Two sentences whose TF-IDF cosine passes this say the same thing (redundancy and citations).
REDUNDANCY = 0.4
# Coverage selection also treats a sentence as a repeat when most of its distinct words (this
# share) are inside one other chosen sentence: a short restatement ("Fourteen people were injured
# in the collapse, according to the ambulance service.") has cosine under REDUNDANCY with the long
# sentence it repeats. Such a sentence is not chosen after the long one, and gives its place up
# when the long one is chosen after it. On Multi-News dev (benchmarks/SUMMARIZATION.md) this moves
# R-1 by +0.10 on fulltext_dev46, -0.16 on val100 and 0 on NeuS; 0.5 costs more on val100.
CONTAINMENT = 0.6
CITATION_MIN = 0.45
# Coverage selection (tuned on Multi-News dev, benchmarks/SUMMARIZATION.md): weight of a new
# word pair relative to a new word, and of the sentence's standardised ranker score.
PAIR_WEIGHT = 1.0
RANKER_WEIGHT = 0.05


@dataclass
class ExtractiveSummarizer:
    """The default `Summarizer`. `ranker` may be swapped for any object with `score(features)`."""

    ranker: SentenceRanker | None = None
    # None: load the shipped model; False: select by ranker score alone.
    word_model: WordImportance | None | bool = None
    pair_weight: float = PAIR_WEIGHT
    ranker_weight: float = RANKER_WEIGHT
    min_words: int = 6  # coverage selection: shorter sentences and questions only if nothing else
    redundancy: float = REDUNDANCY
    containment: float = CONTAINMENT
    same_claim: float = 0.5
    citation_min: float = CITATION_MIN
    # News is written top-down: ranking sees only the first `candidate_window` sentences of each
    # article. Measured on Multi-News dev (full-length articles): the long tail adds more noise
    # than content, and the learned ranker was trained on leads (truncated Multi-News sources).
    candidate_window: int | None = 15
    # For evaluation at a fixed word count: let the last sentence run past the budget, so the
    # caller's exact cut fills the budget (as the baselines' outputs are cut).
    fill_budget: bool = False
    method: str = "extractive"
    # Coverage selection looks at most at this many candidates (the best-ranked), so one huge
    # input costs O(steps x max_candidates), not O(steps x sentences).
    max_candidates: int = 2000

    def __post_init__(self) -> None:
        if self.ranker is None:
            self.ranker = load_default_ranker()
        if self.word_model is None:
            self.word_model = load_default_word_model() or False

    def rank(self, documents: Sequence[Document]) -> tuple[ClusterFeatures, np.ndarray]:
        """Features and a score per sentence (higher is more summary-worthy). `documents` should
        have been through `without_furniture` (summarize does it)."""
        if self.candidate_window is not None:
            documents = [replace(d, sentences=d.sentences[: self.candidate_window]) for d in documents]
        cf = ClusterFeatures.build(tuple(documents))
        cased = [is_cased(d.article.text[:5000]) for d in cf.documents]
        cf.cased = cased
        cf.context = np.array([context_need(s.text, cased[int(k)]) for s, k in zip(cf.sentences, cf.doc_index)], dtype=np.int8)
        _mark_development(cf)
        cf.blocks = _quote_blocks(cf, cased)
        scores = self.ranker.score(cf.features) if len(cf.sentences) else np.zeros(0)
        return cf, scores

    def select(self, cf: ClusterFeatures, scores: np.ndarray, words: int) -> list[int]:
        """Indices of chosen sentences in the order chosen, within `words` words (at least one
        sentence; with `fill_budget`, the last may run over)."""
        if self.word_model:
            return self._select_by_coverage(cf, scores, words)
        return self._select_by_score(cf, scores, words)

    def _candidates(self, cf: ClusterFeatures) -> list[int]:
        # Site chrome, captions and calls to action never enter a summary while anything else can.
        # Nor do short pieces of a quote that runs over several sentences: out of context they
        # have no speaker.
        # A sentence that no neighbour makes publishable (a colon lead-in, a piece of a quotation,
        # an orphan attribution) is never chosen; one that leans on the sentence before it only
        # with that sentence, when that one stands alone.
        junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
        usable = [i for i in range(len(cf.sentences)) if cf.word_counts[i] > 0]
        position_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
        standalone = []
        for i in usable:
            if i in cf.excluded:
                continue
            need = cf.context[i]
            if i in cf.blocks:  # the end of a quotation over several sentences, shown whole
                if cf.blocks[i][1] and not any(junk[j] or j in cf.excluded for j in cf.blocks[i][0]):
                    standalone.append(i)
                continue
            if need == NEVER:
                continue
            if need == NEEDS_PREVIOUS:
                chain = self._chain(cf, i, position_of)
                if not chain or any(junk[j] or j in cf.excluded for j in chain[:-1]):
                    continue
                if not supplies_person(" ".join(cf.sentences[j].text for j in chain[:-1]), cf.sentences[i].text):
                    continue
            standalone.append(i)
        clean = [i for i in standalone if not junk[i] and (i in cf.blocks or not _quote_fragment(cf.sentences[i].text, int(cf.word_counts[i])))]
        return clean or standalone or usable

    def _fill_candidates(self, cf: ClusterFeatures, chosen: list[int], position_of: dict) -> list[int]:
        """Leaning sentences with a chain of antecedents longer than the usual 3 (at most
        FILL_CHAIN), rooted in a sentence that stands alone: only for filling the budget."""
        junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
        out = []
        for i in range(len(cf.sentences)):
            if i in chosen or cf.context[i] != NEEDS_PREVIOUS or i in cf.blocks or i in cf.excluded or junk[i]:
                continue
            if cf.word_counts[i] < self.min_words or _quote_fragment(cf.sentences[i].text, int(cf.word_counts[i])):
                continue
            chain = self._chain(cf, i, position_of, FILL_CHAIN)
            if len(chain) <= 3 or any(junk[j] or j in cf.excluded for j in chain):
                continue
            if supplies_person(" ".join(cf.sentences[j].text for j in chain[:-1]), cf.sentences[i].text):
                out.append(i)
        return out

    def _unit(self, cf: ClusterFeatures, i: int, chosen: list[int], position_of: dict, longest: int = 3) -> list[int]:
        """`i`, preceded by the sentence before it when `i` dangles and that one is not chosen, or
        by the rest of its quotation when `i` ends one that runs over several sentences."""
        if i in cf.blocks:
            return [j for j in cf.blocks[i][0] if j not in chosen]
        if cf.context[i] == NEEDS_PREVIOUS and cf.sentences[i].index > 0:
            chain = self._chain(cf, i, position_of, longest)
            if chain:
                return [j for j in chain[:-1] if j not in chosen] + [i]
        return [i]

    @staticmethod
    def _chain(cf: ClusterFeatures, i: int, position_of: dict, longest: int = 3) -> list[int]:
        """`i` and the sentences before it in its article back to the nearest one that stands
        alone (at most `longest` sentences in all), or [] when there is none that close."""
        chain = [i]
        while len(chain) < longest:
            s = cf.sentences[chain[0]]
            prev = position_of.get((s.article_id, s.index - 1))
            if prev is None or prev in cf.blocks or cf.context[prev] == NEVER:
                return []
            chain.insert(0, prev)
            if cf.context[prev] == STANDS:
                return chain
        return []

    def _select_by_coverage(self, cf: ClusterFeatures, scores: np.ndarray, words: int) -> list[int]:
        terms = [sentence_terms(s.text) for s in cf.sentences]
        term_sets = [set(t) for t in terms]
        content_sets = [set(content_terms(s.text)) for s in cf.sentences]
        weight = self.word_model.weights(
            terms, [int(k) for k in cf.doc_index], [s.index for s in cf.sentences], [len(d.sentences) for d in cf.documents], scores
        )
        z = standardise(scores)
        position_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
        candidates = self._candidates(cf)
        if len(candidates) > self.max_candidates:  # a huge input: only the best-ranked compete
            candidates = sorted(sorted(candidates, key=lambda i: -scores[i])[: self.max_candidates])
        # Coverage per word of length favours short sentences: fragments ("Play Facebook") and
        # rhetorical questions are left out unless the cluster has nothing else.
        q = FEATURE_NAMES.index("question")
        statements = [i for i in candidates if cf.word_counts[i] >= self.min_words and not cf.features[i, q]]
        candidates = statements or candidates
        # Words written in lower case somewhere in the cluster are not names; punctuation and a
        # possessive are stripped ("shkreli's," in a lower-cased copy is the same word as "Shkreli").
        common = {w for s in cf.sentences for w in s.text.split() if w.islower()}
        common |= {_POSSESSIVE.sub("", w.strip(_PUNCT)) for w in common}
        names = surnames([d.article.text[:20000] for d in cf.documents])
        speakers = {i: bare_speaker(s.text) or bare_subject(s.text, common, names) for i, s in enumerate(cf.sentences)}
        covered: set[str] = set()
        covered_pairs: set[tuple[str, str]] = set()
        chosen: list[int] = []
        used = 0

        def value(unit: list[int]) -> float:
            new_terms = {t for j in unit for t in terms[j]} - covered
            gain = sum(weight.get(t, 0.0) for t in new_terms)
            if self.pair_weight:
                pairs = {p for j in unit for p in zip(terms[j], terms[j][1:])} - covered_pairs
                gain += self.pair_weight * sum(weight.get(a, 0.0) * weight.get(b, 0.0) for a, b in pairs)
            length = sum(len(terms[j]) for j in unit)
            return gain / length + self.ranker_weight * float(z[unit[-1]])

        longest = 3
        while used < words:
            if not candidates:
                if longest > 3:
                    break
                # The sentences that stand alone ran out under the budget (short, truncated
                # sources): a leaning sentence whose antecedents go further back is shown with all
                # of them (up to FILL_CHAIN sentences), rather than the summary stopping short.
                longest = FILL_CHAIN
                candidates = self._fill_candidates(cf, chosen, position_of)
                continue
            best, best_value, best_unit = -1, -np.inf, [0]
            # The summary opens with the latest development when the articles span one.
            pool = [i for i in candidates if i in cf.lead_pool] if not chosen and cf.lead_pool else []
            for i in pool or candidates:
                if i in chosen:
                    continue
                unit = self._unit(cf, i, chosen, position_of, longest)
                # a quotation attributed to a bare surname waits until that person is introduced
                if any(
                    speakers.get(u) and not any(self._introduces(cf, j, speakers[u]) for j in chosen + unit[:k])
                    for k, u in enumerate(unit)
                ):
                    continue
                v = value(unit)
                if v > best_value:
                    best, best_value, best_unit = i, v, unit
            if best < 0:  # only quotations of people not yet introduced are left
                candidates = []
                continue
            candidates.remove(best)
            cost = sum(int(cf.word_counts[j]) for j in best_unit)
            if any(
                self._redundant(cf, j, chosen) or self._contained(term_sets, j, chosen) or self._same_claim(content_sets, j, chosen)
                for j in best_unit
            ):
                continue
            if not chosen and cost > words * 1.6 and candidates:
                continue  # a monster sentence should not be the whole summary
            if chosen and used + cost > words and not self.fill_budget:
                if used >= words * 0.95:
                    break
                continue
            # A shorter sentence chosen earlier that this one restates gives its place up.
            restated = [
                j for j in chosen
                if self._contained(term_sets, j, best_unit) and not any(self._follows(cf, j, k) for k in chosen)
            ]
            for j in restated:
                chosen.remove(j)
                used -= int(cf.word_counts[j])
            chosen.extend(j for j in best_unit if j not in chosen)
            used += cost
            if restated:
                covered = {t for j in chosen for t in terms[j]}
                covered_pairs = {p for j in chosen for p in zip(terms[j], terms[j][1:])}
            for j in best_unit:
                covered.update(terms[j])
                covered_pairs.update(zip(terms[j], terms[j][1:]))
        return chosen

    def _select_by_score(self, cf: ClusterFeatures, scores: np.ndarray, words: int) -> list[int]:
        candidates = set(self._candidates(cf))
        order = [int(i) for i in np.argsort(-scores, kind="stable") if int(i) in candidates]
        chosen: list[int] = []
        used = 0
        position_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
        for i in order:
            if i in chosen:
                continue
            unit = self._unit(cf, i, chosen, position_of)
            cost = sum(int(cf.word_counts[j]) for j in unit)
            if chosen and used + cost > words:
                if self.fill_budget and not any(self._redundant(cf, j, chosen) for j in unit):
                    chosen.extend(j for j in unit if j not in chosen)
                    break
                if used >= words * 0.95:
                    break
                continue
            if not chosen and cost > words * 1.6 and len(order) > 1:
                continue  # a monster sentence should not be the whole summary
            if any(self._redundant(cf, j, chosen) for j in unit):
                continue
            chosen.extend(j for j in unit if j not in chosen)
            used += cost
        return chosen

    @staticmethod
    def _introduces(cf: ClusterFeatures, j: int, name: str) -> bool:
        """Does sentence `j` name `name`? In an article whose proper nouns were lower-cased (the
        truncated Multi-News copies: "republican susan collins") the name is looked for in lower
        case too: missing capitals must not keep an introduced person's quotation out."""
        text = cf.sentences[j].text
        if name in text:
            return True
        return not cf.cased[int(cf.doc_index[j])] and re.search(r"\b" + re.escape(name.lower()) + r"\b", text) is not None

    def _follows(self, cf: ClusterFeatures, prev: int, i: int) -> bool:
        """Is `i` a dangling sentence directly after `prev` in the same article?"""
        a, b = cf.sentences[prev], cf.sentences[i]
        return bool(cf.context[i] == NEEDS_PREVIOUS) and a.article_id == b.article_id and a.index + 1 == b.index

    def _redundant(self, cf: ClusterFeatures, i: int, chosen: list[int]) -> bool:
        if not chosen:
            return False
        # Straight from the CSR arrays: scipy's row indexing per check was most of the selection time.
        m = cf.matrix
        idx, dat = m.indices[m.indptr[i] : m.indptr[i + 1]], m.data[m.indptr[i] : m.indptr[i + 1]]
        if not len(idx):
            return False
        dense = cf.__dict__.setdefault("_dense_rows", {})
        for j in chosen:
            row = dense.get(j)
            if row is None:
                row = dense[j] = np.zeros(m.shape[1])
                row[m.indices[m.indptr[j] : m.indptr[j + 1]]] = m.data[m.indptr[j] : m.indptr[j + 1]]
            if float(row[idx] @ dat) >= self.redundancy:
                return True
        return False

    def _same_claim(self, content_sets: list[set[str]], i: int, chosen: list[int]) -> bool:
        """Does `i` repeat a chosen sentence's claim: most of its content words (stop words left
        out, `same_claim` share) inside that one sentence ("Thirty-five percent of the staff are
        people of color" after the fuller sentence with the same figure)?"""
        words = content_sets[i]
        return len(words) >= 3 and any(len(words & content_sets[j]) >= self.same_claim * len(words) for j in chosen)

    def _contained(self, term_sets: list[set[str]], i: int, chosen: list[int]) -> bool:
        """Are most of `i`'s distinct words inside one chosen sentence (a restatement)?"""
        words = term_sets[i]
        return bool(words) and any(len(words & term_sets[j]) >= self.containment * len(words) for j in chosen)

    def order(self, cf: ClusterFeatures, chosen: list[int]) -> list[int]:
        """Reading order (`ordering.reading_order`)."""
        return reading_order(cf, chosen)

    def citations_for(self, space: "CitationSpace", sentence: Sentence) -> tuple[Citation, ...]:
        """The sentence itself, then the best match in each other article (see CitationSpace)."""
        return space.citations_for(sentence, self.citation_min)

    def summarize(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> Summary:
        """Summarize `documents` in about `words` words; every sentence is cited."""
        documents = without_furniture(documents)
        cf, scores = self.rank(documents)
        if not cf.sentences:
            return Summary(story_id, self.method, (), ("no sentences to summarize",))
        warnings = _input_warnings(cf)
        selected = self.select(cf, scores, words)
        if not selected:
            # Nothing passed the rules (every candidate a quotation of someone never introduced,
            # say): the best-ranked sentence that stands alone, else the best-ranked one, with a note.
            stands = [i for i in range(len(cf.sentences)) if cf.context[i] == STANDS and cf.word_counts[i] > 0]
            pool = stands or list(range(len(cf.sentences)))
            selected = [max(pool, key=lambda i: scores[i])]
            if not stands:
                warnings = warnings + ("no sentence of these articles stands alone; the summary may need context",)
        # With fill_budget the sentences past the budget are only there to be cut at exactly
        # `words` words: they follow the summary proper instead of being ordered into it.
        within, used = [], 0
        for i in selected:
            if within and used + cf.word_counts[i] > words:
                break
            within.append(i)
            used += cf.word_counts[i]
        rest = selected[len(within) :]
        if rest and len(within) > 1 and self._follows(cf, within[-1], rest[0]):
            within.pop()  # keep a dangling sentence's unit together
        chosen = self.order(cf, within) + selected[len(within) :]
        space = CitationSpace(tuple(documents))
        sentences = tuple(
            SummarySentence(text=cf.sentences[i].text, citations=self.citations_for(space, cf.sentences[i]), support="extracted")
            for i in chosen
        )
        return Summary(story_id, self.method, sentences, warnings)


_PUNCT = "\"'“”‘’()[],.;:!?"
_POSSESSIVE = re.compile(r"['’]s$")
# When the sentences that stand alone (with at most 2 antecedents) do not fill the budget, a
# leaning sentence may be shown with up to this many sentences in all (set by reading, not tuned).
FILL_CHAIN = 5
