"""Title and office words are no names, alone or run into a name (issue 12, session 17,
analyze/entity_title_words.py), on fictional text with the tagger's mentions written by hand."""

from .test_entities_rules import _index


def _listed(index) -> set[str]:
    return {e.name for e in index.entities}


def test_a_rank_of_two_title_words_is_not_listed():
    text = ("Lance Cpl. Ama Reed sailed from Portmere in May. Reed wrote home twice, "
            "and the Harbour Guild printed the letters.")
    index = _index(text, [("Lance Cpl", "person", 0), ("Ama Reed", "person", 0), ("Reed", "person", 1),
                          ("Portmere", "place", 0), ("Harbour Guild", "organization", 0)])
    assert "Lance Cpl" not in _listed(index)
    assert "Ama Reed" in _listed(index)


def test_an_office_noun_left_by_a_stripped_title_is_not_listed():
    text = "Ama Reed wrote to the Chief Clerk of the Assembly in Portmere on Monday."
    index = _index(text, [("Chief Clerk", "person", 0), ("Ama Reed", "person", 0), ("Portmere", "place", 0)])
    assert "Clerk" not in _listed(index)
    assert "Chief Clerk" not in _listed(index)


def test_a_name_run_into_the_next_title_abbreviation_is_cut():
    text = ("Harbour Party Sens. Ama Reed and Tom Vale voted yes. "
            "The Harbour Party said the vote was close.")
    index = _index(text, [("Harbour Party Sens", "organization", 0), ("Ama Reed", "person", 0),
                          ("Tom Vale", "person", 0), ("Harbour Party", "organization", 1)])
    assert "Harbour Party Sens" not in _listed(index)
    assert "Harbour Party" in _listed(index)


def test_a_first_name_that_is_also_a_modifier_stays():
    text = "Lance Okafor opened the pier. Lance said it cost six million."
    index = _index(text, [("Lance Okafor", "person", 0), ("Lance", "person", 1)])
    assert "Lance Okafor" in _listed(index)


def test_a_full_title_word_ending_a_name_stays():
    text = "Portmere Prime Minister Ama Reed met the Harbour Guild. Reed spoke first."
    index = _index(text, [("Ama Reed", "person", 0), ("Reed", "person", 1), ("Harbour Guild", "organization", 0),
                          ("Portmere", "place", 0)])
    assert "Harbour Guild" in _listed(index)
