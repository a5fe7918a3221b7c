"""A leading title word that starts an institution's or a place's name stays in it (issue 12, session 14,
analyze/entity_titles.py), on fictional text with the tagger's mentions written by hand."""

from newsweave.analyze.entities import strip_title

from .test_entities_rules import _index


def _kinds(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_title_word_before_an_institution_head_is_part_of_the_name():
    assert strip_title("the Justice Department's") == "Justice Department"
    assert strip_title("General Assembly") == "General Assembly"
    assert strip_title("Major League Quoits") == "Major League Quoits"
    assert strip_title("King County") == "King County"


def test_a_title_before_a_persons_name_is_still_stripped():
    assert strip_title("Justice Ama Reed") == "Ama Reed"
    assert strip_title("Sen. Tova Brannick's") == "Tova Brannick"
    assert strip_title("Chief Justice Vell Dunstan") == "Vell Dunstan"
    assert strip_title("President Quarrow") == "Quarrow"


def test_a_department_named_once_is_listed_whole_not_as_a_bare_department():
    text = "Ama Reed sued the Justice Department in Marrowby on Monday. Reed said the Justice Department had lied."
    tagged = [("Ama Reed", "person", 0), ("Justice Department", "organization", 0), ("Marrowby", "place", 0),
              ("Reed", "person", 1), ("Justice Department", "organization", 1)]
    kinds = _kinds(_index(text, tagged))
    assert kinds == {"Ama Reed": "person", "Justice Department": "organization", "Marrowby": "place"}


def test_an_assembly_keeps_its_first_word():
    text = "Tova Brannick spoke to the General Assembly in Marrowby. The General Assembly voted."
    tagged = [("Tova Brannick", "person", 0), ("General Assembly", "organization", 0), ("Marrowby", "place", 0),
              ("General Assembly", "organization", 1)]
    assert _kinds(_index(text, tagged)) == {"General Assembly": "organization", "Tova Brannick": "person", "Marrowby": "place"}


def test_a_name_extended_to_the_left_never_starts_inside_another_name():
    # "New Quillon" is a place; "Democrat" after it must not take "Quillon" alone (the story writes "new" in lower case)
    text = ("The panel chair, the new Quillon Board head, and New Quillon Democrat Ama Reed met. "
            "New Quillon Democrat Ama Reed said a new vote was due.")
    tagged = [("New Quillon", "place", 0), ("Democrat", "group", 0), ("Ama Reed", "person", 0),
              ("New Quillon", "place", 1), ("Democrat", "group", 1), ("Ama Reed", "person", 1)]
    names = set(_kinds(_index(text, tagged)))
    assert "Quillon Democrat" not in names
    assert {"New Quillon", "Ama Reed"} <= names
