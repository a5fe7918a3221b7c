"""Pass 3 of the fact grouping (analyze/facts_align.py): a sentence of a long article under the bar
joins the group of its clear best match in another long article. Similarity matrices are written
here by hand (the alignment reads only them and the sentences' names and figures); texts fictional."""

import numpy as np

from newsweave.analyze.facts_align import anchors, attach, clear_best

BAR = 0.35


def _story(n_a=9, n_b=9, pair=(0, 0), value=0.28, runner_up=0.18, texts=None):
    """Two articles of n_a and n_b sentences; every cross pair at 0.1 except sentence `pair[0]` of A
    against `pair[1]` of B at `value`, and one runner-up in B at `runner_up`."""
    n = n_a + n_b
    doc_of = [0] * n_a + [1] * n_b
    sims = np.full((n, n), 0.1)
    i, j = pair[0], n_a + pair[1]
    sims[i, j] = sims[j, i] = value
    k = n_a + (pair[1] + 1) % n_b
    sims[i, k] = sims[k, i] = runner_up
    np.fill_diagonal(sims, 1.0)
    filler = [f"Filler sentence number {x} says little of note here." for x in range(n)]
    if texts:
        for x, t in texts.items():
            filler[x] = t
    return sims, doc_of, filler, i, j


def test_anchors_are_names_and_figures_not_the_opening_word():
    a = anchors("Yesterday the Pellworth ferry carried 412 passengers to Marrow Island, the harbour office said.")
    assert {"pellworth", "marrow", "island", "#412"} <= a
    assert "yesterday" not in a and "the" not in a


def test_clear_best_takes_a_pair_under_the_bar_that_shares_a_rare_name():
    texts = {0: "Divers from Pellworth pulled the skipper out of the cold water.",
             9: "The skipper was rescued by a Pellworth dive team after the boat sank."}
    sims, doc_of, t, i, j = _story(texts=texts)
    assert clear_best(sims, doc_of, t, BAR) == [(i, j), (j, i)]


def test_no_shared_anchor_no_margin_or_short_articles_no_pair():
    plain = {0: "Divers pulled the skipper out of the cold water.", 9: "The skipper was rescued by a dive team after the boat sank."}
    sims, doc_of, t, _, _ = _story(texts=plain)
    assert clear_best(sims, doc_of, t, BAR) == []  # nothing names the same thing
    named = {0: "Divers from Pellworth pulled the skipper out.", 9: "A Pellworth dive team rescued the skipper."}
    sims, doc_of, t, _, _ = _story(texts=named, runner_up=0.26)
    # the runner-up in B is too close for A's sentence; one way, B's sentence still clearly picks it
    assert clear_best(sims, doc_of, t, BAR) == [(9, 0)]
    sims, doc_of, t, _, _ = _story(n_a=4, n_b=4, texts={0: named[0], 4: named[9]})
    assert clear_best(sims, doc_of, t, BAR) == []  # short articles: every sentence has a best match
    sims, doc_of, t, _, _ = _story(texts=named, value=0.2)
    assert clear_best(sims, doc_of, t, BAR) == []  # too far under the bar


def test_a_name_most_sentences_carry_is_the_topic_not_an_anchor():
    texts = {x: f"Item {x} of the Pellworth log is about the harbour." for x in range(18)}
    sims, doc_of, t, _, _ = _story(texts=texts)
    assert clear_best(sims, doc_of, t, BAR) == []
    assert clear_best(sims, doc_of, t, BAR, max_share=None) != []


def test_attach_joins_the_group_of_the_match_unless_blocked():
    groups = [[1, 9, 12], [0], [2]]  # 9 is in a two-article group; 0 and 2 stand alone
    doc_of = [0] * 9 + [1] * 9
    blocked = np.zeros((18, 18), dtype=bool)
    out = attach(groups, [(0, 9)], doc_of, blocked)
    assert [0, 1, 9, 12] in out and [0] not in out
    blocked[2, 12] = blocked[12, 2] = True  # figures that disagree with a member still veto
    out = attach(groups, [(2, 9)], doc_of, blocked)
    assert [1, 9, 12] in out and [2] in out
    # a sentence already in a multi-article group stays where it is
    assert attach(groups, [(1, 0)], doc_of, blocked) == sorted(groups, key=len, reverse=True)
