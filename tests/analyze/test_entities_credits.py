"""Credits, citations and phrases glued onto names (analyze/entity_credits.py) and two name-shape
joins (analyze/entity_names.py: an initialled citation form, a one-word member noun), through
build_entities on fictional text with the tagger's mentions written by hand."""

from .test_entities_rules import _index


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_citations_et_al_is_not_part_of_the_name_and_the_initial_joins_the_full_name():
    text = (
        "Dr Mira Tallon led the harbour survey. Tallon said the pier was sound. "
        "The paper by M. Tallon et al appears in the Portmere Review."
    )
    tagged = [("Mira Tallon", "person", 0), ("Tallon", "person", 1), ("M. Tallon et al", "person", 0),
              ("Portmere Review", "organization", 0)]
    index = _index(text, tagged)
    assert _names(index) == {"Mira Tallon": "person", "Portmere Review": "organization"}
    assert {e.name: e.aliases for e in index.entities}["Mira Tallon"] == ("M. Tallon", "Tallon")


def test_an_initial_shared_by_two_full_names_stays_apart():
    text = "Jon Hale and Joan Hale spoke. J. Hale wrote the note."
    tagged = [("Jon Hale", "person", 0), ("Joan Hale", "person", 0), ("J. Hale", "person", 0)]
    assert set(_names(_index(text, tagged))) == {"Jon Hale", "Joan Hale", "J. Hale"}


def test_a_pull_quote_credit_run_into_a_name_is_cut_to_the_person():
    text = (
        "Dr Lina Sorel, who wrote the study, said the ferries were late.\n\n"
        "The ferries are late every week – Dr Lina Sorel Study author\n\n"
        "Tessa Ward was a ferry captain. The Tessa Ward Memorial Fund paid for the memorial garden."
    )
    tagged = [("Lina Sorel", "organization", 0), ("Lina Sorel Study", "organization", 0), ("Tessa Ward", "person", 0),
              ("Tessa Ward Memorial Fund", "organization", 0)]
    index = _index(text, tagged)
    assert _names(index) == {"Lina Sorel": "organization", "Tessa Ward": "person", "Tessa Ward Memorial Fund": "organization"}
    assert {e.name: e.mentions for e in index.entities}["Lina Sorel"] == {"a1": 2}


def test_a_phrase_before_a_place_the_story_names_alone_is_cut():
    text = (
        "Ada Ferro sued in the Great State of Corland. Corland courts are slow. "
        "The Islamic State of Vardia claimed the attack; Vardia denied it. Islamic State fighters left."
    )
    tagged = [("Ada Ferro", "person", 0), ("Great State of Corland", "place", 0), ("Corland", "place", 1),
              ("Islamic State of Vardia", "place", 0), ("Vardia", "place", 1)]
    names = _names(_index(text, tagged))
    assert names == {"Ada Ferro": "person", "Corland": "place", "Islamic State of Vardia": "place", "Vardia": "place"}


def test_a_one_word_member_noun_joins_its_group():
    text = "The Gullwings played Portmere in 1963. Two fans wrote to a Gullwing that year."
    tagged = [("Gullwings", "group", 0), ("Portmere", "place", 0), ("Gullwing", "place", 0)]
    index = _index(text, tagged)
    assert _names(index) == {"Gullwings": "group", "Portmere": "place"}
    assert {e.name: e.aliases for e in index.entities}["Gullwings"] == ("Gullwing",)


def test_a_first_name_left_out_after_a_title_is_part_of_the_name():
    text = (
        "Portmere Mayor Ines Vallo Ruiz asked for ferries. Vallo Ruiz said the pier was closed. "
        "Senator Ada Ferro agreed."
    )
    tagged = [("Portmere", "place", 0), ("Vallo Ruiz", "person", 0), ("Vallo Ruiz", "person", 1), ("Ada Ferro", "person", 0)]
    index = _index(text, tagged)
    assert {e.name: e.aliases for e in index.entities} == {"Ines Vallo Ruiz": ("Vallo Ruiz",), "Portmere": (), "Ada Ferro": ()}


def test_a_member_noun_of_a_group_the_tagger_left_out_is_not_a_name():
    text = "Two fans wrote to The Gullwings in Portmere. Years later a Gullwing wrote back to Portmere."
    tagged = [("Portmere", "place", 0), ("Gullwing", "place", 1), ("Portmere", "place", 1)]
    assert _names(_index(text, tagged)) == {"Portmere": "place"}
