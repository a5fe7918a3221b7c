"""Selection by coverage: which sentences an extractive summary takes, under the stand-alone rules.

`CoverageSelection` is mixed into `ExtractiveSummarizer` (extractive.py, which holds the settings
it reads: `redundancy`, `containment`, `same_claim`, `min_words`, `pair_weight`, `ranker_weight`,
`max_candidates`, `fill_budget`). The greedy picks, each time, the unit (a sentence, with the
sentences it leans on or the rest of its quotation) that adds the most not-yet-covered important
words and word pairs per word of length, nudged by the ranker's score; a repeat of a chosen
sentence is skipped; a quotation of a person not yet introduced waits.
"""

from __future__ import annotations

import re

import numpy as np

from ..text.tokens import content_terms
from .features import FEATURE_NAMES, ClusterFeatures
from .importance import sentence_terms, standardise
from .quotations import _quote_fragment, block_speaker
from .repeats import frame, lower_case_words, names_and_numbers, new_names, restates, words_of
from .antecedents import introduced, summary_references, summary_words
from .lowercase import supplies_person_lowercase
from .stance_voice import leans_on_left_out
from .development import lead_rows, numbers, other_figures, reintroduced, same_event, same_lead
from .bare_names import bare_speaker, bare_subject, surnames
from .standalone import NEEDS_PREVIOUS, NEVER, STANDS, supplies_person
from .publishable import refuse
from .repeat_veto import told_again
from .same_act import close_enough, retold
from .same_figures import restated_numbers
from .veto_slot import VetoSlots
from .fragments import fragment_alone
from .parsed_rows import main_subjects as _main_subjects, main_verbs as _main_verbs, parsed as _parsed


