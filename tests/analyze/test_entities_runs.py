"""Names the tagger cut short or ran together (analyze/entity_runs.py), through build_entities on
fictional text with the tagger's mentions written by hand (issue 12, session 10: kinds of the
first-run errors of entities_dev_o and _p)."""

from .test_entities_rules import _index


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_name_runs_on_over_capitalised_words_the_tagger_left_out():
    text = (
        "The app left the Vexor Play marketplace on Monday. Ada Ferro, a former Corland Marine Guard, "
        "said the Green Lanterns Matter movement would march. Vexor denied it."
    )
    tagged = [("Vexor", "organization", 0), ("Ada Ferro", "person", 0), ("Corland Marine", "organization", 0),
              ("Green Lanterns", "organization", 0), ("Vexor", "organization", 1)]
    names = _names(_index(text, tagged))
    assert "Vexor Play" in names and "Corland Marine Guard" in names and "Green Lanterns Matter" in names
    assert "Vexor" in names  # the second mention is followed by a verb: no run


def test_no_run_over_a_title_a_weekday_a_tagged_name_or_a_headline():
    text = (
        "Vexor Chief Executive Ola Brand spoke. Vexor Monday said the deal was off. "
        "The Corland Senate Republicans met; Republicans left.\n"
        "Vexor Says It Will Leave Corland\n"
    )
    tagged = [("Vexor", "organization", 0), ("Ola Brand", "person", 0), ("Vexor", "organization", 1),
              ("Corland Senate", "organization", 0), ("Republicans", "group", 1), ("Vexor", "organization", 2)]
    names = _names(_index(text, tagged))
    assert {"Vexor", "Ola Brand", "Corland Senate", "Republicans"} <= set(names)
    assert not any(n.startswith("Vexor ") for n in names) and "Corland Senate Republicans" not in names


def test_a_name_cut_at_of_the_is_joined_to_the_rest():
    text = "Staff from the Keeper of the Harbour moved the statue. Visitors came to the Vardia Palace of the Moon in May."
    tagged = [("Keeper of the", "organization", 0), ("Harbour", "place", 0), ("Vardia Palace", "place", 0), ("Moon", "organization", 0)]
    names = _names(_index(text, tagged))
    assert set(names) == {"Keeper of the Harbour", "Vardia Palace of the Moon"}


def test_a_storm_name_keeps_its_storm_word():
    text = "Counties hit by Hurricane Ilsa last month counted their votes. Ilsa Brand, a clerk, counted too."
    tagged = [("Ilsa", "person", 0), ("Ilsa Brand", "person", 0)]
    names = _names(_index(text, tagged))
    assert "Hurricane Ilsa" in names and "Ilsa Brand" in names and "Ilsa" not in names


def test_two_names_joined_by_a_hyphen_are_two_names_when_each_is_written_alone():
    text = (
        "The Vardon-Kessel rowing race was stopped. Vardon and Kessel students sat on the course. "
        "Miami-Corl voters and Miami voters agreed."
    )
    tagged = [("Vardon-Kessel", "organization", 0), ("Vardon", "organization", 1), ("Kessel", "organization", 1),
              ("Miami-Corl", "place", 0), ("Miami", "place", 1)]
    names = _names(_index(text, tagged))
    assert "Vardon-Kessel" not in names and {"Vardon", "Kessel"} <= set(names)
    assert {e.name: e.mentions for e in _index(text, tagged).entities}["Vardon"] == {"a1": 2}
    assert "Miami-Corl" in names


def test_a_state_before_a_chamber_in_a_race_is_the_state_and_the_chamber():
    text = "Corland voters backed Ada Ferro in the Corland Senate primary. The Corland Senate passed the budget."
    tagged = [("Corland", "place", 0), ("Ada Ferro", "person", 0), ("Corland Senate", "organization", 0),
              ("Corland Senate", "organization", 1)]
    index = _index(text, tagged)
    names = {e.name: e.mentions for e in index.entities}
    assert names["Corland"] == {"a1": 2} and names["Senate"] == {"a1": 1} and names["Corland Senate"] == {"a1": 1}


def test_a_place_of_the_place_is_two_places():
    text = "Storms hit the East Shore of the Vardia on Monday. The Corland Palace of the Moon stayed open."
    tagged = [("East Shore", "place", 0), ("Vardia", "place", 0), ("Corland Palace", "organization", 0), ("Moon", "organization", 0)]
    names = _names(_index(text, tagged))
    assert set(names) == {"East Shore", "Vardia", "Corland Palace of the Moon"}


def test_a_year_after_a_name_is_not_part_of_it():
    text = "The Harbour Budget Office 2031 outlook was grim, said Lina Vost, a former Ferro 2028 campaign aide."
    tagged = [("Harbour Budget Office 2031", "organization", 0), ("Ferro 2028", "organization", 0), ("Lina Vost", "person", 0)]
    names = _names(_index(text, tagged))
    assert {"Harbour Budget Office", "Ferro", "Lina Vost"} == set(names)


def test_a_hyphenated_name_with_a_lower_case_particle_is_one_name():
    text = "The president spoke from his Vel-a-Mora resort. A U.S.-made drone flew over."
    tagged = [("Vel", "person", 0), ("U.S.-made", "place", 0)]
    names = _names(_index(text, tagged))
    assert set(names) == {"Vel-a-Mora", "U.S."}


def test_a_chamber_and_a_bill_number_are_one_bill_and_a_nickname_does_not_cut_a_name():
    text = "Judge Ola Brand blocked Senate Bill 12 on Friday. Director Randal “Red″ Holm told reporters the Senate would meet."
    tagged = [("Ola Brand", "person", 0), ("Senate", "organization", 0), ("Bill 12", "person", 0),
              ("Randal “Red″", "person", 0), ("Senate", "organization", 1)]
    names = {e.name: e.mentions for e in _index(text, tagged).entities}
    assert "Senate Bill 12" in names and "Bill 12" not in names and names["Senate"] == {"a1": 1}
    assert "Randal “Red″ Holm" in names and "Randal “Red″" not in names


def test_no_run_over_a_language_or_nationality_word():
    text = "Educated in Corland, he spoke flawless East Shore English to the voters."
    tagged = [("Corland", "place", 0), ("East Shore", "place", 0)]
    assert set(_names(_index(text, tagged))) == {"Corland", "East Shore"}
