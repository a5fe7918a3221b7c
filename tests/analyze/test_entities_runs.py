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
