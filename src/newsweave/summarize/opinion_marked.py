"""Opinion shown as opinion (issue 13: "opinion pieces are not stated as fact: attribute them, or
leave them out").

`prepare._mark_development` leaves an opinion piece's sentences out while a news article is there,
and a judgment in the writer's voice out always (`opinion.py`). That keeps opinion from being stated
as fact, but when the news runs out (short or cut news copies) or every article is an opinion piece,
the summary stops short or is empty, and a reader learns nothing of what was argued. Here such a
sentence may still be shown, MARKED: the summary sentence carries `opinion_of` (whose view: the
article's author and outlet), which the renderers show as a label ("Opinion — The Courier:")
outside the sentence; the sentence text and its citation stay the exact source words.

- `marked_opinion(summarizer, cf, scores, selected, words)`: the selection with sentences of
  opinion pieces added when the news has run out under the budget (every news candidate left is
  a repeat of a chosen sentence; one left out only for its length keeps them out): the
  best-ranked first, only one
  that stands alone (`standalone.STANDS`, no page furniture, no piece of a quotation, no question,
  no rebuttal fragment, no reader addressed as "you", no demonstrative pointing back inside it),
  not a repeat of a chosen sentence (by words, or the same news told again: the greedy's
  meaning, event and lead checks), and at
  most MAX_MIXED of them in a summary that has news (any number, up to the budget, when every
  article is an opinion piece).
- `opinion_labels(cf, chosen)`: {row: opinion_of} for every chosen sentence from an opinion piece
  (in an all-opinion story that is every sentence, including those the greedy chose).
- `news_first(chosen, labels)`: news sentences always come before opinion ones.

An opinion piece is a document `_mark_development` counted OPINION (`development.stage`'s marks or
`opinion.opinion_documents`); it leaves the set on `cf.opinion_docs`. Only those that argue by their
own cues or call themselves opinion are shown marked (`shown_docs`); one counted opinion only for
its first person stays left out, as before. A page that declares itself opinion, editorial or
column (`Article.genre`, read/genre.py: url, title, meta section, JSON-LD type) says so too.
"""

from __future__ import annotations

import re

from ..types import Article
from .development import declared_genre
from .features import FEATURE_NAMES, ClusterFeatures
from .opinion import argued_mark, own_words
from .quotations import _quote_fragment
from .standalone import NEVER, STANDS
from .writer_verdicts import such_reference

# Marked opinion sentences a summary with news may hold. One: the summary is about what happened;
# one marked view says the event is argued over without letting the argument take the summary
# (benchmarks/SUMMARIZATION.md, "Twelfth session (issue 13, opinion marked)", how many there would be
# with two). With no news article every sentence is an opinion piece's, all marked.
MAX_MIXED = 1


def opinion_docs(cf: ClusterFeatures) -> frozenset:
    """Indices of the documents `_mark_development` counted as opinion pieces."""
    return cf.__dict__.get("opinion_docs", frozenset())


# An opinion piece that says so: "Opinion: ...", "OPINION | ...", "... | Opinion", "Editorial — ..."
# in its title or at the head of its text ("Analysis suggests that ..." is no label).
_SAYS_GENRES = ("opinion", "editorial", "column")
_SAYS_OPINION = re.compile(r"(?i)^\W{0,3}(?:opinion|op-ed|editorial|commentary|column|perspective)\s*[:|—–-]|\|\s*opinion\b")


