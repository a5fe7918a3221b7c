"""Opposite stances are never one fact (analyze/facts_polarity.py, `group_sentences(polarity=True)`, the default), on fictional
stories: a denial and the act it denies stay apart, two denials or a hedge do not."""

import numpy as np

from newsweave.analyze.entities import shared_nlp
from newsweave.analyze.fact_similarity import LexicalSimilarity
from newsweave.analyze.facts import facts_from_groups, group_sentences
from newsweave.analyze.facts_polarity import NEGATION, main_negated, opposite_pairs
from newsweave.analyze.parsing import parse_texts
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

SIGNED = "Mayor Odile Brandt said on Tuesday that she had signed the Lowmarsh harbour levy into law."
DENIED = "Mayor Odile Brandt said on Tuesday that she had never signed the Lowmarsh harbour levy into law."
ALSO_DENIED = "Mayor Odile Brandt insisted on Tuesday that she did not sign the Lowmarsh harbour levy into law."


def _docs(*texts):
    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=f"a{k}", outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))


def _largest(texts, **kw):
    docs = _docs(*texts)
    fg = group_sentences(docs, similarity=LexicalSimilarity(), threshold=0.2, **kw)
    return max(len(f.article_ids) for f in facts_from_groups(docs, fg))


def _negated(text):
    return main_negated(parse_texts(shared_nlp(), [text])[0])


def test_main_predicate_negation_reads_the_reported_clause():
    assert _negated(DENIED)
    assert not _negated(SIGNED)
    assert _negated("The ferry board denied the crossing would close.")
    assert _negated("No money was paid to the contractor for the pier.")
    # a negation outside the main predicate is not a stance
    assert not _negated("The pier, which was not finished, opened on Friday to walkers.")
    # a negated belief or need is doubt, not the opposite act
    assert not _negated("The harbour board does not believe it can settle the dispute this year.")


def test_a_denial_and_the_act_it_denies_are_two_facts():
    assert _largest([SIGNED, DENIED], polarity=False) == 2  # the similarity alone joins them: one fact, "2/2 outlets"
    assert _largest([SIGNED, DENIED]) == 1  # the default


def test_two_denials_and_two_reports_still_group():
    assert _largest([DENIED, ALSO_DENIED], polarity=True) == 2
    assert _largest([SIGNED, SIGNED.replace("Tuesday", "Tuesday evening")], polarity=True) == 2


def test_only_an_affirmative_partner_makes_a_pair():
    assert NEGATION.search("she didn't sign it") and NEGATION.search("without a vote") and not NEGATION.search("Notwell signed")
    docs = _docs(SIGNED, DENIED, ALSO_DENIED)
    sents = [s for d in docs for s in d.sentences]
    mask = opposite_pairs(sents, np.ones((3, 3)), [0, 1, 2], 0.2, shared_nlp())
    assert mask[0, 1] and mask[1, 0] and mask[0, 2]
    assert not mask[1, 2]  # both negate
    assert not opposite_pairs(sents, np.ones((3, 3)), [0, 1, 2], 0.2, None).any()  # no parser: no rule


def test_a_negation_told_in_a_word_is_not_affirmative():
    no_plans = "Mayor Odile Brandt has no plans to create a Lowmarsh harbour inquiry of her own, her office said."
    opposing = "Mayor Odile Brandt is opposing the creation of a Lowmarsh harbour inquiry of her own, her office said."
    docs = _docs(no_plans, opposing)
    sents = [s for d in docs for s in d.sentences]
    assert _negated(no_plans)
    assert not opposite_pairs(sents, np.ones((2, 2)), [0, 1], 0.2, shared_nlp()).any()
    assert opposite_pairs(sents, np.ones((2, 2)), [0, 1], 0.2, shared_nlp(), words=False)[0, 1]
