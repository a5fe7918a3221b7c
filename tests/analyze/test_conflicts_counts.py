"""Exact counts of one counted noun read from the parse (`count_conflicts`), and a figure answered
by an equal figure in the other sentence that is no echo (`conflicts._echoed`), on fictional text
written here."""

import pytest

from newsweave.analyze.conflicts import tally_and_duration_conflicts, value_conflicts
from newsweave.analyze.count_conflicts import count_conflicts

from .conftest import fictional_docs as _docs


def test_an_adjective_between_number_and_noun(nlp):
    docs = _docs(
        "Files show the vet Halvard Lane has faced four previous complaints at the county board since 2014.",
        "County files show that Lane has drawn three medical complaints at the county board, two of them still open.",
    )
    (c,) = count_conflicts(docs, nlp=nlp)
    assert c.kind == "number" and c.about == "number: count of complaints"
    assert [s.value for s in c.sides] == ["four previous complaints", "three medical complaints"]
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]
    assert c in tally_and_duration_conflicts(docs, nlp=nlp)
    assert c in value_conflicts(docs, nlp=nlp)  # `quantities` alone reads "three medical" and misses it


def test_a_total_and_its_parts_in_other_sentences(nlp):
    docs = _docs(
        "Dr. Halvard Lane has had four complaints with the state board. Two complaints were closed last year. "
        "Two other complaints are still open.",
        "Lane has had three complaints with the state board, the Brellham Courier found.",
    )
    (c,) = count_conflicts(docs, nlp=nlp)
    assert sorted(s.value for s in c.sides) == ["four complaints", "three complaints"]


@pytest.mark.parametrize("a, b", [
    # the same count
    ("Lane has had four complaints with the state board.", "Lane has had four complaints with the state board, records show."),
    # "other" counts are additions: Lane and two other doctors are three
    ("Lane and two other doctors were named in the state board report.", "Three doctors were named in the state board report on Lane."),
    # another figure in the sentence may be the whole: four of the six clinics
    ("Lane visited four of the six clinics on the state board list.", "Lane visited six clinics on the state board list."),
    # a hedged count is the value finder's business
    ("Lane has had about four complaints with the state board.", "Lane has had three complaints with the state board."),
    # other acts, other holders
    ("Inspectors closed four clinics in the state board review of Lane.", "Lane opened three clinics after the state board review."),
    # a plan is not a result
    ("Lane will open four clinics, the state board said.", "Lane opened three clinics, the state board said."),
    # two places
    ("Lane opened four clinics in Brellham under the state board scheme.", "Lane opened three clinics in Ostmark under the state board scheme."),
    # an article counting the noun two ways is counting two things
    ("Lane opened four clinics under the state board scheme. Lane opened two clinics in March.",
     "Lane opened three clinics under the state board scheme."),
])
def test_look_alikes_are_silent(nlp, a, b):
    assert count_conflicts(_docs(a, b), nlp=nlp) == []


def test_no_parser_reports_nothing():
    docs = _docs("Lane faces four previous complaints at the county board.", "Lane faces three medical complaints at the county board.")
    assert count_conflicts(docs, nlp=None) == []


def test_a_figure_answered_by_an_equal_figure_is_no_echo(nlp):
    # "at least nine" in the first article agrees with "at least 28" but is the other article's
    # "nine children", so 26 and at least 28 dead are compared.
    docs = _docs(
        "Of the 26 people who died in Marrowgate, 16 were fighters and at least nine were children, Marrowgate health officials said.",
        "At least 28 people have been killed in Marrowgate, nine children among them, reports said.",
    )
    (c,) = value_conflicts(docs, nlp=None)
    assert sorted(s.value for s in c.sides) == ["26", "at least 28"]


def test_a_repeated_figure_is_still_an_echo():
    # the second article repeats its own figure: the $5,000 of the first is its echo, so the bill
    # and the tip stay apart
    docs = _docs(
        "A Brellham waiter received a $5,000 tip on a $26 bill at the harbour cafe.",
        "Brellham waiter gets $5,000 tip: the harbour cafe waiter said the $5,000 tip left him speechless.",
    )
    assert value_conflicts(docs, nlp=None) == []


# ---------------------------------------------------------------- correction notices (`correction_conflicts`)

from newsweave.analyze.correction_conflicts import correction_conflicts  # noqa: E402

_NOTICE = ("An earlier version of this story misstated how much storage the harbour warehouses hold; "
           "the warehouses cover approximately 2.8 million square feet of storage.")


def test_a_corrected_figure_against_another_outlets_figure():
    docs = _docs(
        "Brellham's harbour warehouses cover at least 2.1 million square feet of storage, a broker said.",
        "Warehouse rents in Brellham rose again this year. " + _NOTICE,
    )
    (c,) = correction_conflicts(docs)
    assert c.kind == "number"
    assert [s.value for s in c.sides] == ["2.8 million square feet", "2.1 million square feet"]
    assert [s.article_ids for s in c.sides] == [(docs[1].article.id,), (docs[0].article.id,)]
    assert c in value_conflicts(docs, nlp=None)  # the hedges let both stand, so only the notice finds it


@pytest.mark.parametrize("other", [
    # the same figure
    "Brellham's harbour warehouses cover about 2.8 million square feet of storage, a broker said.",
    # a figure of another thing in the same unit
    "The new stadium in Ostmark will span 1.2 million square feet, the council said.",
    # no figure of that unit
    "Brellham's harbour warehouses employ 2,100 people in storage, a broker said.",
])
def test_correction_look_alikes_are_silent(other):
    assert correction_conflicts(_docs(other, _NOTICE)) == []


