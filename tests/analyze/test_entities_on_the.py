"""A body named for its subject ("… Commission on the …") and a law whose title holds a small word
("… in … Act") are listed whole, not as the pieces the tagger cut (issue 12, session 16,
analyze/entity_on_the.py), on fictional text with the tagger's mentions written by hand."""

from .test_entities_rules import _index


def _listed(index) -> set[str]:
    return {e.name for e in index.entities}


def test_a_commission_on_a_named_subject_is_one_name():
    text = ("Ama Reed chairs the Harbour Commission on the Quillon Estuary. "
            "The Quillon Estuary floods each spring, Reed said.")
    index = _index(text, [("Ama Reed", "person", 0), ("Harbour Commission", "organization", 0),
                          ("the Quillon Estuary", "place", 0), ("Quillon Estuary", "place", 1), ("Reed", "person", 1)])
    assert "Harbour Commission on the Quillon Estuary" in _listed(index)
    assert "Harbour Commission" not in _listed(index)
    assert "Quillon Estuary" in _listed(index)  # named on its own too


def test_a_body_named_alone_elsewhere_stays_apart():
    text = ("The Harbour Commission met on Friday. Ama Reed briefed the Harbour Commission on the Quillon Estuary, "
            "where the Harbour Commission wants a new pier.")
    index = _index(text, [("The Harbour Commission", "organization", 0), ("Ama Reed", "person", 0),
                          ("the Harbour Commission", "organization", 0), ("the Quillon Estuary", "place", 0),
                          ("the Harbour Commission", "organization", 1)])
    assert {"Harbour Commission", "Quillon Estuary"} <= _listed(index)


def test_a_law_title_with_in_is_one_name():
    text = ("The Ama Reed Safety in Harbours Act passed on Monday. "
            "Senator Tova Brannick said it was overdue.")
    index = _index(text, [("The Ama Reed Safety", "organization", 0), ("Tova Brannick", "person", 0)])
    assert "Ama Reed Safety in Harbours Act" in _listed(index)
    assert "Ama Reed Safety" not in _listed(index)