def shown_docs(cf: ClusterFeatures) -> frozenset:
    """The opinion pieces whose sentences may be shown marked: those that argue by their own cues
    (`opinion.opinion_documents`: judgments, signposts, a headline that argues) or call themselves
    opinion. A piece counted opinion only for writing in the first person (`development.stage`: an
    interview transcript, a letter, a short post, or a lower-cased "us") stays left out, never
    labelled: read on 400 Multi-News train clusters, 3 of 7 marked sentences were news or an
    interview from such pieces, labelled wrongly."""
    cached = cf.__dict__.get("_shown_docs")
    if cached is None:
        from .opinion import opinion_documents

        out = set()
        for k in opinion_docs(cf):
            d = cf.documents[k]
            head = d.sentences[0].text if d.sentences else ""
            says = declared_genre(d.article) in _SAYS_GENRES  # the page's label (read/genre.py); "analysis" argues only by its cues
            if says or _SAYS_OPINION.search(d.article.title or "") or _SAYS_OPINION.search(head) or opinion_documents([d]):
                out.add(k)
        cached = cf.__dict__["_shown_docs"] = frozenset(out)
    return cached


def whose(article: Article) -> str:
    """Whose view an opinion piece gives: "author, outlet", either alone, or "" with neither."""
    author, outlet = (article.author or "").strip(), (article.outlet or "").strip()
    outlet = re.sub(r"(?i)\s*\(\s*(?:opinion|op-ed|editorials?|commentary)\s*\)\s*$", "", outlet) or outlet  # the label says it
    if author and outlet and author.lower() not in outlet.lower():
        return f"{author}, {outlet}"
    return author or outlet


def _shows_alone(cf: ClusterFeatures, i: int, min_words: int) -> bool:
    """Can sentence `i` be shown on its own, behind an opinion label?"""
    if cf.context is None or cf.context[i] != STANDS or cf.word_counts[i] < min_words:
        return False
    f = cf.features[i]
    if f[FEATURE_NAMES.index("boilerplate")] > 0 or f[FEATURE_NAMES.index("question")] > 0:
        return False
    if any(i in run for run, _ in cf.blocks.values()) or _quote_fragment(cf.sentences[i].text, int(cf.word_counts[i])):
        return False
    return argued_mark(cf.sentences[i].text) not in ("fragment", "weak")


def marked_opinion(summarizer, cf: ClusterFeatures, scores, selected: list[int], words: int) -> list[int]:
    """`selected` (the news, in the order chosen) with sentences of opinion pieces added after it
    while it leaves room under `words` (see the module docstring). `summarizer` is the
    ExtractiveSummarizer: its `min_words`, `fill_budget` and repeat checks are used."""
    docs = opinion_docs(cf)
    if not docs or not len(cf.sentences):
        return selected
    budget = cf.budget_words
    used = sum(int(budget[i]) for i in selected)
    if used >= words:
        return selected
    all_opinion = all(k in docs for k in range(len(cf.documents)))
    limit = len(cf.sentences) if all_opinion else MAX_MIXED
    shown = shown_docs(cf)
    marked = sum(1 for i in selected if int(cf.doc_index[i]) in shown)
    pool = [i for i in range(len(cf.sentences)) if int(cf.doc_index[i]) in shown and i not in selected and _shows_alone(cf, i, summarizer.min_words)]
    if not pool:
        return selected
    from ..text.tokens import content_terms
    from .antecedents import introduced, summary_references, summary_words
    from .importance import sentence_terms

    refs = summary_references(cf)
    out = list(selected)
    # news candidates left (not the last-resort ones `_candidates` gives when nothing stands alone:
    # a sentence cut off by the end of its copy is no news left to show)
    news = [] if all_opinion else [i for i in summarizer._candidates(cf) if i not in out and int(cf.doc_index[i]) not in docs and cf.context[i] != NEVER]
    terms = {i: set(sentence_terms(cf.sentences[i].text)) for i in out + pool + news}
    content = {i: set(content_terms(cf.sentences[i].text)) for i in out + pool + news}

    def repeats(i: int) -> bool:
        return summarizer._redundant(cf, i, out) or summarizer._contained(terms, i, out) or summarizer._same_claim(content, i, out)

    def tells_again(i: int) -> bool:
        """The news of a chosen sentence told again in other words (the greedy's checks in
        coverage.py: the same claim by meaning, the same event, another article's lead)."""
        return bool(out) and _tells_again(summarizer, cf, i, out)

    if any(not repeats(i) for i in news):
        return selected  # the news has not run out: what is left was too long for the room
    for i in sorted(pool, key=lambda i: -float(scores[i])):
        if used >= words or marked >= limit:
            break
        cost = int(budget[i])
        if out and used + cost > words and not summarizer.fill_budget:
            continue
        if not out and cost > words * 1.6 and len(pool) > 1:
            continue  # a monster sentence should not be the whole summary
        if refs[i] and not introduced(refs[i], summary_words([cf.sentences[j].text for j in out])):
            continue  # "the measure" that the summary never named
        if repeats(i) or tells_again(i) or _points_back(cf.sentences[i].text):
            continue
        out.append(i)
        used += cost
        marked += 1
    return out