def test_no_notice_no_report():
    docs = _docs("The warehouses cover at least 2.1 million square feet of storage.",
                 "The warehouses cover approximately 2.8 million square feet of storage.")
    assert correction_conflicts(docs) == []


# ---------------------------------------------------------------- one sum converted two ways (`conversion_conflicts`)

from newsweave.analyze.conversion_conflicts import conversion_conflicts, conversions  # noqa: E402


def test_conversions_are_read_in_brackets():
    assert conversions("The violins were worth 48.2m yen ($431,000, £350,000) in all.") == [("jpy", 48.2e6, {"usd": 431000.0, "gbp": 350000.0})]
    assert conversions("The fine was €1.2 million (about US $1.3 million).") == [("eur", 1.2e6, {"usd": 1.3e6})]
    assert conversions("The deal is worth A$2 billion (US$1.4 billion).") == [("aud", 2e9, {"usd": 1.4e9})]
    assert conversions("The violins were worth $431,000 in all (a record).") == []


def test_one_sum_converted_two_ways():
    docs = _docs("The Ostmark luthier's violins, worth 48.2m yen ($431,000), were smashed.",
                 "The collection was valued at ¥48.2 million (US $702,000), the court heard.")
    (c,) = conversion_conflicts(docs)
    assert c.kind == "number" and "JPY" in c.about and "USD" in c.about
    assert [s.value for s in c.sides] == ["431,000 USD", "702,000 USD"]
    assert c in value_conflicts(docs, nlp=None)


@pytest.mark.parametrize("b", [
    "The collection was valued at ¥48.2 million (US $440,000), the court heard.",  # a few days' drift
    "The collection was valued at ¥52 million (US $702,000), the court heard.",  # another sum
    "The collection was valued at ¥48.2 million (A$702,000), the court heard.",  # another dollar
    "The collection was valued at ¥48.2 million, the court heard.",  # no conversion
])
def test_conversion_look_alikes_are_silent(b):
    assert conversion_conflicts(_docs("The Ostmark luthier's violins, worth 48.2m yen ($431,000), were smashed.", b)) == []


# ---------------------------------------------------------------- armed or unarmed (`armed_conflicts`)

from newsweave.analyze.armed_conflicts import armed_conflicts  # noqa: E402


def test_armed_against_unarmed(nlp):
    docs = _docs("Police said Dorran Pelt got out of his car with a bag. Pelt, who was 38, was shot by an officer after he allegedly brandished a pistol.",
                 "In a phone video Maren Pelt can be heard telling the officers her husband was unarmed.")
    (c,) = armed_conflicts(docs, nlp=nlp)
    assert c.kind == "claim" and c.about == "whether Pelt was armed"
    assert [s.value for s in c.sides] == ["brandished pistol", "unarmed"]
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]


@pytest.mark.parametrize("a, b", [
    # the officer held the gun, not the man
    ("The officer had his gun drawn when Dorran Pelt stepped out.", "Dorran Pelt was unarmed, his wife said."),
    # two people
    ("Jory Vance brandished a knife at the crowd.", "Dorran Pelt was unarmed, his wife said."),
    # a claim named, not made
    ("Officials backed away from an initial account that Pelt was armed.", "Dorran Pelt was unarmed, his wife said."),
    # both say unarmed
    ("Dorran Pelt did not have a gun, police said.", "Dorran Pelt was unarmed, his wife said."),
])
def test_armed_look_alikes_are_silent(nlp, a, b):
    assert armed_conflicts(_docs(a, b), nlp=nlp) == []


def test_armed_needs_a_parser():
    assert armed_conflicts(_docs("Pelt brandished a pistol.", "Pelt was unarmed."), nlp=None) == []


# ---------------------------------------------------------------- additions are not totals (`quantity_moments.increment`)

@pytest.mark.parametrize("a, b", [
    ("The caption was repeated in eight other languages on the Brellham site.", "The Brellham site repeated the caption in 9 languages."),
    ("The Ostmark trust and five other charities signed the harbour pledge.", "Six charities signed the harbour pledge, the Ostmark trust said."),
    ("Rescuers found three more bodies in the Brellham mine on Sunday.", "Rescuers have found eight bodies in the Brellham mine."),
])
def test_an_addition_is_not_compared_with_a_total(a, b):
    assert value_conflicts(_docs(a, b), nlp=None) == []


def test_a_total_is_still_compared():
    docs = _docs("Rescuers found three bodies in the Brellham mine on Sunday.", "Rescuers found eight bodies in the Brellham mine on Sunday.")
    assert len(value_conflicts(docs, nlp=None)) == 1


def test_two_additions_are_compared_and_a_placed_one_is_a_count():
    docs = _docs("Brellham's harbour ranks worse than 11 other northern ports, the survey found.",
                 "The survey ranks Brellham's harbour last when compared with 10 other northern ports.")
    assert len(value_conflicts(docs, nlp=None)) == 1
    docs = _docs("Before it reached Ostmark, the storm was blamed for 68 other deaths in Varland.",
                 "The storm also killed 69 people in Varland before it reached Ostmark.")
    assert len(value_conflicts(docs, nlp=None)) == 1


def test_figures_listed_together_are_parts_of_a_group():
    docs = _docs("Four pastors were among the six women and three men shot dead at the Brellham church on Wednesday.",
                 "The nine people fatally shot at the Brellham church on Wednesday were named by police.")
    assert value_conflicts(docs, nlp=None) == []
