"""Name-shape rules (analyze/entity_names.py) through build_entities, on fictional text with the
tagger's mentions written by hand, so the rules and not the statistical tagger are under test."""

from newsweave.analyze.entities import strip_title
from newsweave.analyze.entity_names import compass_owner, headline_run_cut, of_name_owner, of_place_end, without_epithet

from .test_entities_rules import _index


def test_a_possessive_after_a_space_leaves_no_trailing_space():
    assert strip_title("Tam Oru-ki ’s") == "Tam Oru-ki"
    text = "Tam Oru-ki ’s death was announced. Tam Oru-ki ruled for years."
    index = _index(text, [("Tam Oru-ki ’s", "person", 0), ("Tam Oru-ki", "person", 1)])
    assert [e.name for e in index.entities] == ["Tam Oru-ki"]


def test_two_link_headlines_run_together_are_not_one_name():
    text = (
        "Former mayor Edda Vantor warned the board on Monday.\n\n"
        "Vantor says the pier will close, as sailors do for Rilo Vantor: It is getting harder to dock The Coast Report"
    )
    index = _index(text, [("Edda Vantor", "person", 0), ("Rilo Vantor", "person", 0)])
    assert [(e.name, e.aliases) for e in index.entities] == [("Edda Vantor", ("Vantor",))]


def test_an_epithet_is_not_part_of_a_name():
    text = "Fans of the mayor blamed their rival, Crooked Nessa Palomar, for the lost vote."
    index = _index(text, [("Crooked Nessa Palomar", "person", 0)])
    assert [e.name for e in index.entities] == ["Nessa Palomar"]
    # a common word before a name is an epithet only when the bare name is known on its own
    assert without_epithet("Mark Anthony Dell", set(), lambda w: True) is None
    assert without_epithet("Bold Ivo Dell", {"Ivo Dell"}, lambda w: w == "bold") == "Ivo Dell"


def test_a_compass_word_joins_the_only_place_it_starts():
    text = "North Veldana fired a rocket. The North's media praised it; North Veldana said more would follow."
    index = _index(text, [("North Veldana", "place", 0), ("North", "place", 1), ("North Veldana", "place", 1)])
    assert [(e.name, e.aliases) for e in index.entities] == [("North Veldana", ("North",))]
    assert compass_owner("North", ["North Veldana", "North Ostria"]) is None


def test_the_stem_and_tail_of_an_of_name_join_it():
    text = (
        "The Lantern Diocese of Harrow Bay named a bishop. He served the Lantern Diocese of Old Marsh before. "
        "The Lantern Diocese said he starts in May. A Diocese of Harrow Bay spokesman agreed. "
        "The Lantern Diocese of Harrow Bay has 40 parishes."
    )
    tagged = [
        ("Lantern Diocese of Harrow Bay", "organization", 0),
        ("Lantern Diocese of Old Marsh", "organization", 0),
        ("Lantern Diocese", "organization", 2),
        ("Diocese of Harrow Bay", "organization", 2),
        ("Lantern Diocese of Harrow Bay", "organization", 1),
    ]
    index = _index(text, tagged)
    names = {e.name: e.aliases for e in index.entities}
    assert names == {
        "Lantern Diocese of Harrow Bay": ("Diocese of Harrow Bay", "Lantern Diocese"),
        "Lantern Diocese of Old Marsh": (),
    }
    # a place inside an organisation's name is not its tail
    assert of_name_owner("Harrow Bay", ["Lantern Diocese of Harrow Bay"], lambda n: 1) is None


def test_a_speaker_label_at_a_line_start_is_not_a_headline_run():
    assert headline_run_cut("Rilo Vantor", "do for ", ": It", {"Vantor"}) == "Vantor"
    assert headline_run_cut("Rilo Vantor", "harbour.\n\n", ": We", {"Vantor"}) is None
    assert headline_run_cut("Rilo Vantor", "do for ", " and", {"Vantor"}) is None
    text = "Edda Vantor chairs the board.\n\nRilo Vantor: We will dock on Friday, said Vantor."
    index = _index(text, [("Edda Vantor", "person", 0), ("Rilo Vantor", "person", 0), ("Vantor", "person", 2)])
    # the label stays whole; the bare "Vantor" two named people share stays apart (entity_shared), unlisted (entity_listing)
    assert sorted(e.name for e in index.everyone) == ["Edda Vantor", "Rilo Vantor", "Vantor"]
    assert sorted(e.name for e in index.entities) == ["Edda Vantor", "Rilo Vantor"]


def test_an_institution_cut_before_of_and_a_place_is_extended():
    text = "The Lantern Diocese of Harrow Bay named a bishop. Harrow Bay is small; the Lantern Diocese of Harrow Bay is not."
    tagged = [
        ("The Lantern Diocese", "place", 0), ("Harrow Bay", "place", 0), ("Harrow Bay", "place", 1),
        ("Lantern Diocese", "organization", 1), ("Harrow Bay", "place", 2),
    ]
    index = _index(text, tagged)
    assert {e.name: e.kind for e in index.entities} == {"Lantern Diocese of Harrow Bay": "organization", "Harrow Bay": "place"}
    # a firm followed by "of" and a place keeps its own name
    assert of_place_end("Corran Foods", " of ", lambda pos: 30, 10) is None


def test_one_bare_name_under_two_titles_is_two_people():
    text = (
        "Pope Corin urged mercy for the boy. The case will be heard by Mr Justice Corin on Monday. "
        "Mr Justice Corin said the hospital may apply again; Pope Corin prayed for the family."
    )
    tagged = [("Corin", "person", 0), ("Corin", "person", 1), ("Corin", "person", 2), ("Corin", "person", 3)]
    index = _index(text, tagged)
    assert {e.name: sum(e.mentions.values()) for e in index.entities} == {"Pope Corin": 2, "Justice Corin": 2}
    # one title (and Mr/Dr) is one person
    text = "President Vane spoke. Mr Vane said more; Vane left."
    index = _index(text, [("Vane", "person", 0), ("Vane", "person", 1), ("Vane", "person", 2)])
    assert [e.name for e in index.entities] == ["Vane"]
