"""One count of outlets: a summary sentence's "n/N outlets" is its fact's (issue 12, session 18).

The summary is made before the analysis and cites, for each of its sentences, the best TF-IDF match
in every other article (cosine >= 0.45, `summarize.citations`); the facts group sentences on a wider
similarity (TF-IDF plus static embeddings, two passes: `analyze.facts`). Every renderer counted the
summary sentence's outlets over its citations, so one report told a reader two counts for the same
words: "1/3 outlets" beside the summary sentence, "partial, 2/3 outlets" in the facts. Measured at
200aad0 over every cased dev story (`benchmarks/summary_fact_counts.py`: 352 stories, 1,388 summary
sentences in a fact): 577 disagreed, 575 with the summary counting fewer. Read against the sources
(20 drawn with `random.Random(18)`): the fact's count was right 11 times, the summary's 7, neither 2.
Taking the fact's members as extra citations was tried and not shipped: filtered by the same-claim pair
judge (`facts_pairs`, p >= 0.5) 6 of the 13 members it would add in the first 10 disagreements read
stated the summary sentence's claim (5 of 8 when also mutual best matches; the bar was 0.85), so the
summary keeps its own citations and only its count changes.

When the analysis ran, the count is over the sentence's cited articles and those of the fact that
holds it: the fact with the most independent outlets one of whose members overlaps the sentence's
own (first) citation, as `analyze.facts` takes "the largest group holding it"; the articles judged to
carry a member's claim (`Fact.told_by`, `Fact.member_status`) count as the facts count them. Without
the analysis (a summary-only report) or a fact holding it, the citations alone, as before.

Session 24: a sentence listed in `Fact.member_status` counts its own articles (`MemberStatus.article_ids`), not the
fact's: one outlet's two-claim lead had let pass 2 join "five terms" and "has died" in one group, and the five-terms
sentence took the death's "3/3 outlets" (AllSides dev story 6009). The holding fact is the one counting the most outlets
for the sentence itself.
"""

from __future__ import annotations


def _overlaps(c, own) -> bool:
    return c.article_id == own.article_id and c.start < own.end and own.start < c.end


def _member(fact, own):
    return next((m for m in fact.member_status if _overlaps(m.citation, own)), None)


def _own_outlets(fact, own) -> int:
    """How many independent outlets `fact` counts for its member sentence `own` (its `member_status` entry when listed)."""
    member = _member(fact, own)
    return len(member.independent_outlets if member is not None else fact.independent_outlets)


def holding_fact(report, sentence):
    """The fact the facts section shows `sentence` (a `SummarySentence`) under, or None: of the facts holding its own
    (first) citation, the one counting the most outlets for THAT sentence (session 24: a second sentence of an article
    that pass 2 put into a larger fact for another claim of a member counts only the members it is close to)."""
    facts = getattr(report, "facts", None)
    if not facts or not sentence.citations:
        return None
    own = sentence.citations[0]
    holding = [f for f in facts if any(_overlaps(c, own) for c in f.citations)]
    return max(holding, key=lambda f: _own_outlets(f, own), default=None)


def summary_articles(report, sentence) -> list[str]:
    """The article ids a summary sentence's "n/N outlets" counts: its citations' articles, plus
    those its fact counts for it (see the module docstring)."""
    ids = [c.article_id for c in sentence.citations]
    fact = holding_fact(report, sentence)
    if fact is not None:
        member = _member(fact, sentence.citations[0])
        if member is not None and member.article_ids:  # the member's own count (`MemberStatus.article_ids`)
            ids += list(member.article_ids)
        else:  # a report stored before session 24 lists no articles per member: the fact's, plus the member's carriers
            told = member.told_by if member is not None else fact.told_by
            ids += list(fact.article_ids) + [c.article_id for c in told]
    return list(dict.fromkeys(ids))


def count_unit(report, sentence) -> str:
    """What a summary sentence's "n/N" counts, said beside it: "outlets" when it is its fact's count
    (the facts section shows the same), "outlets cited" when it comes from the sentence's own
    citations alone (`newsweave summarize`, or no fact holds it): the independent outlets among the
    articles the summary cites for it, a copy counted as its original's (`copy_sources`), of the
    story's independent outlets. The two differ for one sentence (bundled example, first sentence:
    2/4 cited, 3/4 in its fact), so a reader comparing the two reports sees which is which
    (session 19, brief E2b, defect 9)."""
    from .unnamed_outlets import outlets_word

    word = outlets_word(report)  # "articles" when no article has a known outlet
    return word if holding_fact(report, sentence) is not None else f"{word} cited"
