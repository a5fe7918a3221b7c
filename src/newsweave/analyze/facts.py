"""Facts: sentences of different articles that state the same claim, grouped, with their coverage.

`group_sentences(documents)` compares every pair of fact sentences of the story
(`fact_similarity`: TF-IDF plus, by default, static MiniLM-distilled embeddings, on each
sentence's core without dateline and attribution tail; figures and named sources must agree),
then groups them in two passes:

1. Core groups: cross-article pairs whose similarity passes the threshold are merged greedily,
   best pairs first, with average linkage and at most one sentence per article, so a group never
   chains two different claims through a third sentence; never across a pair whose figures or
   named sources disagree.
2. Support: a sentence joins a group when it is close to the group's sentences in *other*
   articles (mean at least the threshold, none below half of it), even when its own article is
   already in the group, at most one more sentence per article (the closest), and only when it is
   one of the two sentences of its article closest to each of those members (`SUPPORT_RANK`).
   This puts a lead restated in the next sentence ("The Senate confirmed …" / "The 52-48 vote …")
   and a sentence that carries two claims into every group it supports, without letting a long
   article pour its whole topic into one fact: in a 3-sentence article the rank bar is no bar, in
   a 30-sentence one it keeps out the many sentences that are merely on the same topic.

3. Alignment (long articles only, `facts_align`): a sentence of an article of at least 8 fact
   sentences that is still in no multi-article group joins the group of its clear best match in
   another such article (a margin over the runner-up, at least 0.7 x the bar, a shared name or
   figure that is not the story's topic, nothing blocked): the same claim told in other words in
   a 30-sentence article sits under any bar. Shown in the facts only (`FactGroups.aligned`); the
   timeline and date conflicts read the two-pass `groups`. Off by default (`align=False`): on the
   fresh full-text set `facts_dev_j` it lowered status accuracy (59 vs 68 of 127) and joined
   different claims about one named thing (benchmarks/ANALYSIS.md, Facts, session 11 part 2).

A learned pair judgment can sit on top of both passes (`judge="auto"` with the static
similarity: `facts_pairs.PairJudge`, shipped as `data/fact_pairs.json`, trained on the hand-made
fact gold by `benchmarks/train_fact_pairs.py`): a cross-article pair it judges more likely two
claims than one (probability under its `veto`, 0.4) is never one fact. It is off by default: it lost
on the full-text sets (`facts_dev_i` 76 vs 80 of 113 in session 11). `judge="short"` asks it on short
stories only (`facts_regime`): on the AllSides set `facts_dev_l` status 59 -> 65 of 99 (a choice made
after seeing that set), the NeuS sets 392 -> 401 of 568 (in-sample), but on the next fresh AllSides draw
`facts_dev_m`, scored once, 36 vs 38 of 59: no gain on unseen stories, so it stays an option
(benchmarks/ANALYSIS.md, Facts, session 16).

Carried claims (`carried=True`; OFF by default again since session 12's evidence check; `facts_carried`,
shipped as `data/fact_carried.json`, trained by `benchmarks/train_fact_carried.py`): between two long
articles (8+ fact sentences each) a learned per-sentence judgment over the whole other article ("does A
carry this claim?") counts A toward the outlets and status of the fact of a sentence the grouping leaves
A out of, and cites one sentence of A as evidence in `Fact.told_by` ("also told in other words by A"),
never as a member (`FactGroups.carried`; the timeline and conflicts read `groups`, unchanged). The
carrier is kept only when a span of A of one sentence or two adjacent ones passes the same-claim pair
judge (`facts_pairs.PairJudge`, probability >= 0.5): the best span is cited, a window as one citation
spanning both sentences (`FactGroups.windows`); otherwise A is neither cited nor counted
(`evidence="window"`, `facts_window.window_evidence`; `evidence=True`: single sentences only). The status it gives is per sentence: a carrier counts for the member
it was judged for; the fact's status and `told_by` are its representative's, and a member whose coverage
differs is listed in `Fact.member_status`. Why off: read by hand, the sentence cited as a carrier's
evidence stated the member's claim in 18 of 84 pairs with the closest sentence (session 12's default,
status `_i` 87 / `_j` 70 / `_k` 62 vs 80 / 68 / 57 off), and with the pair judge's choice and check in
5 of 10, and then the status gain is gone (`_i` 82, `_j` 68, `_k` 57); the bar was evidence precision
>= 0.85 and status above the judgment off on all three (benchmarks/ANALYSIS.md, Facts, session 12). The
window (session 13) states it in 22 of 84 chosen spans, 7 of the 17 that pass, status 82 / 68 / 57: still off.

Opposite stances (`polarity=True`, ON by default since session 19; `facts_polarity`): a cross-article pair whose main
predicate is negated on one side and that has no negation (nor a word of negative meaning) on the other is never one fact,
as figures that disagree: "had never discussed it" and "faces calls to resign for discussing it" are two facts, and the
summary's "n/N outlets" no longer counts the denier for the accusation. Development sets 827 -> 841 of 1,211 (over-grouped
122 -> 106, under-grouped 262 -> 264); sealed `facts_dev_p` 55 vs 54 of 83 before the negative-meaning words were added
(57 after, tuning); sealed `facts_dev_q`, scored once for the final rule, 45 vs 46 of 77 (over 18 -> 17, under 14 -> 14).

A topic line in a person's claim (`actor=True`, ON by default since session 28; `facts_actor`): a member that names no
person and shares none of the fact's names leaves a fact (shown groups only) whose members of two or more other
articles all have one and the same person as a clause's subject, as "numbers and names must agree". Dev fact sets
1,000 -> 1,003 of 1,447 (over-grouped 138 -> 135; tuning figures, ANALYSIS.md "Session 28 (facts").

Figure anchors (`anchors=True`, OFF by default; `facts_anchor`): in a short story, a cross-article pair under the bar
that shares a day, a vote tally or an agreeing amount is lifted to the bar. Older short sets 547 -> 567 of 804 (read
while writing it), the sealed `facts_dev_o` 51 vs 51 of 86: no gain on unseen stories (ANALYSIS.md, session 18).

A sentence's outlets are then the articles of the largest group holding it, except that a member pass 2 added counts (and
is counted by) another article's member only when the two are as close as the bar themselves: a two-claim sentence lets
pass 2 join two claims in one group, and "X served five terms" must not count the outlet of an added "X has died"
(session 24, `FactGroups.added`; such a member is listed in `Fact.member_status`). Status: `shared`
when (nearly) every independent outlet carries the fact (at least 85% of them, and at least
two), `unique` when one does, `partial` otherwise; a copy or rewrite counts as its original's
outlet (`corroboration.SourceMap`). Boilerplate and page furniture are never facts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..lang.en import BOILERPLATE, DANGLING
from ..text.furniture import is_headline_line, trim_sentence
from ..types import Citation, Document, Fact, FactStatus, MemberStatus, Sentence
from .timeline_lower import without_player_lead
from .fact_similarity import (
    EmbeddingSimilarity,
    LexicalSimilarity,
    SentenceSimilarity,
    StaticSimilarity,
    agreement_penalty,
    make_similarity,
)

__all__ = ["EmbeddingSimilarity", "FactGroups", "LexicalSimilarity", "SentenceSimilarity", "StaticSimilarity", "facts_from_groups",
           "fact_sentences", "fact_status", "group_sentences", "is_fact_sentence", "make_similarity", "DEFAULT_THRESHOLD"]

# The similarity at which two sentences state one fact, per similarity (TF-IDF cosines run lower
# than embedding cosines). Chosen on benchmarks/gold/facts_dev.jsonl; see benchmarks/ANALYSIS.md.
DEFAULT_THRESHOLD = {"lexical": 0.175, "static": 0.35, "embedding": 0.35, "claim": 0.65}
# A supporting sentence must be among the SUPPORT_RANK sentences of its article closest to each
# member it supports (see the module docstring); same gold figures as no bar on the NeuS fact sets,
# largest Corbyn group 7 -> 5 sentences (benchmarks/ANALYSIS.md).
SUPPORT_RANK = 2


@dataclass
class FactGroups:
    """Sentence groups (indexes into `sentences`) and the similarity matrix they came from."""

    sentences: list[Sentence]
    doc_of: list[int]
    groups: list[list[int]]
    sims: np.ndarray  # similarity before the agreement check: "do these report the same event?"
    threshold: float = 0.3  # the similarity at which two sentences were taken to state one fact
    # The groups after pass 3 (long-article alignment, `facts_align`) or the main-clause split (`facts_mainclause`),
    # which the facts show; None when neither ran. `groups` stays the two-pass grouping the timeline and date conflicts read.
    aligned: list[list[int]] | None = None
    # Carried claims (`facts_carried`): sentence -> {another long article the judgment says carries its
    # claim and the grouping does not put with it: that article's closest sentence}. The facts count and
    # cite those articles; None when the judgment did not run.
    carried: dict[int, dict[int, int]] | None = None
    # Window evidence (`facts_window`): (sentence, the carrier's first cited sentence) -> the last sentence of a
    # two-sentence window cited as the evidence; pairs not listed cite one sentence.
    windows: dict[tuple[int, int], int] | None = None
    # Pass 2's additions: group (its sorted members) -> the members pass 2 added to its core. A member counts the article
    # of another only when both are core members or the two are as close as the bar themselves: an addition may share
    # only one claim of a member that carries two ("X, who served five terms, has died"), so a core member "X served
    # five terms" does not count the outlet of an added "X has died" (session 24). None: every member counts the group.
    added: dict[tuple[int, ...], frozenset[int]] | None = None


def is_fact_sentence(s: Sentence) -> bool:
    """At least four words and no boilerplate marker (used by timeline and conflicts too)."""
    return len(s.text.split()) >= 4 and not BOILERPLATE.search(s.text)


def fact_sentences(document: Document) -> list[Sentence]:
    """The sentences of `document` that may state a fact, cut to their content (a leading dateline
    or agency tag and a trailing photo credit dropped, offsets kept exact); page furniture,
    headline lines and sentences under four words are left out."""
    text = document.article.text
    out = []
    for s in document.sentences:
        t = trim_sentence(s)
        t = without_player_lead(t) if t is not None else None  # "play facebook twitter … embed <clip> 0: 40" (session 14)
        if t is None or len(t.text.split()) < 4 or BOILERPLATE.search(t.text) or is_headline_line(text, t.start, t.end):
            continue
        out.append(t)
    return out


def _core_groups(sims: np.ndarray, doc_of: list[int], threshold: float, blocked: np.ndarray, *, floor: float = 0.0) -> list[list[int]]:
    """Pass 1: greedy average-linkage merging of cross-article pairs, one sentence per article;
    never across a `blocked` pair (figures or named sources that disagree)."""
    n = len(doc_of)
    docs = np.array(doc_of)
    cand = np.where(np.triu(docs[:, None] != docs[None, :], 1) & (sims >= threshold))
    order = np.argsort(-sims[cand], kind="stable")
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
        cross = sims[np.ix_(a, b)]
        if cross.mean() < threshold or cross.min() < floor * threshold or blocked[np.ix_(a, b)].any():
            continue
        members[gi] = a + b
        for x in b:
            group_of[x] = gi
        del members[gj]
    return [sorted(g) for g in members.values()]


def _add_support(groups: list[list[int]], sims: np.ndarray, doc_of: list[int], threshold: float, blocked: np.ndarray, *, floor: float = 0.5,
                 rank: int | None = SUPPORT_RANK, added: dict | None = None) -> list[list[int]]:
    """Pass 2: a sentence joins a multi-article group whose other-article members it is close to
    (see the module docstring), at most one more sentence per article and group (the closest), so
    a long article cannot pour its whole topic into one fact; then groups contained in a larger
    one are dropped. `added` (filled when given): each group -> the sentences pass 2 added (`FactGroups.added`)."""
    out = []
    docs = np.asarray(doc_of)
    if rank is not None:
        # place[y, x]: 0 when x is the sentence of its article closest to y, 1 for the next, ...
        place = np.zeros_like(sims, dtype=int)
        for d in set(doc_of):
            cols = np.where(docs == d)[0]
            order = np.argsort(np.argsort(-sims[:, cols], axis=1, kind="stable"), axis=1)
            place[:, cols] = order
    for g in groups:
        core = list(g)
        if len({doc_of[x] for x in core}) < 2:
            out.append(core)
            continue
        best: dict[int, tuple[float, int]] = {}  # article -> (closeness, sentence): one per article
        for x in range(len(doc_of)):
            if x in core:
                continue
            others = [y for y in core if doc_of[y] != doc_of[x]]
            if not others or blocked[x, core].any():
                continue
            if rank is not None and (place[others, x] >= rank).any():
                continue
            row = sims[x, others]
            if row.mean() >= threshold and row.min() >= floor * threshold and row.mean() > best.get(doc_of[x], (-1.0, -1))[0]:
                best[doc_of[x]] = (float(row.mean()), x)
        out.append(sorted(core + [x for _, x in best.values()]))
        if added is not None:
            added[tuple(out[-1])] = frozenset(x for _, x in best.values())
    out.sort(key=len, reverse=True)
    kept: list[list[int]] = []
    for g in out:
        gs = set(g)
        if any(gs <= set(k) for k in kept):
            continue
        kept.append(g)
    return kept


def _default_judge(similarity):
    """The shipped learned pair judgment (`facts_pairs.PairJudge`) when `similarity` is the default
    static one it was trained on top of, else None."""
    if getattr(similarity, "name", "") != "static" or not hasattr(similarity, "_embed"):
        return None
    from .facts_pairs import load_pair_judge

    return load_pair_judge()


def group_sentences(
    documents: tuple[Document, ...], *, threshold: float | None = None, similarity: SentenceSimilarity | str | None = None,
    judge=None, align: bool = False, carried: bool = False, evidence: bool | str = "window", anchors: bool = False,
    polarity: bool = True, main_clause: bool = False, actor: bool = True,
) -> FactGroups:
    """Group the fact sentences of all documents into facts (see the module docstring).
    `similarity`: an object with `.matrix(sentences)` or a name (`make_similarity`); default
    `auto`. `threshold`: default per similarity (`DEFAULT_THRESHOLD`). `judge`: a
    `facts_pairs.PairJudge` applied on top of the similarity (veto and lift), None (the default) for none,
    "auto": the shipped one when the similarity is the static one, or "short": "auto" when every article
    of the story is short, else None (`facts_regime`), or "distant": the judge trained on training-cluster labels,
    on short stories only (`facts_distant`). `carried`: the
    per-sentence carried-claim judgment between long articles (`facts_carried`; needs the static similarity;
    off by default). `evidence`: with `carried`, "window" (the default): cite the span of the carrier of one or
    two adjacent sentences the same-claim pair judge rates highest and keep the carrier only when it passes
    (`facts_window.window_evidence`); True: the same with single sentences only (`facts_carried.cite_by_evidence`);
    False: the closest sentence, always kept (session 12's first wiring). `anchors`: a cross-article pair under the
    bar that shares a specific figure (a day, a tally, an amount) is lifted to the bar (`facts_anchor`), in short stories
    only (`facts_regime.short_story`). `polarity`: a cross-article pair whose main predicate is negated on one side and
    that has no negation on the other is never one fact (`facts_polarity`; on by default since session 19). `main_clause`: a
    member whose shared material sits only in a subordinate clause leaves the shown group, its article still counted
    (`facts_mainclause`). `actor`: a member that names no person and none of the fact's names leaves a fact whose
    members of two or more other articles all have one person as subject (`facts_actor`; on by default since session 28)."""
    if similarity is None or isinstance(similarity, str):
        similarity = make_similarity(similarity or "auto")
    if threshold is None:
        threshold = DEFAULT_THRESHOLD.get(getattr(similarity, "name", ""), 0.3)
    sentences: list[Sentence] = []
    doc_of: list[int] = []
    for d_i, doc in enumerate(documents):
        for s in fact_sentences(doc):
            sentences.append(s)
            doc_of.append(d_i)
    if not sentences:
        return FactGroups(sentences, doc_of, [], np.zeros((0, 0)), threshold)
    published = {d.article.id: d.article.published for d in documents}
    raw = np.asarray(similarity.matrix(sentences), dtype=float)
    if judge == "short":
        from .facts_regime import judge_for

        judge = judge_for(doc_of)
    if judge == "distant":  # session 17: trained on training-cluster labels, short stories only (`facts_distant`)
        from .facts_distant import distant_judge_for

        judge = distant_judge_for(doc_of, similarity)
    if judge == "auto":
        judge = _default_judge(similarity)
    grouping, vetoed = raw, None
    if judge is not None:
        from .facts_pairs import story_inputs

        grouping, vetoed = judge.adjust(raw, judge.matrix(story_inputs(sentences, similarity._embed)), threshold)
    sims = agreement_penalty(sentences, grouping, published=published, floor=0.5 * threshold)
    if polarity:  # opposite stances ("did not" / "did") are never one fact, as disagreeing figures (`facts_polarity`)
        from .facts_polarity import veto_opposites

        sims = veto_opposites(sentences, sims, doc_of, threshold)
    if vetoed is not None:
        sims[vetoed] = 0.0  # the judge says two claims: never one fact, as figures that disagree
    blocked = (sims == 0.0) & (grouping > 0.0)  # the agreement check (or the judge) zeroed the pair
    if anchors:
        from .facts_anchor import anchor_lift
        from .facts_regime import short_story

        if short_story(doc_of):  # excerpts: in long articles close figures recur across many claims
            sims = anchor_lift(sentences, sims, doc_of, threshold, blocked)
    added: dict[tuple[int, ...], frozenset[int]] = {}
    groups = _add_support(_core_groups(sims, doc_of, threshold, blocked), sims, doc_of, threshold, blocked, added=added)
    aligned = None
    if align:
        from .facts_align import attach, clear_best

        pairs = clear_best(sims, doc_of, [s.text for s in sentences], threshold)
        aligned = attach(groups, pairs, doc_of, blocked) if pairs else None
    extra, windows = None, None
    if carried and getattr(similarity, "name", "") == "static" and hasattr(similarity, "_embed"):
        from .facts_carried import carried_additions, load_carried_judge

        cj = load_carried_judge()
        if cj is not None:
            extra = carried_additions(sentences, doc_of, similarity._embed, groups, cj)
            if extra and evidence == "window":
                from .facts_pairs import load_pair_judge
                from .facts_window import window_evidence

                pj = load_pair_judge()
                spans = window_evidence(extra, sentences, doc_of, similarity._embed, pj) if pj else {}
                extra = {i: {d: a for d, (a, _) in told.items()} for i, told in spans.items()}
                windows = {(i, a): b for i, told in spans.items() for a, b in told.values() if b != a}
            elif extra and evidence:
                from .facts_carried import cite_by_evidence
                from .facts_pairs import load_pair_judge, story_inputs

                pj = load_pair_judge()
                extra = cite_by_evidence(extra, doc_of, pj.matrix(story_inputs(sentences, similarity._embed))) if pj else {}
    if actor:  # a topic line leaves a fact the others tell as one named person's (`facts_actor`; shown groups only)
        from .facts_actor import drop_topic_members

        dropped = drop_topic_members(sentences, doc_of, groups if aligned is None else aligned, added)
        if dropped is not None:
            aligned, added = dropped[0], dropped[1] or {}
    if main_clause:  # shown groups only (`aligned`); the timeline and date conflicts keep reading `groups`
        from .facts_mainclause import split_one_sided

        aligned, extra = split_one_sided(sentences, doc_of, groups if aligned is None else aligned, threshold, similarity, extra)
    # The timeline merges one event told by several articles on `raw`: "Fourteen / Twelve people
    # were injured when the footbridge collapsed on Tuesday" are two facts but one dated event.
    return FactGroups(sentences, doc_of, groups, raw, threshold, aligned, extra, windows or None, {g: x for g, x in added.items() if x} or None)


def fact_status(n_outlets: int, total_outlets: int) -> FactStatus:
    if n_outlets <= 1:
        return "unique"
    if n_outlets >= max(2, math.ceil(0.85 * total_outlets)):
        return "shared"
    return "partial"


def _own_articles(fg: FactGroups, g: list[int]) -> dict[int, tuple[str, ...]]:
    """Each member's articles in group `g`: every member's, except that a member pass 2 added counts (and is counted by)
    another article's member only when the two are as close as the bar themselves (`FactGroups.added`)."""
    added = (fg.added or {}).get(tuple(g), frozenset())
    return {x: tuple(dict.fromkeys(fg.sentences[y].article_id for y in g if y == x or fg.doc_of[y] == fg.doc_of[x]
                                   or (x not in added and y not in added) or fg.sims[x, y] >= fg.threshold)) for x in g}


def _coverage(told: list[Citation], article_ids: tuple[str, ...], sources):
    """(told_by citations, counted article ids, independent outlets) of one sentence of a fact: the
    fact's articles plus the articles judged to carry that sentence's claim (`told`, their evidence)."""
    told_by = tuple(told)
    counted = tuple(dict.fromkeys(article_ids + tuple(c.article_id for c in told_by)))
    return told_by, counted, tuple(sources.independent(counted))


def facts_from_groups(documents: tuple[Document, ...], fg: FactGroups, *, sources=None) -> tuple[Fact, ...]:
    """Facts, most widely reported first, then in story order (first article, first sentence).

    `sources` (a `corroboration.SourceMap`) makes copies and rewrites count as their original's
    outlet: a fact carried by an article and its rewrite has one independent source, not two.
    With carried claims (`fg.carried`), each member counts the carriers judged for it: the fact's
    status is its representative's, members that differ are listed in `member_status`."""
    from .corroboration import SourceMap

    if sources is None:
        from .derivation import find_derivations

        sources = SourceMap.build((d.article for d in documents), find_derivations(documents))
    total = sources.total()
    facts: list[tuple[tuple, Fact]] = []
    # Members of the groups already done (larger or as large): a sentence that also sits in one of them is not this
    # fact's text, or the report would show it twice with two counts ("3/4 articles" in the summary, which reads its
    # largest fact, "2 articles" here): one sentence, one headline, one count (session 23, the Corbyn example's
    # lead on the groups' verdict).
    reps_used: set[int] = set()
    for g in sorted(fg.groups if fg.aligned is None else fg.aligned, key=len, reverse=True):
        own_ids = _own_articles(fg, g)
        # The representative: the sentence most similar to the rest, shorter on ties; one that counts every article.
        if len(g) > 1:
            centrality = fg.sims[np.ix_(g, g)].sum(axis=1)
            # A sentence that opens with "He"/"But" reads badly on its own: prefer another.
            dangling = np.array([1.0 if DANGLING.match(fg.sentences[x].text) else 0.0 for x in g])
            used = np.array([1.0 if x in reps_used else 0.0 for x in g])  # in a larger fact already
            fewer = np.array([len(set(fg.doc_of[y] for y in g)) - len(own_ids[x]) for x in g], dtype=float)
            rep = g[int(np.argmax(centrality - 10.0 * dangling - 20.0 * used - 15.0 * fewer - 1e-4 * np.array([len(fg.sentences[x].text) for x in g])))]
        else:
            rep = g[0]
        reps_used.update(g)
        have = {fg.doc_of[x] for x in g}
        # Articles that carry a member's claim outside the grouping, each by its closest sentence: counted for
        # THAT member (and for the fact when the member is the representative), cited as evidence, never members.
        cite = lambda x, last=None: Citation(fg.sentences[x].article_id, fg.sentences[x].start,  # noqa: E731
                                             fg.sentences[x if last is None else last].end, fg.sentences[x].index)
        # the evidence: one sentence, or a window of two adjacent ones (`fg.windows`), one citation spanning both
        told_of = {x: [cite(j, (fg.windows or {}).get((x, j))) for d, j in sorted((fg.carried or {}).get(x, {}).items()) if d not in have]
                   for x in g}
        cites = tuple(cite(x) for x in g)
        article_ids = tuple(dict.fromkeys(c.article_id for c in cites))
        told_by, counted, independent = _coverage(told_of[rep], article_ids, sources)
        n_out = len(independent)
        members = []
        for x in g:
            if x == rep or (told_of[x] == told_of[rep] and len(own_ids[x]) == len(article_ids)):
                continue
            m_told, m_ids, m_ind = _coverage(told_of[x], own_ids[x], sources)
            if set(m_ind) != set(independent):
                members.append(MemberStatus(cite(x), fact_status(len(m_ind), total), m_ind, m_told, m_ids))
        fact = Fact(text=fg.sentences[rep].text, status=fact_status(n_out, total), citations=cites, article_ids=article_ids,
                    independent_outlets=independent, copies=tuple(sources.non_independent(counted)), told_by=told_by,
                    member_status=tuple(members))
        facts.append(((-n_out, fg.doc_of[g[0]], fg.sentences[g[0]].index), fact))
    facts.sort(key=lambda x: x[0])
    return tuple(f for _, f in facts)
