"""Three defects of the session-11 span rules (analyze/entity_terms.py, entity_runs.py), on fictional
text with the tagger's mentions written by hand (issue 12, session 11, part 2): a bill the tagger
types a law, a first name after an owner's possessive, a span that takes in an excerpt's closing
dots, a caucus of a lower-case "state" chamber."""

from .test_entities_rules import _index
from .test_entities_shared import _index as _index_many


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_chamber_before_an_untagged_bill_number_is_the_bill():
    text = "Lawmakers in Veskia passed Senate Bill 12\xa0last spring. Ama Reed said Senate Bill 12 was cruel."
    tagged = [("Veskia", "place", 0), ("Senate", "organization", 0), ("Ama Reed", "person", 0), ("Senate", "organization", 1)]
    assert _names(_index(text, tagged)) == {"Veskia": "place", "Senate Bill 12": "organization", "Ama Reed": "person"}


def test_a_surname_after_an_owner_and_a_first_name_takes_the_first_name():
    text = "Tova Brann, 62, told KPLX’s Odo Vantrell\xa0as she left the school in Marrowby."
    tagged = [("Tova Brann", "person", 0), ("KPLX", "organization", 0), ("Vantrell", "person", 0), ("Marrowby", "place", 0)]
    assert _names(_index(text, tagged)) == {"Tova Brann": "person", "KPLX": "organization", "Odo Vantrell": "person",
                                            "Marrowby": "place"}


def test_a_title_after_an_owner_is_not_a_first_name():
    text = "The harbour is Veskia’s pride, and Veskia’s Mayor Vantrell said so on Monday."
    tagged = [("Veskia", "place", 0), ("Veskia", "place", 1), ("Vantrell", "person", 0)]
    assert "Vantrell" in _names(_index(text, tagged))
    assert "Mayor Vantrell" not in _names(_index(text, tagged))


def test_a_name_whose_span_takes_the_excerpts_dots_is_dropped():
    first = "Ama Reed said he never filed the papers with the Bureau of..."
    second = "The Bureau of Harbour Works wrote to Ama Reed on Monday about the Harbour Board..."
    index = _index_many([first, second], [(0, "Ama Reed", "person", 0), (0, "the Bureau of...", "organization", 0),
                                          (1, "The Bureau of Harbour Works", "organization", 0), (1, "Ama Reed", "person", 0),
                                          (1, "the Harbour Board...", "organization", 0)])
    assert _names(index) == {"Ama Reed": "person", "Bureau of Harbour Works": "organization"}


def test_a_caucus_of_a_lower_case_state_chamber_is_one_group():
    text = "A review commissioned by Veskia state Senate Republicans found no fraud, Ama Reed said."
    tagged = [("Veskia", "place", 0), ("Senate", "organization", 0), ("Republicans", "group", 0), ("Ama Reed", "person", 0)]
    assert _names(_index(text, tagged)) == {"Veskia state Senate Republicans": "group", "Ama Reed": "person"}
