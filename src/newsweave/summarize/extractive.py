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

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..types import Citation, Document, Sentence, Summary, SummarySentence
from .features import ClusterFeatures
from .importance import WordImportance, load_default_word_model
from .ranker import SentenceRanker, load_default_ranker
from .citations import CitationSpace, _cite  # noqa: F401  (re-exported: summarize.llm uses them)
from .prepare import _input_warnings, _mark_development, without_furniture  # noqa: F401
from .ordering import reading_order
from .quotations import _quote_blocks
from .coverage import CoverageSelection
from .repeat_veto import REPEAT_BAR, load_repeat_judge
from .casing import is_cased
from .standalone import NEEDS_PREVIOUS, NEVER, STANDS, context_need
from .copy_edges import never_shown
from .cut_excerpts import complete_excerpts, finished
from .lower_copies import lower_copy_context
from .presupposing import presupposing
from .trim import display, trim_leaning
from .opinion_marked import marked_opinion, news_first, opinion_labels
from .copy_support import independent_support, source_groups
from .veto_slot import CASED_BAR
from .short_note import PAGE_TEXT_ONLY, only_page_text, short_note

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
# A candidate repeats a chosen sentence's claim in other words when their static-embedding cosine
# reaches this and it names no person, place or number the summary has not named yet. 0.78 is the
# 99th percentile (0.781) of the cosine between sentences of different articles about one event
# (150 Multi-News train clusters, sentences of 8+ words). The 95th (0.69) was tried first and cost
# 0.46 R-1 on fulltext_dev46 (benchmarks/SUMMARIZATION.md, "Same claim in other words").
CLAIM_COSINE = 0.78
# Coverage selection (tuned on Multi-News dev, benchmarks/SUMMARIZATION.md): weight of a new
# word pair relative to a new word, and of the sentence's standardised ranker score.
PAIR_WEIGHT = 1.0
RANKER_WEIGHT = 0.05


