"""Framing by stance read from the parse (`framing_stance`, session 13), on fictional text written here."""

import pytest

from newsweave.analyze.framing import characterisation_conflicts

from .conftest import fictional_docs as _docs

PRAISE = "Outside reviewers have praised the final Vellmore coast agreement as balanced and ambitious."
OUTRAGE = ('Tara Quen, director of the campaign group Fair Harbour, said: "It is outrageous that the agreement is being spun as a '
           'success when it leaves the coast towns with almost nothing binding to keep them safe."')


def test_reported_praise_against_a_mixed_quote_read_by_its_main_clause(nlp):
    # fails on daa39c8: the praise is unquoted, and the quote holds both polarities ("outrageous", "success", "safe")
    docs = _docs(PRAISE, OUTRAGE)
    (c,) = characterisation_conflicts(docs, (), nlp=nlp)
    assert c.kind == "framing" and c.about.startswith("the deal")
    assert c.sides[0].article_ids == (docs[0].article.id,) and c.sides[1].article_ids == (docs[1].article.id,)
    assert c.sides[0].value == "Outside reviewers" and c.sides[1].value == "Tara Quen"


def test_condemnation_verb_against_praise_verb(nlp):
    docs = _docs("The Vellmore port union condemned the new harbour plan on Monday.",
                 "Mayor Ilsa Grent welcomed the new harbour plan at a meeting of traders.")
    (c,) = characterisation_conflicts(docs, (), nlp=nlp)
    assert {c.sides[0].value, c.sides[1].value} == {"Vellmore port union", "Mayor Ilsa Grent"}


@pytest.mark.parametrize("a", [
    "Outside reviewers did not praise the final Vellmore coast agreement.",   # negated
    "They have praised the final Vellmore coast agreement as ambitious.",     # no named party
    "Many have praised the final Vellmore coast agreement as ambitious.",
    "Outside reviewers praised the ministers who drafted the Vellmore coast agreement.",  # the object is not the target
])
def test_no_stance_without_a_party_or_an_asserted_verb(nlp, a):
    assert characterisation_conflicts(_docs(a, OUTRAGE), (), nlp=nlp) == []


def test_a_quote_whose_main_clause_is_neutral_gives_no_stance(nlp):
    quote = ('Tara Quen of Fair Harbour said: "The agreement was signed on Friday after critics called it a failure and '
             'ministers called it a success."')
    assert characterisation_conflicts(_docs(PRAISE, quote), (), nlp=nlp) == []


def test_without_a_parser_nothing_is_added():
    assert characterisation_conflicts(_docs(PRAISE, OUTRAGE), ()) == []
