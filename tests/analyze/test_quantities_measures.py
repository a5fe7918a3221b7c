"""What a number is about (`measure`): the event words are whole words, not the start of another
word ("diet", "deadline", "tollway", "San Diego"). Fictional sentences written for this test."""

from __future__ import annotations

import pytest

from newsweave.analyze.quantities import quantities


def _measures(sentence: str) -> list[tuple[str, str]]:
    return [(q.unit, q.measure) for q in quantities(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("The new diet plan helped 40 volunteers in the trial.", [("volunteer", "")]),
    ("The filing deadline passed for 300 workers on Friday.", [("worker", "")]),
    ("The tollway carried 5,000 cars on its first morning.", [("car", "")]),
    ("In San Diego 40 people gathered at the pier.", [("people", "")]),
    ("The diesel engine pulled 12 wagons up the slope.", [("wagon", "")]),
])
def test_words_that_only_start_like_a_death_word_are_no_deaths(sentence, expected):
    assert _measures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "At least 12 people died in the warehouse fire.",
    "The death toll in the valley rose to 30.",
    "14 people were fatally shot near the depot.",
    "The storm killed 9 people overnight.",
    "The flood left 7 people dead.",
    "About 5 people die on that road each winter.",
    "The landslide claimed 20 lives.",
    "The deadly blast hit 11 people in the market.",
    "There were 8 deaths and 3 fatalities among the crew.",
])
def test_death_words_still_read_as_killed(sentence):
    assert quantities(sentence)[0].measure == "killed"


def test_measure_reading_is_importable_from_quantities_and_its_own_module():
    from newsweave.analyze import quantities as quantities_module
    from newsweave.analyze import quantity_measures

    assert quantities_module._measure is quantity_measures.measure
    assert quantities_module._HEDGE_BEFORE is quantity_measures.HEDGE_BEFORE
    assert quantity_measures.measure("It killed 9 people.", 10, 18, "people") == "killed"


@pytest.mark.parametrize("sentence, expected", [
    ("The settlement paid 40 families in the valley.", [("family", "")]),
    ("Burnley fans filled 3 stands on Saturday.", [("stand", "")]),
    ("The totalitarian regime jailed 50 editors.", [("editor", "")]),
    ("Lorries hurtle past 8 farms on that road.", [("farm", "")]),
    ("The sinkhole swallowed 6 cars overnight.", [("car", "")]),
    ("The Leander club sent 9 rowers to the regatta.", [("rower", "")]),
    ("The detainment review covered 12 prisoners.", [("prisoner", "")]),
])
def test_words_that_only_start_like_an_event_word_are_no_event(sentence, expected):
    assert _measures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The fire burned 40 homes.", "destroyed"),
    ("The tower settled 4 inches.", "sinking"),
    ("The ship sank with 20 crew.", "sinking"),
    ("Police arrested 14 people at the gate.", "arrested"),
    ("The blast injured 30 people.", "injured"),
    ("Some 50 people were hospitalized.", "injured"),
    ("Officials evacuated 2000 people.", "evacuated"),
    ("The airline cancelled 300 flights.", "cancelled"),
    ("Crews rescued 12 people from the roof.", "rescued"),
])
def test_event_words_and_their_inflections_still_read(sentence, expected):
    assert quantities(sentence)[0].measure == expected


@pytest.mark.parametrize("sentence, value", [
    ("The new sea wall in Brellick stands 5 m high.", 5.0),
    ("A 4m-high wave reached the quay.", 4.0),
    ("The ferry cable runs 300m long under the bay.", 300.0),
])
def test_a_bare_m_before_a_dimension_word_is_metres(sentence, value):
    (q,) = quantities(sentence)
    assert (q.value, q.unit) == (value, "length")


@pytest.mark.parametrize("sentence, value, unit", [
    ("The council raised £5m for the bridge.", 5e6, "gbp"),
    ("About 3m people use the line each year.", 3e6, "people"),
])
def test_a_bare_m_otherwise_stays_a_million(sentence, value, unit):
    (q,) = quantities(sentence)
    assert (q.value, q.unit) == (value, unit)
