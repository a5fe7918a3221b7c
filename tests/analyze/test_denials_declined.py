"""Claims against denials (issue 12, session 14): the complement of a verb of declining ("declined to
indict", "refused to approve", "failed to approve") is not a claim that it happened, so it never stands
against a denial of the same act (with which it agrees). Fictional text; the parametrised test fails on
1871843, where each pair was reported; the guard holds before and after."""

import pytest

from newsweave.analyze.denials import denial_conflicts

from .conftest import fictional_docs as _docs


@pytest.mark.parametrize("claim, denial", [
    ("A grand jury in Brellham has declined to indict harbour officer Tomas Brekke in the drowning of Jonah Pell.",
     "Protesters gathered when a grand jury chose not to indict harbour officer Tomas Brekke in the drowning of Jonah Pell."),
    ("The Darnmouth council refused to approve the Brellham pier contract with Harl Freight on Monday.",
     "The Darnmouth council did not approve the Brellham pier contract with Harl Freight, the mayor said."),
    ("The Darnmouth council failed to approve the Brellham pier contract with Harl Freight on Monday.",
     "The Darnmouth council did not approve the Brellham pier contract with Harl Freight, the mayor said."),
])
def test_a_declined_act_is_no_claim(nlp, claim, denial):
    assert denial_conflicts(_docs(claim, denial), nlp=nlp) == []


def test_guard_an_approval_against_its_denial_is_still_a_conflict(nlp):
    docs = _docs("The Darnmouth council approved the Brellham pier contract with Harl Freight on Monday.",
                 "The Darnmouth council did not approve the Brellham pier contract with Harl Freight, the mayor said.")
    (c,) = denial_conflicts(docs, nlp=nlp)
    assert "approved" in c.sides[0].value and "approve" in c.sides[1].value