# A demonstrative inside the sentence points at what its article said before ("There is some
# ambiguity in this formulation.", "... failed to learn that important lesson."): the greedy's
# stand-alone rules read a sentence's opening; a marked opinion sentence, shown on its own after the
# news, must not lean anywhere. "that" is a determiner here only before at most two words that end
# the clause (not "said that the ..."); a time ("this week") is no reference.
_POINTS_BACK = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:week|weekend|year|month|morning|afternoon|evening|time|season|summer|winter|spring|fall|autumn|century|decade|is|was|are|were|has|had|will|would|could|may|might|must|should)\b)[a-z][\w-]*"
    r"|\bthat\s+(?!(?:it|he|she|they|we|you|i|the|a|an|this|his|her|their|its|our|there|is|was|are|were|has|had|will|would|could|can|may|might|must|should)\b)(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*\s*[,.;:!?]|\bthat\s*[.!?]\W*$",
    re.I,
)


def _points_back(text: str) -> bool:
    """Does the sentence, outside quotation marks, point back with a demonstrative?"""
    return bool(_POINTS_BACK.search(own_words(text))) or such_reference(own_words(text))  # "One such ..." (session 15)


def _tells_again(summarizer, cf: ClusterFeatures, i: int, chosen: list[int]) -> bool:
    from .parsed_rows import main_subjects as _main_subjects, main_verbs as _main_verbs
    from .development import lead_rows, same_event, same_lead
    from .repeats import lower_case_words

    cached = cf.__dict__.get("_opinion_meaning")
    if cached is None:  # once per cluster: the greedy's vectors (cached on cf) and the leads
        meaning = summarizer._meaning_vectors(cf, lower_case_words(s.text for s in cf.sentences))
        cached = cf.__dict__["_opinion_meaning"] = (meaning, lead_rows(cf.doc_index, [s.index for s in cf.sentences]))
    meaning, leads = cached
    if meaning is None:
        return False
    if summarizer._same_meaning(meaning, i, chosen):
        return True
    verbs = lambda rows: _main_verbs(meaning, rows)  # noqa: E731
    subjects = lambda rows: _main_subjects(meaning, rows)  # noqa: E731
    return any(
        same_lead(meaning[0], cf.doc_index, leads, i, k, verbs, subjects, meaning[2]) or same_event(meaning[0], cf.doc_index, i, k, verbs, subjects, meaning[2])
        for k in chosen
    )


def opinion_labels(cf: ClusterFeatures, chosen: list[int]) -> dict[int, str]:
    """{row: whose view} for each chosen sentence that comes from an opinion piece."""
    docs = shown_docs(cf)
    return {i: whose(cf.documents[int(cf.doc_index[i])].article) for i in chosen if int(cf.doc_index[i]) in docs}


def news_first(chosen: list[int], labels: dict[int, str]) -> list[int]:
    """The chosen sentences with every news sentence before every opinion one (each part in its
    own order)."""
    return [i for i in chosen if i not in labels] + [i for i in chosen if i in labels]
