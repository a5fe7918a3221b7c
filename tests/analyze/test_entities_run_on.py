"""A place abbreviation that ends a sentence is not run into the next sentence's first words (issue 12,
session 16, analyze/entity_run_on.py), on fictional text with the tagger's mentions written by hand
(the one-word case re-reads the word with the shipped small spaCy model)."""

from .test_entities_rules import _index


def _listed(index) -> set[str]:
    return {e.name for e in index.entities}


def test_a_person_after_the_abbreviation_is_cut_off():
    text = ("The fire began near the river in Portmere, N.C. Ama Reed said the pier was lost. "
            "Later, Ama Reed asked N.C. officials for help.")
    index = _index(text, [("N.C. Ama Reed", "person", 0), ("Ama Reed", "person", 1), ("N.C.", "place", 1)])
    assert "Ama Reed" in _listed(index)
    assert not any(name.startswith("N.C. ") for name in _listed(index))


def test_an_adverb_after_the_abbreviation_is_cut_off():
    text = ("Only travellers who are fully vaccinated may fly to the U.K. Mostly they arrive by ferry. "
            "The U.K. said the rule, mostly welcomed, would stay until May, Ama Reed said.")
    index = _index(text, [("the U.K. Mostly", "organization", 0), ("U.K.", "place", 1), ("Ama Reed", "person", 0)])
    assert "U.K. Mostly" not in _listed(index)
    assert "U.K." in _listed(index)


def test_a_noun_after_the_abbreviation_stays():
    text = ("Ama Reed joined U.N. Women in May. The U.N. said women lead most of its harbour projects, "
            "and U.N. Women agreed.")
    index = _index(text, [("Ama Reed", "person", 0), ("U.N. Women", "organization", 0), ("U.N.", "organization", 0),
                          ("U.N. Women", "organization", 1)])
    assert "U.N. Women" in _listed(index)


def test_initials_before_a_surname_stay():
    text = "J.R. Brannick opened the Portmere pier. Brannick said it cost six million."
    index = _index(text, [("J.R. Brannick", "person", 0), ("Brannick", "person", 1)])
    assert "J.R. Brannick" in _listed(index)
