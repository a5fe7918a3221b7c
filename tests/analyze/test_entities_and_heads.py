"""An institution named "X and Y <head>" that the tagger cut after the "and" is listed whole (issue 12,
session 16, analyze/entity_and_heads.py), on fictional text with the tagger's mentions written by hand."""

from .test_entities_rules import _index


def _listed(index) -> set[str]:
    return {e.name for e in index.entities}


def test_the_words_before_and_rejoin_a_committee():
    text = ("On Tuesday the Harbour Safety and Works Committee heard Ama Reed. "
            "Reed told the panel the pier was unsafe.")
    index = _index(text, [("Works Committee", "organization", 0), ("Ama Reed", "person", 0), ("Reed", "person", 1)])
    assert "Harbour Safety and Works Committee" in _listed(index)
    assert "Works Committee" not in _listed(index)


def test_a_foundation_named_after_a_pair_stays_whole():
    text = ("Ada and Tom Brindle gave the Portmere pier its lights. "
            "The Ada and Tom Brindle Foundation will pay for the repairs, its director said.")
    index = _index(text, [("Ada", "person", 0), ("Tom Brindle", "person", 0), ("Ada", "person", 1),
                          ("Tom Brindle Foundation", "organization", 0)])
    assert "Ada and Tom Brindle Foundation" in _listed(index)
    assert "Tom Brindle Foundation" not in _listed(index)


def test_a_left_name_written_alone_stays_apart():
    text = ("The Marlow Trust runs the Quillon ferry. "
            "The Marlow Trust and Works Committee met on Friday to discuss fares.")
    index = _index(text, [("Marlow Trust", "organization", 0), ("Marlow Trust", "organization", 1),
                          ("Works Committee", "organization", 0)])
    assert {"Marlow Trust", "Works Committee"} <= _listed(index)
    assert not any(" and " in name for name in _listed(index))


def test_a_committee_named_alone_elsewhere_stays_apart():
    text = ("Ama Reed and Works Committee members met on Friday. "
            "The Works Committee said fares would rise.")
    index = _index(text, [("Ama Reed", "person", 0), ("Works Committee", "organization", 0),
                          ("Works Committee", "organization", 1)])
    assert {"Ama Reed", "Works Committee"} <= _listed(index)
