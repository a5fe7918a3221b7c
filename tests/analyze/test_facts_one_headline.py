"""One sentence, one headline, one count: a sentence that sits in a larger fact (pass 2's support puts a sentence
into every group it supports) is never the text of a smaller one, or the report would show it twice with two
counts (the summary reads a sentence's largest fact). Through the real fact builder (`facts.facts_from_groups`);
texts are fictional."""

from __future__ import annotations

import numpy as np

from newsweave.analyze import facts as F

from .test_facts_carried import _sentences

LEAD = "The Ostmere council passed the ferry levy on Thursday."  # art0: in both groups, the central one
OTHER = ["Councillors in Ostmere approved the ferry levy on Thursday night.", "Ostmere's ferry levy passed a council vote."]
SECOND = "Critics of the ferry levy called Thursday's council vote rushed and unfair to islanders."  # art0, 2nd sentence


def test_a_sentence_in_a_larger_fact_is_not_a_smaller_facts_text():
    sents, doc_of, documents = _sentences([[LEAD, SECOND], [OTHER[0]], [OTHER[1], "Islanders said the levy was unfair."]])
    # indexes: 0 LEAD, 1 SECOND (art0); 2 OTHER[0] (art1); 3 OTHER[1], 4 the islanders (art2)
    sims = np.eye(5)
    for a, b, v in ((0, 2, 0.8), (0, 3, 0.6), (2, 3, 0.9), (0, 1, 0.7), (0, 4, 0.7), (1, 4, 0.3)):
        sims[a, b] = sims[b, a] = v
    fg = F.FactGroups(sents, doc_of, [[0, 2, 3], [0, 1, 4]], sims, 0.3)
    facts = F.facts_from_groups(documents, fg)
    big, small = facts[0], facts[1]
    assert big.text == OTHER[0] and len(big.independent_outlets) == 3  # its most central member
    # LEAD is the small group's most central member, but it is a member of the big fact, with three outlets:
    # the small fact is told by a sentence of its own
    assert small.text != LEAD and small.text in (SECOND, "Islanders said the levy was unfair.")
    assert len(small.independent_outlets) == 2
