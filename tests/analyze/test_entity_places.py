"""Session 18's entity rules (issue 12, an editor's read of unread AllSides stories), on fictional text
with the tagger's mentions written by hand: a city in a list of cities typed an organisation, a
"Daily <Name>" publication typed a place (analyze/entity_places.py)."""

from .test_entities_rules import _index


def _kinds(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_city_in_a_list_of_cities_is_a_place():
    text = "Rebels took the major cities of Varnholt and Quessa on Sunday, Ama Reed said."
    tagged = [("Varnholt", "place", 0), ("Quessa", "organization", 0), ("Ama Reed", "person", 0)]
    assert _kinds(_index(text, tagged))["Quessa"] == "place"


def test_the_first_city_of_a_list_is_a_place_too():
    text = "Rebels took the provincial capitals of Quessa, Varnholt and Dremm, Ama Reed said."
    tagged = [("Quessa", "organization", 0), ("Varnholt", "place", 0), ("Dremm", "place", 0), ("Ama Reed", "person", 0)]
    assert _kinds(_index(text, tagged))["Quessa"] == "place"


def test_an_organisation_beside_a_place_without_a_place_noun_stays_one():
    text = "Varnholt and Quessa signed the deal on Sunday, Ama Reed said."
    tagged = [("Varnholt", "place", 0), ("Quessa", "organization", 0), ("Ama Reed", "person", 0)]
    assert _kinds(_index(text, tagged))["Quessa"] == "organization"


def test_a_daily_publication_is_an_organisation():
    text = "The row follows a Daily Lantern report about the Marrowby school, Ama Reed said."
    tagged = [("Daily Lantern", "place", 0), ("Marrowby", "place", 0), ("Ama Reed", "person", 0)]
    assert _kinds(_index(text, tagged))["Daily Lantern"] == "organization"

