"""Phrases the tagger takes for names (analyze/entity_phrases.py and the span trims of
analyze/entity_spans.py): a credit in parentheses glued to the next word, a named day, a portfolio
word in a cabinet title, "the <country> administration". Fictional text, the tagger's mentions
written by hand (issue 12, the leftovers of entities_dev_n)."""

from .test_entities_rules import _index


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_credit_glued_to_the_next_word_is_cut_off_the_name():
    text = "(PNN)The Vardia closed its ports on Monday. Vardia fishing boats stayed in. Vardia officials agreed."
    tagged = [("PNN)The Vardia", "organization", 0), ("Vardia", "place", 1), ("Vardia", "place", 2)]
    index = _index(text, tagged)
    assert _names(index) == {"Vardia": "place"}
    assert {e.name: e.mentions for e in index.entities}["Vardia"] == {"a1": 3}


def test_an_open_parenthesis_ends_a_name():
    text = "Rep. Ola Brand (D-Corland) spoke first. Brand said the pier was sound."
    tagged = [("Ola Brand (D", "person", 0), ("Brand", "person", 1)]
    index = _index(text, tagged)
    assert _names(index) == {"Ola Brand": "person"}
    assert {e.name: e.aliases for e in index.entities}["Ola Brand"] == ("Brand",)


def test_a_named_day_is_a_date_not_an_entity_but_a_person_called_day_is_a_person():
    text = (
        "Corland marked Founders Remembrance Day on Friday, and the Corland vote falls on Super Tuesday. "
        "Mara Day, the harbour master, read the names."
    )
    tagged = [("Corland", "place", 0), ("Founders Remembrance Day", "organization", 0), ("Corland", "place", 1),
              ("Super", "place", 0), ("Mara Day", "person", 0)]
    assert _names(_index(text, tagged)) == {"Corland": "place", "Mara Day": "person"}


def test_a_portfolio_word_before_a_cabinet_title_is_part_of_the_title():
    text = (
        "Harbour Secretary Lina Vost said the pier would open. Vost met the Harbour Board. "
        "PNU Secretary General Ola Brand agreed. Treasury Minister Ida Holm spoke, and the Treasury paid."
    )
    tagged = [("Harbour", "organization", 0), ("Lina Vost", "person", 0), ("Vost", "person", 1),
              ("Harbour Board", "organization", 0), ("PNU", "organization", 0), ("Ola Brand", "person", 0),
              ("Treasury", "organization", 0), ("Ida Holm", "person", 0), ("Treasury", "organization", 1)]
    names = _names(_index(text, tagged))
    assert names == {"Lina Vost": "person", "Harbour Board": "organization", "PNU": "organization",
                     "Ola Brand": "person", "Treasury": "organization", "Ida Holm": "person"}


def test_a_country_before_administration_stays_the_place_a_person_makes_an_administration():
    text = (
        "The rift between the new Vardia administration and Corland grew. Vardia recalled its envoy. "
        "The Holm administration had kept the envoy; Ida Holm left office in May."
    )
    tagged = [("Vardia", "place", 0), ("Corland", "place", 0), ("Vardia", "place", 1), ("Holm", "person", 0),
              ("Ida Holm", "person", 0)]
    names = _names(_index(text, tagged))
    assert names == {"Vardia": "place", "Corland": "place", "Holm administration": "organization", "Ida Holm": "person"}


def test_a_disease_is_a_term_not_an_entity():
    text = "The Corland clinic treated COVID-19 patients; its Ebola ward stayed shut. Dr Ada Ferro runs the clinic."
    tagged = [("Corland", "place", 0), ("COVID-19", "organization", 0), ("Ebola", "person", 0), ("Ada Ferro", "person", 0)]
    assert _names(_index(text, tagged)) == {"Corland": "place", "Ada Ferro": "person"}


def test_a_holiday_named_after_a_person_is_a_date():
    text = "Offices close on Ida Vell Jr. Day each spring. Ida Vell Jr. founded the harbour school."
    tagged = [("Ida Vell", "person", 0), ("Jr. Day", "person", 0), ("Ida Vell Jr.", "person", 0)]
    assert set(_names(_index(text, tagged))) == {"Ida Vell Jr."}  # (part 5: the display keeps the suffix's dot)
