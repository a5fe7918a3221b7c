"""Session 12's entity rules (issue 12), from the kinds of error on the PolNeAR set `entities_dev_z1`,
on fictional text with the tagger's mentions written by hand: a figure glued to a name, a city and
its state's abbreviation in one span, an identity acronym, a first name beside a family word, and a
company the tagger calls a person (analyze/entity_tails.py, entity_firms.py, entities.py)."""

from .test_entities_rules import _index


def _kinds(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_figure_after_a_name_is_cut_off():
    text = "The tracking poll shows Vell Darrow leading Ama Reed 47.3 percent to 41.7 percent in Marrowby."
    tagged = [("Vell Darrow", "person", 0), ("Ama Reed 47.3 percent", "organization", 0), ("Marrowby", "place", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Vell Darrow", "Ama Reed", "Marrowby"}


def test_a_number_that_is_part_of_a_name_stays():
    text = "Ama Reed flew the Boeing 727 to Marrowby on Monday."
    tagged = [("Ama Reed", "person", 0), ("Boeing 727", "product", 0), ("Marrowby", "place", 0)]
    assert "Ama Reed" in _kinds(_index(text, tagged))
    assert "Boeing 727 percent" not in _kinds(_index(text, tagged))


def test_a_city_and_a_state_abbreviation_without_a_comma_are_two_places():
    text = "Why would anyone vote for him?\n\nTova Brann.\n\nMarrowby Va.\n"
    tagged = [("Tova Brann", "person", 0), ("Marrowby Va", "place", 0)]
    assert _kinds(_index(text, tagged)) == {"Tova Brann": "person", "Marrowby": "place", "Va": "place"}


def test_washington_dc_and_a_plain_place_are_not_split():
    text = "Tova Brann moved from Washington, D.C. to New Marrowby on Monday."
    tagged = [("Tova Brann", "person", 0), ("Washington, D.C.", "place", 0), ("New Marrowby", "place", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Tova Brann", "Washington, D.C.", "New Marrowby"}


def test_an_identity_acronym_is_a_term():
    text = "Ama Reed said the plan leaves out LGBT parents in Marrowby."
    tagged = [("Ama Reed", "person", 0), ("LGBT", "organization", 0), ("Marrowby", "place", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Ama Reed", "Marrowby"}


def test_a_first_name_beside_a_family_word_joins_its_full_name():
    text = ("Harold Pemberton's divorce from his wife Greta was sealed. Lawyers for both Harold and Greta "
            "Pemberton opposed the motion. Greta Pemberton's brief said so.")
    tagged = [("Harold Pemberton", "person", 0), ("Greta", "person", 0), ("Harold", "person", 1),
              ("Greta Pemberton", "person", 0), ("Greta Pemberton", "person", 1)]
    index = _index(text, tagged)
    names = {e.name: e for e in index.entities}
    assert set(names) == {"Harold Pemberton", "Greta Pemberton"}
    assert names["Harold Pemberton"].aliases == ("Harold",) and names["Greta Pemberton"].aliases == ("Greta",)


def test_a_company_typed_a_person_is_an_organisation_from_the_story():
    text = ("The Marrow Ledger and the Quillon newspaper chain asked the court to open the file. Quillon said it "
            "would appeal, and Ama Reed, a lawyer, agreed.")
    tagged = [("Marrow Ledger", "organization", 0), ("Quillon", "person", 0), ("Quillon", "person", 1), ("Ama Reed", "person", 0)]
    assert _kinds(_index(text, tagged)) == {"Quillon": "organization", "Marrow Ledger": "organization", "Ama Reed": "person"}


def test_a_firm_noun_after_a_company_makes_it_a_firm():
    text = "Ama Reed got the second dose of the Vantrix vaccine. Vantrix booster shots are free in Marrowby."
    tagged = [("Ama Reed", "person", 0), ("Vantrix", "person", 0), ("Vantrix", "person", 1), ("Marrowby", "place", 0)]
    assert _kinds(_index(text, tagged))["Vantrix"] == "organization"


def test_a_titled_person_before_an_owned_noun_stays_a_person():
    text = ("President Darrow spoke in Marrowby on Monday. Critics of the Darrow administration said Darrow "
            "was wrong, and the Darrow data team disagreed.")
    tagged = [("Darrow", "person", 0), ("Marrowby", "place", 0), ("Darrow", "person", 1), ("Darrow", "person", 2), ("Darrow", "person", 3)]
    assert _kinds(_index(text, tagged))["Darrow"] == "person"


def test_a_surname_of_a_named_person_stays_a_person():
    text = "Vell Darrow spoke on Monday. The Darrow campaign and Darrow data staff said he would win Marrowby."
    tagged = [("Vell Darrow", "person", 0), ("Darrow", "person", 1), ("Darrow", "person", 2), ("Marrowby", "place", 0)]
    assert _kinds(_index(text, tagged)) == {"Vell Darrow": "person", "Marrowby": "place"}


def test_a_name_after_an_owners_possessive_is_not_a_longer_name_of_it():
    text = ("Forecasts came from the Marrow Ledger’s Tally on Monday. The Tally modelling gives Ama Reed a lead, "
            "and the Tally team said so.")
    tagged = [("Marrow Ledger’s Tally", "organization", 0), ("Tally", "organization", 1), ("Tally", "organization", 2),
              ("Ama Reed", "person", 0)]
    names = _kinds(_index(text, tagged))
    assert "Tally" in names and "Ama Reed" in names


def test_a_full_person_name_before_a_common_noun_stays_a_person():
    text = "Ama Reed followed the Vell Darrow case in Marrowby. Vell Darrow shot back on Monday."
    tagged = [("Ama Reed", "person", 0), ("Vell Darrow", "person", 0), ("Marrowby", "place", 0), ("Vell Darrow", "person", 1)]
    assert _kinds(_index(text, tagged))["Vell Darrow"] == "person"


def test_a_ticker_a_data_poll_or_doses_from_make_a_firm():
    text = ("Analysts polled by Quorvex expected growth. Marrowby bought doses from Vantrix and shares of Delmor "
            "(NYSE: DLM) rose. Ama Reed said Quorvex and Vantrix were right about Delmor.")
    tagged = [("Quorvex", "person", 0), ("Marrowby", "place", 0), ("Vantrix", "person", 0), ("Delmor", "person", 0),
              ("Ama Reed", "person", 0), ("Quorvex", "person", 1), ("Vantrix", "person", 1), ("Delmor", "person", 1)]
    kinds = _kinds(_index(text, tagged))
    assert (kinds["Quorvex"], kinds["Vantrix"], kinds["Delmor"], kinds["Ama Reed"]) == ("organization",) * 3 + ("person",)


def test_a_surname_two_named_people_share_is_a_person_whatever_the_tagger_says():
    text = ("Vell Darrow spoke in Marrowby. His daughter Ama Darrow wrote the plan, and the Darrow campaign "
            "said the Darrow team and Darrow aides backed it.")
    tagged = [("Vell Darrow", "person", 0), ("Marrowby", "place", 0), ("Ama Darrow", "person", 0),
              ("Darrow", "organization", 2), ("Darrow", "organization", 3), ("Darrow", "organization", 4)]
    kinds = {e.name: e.kind for e in _index(text, tagged).everyone}  # a shared bare surname is not listed (entity_listing), its kind still counts
    assert kinds["Darrow"] == "person" and kinds["Vell Darrow"] == "person"


def test_an_authors_bio_at_the_foot_is_a_credit():
    text = ("Ama Reed said the Marrowby count was right.\n\nThe Harbour Board disagreed on Monday.\n\n"
            "Tova Brann is the harbour columnist for Portmere Daily and host of Quay Radio. "
            "Follow her on Twitter: @tbrann.\n")
    tagged = [("Ama Reed", "person", 0), ("Marrowby", "place", 0), ("Harbour Board", "organization", 0),
              ("Tova Brann", "person", 0), ("Portmere Daily", "organization", 0), ("Quay Radio", "organization", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Ama Reed", "Marrowby", "Harbour Board"}


def test_a_person_in_the_body_described_as_a_columnist_stays():
    text = ("Tova Brann is the harbour columnist for Portmere Daily, and she was sued by Ama Reed.\n\n"
            "The court in Marrowby heard the case.\n\nIt will rule in May, the clerk said.\n")
    tagged = [("Tova Brann", "person", 0), ("Portmere Daily", "organization", 0), ("Ama Reed", "person", 0), ("Marrowby", "place", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Tova Brann", "Portmere Daily", "Ama Reed", "Marrowby"}


def test_a_time_zone_after_a_clock_time_and_an_agency_dateline_are_no_names():
    text = "MARROWBY, Sept. 26 (UPI) — Ama Reed hosts the Quay Radio breakfast hour, live at 7:00 a.m. Eastern."
    tagged = [("MARROWBY", "place", 0), ("UPI", "organization", 0), ("Ama Reed", "person", 0), ("Quay Radio", "organization", 0),
              ("Eastern", "organization", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Marrowby", "Ama Reed", "Quay Radio"}


def test_a_quoted_title_is_not_split_at_its_and():
    text = ("Ama Reed spoke on Quay Radio’s “Harbour and Friends.” The Harbour Board and Friends of Marrowby "
            "met later. The Harbour Board said Friends of Marrowby had asked. Harbour, a quay firm, and Friends, a club, paid.")
    tagged = [("Ama Reed", "person", 0), ("Quay Radio", "organization", 0), ("Harbour and Friends", "organization", 0),
              ("Harbour Board and Friends of Marrowby", "organization", 0), ("Harbour Board", "organization", 1),
              ("Friends of Marrowby", "organization", 1), ("Harbour", "organization", 3), ("Friends", "organization", 3)]
    names = set(_kinds(_index(text, tagged)))
    assert "Harbour and Friends" in names
    assert "Friends of Marrowby" in names and "Harbour Board and Friends of Marrowby" not in names


def test_a_quoted_title_the_tagger_cut_in_two_is_joined():
    text = "Ama Reed said on Quay Radio’s “Harbour and Friends.” that Harbour, a quay firm, and Friends, a club, paid."
    tagged = [("Ama Reed", "person", 0), ("Quay Radio", "organization", 0), ("Harbour", "organization", 0),
              ("Friends", "organization", 0), ("Harbour", "organization", 1), ("Friends", "organization", 1)]
    names = set(_kinds(_index(text, tagged)))
    assert "Harbour and Friends" in names and "Harbour" in names


def test_state_of_a_secretary_of_state_is_no_name_and_an_institution_on_a_place_is_two_names():
    text = ("Ama Reed, the former secretary of State, spoke at Marrow University on Quay Island on Monday. "
            "The State of Veskia sued.")
    tagged = [("Ama Reed", "person", 0), ("State", "organization", 0), ("Marrow University on Quay Island", "place", 0),
              ("State of Veskia", "place", 0)]
    assert _kinds(_index(text, tagged)) == {"Ama Reed": "person", "Marrow University": "organization", "Quay Island": "place",
                                            "State of Veskia": "place"}
