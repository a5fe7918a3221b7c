"""One act called lawful in one article and unlawful in another (`legality_conflicts`). Fictional text."""

from __future__ import annotations

import pytest

from newsweave.analyze.framing import framing_conflicts
from newsweave.analyze.legality_conflicts import legality_conflicts

from .conftest import fictional_docs as _docs


def test_legal_against_without_basis(nlp):
    docs = _docs("Palace aides defended the plan, saying the governor's emergency action is legal and overdue.",
                 "A motion by the Orvell council says the governor was acting without any legal or statutory basis.")
    (c,) = legality_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert c.about == "whether it was lawful: act"
    assert [s.value for s in c.sides] == ["lawful (legal)", "unlawful (without)"]
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]


def test_ruled_unconstitutional_against_lawful(nlp):
    docs = _docs("Judge Mara Tello ruled the Kestrel curfew unconstitutional on Monday.",
                 "City lawyers insist the curfew is lawful and will appeal.")
    (c,) = legality_conflicts(docs, nlp=nlp)
    assert c.sides[0].value == "lawful (lawful)"
    assert c.sides[1].value == "unlawful (unconstitutional)"


def test_negation_flips_the_verdict(nlp):
    docs = _docs("Harbour officials said the new levy is not legal.", "The port authority says the levy is lawful.")
    (c,) = legality_conflicts(docs, nlp=nlp)
    assert {s.value for s in c.sides} == {"lawful (lawful)", "unlawful (legal)"}


def test_framing_conflicts_returns_them(nlp):
    docs = _docs("City lawyers insist the curfew is lawful.", "Judge Mara Tello ruled the curfew unconstitutional.")
    assert any(c.about.startswith("whether it was lawful") for c in framing_conflicts(docs, (), nlp=nlp))


@pytest.mark.parametrize("a, b", [
    # a description, not a verdict
    ("Illegal fishing boats were seen near the Dorran reef.", "The fishing boats at the reef are lawful, the ministry said."),
    # hedged or conditional
    ("Critics say the curfew could be unconstitutional.", "City lawyers insist the curfew is lawful."),
    ("If the curfew is unconstitutional, the council will pay damages.", "City lawyers insist the curfew is lawful."),
    # different acts
    ("Judge Mara Tello ruled the Kestrel curfew unconstitutional.", "The new parking levy is lawful, the council said."),
    # no act named
    ("It is illegal, the union said.", "City lawyers insist the curfew is lawful."),
    # both agree
    ("Judge Mara Tello ruled the curfew unconstitutional.", "Rights groups said the curfew is unlawful."),
    # "not only illegal" is no negation
    ("Threats against the curfew wardens are not only illegal but cruel.", "Rights groups said the threats against wardens are unlawful."),
    # unclear under a negated verb
    ("The ministry no longer considers the curfew unconstitutional.", "Rights groups said the curfew is unconstitutional."),
    # a question
    ("Is the curfew legal?", "Judge Mara Tello ruled the curfew unconstitutional."),
])
def test_no_conflict(nlp, a, b):
    assert legality_conflicts(_docs(a, b), nlp=nlp) == []


def test_same_article_is_not_a_conflict(nlp):
    docs = _docs("City lawyers insist the curfew is lawful. Judge Mara Tello ruled the curfew unconstitutional.", "The Kestrel market reopened.")
    assert legality_conflicts(docs, nlp=nlp) == []


def test_no_parser_no_report():
    docs = _docs("City lawyers insist the curfew is lawful.", "Judge Mara Tello ruled the curfew unconstitutional.")
    assert legality_conflicts(docs, nlp=None) == []


def test_no_longer_is_unclear(nlp):
    docs = _docs("The ministry said it no longer considers the Kestrel curfew to be unconstitutional.",
                 "City lawyers insist the Kestrel curfew is lawful.")
    assert legality_conflicts(docs, nlp=nlp) == []


def test_a_where_clause_is_no_verdict(nlp):
    docs = _docs("Since the Orvell ruling, street trading has been legal in the capital.",
                 "In provinces where street trading is illegal and fines are high, few vendors remain.")
    assert legality_conflicts(docs, nlp=nlp) == []
