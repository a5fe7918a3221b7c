"""Span repairs (analyze/entity_spans.py) through build_entities, on fictional text with the
tagger's mentions written by hand, so the rules and not the statistical tagger are under test."""

from newsweave.analyze.entities import Mention, build_entities
from newsweave.text.segment import segment
from newsweave.types import Article

from .test_entities_rules import _index


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_the_parties_of_a_court_case_are_not_entities():
    text = (
        "Judge Ona Pell cited Harlow Mills v. Brenner in her ruling on the pier. "
        "Portmere Rovers vs. Harrow Town was played the same night."
    )
    tagged = [("Ona Pell", "person", 0), ("Harlow Mills", "organization", 0), ("Brenner", "person", 0),
              ("Portmere Rovers", "organization", 0), ("Harrow Town", "organization", 0)]
    assert _names(_index(text, tagged)) == {"Ona Pell": "person", "Portmere Rovers": "organization", "Harrow Town": "organization"}


def test_a_name_cut_at_its_generational_suffix_is_joined_back():
    text = "The march ended near Lionel Ashby, Jr. Avenue on Friday, where Mayor Ida Crane spoke."
    index = _index(text, [("Lionel Ashby", "person", 0), ("Jr. Avenue", "place", 0), ("Ida Crane", "person", 0)])
    assert _names(index) == {"Lionel Ashby, Jr. Avenue": "place", "Ida Crane": "person"}


def test_an_administration_is_one_organisation():
    text = "Critics of the incoming Vantor-Rhee administration met in Portmere on Monday."
    index = _index(text, [("Vantor-Rhee", "organization", 0), ("Portmere", "place", 0)])
    assert _names(index) == {"Vantor-Rhee administration": "organization", "Portmere": "place"}


def test_a_cut_name_takes_the_longer_name_the_story_tags_elsewhere():
    text = "Ada Ferro told KPRT 9 on Monday. She told KPRT 9 again; KPRT 90 is another station."
    index = _index(text, [("Ada Ferro", "person", 0), ("KPRT 9", "organization", 0), ("KPRT", "organization", 1), ("KPRT", "organization", 2)])
    assert _names(index) == {"Ada Ferro": "person", "KPRT 9": "organization", "KPRT": "organization"}
    assert {e.name: e.mentions for e in index.entities}["KPRT 9"] == {"a1": 2}  # twice; "KPRT 90" is not it
    text = "The Corran Police closed the pier. Corran police rules allow it, Corran cops said."
    index = _index(text, [("Corran Police", "organization", 0), ("Corran", "organization", 1), ("Corran", "organization", 2)])
    assert {e.name: e.aliases for e in index.entities} == {"Corran Police": ("Corran police",), "Corran": ()}
    # a one-word name joins "X University" or "X Party", never "X Police": the town is not its police
    text = "Corran Police met Corran University staff. Corran said so; Corran police agreed."
    tagged = [("Corran Police", "organization", 0), ("Corran University", "organization", 0), ("Corran", "organization", 2), ("Corran", "organization", 3)]
    assert {e.name: e.aliases for e in _index(text, tagged).entities} == {"Corran Police": ("Corran police",), "Corran University": ("Corran",)}


def test_an_owner_glued_on_by_a_possessive_and_a_role_plural_are_cut():
    text = (
        "The study from Calder’s Ribbon Media Lab drew notice. Calder’s report is new, and "
        "Tessa Ward of the Ribbon Media Lab praised it. Harbour Party MPs backed it, as did Parents for Tessa’s Law."
    )
    tagged = [("Calder’s Ribbon Media Lab", "organization", 0), ("Calder", "organization", 1),
              ("Tessa Ward", "person", 0), ("Ribbon Media Lab", "organization", 1), ("Harbour Party MPs", "organization", 0),
              ("Tessa", "person", 1), ("Tessa’s Law", "organization", 0), ("Law", "person", 0)]
    names = _names(_index(text, tagged))
    assert names == {"Ribbon Media Lab": "organization", "Calder": "organization", "Tessa Ward": "person",
                     "Harbour Party": "organization", "Tessa’s Law": "organization"}


