"""Where a name starts and ends, part 5 (analyze/entity_edges.py, the bracket rule of
analyze/entity_phrases.py, the suffix and family-surname rules of analyze/entities.py): fictional
text, the tagger's mentions written by hand (issue 12, leftovers of entities_dev_s/_t/_u)."""

from .test_entities_rules import _index
from .test_entities_shared import _index as _index_many


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_square_bracket_of_an_editors_insertion_is_no_part_of_the_name():
    text = 'Tamsin Orr spoke first. "I will meet [Harald] Veske next week," Orr said. Harald Veske declined to comment.'
    tagged = [("Tamsin Orr", "person", 0), ("Harald] Veske", "person", 0), ("Orr", "person", 1), ("Harald Veske", "person", 0)]
    index = _index(text, tagged)
    assert _names(index) == {"Tamsin Orr": "person", "Harald Veske": "person"}
    assert {e.name: e.aliases for e in index.entities}["Harald Veske"] == ("Veske",)


def test_a_lone_company_suffix_takes_the_name_before_it():
    text = "Orvane and its German partner Kestrel Biotik SE said they would file on Friday. Orvane shares rose."
    tagged = [("Orvane", "organization", 0), ("SE", "person", 0), ("Orvane", "organization", 1)]
    assert _names(_index(text, tagged)) == {"Orvane": "organization", "Kestrel Biotik SE": "organization"}


def test_a_name_before_a_company_suffix_takes_the_suffix():
    text = "The regulator fined Halvard plc on Monday. The bank Halvard plc said it would appeal."
    tagged = [("Halvard", "organization", 0), ("Halvard", "organization", 1)]
    assert _names(_index(text, tagged)) == {"Halvard plc": "organization"}


def test_a_descriptor_at_a_sentence_start_is_cut_off_the_name():
    text = "Drugmaker Orvane said Thursday its shot was safe. Novelist Ama Reed agreed. Orvane will publish the data."
    tagged = [("Drugmaker Orvane", "organization", 0), ("Novelist Ama Reed", "person", 0), ("Orvane", "organization", 1)]
    assert _names(_index(text, tagged)) == {"Orvane": "organization", "Ama Reed": "person"}


def test_a_descriptor_word_inside_a_sentence_is_left_alone():
    text = "They met Drugmaker Row on Friday."  # a place name with the word in it, not at a sentence start
    assert _names(_index(text, [("Drugmaker Row", "place", 0)])) == {"Drugmaker Row": "place"}


def test_a_surname_before_a_generational_suffix_joins_the_full_name():
    text = "District Attorney Cyran Valk Jr. opened the case. Valk Jr.'s office declined to comment. Valk said more."
    tagged = [("Cyran Valk Jr.", "person", 0), ("Valk Jr.'s", "person", 0), ("Valk", "person", 2)]
    index = _index(text, tagged)
    assert [(e.name, set(e.aliases)) for e in index.entities] == [("Cyran Valk Jr.", {"Valk", "Valk Jr."})]


def test_an_adjective_of_origin_before_a_group_is_part_of_it():
    text = "Attacks on Asian Americans rose last year, Corlish Americans marched in Portmere, and so did Corlish Fenlanders."
    tagged = [("Americans", "group", 0), ("Americans", "group", 1), ("Portmere", "place", 0), ("Fenlanders", "group", 0)]
    names = _names(_index(text, tagged))
    assert names == {"Asian Americans": "group", "Corlish Americans": "group", "Portmere": "place", "Fenlanders": "group"}


def test_a_family_surname_of_two_named_people_goes_to_the_one_its_article_names():
    one = "Wren Tallis spoke about her brother on Thursday. Oren Tallis had moved to the city in 2014."
    two = "The mayor will host the family of Oren Tallis this week. Tallis was 46."
    index = _index_many(
        [one, two],
        [(0, "Wren Tallis", "person", 0), (0, "Oren Tallis", "person", 0), (1, "Oren Tallis", "person", 0), (1, "Tallis", "person", 1)],
    )
    names = {e.name: e for e in index.entities}
    assert "Tallis" not in names  # was: a bare "Tallis" listed on its own (a family word in the story)
    assert names["Oren Tallis"].mentions == {"a0": 1, "a1": 2} and names["Wren Tallis"].aliases == ()
