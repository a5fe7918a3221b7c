"""One party recognising a thing that another party rejects, in two articles (`recognition_conflicts`). Fictional text."""

from __future__ import annotations

import pytest

from newsweave.analyze.framing import framing_conflicts
from newsweave.analyze.recognition_conflicts import recognition_conflicts

from .conftest import fictional_docs as _docs


def test_recognised_against_the_rejected_term(nlp):
    docs = _docs("The Varland parliament formally recognised the Ossel famine as a crime on Friday.",
                 "The matter is delicate, with Ostmark admitting deaths but rejecting the term \"famine\".")
    (c,) = recognition_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert c.sides[0].value.startswith("recognises it (recognised the Ossel famine")
    assert c.sides[1].value.startswith("rejects it (rejecting")
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]


def test_confirmed_against_denied(nlp):
    docs = _docs("The Brellham army confirmed the strike on the Kessel depot.", "Kessel officials denied the strike, calling the footage old.")
    (c,) = recognition_conflicts(docs, nlp=nlp)
    assert c.about == "the strike on the Kessel depot: recognised vs rejected"


def test_framing_conflicts_returns_them(nlp):
    docs = _docs("The Brellham army confirmed the strike on the Kessel depot.", "Kessel officials denied the strike, calling the footage old.")
    assert any(c.about.endswith("recognised vs rejected") for c in framing_conflicts(docs, (), nlp=nlp))


@pytest.mark.parametrize("a, b", [
    # not confirmed: negated, declined, modal
    ("The Brellham army did not confirm the strike on the Kessel depot.", "Kessel officials denied the strike."),
    ("The Brellham army refused to confirm the strike on the Kessel depot.", "Kessel officials denied the strike."),
    ("The Brellham army may confirm the strike on the Kessel depot.", "Kessel officials denied the strike."),
    # one party
    ("Kessel officials confirmed the strike on the depot.", "Kessel officials denied the strike on the school."),
    # different things
    ("The Brellham army confirmed the strike on the Kessel depot.", "Kessel officials denied the report."),
    # an approval, not a claim
    ("The Varland senate confirmed the nomination of Ada Morrow.", "Opposition leaders rejected the nomination."),
    # a question
    ("Did the Brellham army confirm the strike?", "Kessel officials denied the strike."),
])
def test_no_conflict(nlp, a, b):
    assert recognition_conflicts(_docs(a, b), nlp=nlp) == []


def test_same_article_is_not_a_conflict(nlp):
    docs = _docs("The Brellham army confirmed the strike. Kessel officials denied the strike.", "The Kessel depot reopened on Friday.")
    assert recognition_conflicts(docs, nlp=nlp) == []


def test_no_parser_no_report():
    docs = _docs("The Brellham army confirmed the strike.", "Kessel officials denied the strike.")
    assert recognition_conflicts(docs, nlp=None) == []
