"""A family word belongs to the person named nearest before it in its sentence (analyze/entity_family.py, session
23): a spokeswoman quoted on someone else's family keeps her surname's join. Fictional text, the tagger's mentions
written by hand (as tests/analyze/test_entities_rules.py)."""

from .test_entities_rules import _index

TEXT = (
    "Tova Brann died on Sunday at home in Marrowby with his wife and son beside him, Ama Reed said. "
    "Reed, his aide for twenty years, said the funeral would be private."
)


def _aliases(index) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in index.entities}


def test_the_family_is_the_nearest_earlier_persons_not_the_speakers():
    tagged = [("Tova Brann", "person", 0), ("Marrowby", "place", 0), ("Ama Reed", "person", 0), ("Reed", "person", 1)]
    names = _aliases(_index(TEXT, tagged))
    assert names["Ama Reed"] == ("Reed",) and "Reed" not in names


def test_the_named_persons_own_family_still_keeps_a_bare_surname_apart():
    text = "Ama Reed is said to have her father's ear on harbour matters. Reed told the council to fund the pier."
    names = _aliases(_index(text, [("Ama Reed", "person", 0), ("Reed", "person", 1)]))
    assert set(names) == {"Ama Reed", "Reed"}  # "Reed" alone may be her father
