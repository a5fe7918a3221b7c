"""Fact grouping (analyze/facts.py, analyze/fact_similarity.py) on short fictional stories."""

import datetime as dt

import pytest

from newsweave.analyze.fact_similarity import LexicalSimilarity, agreement_penalty, core_text, fact_terms
from newsweave.analyze.facts import fact_sentences, facts_from_groups, group_sentences
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article


def _docs(*texts, published=None):
    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t, published=published)) for i, t in enumerate(texts))


def _fact_of(facts, article_id, words):
    hits = [f for f in facts if any(c.article_id == article_id and words in f.text or words in _cited(f, article_id) for c in f.citations)]
    assert hits, words
    return max(hits, key=lambda f: len(f.article_ids))


def _cited(fact, article_id):
    return " ".join(c.article_id for c in fact.citations if c.article_id == article_id)


def _outlets(facts, docs, article_id, words):
    """Articles of the largest fact that cites the sentence of `article_id` holding `words`."""
    doc = next(d for d in docs if d.article.id == article_id)
    s = next(s for s in doc.sentences if words in s.text)
    hits = [f for f in facts if any(c.article_id == article_id and c.start < s.end and s.start < c.end for c in f.citations)]
    return set(max(hits, key=lambda f: len(f.article_ids)).article_ids) if hits else {article_id}


def test_core_text_drops_dateline_and_attribution_tail():
    assert core_text("LOWMARSH (Tidewire) — The ferry board voted 7-2 to close the pier, the council said on Friday.") == "The ferry board voted 7-2 to close the pier"
    assert core_text("The pier will close in May, according to a notice posted at the gate.") == "The pier will close in May"
    # a sentence that is mostly attribution keeps its words
    assert core_text("Nobody was hurt, she said.") == "Nobody was hurt, she said."


def test_fact_terms_fold_possessives_and_keep_figures_whole():
    terms = fact_terms("Alder's board voted 7-2 on the $4.5 million plan.")
    assert "alder" in terms and "#7-2" in terms and "#$4.5" in terms
    assert not any(t.endswith("'") for t in terms)


def test_fact_sentences_trim_a_dateline_and_drop_furniture():
    text = "LOWMARSH (Tidewire) — The Lowmarsh pier closed on Friday after a storm damaged its deck.\n\nRead more: Storm news\n\nShare this article"
    (doc,) = _docs(text)
    kept = fact_sentences(doc)
    assert [s.text for s in kept] == ["The Lowmarsh pier closed on Friday after a storm damaged its deck."]
    s = kept[0]
    assert text[s.start : s.end] == s.text  # offsets stay exact after trimming


STORY = (
    "The Lowmarsh pier closed on Friday after a winter storm tore away part of its wooden deck. "
    "The storm forced the closure of the pier on Friday morning. "
    "The harbour master said repairs would take months.",
    "A winter storm ripped up the deck of Lowmarsh pier, which was shut on Friday. "
    "Local fishermen said they had warned about the rotten planks for years.",
    "Lowmarsh's pier was closed on Friday when storm waves smashed through its timber deck, the town council said. "
    "The council will meet on Monday to discuss the cost of rebuilding.",
)


def test_paraphrases_of_the_core_fact_are_one_shared_fact():
    docs = _docs(*STORY)
    fg = group_sentences(docs, similarity="lexical")
    facts = facts_from_groups(docs, fg)
    assert _outlets(facts, docs, "a0", "closed on Friday") == {"a0", "a1", "a2"}
    assert _outlets(facts, docs, "a2", "closed on Friday") == {"a0", "a1", "a2"}
    # a lead restated in the next sentence of the same article joins the same fact
    assert _outlets(facts, docs, "a0", "forced the closure") == {"a0", "a1", "a2"}
    # the details only one outlet gives stay unique
    assert _outlets(facts, docs, "a1", "fishermen") == {"a1"}
    assert _outlets(facts, docs, "a2", "will meet on Monday") == {"a2"}
    assert _outlets(facts, docs, "a0", "repairs would take months") == {"a0"}


def test_figures_that_disagree_are_two_facts():
    docs = _docs(
        "Pier ticket sales for March were revised to 6.9 million tickets, the highest month since the pier opened.",
        "March ticket sales were revised to 6.8 million tickets.",
        "The operator said March ticket sales reached a revised 6.9 million tickets.",
    )
    for name in ("lexical", "static"):
        if name == "static":
            from newsweave.embed.static import static_available

            if not static_available():
                continue
        facts = facts_from_groups(docs, group_sentences(docs, similarity=name))
        assert _outlets(facts, docs, "a1", "6.8 million") == {"a1"}, name
        assert _outlets(facts, docs, "a0", "6.9 million") == {"a0", "a2"}, name


def test_different_named_sources_and_dates_weaken_a_pair():
    docs = _docs(
        "Economists surveyed by Harbor Analytics had expected the ferry line to carry more passengers.",
        "Economists surveyed by Quayside Research had expected the ferry line to carry more passengers.",
    )
    sentences = [s for d in docs for s in d.sentences]
    raw = LexicalSimilarity().matrix(sentences)
    weakened = agreement_penalty(sentences, raw)
    assert raw[0, 1] > 0.5 and weakened[0, 1] == 0.0

    day = dt.date(2025, 3, 12)
    docs = _docs("Inspectors reported rust on the pier's steel piles last month.", "Inspectors examined the pier's steel piles yesterday.", published=day)
    sentences = [s for d in docs for s in d.sentences]
    raw = LexicalSimilarity().matrix(sentences)
    assert agreement_penalty(sentences, raw, published={s.article_id: day for s in sentences})[0, 1] == pytest.approx(raw[0, 1] * 0.6)
    # without publication dates "yesterday" cannot be resolved, so nothing is weakened
    assert agreement_penalty(sentences, raw)[0, 1] == pytest.approx(raw[0, 1])


def test_static_similarity_groups_a_paraphrase_with_few_shared_words():
    pytest.importorskip("model2vec")
    from newsweave.embed.static import static_available

    if not static_available():
        pytest.skip("static embedder not available")
    docs = _docs(*STORY)
    fg = group_sentences(docs, similarity="static")
    facts = facts_from_groups(docs, fg)
    assert _outlets(facts, docs, "a1", "ripped up the deck") == {"a0", "a1", "a2"}
    assert _outlets(facts, docs, "a1", "fishermen") == {"a1"}


def test_support_adds_at_most_one_sentence_per_article_and_never_a_blocked_one():
    import numpy as np

    from newsweave.analyze.facts import _add_support, _core_groups

    # sentences 0, 2, 3, 4 are in article 0; 1 in article 1; 5 in article 2
    doc_of = [0, 1, 0, 0, 0, 2]
    sims = np.eye(6)
    for a, b, v in [(0, 1, 0.9), (2, 1, 0.6), (3, 1, 0.5), (4, 1, 0.45), (5, 0, 0.7), (5, 1, 0.7)]:
        sims[a, b] = sims[b, a] = v
    blocked = np.zeros((6, 6), dtype=bool)
    blocked[5, 1] = blocked[1, 5] = True  # 5 and 1 disagree on a figure
    core = _core_groups(sims, doc_of, 0.4, blocked)
    assert [0, 1] in core and [5] in core  # 5 is close to both, but may not join 1's group
    grown = _add_support(core, sims, doc_of, 0.4, blocked)
    assert [0, 1, 2] in grown  # only the closest other sentence of article 0 joins (not 3 or 4)
    assert not any(5 in g and 1 in g for g in grown)
