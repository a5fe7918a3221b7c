"""A bare surname two people named in full share, left unresolved, is not listed (issue 12, session 14,
analyze/entity_listing.py), on fictional text with the tagger's mentions written by hand."""

from newsweave.analyze.entities import TITLES
from newsweave.analyze.entity_listing import unplaced_surnames
from newsweave.types import Entity

from .test_entities_rules import _index


def _person(name: str) -> Entity:
    return Entity(name=name, kind="person", mentions={"a": 1}, aliases=())


def test_a_surname_two_full_names_share_is_unplaced():
    ents = (_person("Ama Vell"), _person("Tobin Vell"), _person("Vell"), _person("Reed"), _person("Tova Reed"))
    assert unplaced_surnames(ents, TITLES) == {"Vell"}


def test_a_title_is_not_a_second_first_name():
    ents = (_person("Ama Vell"), _person("Senator Vell"), _person("Vell"))
    assert unplaced_surnames(ents, TITLES) == set()


def test_the_shared_surname_leaves_the_list_but_stays_for_look_ups():
    text = ("Ama Vell, 46, died in Marrowby in May. Her daughter, Tobin Vell, spoke at the vigil. "
            "Vell had moved to Marrowby in 2015. Vell worked nights.")
    tagged = [("Ama Vell", "person", 0), ("Marrowby", "place", 0), ("Tobin Vell", "person", 0),
              ("Vell", "person", 0), ("Marrowby", "place", 1), ("Vell", "person", 1)]
    index = _index(text, tagged)
    listed = {e.name for e in index.entities}
    assert "Vell" not in listed
    assert {"Ama Vell", "Tobin Vell", "Marrowby"} <= listed
    assert "Vell" in {e.name for e in index.everyone}