@dataclass
class ExtractiveSummarizer(CoverageSelection):
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
    # Same claim in other words (coverage.py `_same_meaning`): None uses the static embedder when
    # model2vec is installed (distilled on first use, as the fact grouping's `auto` does), so the
    # summary depends on what is installed, never on whether a cache was warm; False turns it off.
    claim_embedder: object | None | bool = None
    claim_cosine: float = CLAIM_COSINE
    # Whole candidate summaries (summary_scorer.py): how many greedy runs, each from another
    # opening, and the model that picks one (None: the plain greedy summary).
    openings: int = 1
    summary_scorer: object | None = None
    # The learned publishability check (publishable.py) as a veto in selection: off by default (no
    # readability gain at any bar tried, twelfth session part 2); "auto" loads the shipped model.
    publishable: object | str | bool = False
    # The same news told again in other words in a lower-cased copy (repeat_veto.py): the facts pair
    # judge's bar against a chosen sentence of another article; 0 turns the veto off.
    repeat_veto: float = REPEAT_BAR
    repeat_judge: object | None = None
    # ... and in a cased article (veto_slot.py, session 18): the judge's bar (CASED_BAR, 0.5), the
    # vetoed summary kept only when all it brings in is fit; 0 turns it off. On by default since the
    # end of session 18: dev readability 727/867 -> 742/871 and two blind A/Bs on 20 unread stories,
    # failures 20 -> 16, preferred 12 to 8; at a ROUGE cost, fulltext_dev46 R-1 -0.18, neus_val100
    # -0.37 (the repeats' words match the reference twice; SUMMARIZATION.md).
    cased_veto: float = CASED_BAR
    citation_min: float = CITATION_MIN
    # News is written top-down: ranking sees only the first `candidate_window` sentences of each
    # article. Measured on Multi-News dev (full-length articles): the long tail adds more noise
    # than content, and the learned ranker was trained on leads (truncated Multi-News sources).
    candidate_window: int | None = 15
    # For evaluation at a fixed word count: let the last sentence run past the budget, so the
    # caller's exact cut fills the budget (as the baselines' outputs are cut).
    fill_budget: bool = False
    # A sentence that leans on its context only through its opening ("But", "When she arrived,")
    # is offered as the part after it, cited at exactly that part (trim.py).
    trim: bool = True
    # ... also when the part opens on a lower-case letter ("But the council voted ..."): the summary
    # shows it with that letter capitalised (trim.display), its citation the exact part.
    trim_lower: bool = True
    method: str = "extractive"
    # Coverage selection looks at most at this many candidates (the best-ranked), so one huge
    # input costs O(steps x max_candidates), not O(steps x sentences).
    max_candidates: int = 2000
    # A copy is no support (copy_support.py, session 17): the cross-document support features count
    # an article and its copies as one source. Off by default: on the dev stories with a copy it
    # changed 4 of 21 summaries (2 better, 2 the same), but in the readability gold it let another
    # outlet's lead repeat the news in neus-val-116 (heldout5 19/20 -> 18/20; SUMMARIZATION.md).
    copy_support: bool = False

    def __post_init__(self) -> None:
        if self.ranker is None:
            self.ranker = load_default_ranker()
        if self.word_model is None:
            self.word_model = load_default_word_model() or False
        if self.claim_embedder is None:
            self.claim_embedder = _installed_static_embedder() or False
        if self.publishable == "auto":
            from .publishable import load_publishable

            self.publishable = load_publishable() or False
        if self.repeat_veto and self.repeat_judge is None:
            self.repeat_judge = load_repeat_judge()
        if self.openings > 1 and self.summary_scorer is None:
            from .summary_scorer import load_default_summary_scorer

            self.summary_scorer = load_default_summary_scorer()

    def rank(self, documents: Sequence[Document], *, sources: dict | None = None) -> tuple[ClusterFeatures, np.ndarray]:
        """Features and a score per sentence (higher is more summary-worthy). `documents` should
        have been through `without_furniture` (summarize does it). `sources`: {article id: the
        original it copies} (`copy_support.source_groups`); None: found here when `copy_support`."""
        if sources is None and self.copy_support:
            sources = source_groups(documents)
        if self.candidate_window is not None:
            documents = [replace(d, sentences=d.sentences[: self.candidate_window]) for d in documents]
        cf = ClusterFeatures.build(tuple(documents))
        independent_support(cf, sources)  # a copy supports nothing its original does not
        cased = [is_cased(d.article.text[:5000]) for d in cf.documents]
        cf.cased = cased
        cf.context = np.array([context_need(s.text, cased[int(k)]) for s, k in zip(cf.sentences, cf.doc_index)], dtype=np.int8)
        cf.context[never_shown(cf)] = NEVER  # cut off by the end of the copy, or a page widget (copy_edges.py)
        never, stands, leans = lower_copy_context(cf)  # the reader as "you", a lead's role that says which, ... (lower_copies.py)
        cf.context[never], cf.context[stands], cf.context[leans] = NEVER, STANDS, NEEDS_PREVIOUS
        cf.context[presupposing(cf)] = NEEDS_PREVIOUS  # "Finally,", "Each conquest", "One of the names" (presupposing.py)
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
            cost = sum(int(cf.budget_words[j]) for j in unit)
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

    def order(self, cf: ClusterFeatures, chosen: list[int]) -> list[int]:
        """Reading order (`ordering.reading_order`)."""
        return reading_order(cf, chosen)

    def citations_for(self, space: "CitationSpace", sentence: Sentence) -> tuple[Citation, ...]:
        """The sentence itself, then the best match in each other article (see CitationSpace)."""
        return space.citations_for(sentence, self.citation_min)

    def arrange(self, cf: ClusterFeatures, selected: list[int], words: int) -> list[int]:
        """The selection in reading order. With fill_budget the sentences past the budget are only
        there to be cut at exactly `words` words: they follow the summary proper instead of being
        ordered into it."""
        within, used = [], 0
        for i in selected:
            if within and used + cf.budget_words[i] > words:
                break
            within.append(i)
            used += cf.budget_words[i]
        rest = selected[len(within) :]
        if rest and len(within) > 1 and self._follows(cf, within[-1], rest[0]):
            within.pop()  # keep a dangling sentence's unit together
        return self.order(cf, within) + selected[len(within) :]

    def summarize(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> Summary:
        """Summarize `documents` in about `words` words; every sentence is cited."""
        # copies found on the articles as given (copy_support.py; the analysis reuses the result)
        sources = (source_groups(documents) or {}) if self.copy_support else {}
        # a one-sentence excerpt cut off by its copy: its complete clause, not dropped (cut_excerpts.py)
        documents, completed = complete_excerpts(documents)
        given = sum(len(d.sentences) for d in documents)
        documents = without_furniture(documents)
        stripped = given - sum(len(d.sentences) for d in documents)  # page furniture, for short_note
        if self.trim:
            whole = {(s.article_id, s.index): s.start for d in documents for s in d.sentences}
            documents = trim_leaning(documents, self.trim_lower)
        cf, scores = self.rank(documents, sources=sources)
        if not cf.sentences:
            return Summary(story_id, self.method, (), ("no sentences to summarize",))
        warnings = _input_warnings(cf)
        selected = self.select(cf, scores, words)
        selected = marked_opinion(self, cf, scores, selected, words)  # room left: an opinion piece's view, marked
        if not selected:
            # Nothing passed the rules (every candidate a quotation of someone never introduced,
            # say): the best-ranked sentence that stands alone, else the best-ranked one, with a note.
            # Never a sentence the rules left out (a judgment in an opinion piece's voice: neus-val-228,
            # where every article argues): with nothing else, the summary is empty and says why.
            usable = [i for i in range(len(cf.sentences)) if i not in cf.excluded]
            stands = [i for i in usable if cf.context[i] == STANDS and cf.word_counts[i] > 0]
            pool = stands or usable
            if not pool:
                return Summary(story_id, self.method, (), warnings + ("every sentence of these articles argues an opinion piece's case; none is stated as fact",))
            selected = [max(pool, key=lambda i: scores[i])]
            if not stands:
                warnings = warnings + ("no sentence of these articles stands alone; the summary may need context",)
        if only_page_text(cf, selected, words, stripped, documents):  # a widget is no summary (short_note.py)
            return Summary(story_id, self.method, (), warnings + (PAGE_TEXT_ONLY,))
        note = short_note(cf, selected, words, max(stripped, 0))  # far under the budget: say why (short_note.py)
        warnings = warnings + ((note,) if note else ())
        opinion_of = opinion_labels(cf, selected)  # sentences of opinion pieces: shown marked, after the news
        chosen = news_first(self.arrange(cf, selected, words), opinion_of)
        space = CitationSpace(tuple(documents))
        sentences = tuple(
            SummarySentence(text=finished(self._shown(cf.sentences[i], whole if self.trim else None), cf.sentences[i], completed), citations=self.citations_for(space, cf.sentences[i]), support="extracted", opinion_of=opinion_of.get(i))
            for i in chosen
        )
        return Summary(story_id, self.method, sentences, warnings)


    @staticmethod
    def _shown(sentence: Sentence, whole: dict | None) -> str:
        """The sentence as the summary shows it: one opening in lower case gets its first letter
        capitalised (trim.display: a part trimmed by trim.py or by text.furniture, a dateline or a
        credit dropped, or a lower-cased copy's sentence); the words are exactly as cited. Session 12:
        every extracted sentence, not only trim.py's parts."""
        return display(sentence.text)


def _installed_static_embedder():
    """The static embedder when it is installed (or can be distilled here), else None."""
    from ..embed.static import StaticEmbedder, static_available

    return StaticEmbedder() if static_available() else None