def test_a_name_cut_at_a_possessive_the_tagger_kept_is_extended_up_to_a_title():
    text = "The Court of Harrow’s Bench heard it, said Court of Harrow’s Bench Justice Ivo Dane."
    index = _index(text, [("Court of Harrow’s", "organization", 1), ("Ivo Dane", "person", 0)])
    assert _names(index) == {"Court of Harrow’s Bench": "organization", "Ivo Dane": "person"}


def test_a_place_after_an_institution_and_of_is_part_of_its_name():
    text = "Ana Reyes worked for the Lantern Diocese of Harrow Bay. The Republic of Veldana praised her."
    index = _index(text, [("Ana Reyes", "person", 0), ("Harrow Bay", "place", 0), ("Veldana", "place", 0)])
    assert _names(index) == {"Ana Reyes": "person", "Lantern Diocese of Harrow Bay": "organization", "Veldana": "place"}


def _two_articles(first: str, second: str, tagged: list[tuple[int, str, str]]):
    docs = (segment(Article(id="a1", outlet="Portmere Post", text=first)), segment(Article(id="a2", outlet="Harbour Daily", text=second)))
    texts = {"a1": first, "a2": second}
    mentions = []
    for aid, surface, kind in tagged:
        pos = texts[aid].index(surface)
        mentions.append(Mention(aid, pos, pos + len(surface), surface, kind))
    return build_entities(docs, mentions)


def test_a_surname_tagged_as_a_place_joins_the_person_only_where_the_person_is_named():
    first = "Nessa Palomar spoke on her show. Critics love to attack Palomar at every turn."
    second = "Nessa Palomar apologised on Monday, and Palomar said she meant it."
    tagged = [("a1", "Nessa Palomar", "person"), ("a1", "Palomar", "place"), ("a2", "Nessa Palomar", "person"), ("a2", "Palomar", "place")]
    assert [(e.name, e.kind, e.aliases) for e in _two_articles(first, second, tagged).entities] == [("Nessa Palomar", "person", ("Palomar",))]
    # a town of that name in an article that never names the person stays a place
    second = "Flooding hit Palomar on Monday; the town's mayor asked for help."
    tagged = [("a1", "Nessa Palomar", "person"), ("a1", "Palomar", "place"), ("a2", "Palomar", "place")]
    assert {e.name: e.kind for e in _two_articles(first, second, tagged).entities} == {"Nessa Palomar": "person", "Palomar": "place"}


def test_time_zones_and_common_abbreviations_are_not_names():
    text = "The hearing starts at 14:00 BST, said Ada Ferro, a DIY blogger and the group's CEO."
    index = _index(text, [("BST", "organization", 0), ("Ada Ferro", "person", 0), ("DIY", "organization", 0), ("CEO", "organization", 0)])
    assert _names(index) == {"Ada Ferro": "person"}


def test_abbreviations_used_as_terms_are_not_names():
    text = (
        "The scan records the magnetoretinogram (MRG). When the Wave-Linked Response (WLR) is averaged, "
        "WLRs differ by person, said Ada Ferro of the Portmere Institute (PI)."
    )
    tagged = [("MRG", "organization", 0), ("Wave-Linked Response", "organization", 0), ("WLR", "organization", 0),
              ("Ada Ferro", "person", 0), ("Portmere Institute", "organization", 0), ("PI", "organization", 0)]
    assert _names(_index(text, tagged)) == {"Ada Ferro": "person", "Portmere Institute": "organization"}


