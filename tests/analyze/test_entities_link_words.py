"""A short name is never the last word of an organisation's name after "for"/"of"/"against" (analyze/entities.py,
session 23): that word is what the organisation is for or about. In a fictional article naming both "the Greenway
Party" and "Friends for Greenway", "Greenway says ..." is the party's, not the campaign group's, even when the group
is named more often."""

from .test_entities_rules import _index

TEXT = (
    "Friends for Greenway held a vigil on Monday. Friends for Greenway said the pier must stay. "
    "Friends for Greenway also wrote to the council. The Greenway Party leader was not there. "
    "Greenway says there must be a vote on the pier."
)


def _names(index) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in index.entities}


def test_a_short_name_is_not_the_object_of_another_names_preposition():
    tagged = [("Friends for Greenway", "organization", k) for k in range(3)] + [
        ("Greenway Party", "organization", 0), ("Greenway", "organization", 4)]
    names = _names(_index(TEXT, tagged))
    assert names["Friends for Greenway"] == ()
    assert names["Greenway Party"] == ("Greenway",)


def test_a_last_word_that_is_the_names_head_still_joins():
    text = "The Marrowby Rowing Club met on Monday. Club members voted, and the race goes on."
    tagged = [("Marrowby Rowing Club", "organization", 0), ("Club", "organization", 1)]
    assert _names(_index(text, tagged)) == {"Marrowby Rowing Club": ("Club",)}
