"""Words glued onto a name that the story shows are not part of it (issue 12, session 15,
analyze/entity_glue.py), on fictional text with the tagger's mentions written by hand."""

from newsweave.analyze.entities import Mention
from newsweave.analyze.entity_glue import cut_term_tail, split_owner

from .test_entities_rules import _index


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_disease_term_after_a_name_is_cut_off():
    m = Mention("a1", 10, 37, "Marrowby Harbour Board COVID-19", "organization")
    assert cut_term_tail(m).text == "Marrowby Harbour Board"
    assert cut_term_tail(m).end == 10 + len("Marrowby Harbour Board")
    covid = Mention("a1", 0, 20, "Quillon Council Covid", "organization")
    assert cut_term_tail(covid).text == "Quillon Council"


def test_a_disease_term_after_a_function_word_stays_in_the_name():
    fund = Mention("a1", 0, 34, "Quillon Fund to Fight Malaria", "organization")
    assert cut_term_tail(fund) is fund
    person = Mention("a1", 0, 10, "Ama Ebola", "person")
    assert cut_term_tail(person) is person


def test_the_term_cut_in_a_story():
    text = ("The Portmere Health Board COVID-19 adviser Ama Reed spoke on Monday. "
            "Reed said the Portmere Health Board Covid lead had resigned.")
    tagged = [("Portmere Health Board COVID-19", "organization", 0), ("Ama Reed", "person", 0),
              ("Reed", "person", 0), ("Portmere Health Board Covid", "organization", 0)]
    names = _names(_index(text, tagged))
    assert names.get("Portmere Health Board") == "organization"
    assert not any("COVID" in n or "Covid" in n for n in names)


def test_an_owners_surname_before_an_institution_is_split_off():
    m = Mention("a1", 20, 50, "Vantree Harbour Department", "organization")
    owner, rest = split_owner(m, {"Harbour Department", "Tova Vantree"}, {"Vantree"})
    assert (owner.text, owner.kind, owner.start, owner.end) == ("Vantree", "person", 20, 27)
    assert (rest.text, rest.kind, rest.start) == ("Harbour Department", "organization", 28)


def test_no_split_when_the_rest_is_never_a_name_of_its_own():
    m = Mention("a1", 0, 26, "Vantree Harbour Department", "organization")
    assert split_owner(m, {"Tova Vantree"}, {"Vantree"}) == [m]
    unknown = Mention("a1", 0, 26, "Quarrow Harbour Department", "organization")
    assert split_owner(unknown, {"Harbour Department"}, {"Vantree"}) == [unknown]


def test_the_owner_split_in_a_story():
    text = ("Tova Vantree ran the Harbour Department for years. "
            "A former Vantree Harbour Department clerk told the Harbour Department board about it.")
    tagged = [("Tova Vantree", "person", 0), ("Harbour Department", "organization", 0),
              ("Vantree Harbour Department", "organization", 0), ("Harbour Department", "organization", 2)]
    index = _index(text, tagged)
    names = _names(index)
    assert "Vantree Harbour Department" not in names
    assert names["Harbour Department"] == "organization" and names["Tova Vantree"] == "person"
    ents = {e.name: e for e in index.entities}
    assert sum(ents["Harbour Department"].mentions.values()) == 3
    assert sum(ents["Tova Vantree"].mentions.values()) == 2
