"""Names with an inner "and", names extended to the left, and pieces a longer name swallowed
(analyze/entity_joins.py) through build_entities, on fictional text with the tagger's mentions
written by hand, so the rules and not the statistical tagger are under test."""

from .test_entities_rules import _index


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_an_organisation_with_an_inner_and_is_one_name_unless_each_side_is_named_alone():
    text = (
        "Nia Voss of the Office of Harbours and Fisheries spoke. The Office of Harbours and Fisheries "
        "said the Tern Council and Harbour Board agreed. The Tern Council met; the Harbour Board did not."
    )
    tagged = [("Nia Voss", "person", 0), ("the Office of Harbours and Fisheries", "organization", 0),
              ("The Office of Harbours and Fisheries", "organization", 0), ("Tern Council and Harbour Board", "organization", 0),
              ("Tern Council", "organization", 1), ("Harbour Board", "organization", 1)]
    assert _names(_index(text, tagged)) == {"Nia Voss": "person", "Office of Harbours and Fisheries": "organization",
                                            "Tern Council": "organization", "Harbour Board": "organization"}
    # a plural head after the pair: two bases; a side tagged as a person elsewhere: two names
    text = "Crews flew to Corran and Tellin Air Force bases. Ivo Dane and Ada Ferro wrote; Ada Ferro signed."
    tagged = [("Corran and Tellin Air Force", "organization", 0), ("Ivo Dane and Ada Ferro", "organization", 0), ("Ada Ferro", "person", 1)]
    assert set(_names(_index(text, tagged))) == {"Corran", "Tellin Air Force", "Ivo Dane", "Ada Ferro"}


def test_a_name_the_tagger_cut_at_its_commas_is_joined_when_written_whole_twice():
    text = (
        "The National Tide, Reef and Shoal Institute ran the survey. Staff of the National Tide, Reef "
        "and Shoal Institute said the reef was safe."
    )
    tagged = [("The National Tide", "organization", 0), ("Reef", "person", 0), ("Shoal Institute", "organization", 0),
              ("the National Tide", "organization", 0), ("Reef", "person", 1), ("Shoal Institute", "organization", 1)]
    index = _index(text, tagged)
    assert _names(index) == {"National Tide, Reef and Shoal Institute": "organization"}
    assert index.entities[0].mentions == {"a1": 2}


def test_a_piece_is_extended_to_the_left_to_a_longer_name_the_story_tags():
    text = "Ada Ferro told KPRT Portmere on Monday. KPRT Portmere reported it, and Portmere voted."
    tagged = [("Ada Ferro", "person", 0), ("KPRT Portmere", "organization", 0), ("KPRT", "organization", 1),
              ("Portmere", "place", 1), ("Portmere", "place", 2)]
    index = _index(text, tagged)
    assert _names(index) == {"Ada Ferro": "person", "KPRT Portmere": "organization", "Portmere": "place"}
    assert {e.name: e.mentions for e in index.entities}["KPRT Portmere"] == {"a1": 2}
    assert {e.name: e.mentions for e in index.entities}["Portmere"] == {"a1": 1}  # the town, not the station


def test_capitalised_words_written_together_twice_and_us_before_an_organisation_join_the_name():
    text = (
        "Ona Pell, a judge, sits on the U.S. District Court bench. Tern Watch Corran staff said so; "
        "Tern Watch Corran later agreed. In Corran news, British Fenlanders and British Fenlanders' friends met."
    )
    tagged = [("U.S.", "place", 0), ("District Court", "organization", 0), ("Ona Pell", "person", 0),
              ("Tern Watch", "organization", 0), ("Tern Watch", "organization", 1), ("Corran", "place", 0), ("Corran", "place", 1),
              ("British", "group", 0), ("Fenlanders", "group", 0), ("British", "group", 1), ("Fenlanders", "group", 1)]
    names = _names(_index(text, tagged))
    assert names["U.S. District Court"] == "organization" and "District Court" not in names
    assert names["Tern Watch Corran"] == "organization" and "Corran" not in names  # "Greenpeace" + "UK"
    assert "Fenlanders" in names and "British Fenlanders" not in names  # an adjective before a group stays apart


def test_a_hyphen_piece_takes_the_known_name_and_an_adjective_compound_is_cut():
    text = "Voters in Corran-Dale County backed it. Corran-Dale voters and Corran voters agreed on U.S.-made boats."
    tagged = [("Corran-Dale County", "place", 0), ("Corran", "place", 1), ("Corran", "place", 2), ("U.S.-made", "place", 0)]
    index = _index(text, tagged)
    assert _names(index) == {"Corran-Dale County": "place", "Corran": "place", "U.S.": "place"}


def test_a_party_does_not_join_a_chambers_caucus():
    text = "The House GOP met. The GOP said the House GOP plan was fine, and the GOP agreed."
    tagged = [("House GOP", "organization", 0), ("GOP", "organization", 1), ("House GOP", "organization", 1), ("GOP", "organization", 3)]
    assert {e.name: e.aliases for e in _index(text, tagged).entities} == {"GOP": (), "House GOP": ()}