def test_a_person_mention_and_a_one_word_mention_right_after_it_are_one_name():
    text = "Team leader Ivo Rasca Tellin spoke. Tellin said the wreck was old, and Tellin left."
    tagged = [("Ivo Rasca", "person", 0), ("Tellin", "place", 0), ("Tellin", "place", 1), ("Tellin", "place", 2)]
    assert [(e.name, e.kind, e.aliases) for e in _index(text, tagged).entities] == [("Ivo Rasca Tellin", "person", ("Tellin",))]
    # a word of another name ("Veldana" of "North Veldana") is not glued on as a surname
    text = "North Veldana mourned leader Tam Oru-ki Veldana said. North Veldana is closed."
    tagged = [("North Veldana", "place", 0), ("Tam Oru-ki", "person", 0), ("Veldana", "place", 1)]
    assert "Tam Oru-ki" in _names(_index(text, tagged))


def test_an_organisation_sharing_its_head_with_the_word_before_and_is_one_name():
    text = (
        "Ada Ferro of the departments of Marine and Harbour Engineering spoke. "
        "On Monday and Corran Works staff agreed. Portmere and Harbour Engineering staff agreed."
    )
    tagged = [("Ada Ferro", "person", 0), ("Harbour Engineering", "organization", 0), ("Corran Works", "organization", 0),
              ("Portmere", "place", 0), ("Harbour Engineering", "organization", 1)]
    names = _names(_index(text, tagged))
    assert names == {"Ada Ferro": "person", "Marine and Harbour Engineering": "organization", "Corran Works": "organization",
                     "Portmere": "place", "Harbour Engineering": "organization"}
    # a word inside another name is not a shared head; a person pair typed as one organisation is split
    text = "The Corran Science Foundation and Harbour Engineering paid. Ivo Dane and Ada Ferro wrote; Ada Ferro signed."
    tagged = [("Corran Science Foundation", "organization", 0), ("Harbour Engineering", "organization", 0),
              ("Dane and Ada Ferro", "organization", 0), ("Ada Ferro", "person", 1)]
    assert set(_names(_index(text, tagged))) == {"Corran Science Foundation", "Harbour Engineering", "Dane", "Ada Ferro"}
    # the tagger's own cut of the first word ("Marine" alone) joins too; "Labour and Corran Party" is two
    # (each side named on its own: session 9 keeps an "X and Y" organisation whole otherwise)
    text = "The departments of Marine and Harbour Engineering met Labour and Corran Party leaders. Labour and the Corran Party agreed."
    tagged = [("Marine", "organization", 0), ("Harbour Engineering", "organization", 0), ("Labour and Corran Party", "organization", 0),
              ("Labour", "organization", 1), ("Corran Party", "organization", 1)]
    assert set(_names(_index(text, tagged))) == {"Marine and Harbour Engineering", "Labour", "Corran Party"}


def test_a_body_named_by_one_word_does_not_join_a_longer_name_ending_with_it():
    text = "The Corran House said the House would vote. The House passed it; the Corran House agreed."
    tagged = [("Corran House", "organization", 0), ("House", "organization", 1), ("House", "organization", 2), ("Corran House", "organization", 1)]
    assert {e.name: e.aliases for e in _index(text, tagged).entities} == {"Corran House": (), "House": ()}
    # a cut name still joins ("Harbour Trust" -> "Corran Harbour Trust")
    text = "The Corran Harbour Trust met. The Trust said no."
    tagged = [("Corran Harbour Trust", "organization", 0), ("Trust", "organization", 1)]
    assert {e.name: e.aliases for e in _index(text, tagged).entities} == {"Corran Harbour Trust": ("Trust",)}


def test_a_name_cut_at_its_possessive_is_joined_and_never_loses_its_owner():
    text = (
        "Prisoners were taken at Ossley’s Ridge, a battle. The battle of Ossley's Ridge ended it. "
        "Ivo Dane was photographed in Washington, D.C. that year."
    )
    tagged = [("Ossley’s Ridge", "organization", 0), ("Ossley", "organization", 1), ("Ridge", "organization", 1),
              ("Ivo Dane", "person", 0), ("D.C.", "place", 0)]
    names = _names(_index(text, tagged))
    assert set(names) == {"Ossley’s Ridge", "Ivo Dane", "Washington, D.C."} or set(names) == {"Ossley's Ridge", "Ivo Dane", "Washington, D.C."}
