"""Session 24 (brief F, issue 12): inside a fact, a member that pass 2 added counts (and is counted by) another
article's member only when the two are as close as the bar themselves; core members count each other as before.
Hand-made similarities over fictional sentences, through the real pass 2 (`facts._add_support`) and fact builder."""

from __future__ import annotations

import numpy as np

from newsweave.analyze import facts as F

from .test_facts_carried import _sentences

# art0's lead carries two claims; art1's lead one of them (the death); art2 tells the death, then the terms.
DOCS = [["Former warden Ilka Dorn, who served four terms on the moor council, has died."],
        ["Tributes were paid in Lowfell after news of the warden's death reached her old office."],
        ["The Brackmoor ranger known to walkers as Ilka died on Sunday aged 90.", "She won a seat in 1980 and held it through four terms."]]
BAR = 0.35


def _fg():
    sents, doc_of, documents = _sentences(DOCS)
    sims = np.eye(4)
    for (i, j), v in {(0, 3): 0.40, (0, 1): 0.39, (0, 2): 0.37, (1, 2): 0.45, (1, 3): 0.34, (2, 3): 0.20}.items():
        sims[i, j] = sims[j, i] = v
    return sents, doc_of, documents, sims


def test_pass_2_records_what_it_added():
    _, doc_of, _, sims = _fg()
    added: dict = {}
    groups = F._add_support([[0, 3], [1, 2]], sims, doc_of, BAR, np.zeros_like(sims, dtype=bool), added=added)
    assert groups[0] == [0, 1, 2, 3]
    assert added[(0, 1, 2, 3)] == {1, 2}  # the terms pair is the core; both death leads came in by pass 2


def test_the_terms_sentence_counts_only_the_outlet_close_to_it():
    sents, doc_of, documents, sims = _fg()
    fg = F.FactGroups(sents, doc_of, [[0, 1, 2, 3]], sims, BAR, added={(0, 1, 2, 3): frozenset({1, 2})})
    (fact,) = F.facts_from_groups(documents, fg)
    assert fact.status == "shared" and set(fact.article_ids) == {"art0", "art1", "art2"}
    assert fact.text != sents[3].text  # the representative counts every article
    (m,) = fact.member_status
    assert (m.citation.article_id, m.citation.sentence_index) == ("art2", 1)
    assert m.status == "partial" and m.article_ids == ("art0", "art2") and m.independent_outlets == ("Outlet 0", "Outlet 2")


def test_without_a_record_of_pass_2_every_member_counts_the_group():
    sents, doc_of, documents, sims = _fg()
    (fact,) = F.facts_from_groups(documents, F.FactGroups(sents, doc_of, [[0, 1, 2, 3]], sims, BAR))
    assert fact.status == "shared" and fact.member_status == ()
