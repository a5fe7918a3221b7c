"""Plans against no plans, deadlines that disagree, and lengths matched by what they measure, on
fictional text written here."""

import pytest

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.deadline_conflicts import deadline_conflicts
from newsweave.analyze.plan_conflicts import plan_conflicts
from newsweave.analyze.quantities import quantities

from .conftest import fictional_docs as _docs


# ------------------------------------------------------------------ plans

def test_considering_against_not_planning_is_a_conflict(nlp):
    docs = _docs(
        "Governor Oakes said on Monday that he is considering lifting the Brellham harbour levy to help the fishing fleet.",
        "Governor Oakes stated he is not planning to waive or repeal the Brellham harbour levy this year.",
    )
    (c,) = plan_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert c.sides[0].article_ids == (docs[0].article.id,) and c.sides[1].article_ids == (docs[1].article.id,)
    assert "considering lifting" in c.sides[0].value and "planning to waive or repeal" in c.sides[1].value


def test_no_plans_noun_and_rule_out_are_negative(nlp):
    docs = _docs(
        "The Darnmouth council is weighing a change of the Brellham parking policy after the flood.",
        "The Darnmouth council has no plans to change the Brellham parking policy, a spokesman said.",
    )
    (c,) = plan_conflicts(docs, nlp=nlp)
    assert "no plans to change" not in c.sides[0].value and "plans to change" in c.sides[1].value


@pytest.mark.parametrize(
    "a, b",
    [
        # two different agents: the governor considers, the union does not plan
        ("Governor Oakes said he is considering lifting the Brellham harbour levy.",
         "The dockers' union said it was not planning to lift the Brellham harbour strike."),
        # the same agent, two different actions
        ("Governor Oakes is considering lifting the Brellham harbour levy this spring.",
         "Governor Oakes is not planning to raise the Brellham harbour levy this spring."),
        # both considering
        ("Governor Oakes is considering lifting the Brellham harbour levy.",
         "Governor Oakes said he was thinking about lifting the Brellham harbour levy."),
        # a conditional is no intention
        ("If Governor Oakes is considering lifting the Brellham harbour levy, he has told nobody.",
         "Governor Oakes is not planning to lift the Brellham harbour levy."),
    ],
)
def test_no_plan_conflict(nlp, a, b):
    assert plan_conflicts(_docs(a, b), nlp=nlp) == []


def test_one_article_changing_its_mind_is_not_compared_with_itself(nlp):
    docs = _docs("Governor Oakes is considering lifting the Brellham harbour levy. "
                 "By Friday Governor Oakes was not planning to lift the Brellham harbour levy after all.")
    assert plan_conflicts(docs, nlp=nlp) == []


def test_no_parser_reports_no_plan_conflict():
    docs = _docs("Governor Oakes is considering lifting the Brellham harbour levy.",
                 "Governor Oakes is not planning to lift the Brellham harbour levy.")
    assert plan_conflicts(docs, nlp=None) == []


# ------------------------------------------------------------------ deadlines

def test_same_target_with_two_deadlines_is_a_conflict(nlp):
    docs = _docs(
        "The ministry has ordered enough filters to supply 40,000 homes in Brellham by the end of the summer, the minister said.",
        "The ministry bought enough filters to supply 40,000 homes by the end of May, officials said on Tuesday.",
    )
    (c,) = deadline_conflicts(docs, nlp=nlp)
    assert c.kind == "date"
    assert [s.value for s in c.sides] == ["by the end of May", "by the end of the summer"]


@pytest.mark.parametrize(
    "a, b",
    [
        # wordings that can mean the same days
        ("The ministry will supply 40,000 homes by the end of July.", "The ministry will supply 40,000 homes by July 30."),
        # two different figures: two targets
        ("The ministry will supply 40,000 homes by the end of May.", "The ministry will supply 90,000 homes by the end of the year."),
        # the same figure for two different actions
        ("The ministry will inspect 40,000 homes by the end of May.", "The ministry will supply 40,000 homes by the end of the year."),
    ],
)
def test_no_deadline_conflict(nlp, a, b):
    assert deadline_conflicts(_docs(a, b), nlp=nlp) == []


# ------------------------------------------------------------------ lengths by what they measure

def test_dimension_of_a_length_is_read_from_the_words():
    (q,) = quantities("The hull is estimated to be 98 feet long.")
    assert q.measure == "size"
    (q,) = quantities("Divers found the 25-meter hull near the reef.")
    assert q.measure == "size"
    (q,) = quantities("The new mast stands 40 metres tall.")
    assert q.measure == "height"
    (q,) = quantities("They swam in the deep blue water 300 metres from the pier.")
    assert q.measure != "depth"


def test_depths_in_two_units_of_one_quake_conflict(nlp):
    docs = _docs(
        "The Varla quake's epicenter was located near Tessin and had a shallow depth of only four kilometers, officials said.",
        "But the Varla quake was very shallow: According to the coastal survey, it occurred about nine miles below the surface.",
    )
    (c,) = value_conflicts(docs, nlp=nlp)
    assert {s.value.strip() for s in c.sides} == {"four kilometers", "nine miles"}


def test_sizes_of_one_wreck_named_two_ways_conflict(nlp):
    docs = _docs(
        "Divers have found a Roman wreck off Tessin. Lying near Tessin, the vessel is thought to be 98 feet long.",
        "The Tessin vessel was found by divers, who spent two years searching for the 20-meter wreck off the coast of Tessin.",
    )
    (c,) = value_conflicts(docs, nlp=nlp)
    assert {s.value.strip() for s in c.sides} == {"98 feet", "20-meter"}


def test_sizes_of_two_things_are_not_compared(nlp):
    docs = _docs(
        "At Tessin the old ferry is 98 feet long and the new pier is 300 feet long.",
        "The 30-meter ferry docked at the 91-meter pier in Tessin.",
    )
    assert value_conflicts(docs, nlp=nlp) == []


def test_converted_lengths_that_agree_are_no_conflict(nlp):
    docs = _docs("The Varla quake had a depth of about six miles, the observatory said.",
                 "The Varla quake struck about 10 kilometers below the surface.")
    assert value_conflicts(docs, nlp=nlp) == []
