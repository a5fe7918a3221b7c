"""A one-word "name" the story only writes where a sentence starts, read by the tagger as an ordinary
word once lower-cased, is not listed (issue 12, session 15, analyze/entity_openers.py), on fictional
text with the tagger's mentions written by hand (the re-reading uses the shipped small spaCy model)."""

from .test_entities_rules import _index


def _listed(index) -> set[str]:
    return {e.name for e in index.entities}


def _everyone(index) -> set[str]:
    return {e.name for e in index.everyone}


def test_a_common_word_opening_a_sentence_is_not_listed():
    text = ("Secrecy is the old habit of the Quillon harbour council. "
            "Ama Reed, who chairs the Quillon harbour council, said the minutes would be published.")
    index = _index(text, [("Secrecy", "organization", 0), ("Quillon", "organization", 0), ("Ama Reed", "person", 0),
                          ("Quillon", "organization", 1)])
    assert "Secrecy" not in _listed(index)
    assert {"Ama Reed", "Quillon"} <= _listed(index)
    assert "Secrecy" in _everyone(index)  # look-ups keep it


def test_an_adjective_opening_a_question_is_not_listed():
    text = "Harsh? Tova Brannick of Portmere does not think so. Brannick said the fine was fair."
    index = _index(text, [("Harsh", "person", 0), ("Tova Brannick", "person", 0), ("Portmere", "place", 0),
                          ("Brannick", "person", 1)])
    assert "Harsh" not in _listed(index)
    assert "Tova Brannick" in _listed(index)


def test_a_known_place_opening_a_sentence_stays():
    text = "London said on Monday that the Portmere ferry would stop. Ama Reed agreed."
    index = _index(text, [("London", "place", 0), ("Portmere", "place", 0), ("Ama Reed", "person", 0)])
    assert "London" in _listed(index)


def test_a_dateline_in_capitals_stays():
    text = "SECRECY, Quillon - Ama Reed opened the harbour on Monday. Reed said it cost six million."
    index = _index(text, [("SECRECY", "place", 0), ("Ama Reed", "person", 0), ("Reed", "person", 0)])
    assert _listed(index) == {"Ama Reed", "Secrecy"}  # the name is shown in title case


def test_a_word_the_story_also_writes_mid_sentence_stays():
    text = ("Time is short, Ama Reed said. She has run the Portmere Time Bank since 2009, "
            "and the Time Bank pays in hours.")
    index = _index(text, [("Time", "organization", 0), ("Ama Reed", "person", 0), ("Portmere", "place", 0)])
    assert "Time" in _listed(index)


def test_a_word_mid_sentence_is_not_re_read():
    text = "Ama Reed wrote for Secrecy, a Quillon magazine, until May. Reed left on Monday."
    index = _index(text, [("Ama Reed", "person", 0), ("Secrecy", "organization", 0), ("Quillon", "place", 0),
                          ("Reed", "person", 1)])
    assert "Secrecy" in _listed(index)


def test_an_unknown_name_opening_a_sentence_stays():
    # "portmere" is no word of the training text, so it is never re-read as an ordinary word
    text = "Portmere and the ferry board agreed on Monday. Ama Reed said the vote was close."
    index = _index(text, [("Portmere", "place", 0), ("Ama Reed", "person", 0)])
    assert "Portmere" in _listed(index)