class CoverageSelection:
    """Candidate sentences and the greedy coverage selection (a mixin of ExtractiveSummarizer)."""

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
                if not any(junk[j] or j in cf.excluded for j in cf.blocks[i][0]) and (cf.blocks[i][1] or block_speaker(cf, i, position_of, junk) is not None):
                    standalone.append(i)
                continue
            if need == NEVER:
                continue
            if need == NEEDS_PREVIOUS:
                chain = self._chain(cf, i, position_of)
                if not chain or any(junk[j] or j in cf.excluded for j in chain[:-1]):
                    continue
                if not _supplies(cf, chain):
                    continue
            standalone.append(i)
        clean = [i for i in standalone if not junk[i] and (i in cf.blocks or not _quote_fragment(cf.sentences[i].text, int(cf.word_counts[i])))]
        # never a left-out judgment, nor a sentence leaning on one (its chain would show it: stance_voice.py)
        return clean or standalone or [i for i in usable if i not in cf.excluded and not leans_on_left_out(cf, i, position_of)]

    def _fill_candidates(self, cf: ClusterFeatures, chosen: list[int], position_of: dict) -> list[int]:
        """Leaning sentences with a chain of antecedents longer than the usual 3 (at most
        FILL_CHAIN), rooted in a sentence that stands alone: only for filling the budget."""
        junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
        quoted = {j for run, _ in cf.blocks.values() for j in run}  # pieces of a quotation: only whole
        out = []
        for i in range(len(cf.sentences)):
            if i in chosen or cf.context[i] != NEEDS_PREVIOUS or i in quoted or i in cf.excluded or junk[i]:
                continue
            if cf.word_counts[i] < self.min_words or _quote_fragment(cf.sentences[i].text, int(cf.word_counts[i])):
                continue
            chain = self._chain(cf, i, position_of, FILL_CHAIN)
            if len(chain) <= 3 or any(junk[j] or j in cf.excluded for j in chain):
                continue
            if _supplies(cf, chain):
                out.append(i)
        return out

    def _unit(self, cf: ClusterFeatures, i: int, chosen: list[int], position_of: dict, longest: int = 3) -> list[int]:
        """`i`, preceded by the sentence before it when `i` dangles and that one is not chosen, or
        by the rest of its quotation when `i` ends one that runs over several sentences (and by
        the sentence naming its speaker when the quotation does not)."""
        if i in cf.blocks:
            junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
            lead = block_speaker(cf, i, position_of, junk)
            return [j for j in ([lead] if lead is not None else []) + cf.blocks[i][0] if j not in chosen]
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
        candidates, terms, weight = self.candidate_summaries(cf, scores, words)
        if len(candidates) < 2 or self.summary_scorer is None:
            return candidates[0]
        from .summary_scorer import candidate_features

        x = np.array([candidate_features(cf, scores, terms, weight, c, words, k) for k, c in enumerate(candidates)])
        return candidates[int(np.argmax(self.summary_scorer.score(x)))]

    def candidate_summaries(self, cf: ClusterFeatures, scores: np.ndarray, words: int, k: int | None = None):
        """Whole candidate summaries (lists of sentence indices in the order chosen): the greedy
        one, then the greedy run again from each of the next best openings (up to `openings` in
        all); with the cluster's stemmed terms per sentence and word weights."""
        terms = [sentence_terms(s.text) for s in cf.sentences]
        where = ([int(k) for k in cf.doc_index], [s.index for s in cf.sentences], [len(d.sentences) for d in cf.documents], scores)
        weight = self.word_model.weights(terms, *where)
        pairs = self.word_model.pair_weights(terms, *where, weight)  # None: weighed as products of word weights
        firsts: list[int] = []
        out = [self._greedy(cf, scores, words, terms, weight, None, firsts, pairs)]
        for first in firsts[1 : (k or self.openings)]:
            out.append(self._greedy(cf, scores, words, terms, weight, first, [], pairs))
        return out, terms, weight

    def _greedy(self, cf: ClusterFeatures, scores: np.ndarray, words: int, terms: list[list[str]], weight: dict, first: int | None, firsts: list[int], pair_weight: dict | None = None) -> list[int]:
        """Greedy coverage selection; `first` forces the opening unit; `firsts` receives the
        openings in order of value (when given empty); `pair_weight`: the pair model's bigram
        probabilities (None: a pair weighs the product of its words' weights)."""
        if VetoSlots.wanted(self):  # the cased repeat veto, kept only when what it brings in is fit (veto_slot.py)
            return VetoSlots.checked(self, cf, lambda: self._greedy(cf, scores, words, terms, weight, first, firsts, pair_weight))
        term_sets = [set(t) for t in terms]
        content_sets = [set(content_terms(s.text)) for s in cf.sentences]
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
        common = lower_case_words(s.text for s in cf.sentences)
        names = surnames([d.article.text[:20000] for d in cf.documents])
        speakers = {i: bare_speaker(s.text) or bare_subject(s.text, common, names) for i, s in enumerate(cf.sentences)}
        meaning = self._meaning_vectors(cf, common)
        refs = summary_references(cf)  # definite descriptions that point back (antecedents.py)
        junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
        leads = lead_rows(cf.doc_index, [s.index for s in cf.sentences])  # development.py
        covered: set[str] = set()
        covered_pairs: set[tuple[str, str]] = set()
        chosen: list[int] = []
        used = 0

        def value(unit: list[int]) -> float:
            new_terms = {t for j in unit for t in terms[j]} - covered
            gain = sum(weight.get(t, 0.0) for t in new_terms)
            if self.pair_weight:
                pairs = {p for j in unit for p in zip(terms[j], terms[j][1:])} - covered_pairs
                known = pair_weight is not None  # the pair model's probabilities, else products
                gain += self.pair_weight * (sum(pair_weight.get(p, 0.0) for p in pairs) if known else sum(weight.get(a, 0.0) * weight.get(b, 0.0) for a, b in pairs))
            length = sum(len(terms[j]) for j in unit)
            return gain / length + self.ranker_weight * float(z[unit[-1]])

        longest = 3
        lead_pool = bool(cf.lead_pool)  # off once every lead of the pool waits for an introduction
        deferred: list[int] | None = [] if self.repeat_judge and self.claim_embedder else None  # repeat_veto.py
        slots = VetoSlots.current(self)  # the cased veto, when this greedy run is its (veto_slot.py)
        while used < words:
            if not candidates and deferred:
                candidates, deferred = deferred, None  # nothing else is left: the vetoed repeats come back
                continue
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
            pool = [i for i in candidates if i in cf.lead_pool] if not chosen and lead_pool else []
            if not chosen and first is not None:
                pool = [first]
            opening = []
            said = summary_words([cf.sentences[j].text for j in chosen])
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
                # "the funding measure" waits until the summary has named the measure
                if any(refs[u] and not introduced(refs[u], said | summary_words([cf.sentences[j].text for j in unit[:k]])) for k, u in enumerate(unit)):
                    continue
                v = value(unit)
                if not chosen:
                    opening.append((v, i))
                if v > best_value:
                    best, best_value, best_unit = i, v, unit
            if best < 0 and pool and first is None:
                lead_pool = False  # every lead names someone not yet introduced: open on another sentence
                continue
            if best < 0:  # only quotations of people not yet introduced are left
                if deferred:  # ... and the vetoed repeats, which may introduce them
                    candidates, deferred = candidates + deferred, None
                    continue
                candidates = []
                continue
            if not chosen and not firsts:
                firsts.extend(i for _, i in sorted(opening, reverse=True))
            candidates.remove(best)
            cost = sum(int(cf.budget_words[j]) for j in best_unit)
            if any(
                self._redundant(cf, j, chosen) or self._contained(term_sets, j, chosen) or self._same_claim(content_sets, j, chosen)
                or self._same_meaning(meaning, j, chosen) or self._same_act(meaning, cf, j, chosen)
                or (meaning is not None and fragment_alone(meaning, cf, position_of, j, chosen + best_unit))  # no finite verb, shown alone (fragments.py)
                or (meaning is not None and j not in leads and any(same_event(meaning[0], cf.doc_index, j, k, lambda rows: _main_verbs(meaning, rows), lambda rows: _main_subjects(meaning, rows), meaning[2]) for k in chosen))
                for j in best_unit
            ):
                continue
            if deferred is not None and any(told_again(cf, j, chosen, self.repeat_judge, self.claim_embedder.embed, self.repeat_veto) for j in best_unit):
                deferred.append(best)  # a lower-cased copy telling a chosen sentence's news again waits (repeat_veto.py)
                continue
            if slots is not None and deferred is not None and slots.veto(cf, best, best_unit, chosen):
                deferred.append(best)  # a cased sentence telling it again waits for a fit replacement (veto_slot.py)
                continue
            if self.publishable and refuse(self.publishable, cf, best_unit, chosen, self.claim_embedder):
                continue  # the learned check would not publish it after what is chosen (publishable.py)
            # Another article's lead announcing the news a chosen lead announced (development.py):
            # the fuller of the two stays (the new one replaces a shorter one whose numbers it has;
            # it is left out when it is no longer and adds no number).
            relead = [k for k in chosen if len(best_unit) == 1 and meaning is not None and same_lead(meaning[0], cf.doc_index, leads, best, k, lambda rows: _main_verbs(meaning, rows), lambda rows: _main_subjects(meaning, rows), meaning[2])]
            if len(best_unit) > 1 and meaning is not None and any(same_lead(meaning[0], cf.doc_index, leads, u, k, lambda rows: _main_verbs(meaning, rows), lambda rows: _main_subjects(meaning, rows), meaning[2]) for u in best_unit for k in chosen):
                continue  # a sentence shown with its antecedent, another article's lead re-announcing the news
            if relead:
                texts = [cf.sentences[k].text for k in chosen]
                if cf.word_counts[best] <= max(cf.word_counts[k] for k in relead) and numbers(cf.sentences[best].text) <= set().union(*map(numbers, texts)):
                    continue
                if any(other_figures(cf.sentences[best].text, texts, cf.sentences[k].text) and same_lead(meaning[0], cf.doc_index, leads, best, k, lambda rows: _main_verbs(meaning, rows)) for k in relead):
                    continue  # the same act (a main verb in common) with another figure: the first stays
                if any(self._follows(cf, k, f) for k in relead for f in chosen):
                    continue  # the shorter lead has a sentence leaning on it: it stays, this one does not come
                if any(not (cf.word_counts[best] > cf.word_counts[k] and numbers(cf.sentences[k].text) <= numbers(cf.sentences[best].text)) and reintroduced(_main_verbs(meaning, [best, k]), _main_subjects(meaning, [best, k]), best, k) for k in relead):
                    continue  # the same person or act introduced again as if new, and not fuller with the figures: the first stays
            if not chosen and cost > words * 1.6 and candidates:
                continue  # a monster sentence should not be the whole summary
            if not chosen and len(best_unit) > 1 and cost > words and not self.fill_budget:
                continue  # only a single sentence may run past the budget, never a sentence and its antecedents
            if chosen and used + cost > words and not self.fill_budget:
                if used >= words * 0.95:
                    break
                continue
            # A quotation that does not name its speaker is shown right after the sentence that
            # does (`quotations.block_speaker`): its first sentence now leans on that one, which stays.
            speaker = block_speaker(cf, best, position_of, junk) if best in cf.blocks else None
            if speaker is not None:
                cf.context[cf.blocks[best][0][0]] = NEEDS_PREVIOUS
            # A shorter sentence chosen earlier that this one restates gives its place up. (Not
            # for a repeat in other words, `_same_meaning`: that cost 0.3 R-1 on fulltext_dev46.)
            restated = [
                j for j in chosen
                if j != speaker and (self._contained(term_sets, j, best_unit) or (j in relead and cf.word_counts[best] > cf.word_counts[j] and numbers(cf.sentences[j].text) <= numbers(cf.sentences[best].text)))
                and not any(self._follows(cf, j, k) for k in chosen)
            ]
            for j in restated:
                chosen.remove(j)
                used -= int(cf.budget_words[j])
            chosen.extend(j for j in best_unit if j not in chosen)
            used += cost
            if restated:
                covered = {t for j in chosen for t in terms[j]}
                covered_pairs = {p for j in chosen for p in zip(terms[j], terms[j][1:])}
            for j in best_unit:
                covered.update(terms[j])
                covered_pairs.update(zip(terms[j], terms[j][1:]))
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

    def _meaning_vectors(self, cf: ClusterFeatures, common: set[str]):
        """Static-embedding rows and the names and numbers of every sentence of a cased article
        (None without an embedder; computed once per cluster)."""
        if not self.claim_embedder:
            return None
        cached = cf.__dict__.get("_meaning")
        if cached is None:
            vectors = self.claim_embedder.embed([s.text for s in cf.sentences])
            named = [names_and_numbers(s.text, common) if cf.cased[int(k)] else None for s, k in zip(cf.sentences, cf.doc_index)]
            cached = cf.__dict__["_meaning"] = (vectors, named, [s.text for s in cf.sentences], {})
        return cached

    def _same_meaning(self, meaning, i: int, chosen: list[int]) -> bool:
        """Does `i` say a chosen sentence's claim in other words ("The panel was disbanded on
        Wednesday, the mayor said" after "The mayor disbanded the panel on Wednesday"): a static
        embedding cosine of at least `claim_cosine` with one chosen sentence, and no name or number
        that the chosen sentences do not already give? Under that cosine but above REPEAT_COSINE,
        also when its subject and objects are all words of the chosen sentences (repeats.py: it
        adds nothing to the core of what the summary says). Sentences of an article that lost its
        capitals (names cannot be told) are never judged so."""
        if meaning is None or not chosen:
            return False
        vectors, named = meaning[:2]
        if named[i] is None or any(named[j] is None for j in chosen):
            return False
        added = new_names(named[i], set().union(*(named[j] for j in chosen)))
        if added and added - restated_numbers(meaning[2][i], [meaning[2][j] for j in chosen]):
            return False  # a new name, or a number no chosen sentence states (same_figures.py)
        cosine = float(np.max(vectors[chosen] @ vectors[i]))
        if cosine >= self.claim_cosine:
            return True
        # Closer than most sentence pairs of one event, and its subject and objects are all words
        # the summary already has (repeats.py): it says nothing new.
        if cosine < REPEAT_COSINE:
            return False
        parsed = _parsed(meaning, [i, *chosen])
        if parsed is None:
            return False
        return restates(frame(parsed[i]), set().union(*(words_of(parsed[j]) for j in chosen)))

    def _same_act(self, meaning, cf: ClusterFeatures, i: int, chosen: list[int]) -> bool:
        """Does `i` tell the act of a named person that a chosen sentence of another article tells,
        in other words, with only that person's description added (same_act.py)? Parsed only when
        the two share a name and few words differ (`same_act.close_enough`)."""
        if meaning is None or not chosen or meaning[1][i] is None:
            return False
        named = meaning[1]
        words = {w for n in named[i] for w in n.split()}
        rows = [j for j in chosen if named[j] is not None and int(cf.doc_index[j]) != int(cf.doc_index[i]) and words & {w for n in named[j] for w in n.split()}
                and close_enough(meaning[2][i], meaning[2][j])]
        parsed = _parsed(meaning, [i, *rows]) if rows else None
        return parsed is not None and any(retold(parsed[i], parsed[j]) for j in rows)

    def _contained(self, term_sets: list[set[str]], i: int, chosen: list[int]) -> bool:
        """Are most of `i`'s distinct words inside one chosen sentence (a restatement)?"""
        words = term_sets[i]
        return bool(words) and any(len(words & term_sets[j]) >= self.containment * len(words) for j in chosen)


def _supplies(cf: ClusterFeatures, chain: list[int]) -> bool:
    """Do the antecedents `chain[:-1]` name the person the last sentence leans on? In an article
    whose names were lower-cased, by other marks than capitals (lowercase.py)."""
    previous, text = " ".join(cf.sentences[j].text for j in chain[:-1]), cf.sentences[chain[-1]].text
    if cf.cased[int(cf.doc_index[chain[-1]])]:
        return supplies_person(previous, text)
    return supplies_person_lowercase(previous, text)


# 95th percentile of the static cosine between sentences (8+ words) of different articles about
# one event (150 Multi-News train clusters; the 99th is CLAIM_COSINE): below it, two sentences are
# no closer than a cluster's usual neighbours and the parse is not asked.
REPEAT_COSINE = 0.69
# When the sentences that stand alone (with at most 2 antecedents) do not fill the budget, a
# leaning sentence may be shown with up to this many sentences in all (set by reading, not tuned).
FILL_CHAIN = 5

