"""Two articles giving different causes of the same event (`cause_conflicts`). Fictional text."""

from __future__ import annotations

import pytest

from newsweave.analyze.cause_conflicts import cause_conflicts
from newsweave.analyze.framing import framing_conflicts

from .conftest import fictional_docs as _docs


def test_caused_by_against_blamed_on(nlp):
    docs = _docs("The collapse of the Harwick footbridge was caused by heavy spring rains, the county engineer said.",
                 "Residents blamed the collapse of the footbridge on years of skipped repairs by the Tellmar council.")
    (c,) = cause_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert [s.value for s in c.sides] == ["caused by heavy spring rains", "caused by years of skipped repairs"]
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]
    assert c.about.startswith("cause of collapse of the Harwick footbridge")


def test_that_is_the_cause_takes_the_first_clause(nlp):
    docs = _docs("“The Tellmar council never cleared the storm drains, and that's the cause of the flooding,” said Ona Brisk.",
                 "The flooding was caused by a burst water main under Kessel Road, the utility said on Monday.")
    (c,) = cause_conflicts(docs, nlp=nlp)
    assert c.sides[0].value == "caused by Tellmar council never cleared the storm drains"
    assert c.sides[1].value == "caused by burst water main under Kessel Road"


def test_a_relative_clause_of_the_cause_is_left_out(nlp):
    docs = _docs("Ferrow Homes says the tower's cracks were caused by crews digging a tunnel next door, which the firm says shook the tower.",
                 "Inspectors for the Brellham city council found that the tower's cracks were caused by cheap concrete.")
    (c,) = cause_conflicts(docs, nlp=nlp)
    assert c.sides[0].value == "caused by crews digging a tunnel next door"


def test_claimed_responsibility_against_a_named_culprit(nlp):
    docs = _docs("Police said the Ossel Front was responsible for the bombing of the Kessel depot.",
                 "The Kessel Brigade claimed responsibility for the bombing of the Kessel depot.")
    (c,) = cause_conflicts(docs, nlp=nlp)
    assert [s.value for s in c.sides] == ["caused by Ossel Front", "caused by Kessel Brigade"]


def test_to_blame_and_attributed_to(nlp):
    docs = _docs("Officials said the Tellmar council is to blame for the flooding in Darrow.",
                 "The flooding in Darrow was attributed to a burst water main, Ona Brisk said.")
    (c,) = cause_conflicts(docs, nlp=nlp)
    assert [s.value for s in c.sides] == ["caused by Tellmar council", "caused by burst water main"]


def test_framing_conflicts_returns_them(nlp):
    docs = _docs("The collapse of the Harwick footbridge was caused by heavy spring rains, the county engineer said.",
                 "Residents blamed the collapse of the footbridge on years of skipped repairs by the Tellmar council.")
    assert any(c.about.startswith("cause of collapse") for c in framing_conflicts(docs, (), nlp=nlp))


@pytest.mark.parametrize("a, b", [
    # the same cause in other words: the causes share a word
    ("The Brell mill fire was caused by an electrical fault, the fire service said.", "An electrical short caused the Brell mill fire, officials said."),
    # a possibility, not a claim
    ("The Brell mill fire may have been caused by a candle, a neighbour said.", "The Brell mill fire was caused by an electrical fault, officials said."),
    # negated: a denial, not a cause
    ("The Brell mill fire was not caused by a candle, the owner said.", "The Brell mill fire was caused by an electrical fault, officials said."),
    # doubted
    ("The owner doubted that a candle caused the Brell mill fire.", "The Brell mill fire was caused by an electrical fault, officials said."),
    # two different events
    ("The storm caused flooding in Darrow on Sunday.", "A faulty cable caused the blackout in Kessel on Monday."),
    # blamed for an act of their own: who did it, not what caused an event
    ("Rangers blamed hikers for leaving litter near the Ossel falls.", "Locals blamed campers for leaving litter near the Ossel falls."),
    # a question
    ("Was the Brell mill fire caused by a candle?", "The Brell mill fire was caused by an electrical fault, officials said."),
    # told as plain narrative, by no party
    ("The Brell mill fire was caused by a candle.", "The Brell mill fire was caused by an electrical fault, officials said."),
    # who did it, but the one blamed is not named
    ("Officials blamed enemies of the state for the bombing of the Kessel depot.", "The Kessel Brigade claimed responsibility for the bombing of the Kessel depot."),
    # responsibility denied, not claimed; responsibility negated
    ("The Ossel Front denied responsibility for the bombing.", "The Kessel Brigade claimed responsibility for the bombing."),
    ("Police said the Ossel Front was not responsible for the bombing.", "The Kessel Brigade claimed responsibility for the bombing."),
    # one party, two wordings ("he" is no named party either)
    ("Fire chief Ada Morrow said the Brell mill fire was caused by a candle.", "Ada Morrow said a cheap heater caused the Brell mill fire."),
])
def test_no_conflict(nlp, a, b):
    assert cause_conflicts(_docs(a, b), nlp=nlp) == []


def test_an_article_stating_both_causes_takes_no_side(nlp):
    docs = _docs("The owner said the Brell mill fire was caused by a candle.",
                 "Officials said the Brell mill fire was caused by an electrical fault. The owner said the Brell mill fire was caused by a candle.")
    assert cause_conflicts(docs, nlp=nlp) == []


def test_one_article_is_not_a_conflict(nlp):
    docs = _docs("The Brell mill fire was caused by a candle, the owner said. Officials said the Brell mill fire was caused by an electrical fault.",
                 "The Brell mill reopened on Friday.")
    assert cause_conflicts(docs, nlp=nlp) == []


def test_no_parser_no_report():
    docs = _docs("The Brell mill fire was caused by a candle, the owner said.", "The Brell mill fire was caused by an electrical fault, officials said.")
    assert cause_conflicts(docs, nlp=None) == []
