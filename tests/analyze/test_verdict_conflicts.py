"""Two-way verdicts on a named person (`verdict_conflicts`): broke the law or not, treated fairly or
not. Fictional text."""

from __future__ import annotations

import pytest

from newsweave.analyze.framing import framing_conflicts
from newsweave.analyze.verdict_conflicts import verdict_conflicts

from .conftest import fictional_docs as _docs


def test_law_verdicts_conflict(nlp):
    docs = _docs("Tamsin Orrell broke the law when she moved the harbour buoys, the Brellham blog wrote.",
                 "But Orrell did not break the law, because the harbour board had approved the move, officials said.")
    (c,) = verdict_conflicts(docs, nlp=nlp)
    assert c.kind == "claim" and c.about == "whether Orrell broke the law"
    assert [s.value for s in c.sides] == ["not break the law", "broke the law"]
    assert [s.article_ids for s in c.sides] == [(docs[1].article.id,), (docs[0].article.id,)]


def test_a_subject_with_a_role_in_apposition(nlp):
    docs = _docs("Assuming the photo was taken in Brellham, Tamsin Orrell, the former harbour master of Ostmark County, Varland, is now a lawbreaker.",
                 "But Orrell did not break the law, because the harbour board had approved the move, officials said.")
    (c,) = verdict_conflicts(docs, nlp=nlp)
    assert c.about == "whether Orrell broke the law"
    assert [s.value for s in c.sides] == ["not break the law", "lawbreaker"]


def test_fair_treatment_verdicts_conflict(nlp):
    docs = _docs("Citing unfair treatment by Ostmark Radio, Velan Dusk will not take part in the forum on Thursday, his manager told reporters.",
                 "Dusk is still welcome at the forum and will be treated fairly, the Ostmark Courier said in a statement.")
    (c,) = verdict_conflicts(docs, nlp=nlp)
    assert c.about == "whether Dusk is treated fairly"
    assert [s.value for s in c.sides] == ["treated fairly", "Citing unfair treatment"]


def test_framing_conflicts_returns_them(nlp):
    docs = _docs("Tamsin Orrell broke the law when she moved the harbour buoys, the Brellham blog wrote.",
                 "But Orrell did not break the law, because the harbour board had approved the move, officials said.")
    assert [c.about for c in framing_conflicts(docs, (), nlp=nlp)] == ["whether Orrell broke the law"]


@pytest.mark.parametrize("a, b", [
    # two moments: treated unfairly at the last forum, will be treated fairly at this one
    ("Velan Dusk was treated unfairly at the spring forum, his manager said.", "Velan Dusk will be treated fairly on Thursday, the Courier said."),
    # an object pronoun is not resolved: "him" is not Pell
    ("Dusk attacked Pell for treating him unfairly at the spring forum.", "Pell was treated fairly by the panel, the Courier said."),
    # a verdict wanted, not given
    ("Velan Dusk wants to be treated fairly, his manager said.", "Velan Dusk was treated unfairly, his manager said."),
    # a conditional
    ("If Tamsin Orrell moved the buoys, she broke the law.", "Tamsin Orrell did not break the law, officials said."),
    # two people
    ("Tamsin Orrell broke the law, the blog wrote.", "Jory Pell did not break the law, officials said."),
    # both say the same
    ("Tamsin Orrell did not break the law, officials said.", "Orrell never broke the law, her lawyer said."),
])
def test_look_alikes_are_silent(nlp, a, b):
    assert verdict_conflicts(_docs(a, b), nlp=nlp) == []


def test_needs_a_parser():
    assert verdict_conflicts(_docs("Orrell broke the law.", "Orrell did not break the law."), nlp=None) == []
