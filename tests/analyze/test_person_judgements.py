"""One named person judged in opposite terms by two parties (`person_judgements`). Fictional text."""

from __future__ import annotations

import pytest

from newsweave.analyze.framing import framing_conflicts
from newsweave.analyze.person_judgements import person_judgement_conflicts

from .conftest import fictional_docs as _docs

_FAIR = "In a statement, the Ostmark Courier's editor Dara Vell said:\n\nTamsin Orrell is an excellent presenter and the whole paper stands behind her."
_BIASED = "The candidate Jory Pell argued that the host Tamsin Orrell would be \"really biased\" against him at the forum."


def test_opposite_judgements_of_one_person_conflict(nlp):
    docs = _docs(_FAIR, _BIASED)
    (c,) = person_judgement_conflicts(docs, nlp=nlp)
    assert c.kind == "framing" and c.about == "how Orrell is judged: excellent vs biased"
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]


def test_framing_conflicts_returns_them(nlp):
    assert [c.about for c in framing_conflicts(_docs(_FAIR, _BIASED), (), nlp=nlp)] == ["how Orrell is judged: excellent vs biased"]


@pytest.mark.parametrize("negated", ["The candidate Jory Pell said the host Tamsin Orrell is not fair to him.",
                                     "The candidate Jory Pell said the host Tamsin Orrell isn’t “fair” to him."])  # "n’t" parsed as punctuation
def test_a_negated_judgement_flips(nlp, negated):
    docs = _docs(negated, "The Courier's editor Dara Vell said that Tamsin Orrell is fair to every candidate.")
    (c,) = person_judgement_conflicts(docs, nlp=nlp)
    assert [s.value for s in c.sides] == ["fair", "not fair"]


@pytest.mark.parametrize("a, b", [
    # the outlet's own narrative is no party's judgement
    ("Tamsin Orrell is an excellent presenter.", _BIASED),
    # the same party both times
    ("Jory Pell said that Tamsin Orrell is fair.", "Jory Pell argued that Tamsin Orrell is biased."),
    # a party with no word of its own ("he") is no party
    ("He said that Tamsin Orrell is fair.", _BIASED),
    # two people
    ("Dara Vell said that Maren Quist is an excellent presenter.", _BIASED),
    # hedged and conditional judgements
    ("Dara Vell said that Tamsin Orrell may be unfair.", "Jory Pell said that Tamsin Orrell is fair."),
    ("Dara Vell said that if Tamsin Orrell is biased, she will step aside.", "Jory Pell said that Tamsin Orrell is fair."),
    # praise in general is not a judgement of fairness, honesty, competence or courage
    ("Dara Vell said that Tamsin Orrell is a great presenter.", _BIASED),
    # a question
    ("Did Dara Vell say that Tamsin Orrell is fair?", _BIASED),
    # the person judging herself
    ("Tamsin Orrell said that Orrell is fair, as always.", _BIASED),
])
def test_look_alikes_are_silent(nlp, a, b):
    assert person_judgement_conflicts(_docs(a, b), nlp=nlp) == []
