"""Where a name starts and ends, part 6 (analyze/entity_terms.py, the no-break spaces of the tagger,
the owner's possessive of analyze/entity_spans.py): fictional text, the tagger's mentions written by
hand (issue 12, session 11, kinds pooled from the first runs of entities_dev_o-_v)."""

from newsweave.analyze.entities import SpacyEntityTagger
from newsweave.text.segment import segment
from newsweave.types import Article

from .test_entities_rules import _index
from .test_entities_shared import _index as _index_many


def _names(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_the_tagger_reads_no_break_spaces_as_spaces_and_keeps_offsets():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "FAC", "pattern": "Marrow Federal Theatre"}])
    tagger = SpacyEntityTagger()
    tagger._nlp = nlp  # a real rule-based pipeline: the tagger's own text handling is under test
    text = "The rally filled Marrow\xa0Federal\u202fTheatre on Saturday."
    doc = segment(Article(id="a1", outlet="Portmere Post", text=text))
    mentions = tagger.tag((doc,))
    assert [(m.start, m.end, m.kind) for m in mentions] == [(17, 39, "place")]
    assert mentions[0].text == text[17:39] == "Marrow\xa0Federal\u202fTheatre"


def test_a_greek_letter_before_variant_is_a_term():
    text = ("Cases rose in Veskia as the Delta variant spread. Delta now makes up most cases, "
            "Ama Reed said. The Lambda coronavirus variant was also found in Veskia.")
    tagged = [("Veskia", "place", 0), ("Delta", "place", 0), ("Delta", "organization", 1), ("Ama Reed", "person", 0),
              ("Lambda", "organization", 0), ("Veskia", "place", 1)]
    assert _names(_index(text, tagged)) == {"Veskia": "place", "Ama Reed": "person"}


def test_a_greek_letter_with_no_variant_stays_a_name():
    text = "Delta cancelled flights out of Veskia on Monday. Delta said the storm was to blame."
    tagged = [("Delta", "organization", 0), ("Veskia", "place", 0), ("Delta", "organization", 1)]
    assert _names(_index(text, tagged)) == {"Delta": "organization", "Veskia": "place"}


def test_a_name_the_excerpt_cuts_off_is_dropped_unless_written_elsewhere():
    first = "Ama Reed said the data could matter for the Harbour Central..."
    second = "The Harbour Board met Ama Reed on Monday. She later wrote to the Harbour Board..."
    index = _index_many([first, second], [(0, "Ama Reed", "person", 0), (0, "Harbour Central", "organization", 0),
                                          (1, "Harbour Board", "organization", 0), (1, "Ama Reed", "person", 0),
                                          (1, "Harbour Board", "organization", 1)])
    assert _names(index) == {"Ama Reed": "person", "Harbour Board": "organization"}


def test_a_person_cut_by_the_excerpt_is_kept_when_named_elsewhere():
    text = "The mayor spoke after Ama Reed..."
    assert _names(_index(text, [("Ama Reed", "person", 0)])) == {"Ama Reed": "person"}
    first = "Ama Reed opened the pier. The mayor spoke after Ama..."
    assert _names(_index(first, [("Ama Reed", "person", 0), ("Ama", "person", 1)])) == {"Ama Reed": "person"}


def test_a_first_name_cut_by_the_excerpt_and_written_nowhere_else_is_dropped():
    text = "Odo Vantrell said the vote was close. The mayor spoke after Sen. Ama..."
    assert _names(_index(text, [("Odo Vantrell", "person", 0), ("Ama", "person", 0)])) == {"Odo Vantrell": "person"}


def test_a_state_and_its_chamber_are_one_organisation():
    text = ("Ama Reed thanked the Veskia State Senate for its audit. The Veskia state Senate meets in Corby. "
            "Ama Reed toured Veskia on Friday.")
    tagged = [("Ama Reed", "person", 0), ("Veskia State", "organization", 0), ("Senate", "organization", 0),
              ("Veskia", "place", 1), ("Senate", "organization", 1), ("Corby", "place", 0), ("Ama Reed", "person", 1),
              ("Veskia", "place", 2)]
    names = _names(_index(text, tagged))
    assert "Senate" not in names and "Veskia State" not in names
    assert names["Veskia State Senate"] == "organization" and names["Veskia"] == "place"


def test_a_state_chamber_in_a_race_stays_apart():
    text = "The Veskia Senate race tightened. The U.S. Senate voted on Friday. Ama Reed leads in Veskia."
    tagged = [("Veskia", "place", 0), ("U.S.", "place", 0), ("Senate", "organization", 1), ("Ama Reed", "person", 0),
              ("Veskia", "place", 1)]
    names = _names(_index(text, tagged))
    assert "Veskia Senate" not in names  # ("U.S." before an organisation: entity_joins.extend_left's rule)
    assert names["Veskia"] == "place"


def test_a_chambers_caucus_is_one_group():
    text = ("Ama Reed walked out of talks with Senate Republicans on Tuesday. The House Harbour Committee "
            "Democrats' report was late. U.S. Senate Republicans said the offer stood.")
    tagged = [("Ama Reed", "person", 0), ("Senate", "organization", 0), ("Republicans", "group", 0),
              ("House Harbour Committee", "organization", 0), ("Democrats", "group", 0), ("U.S.", "place", 0),
              ("Senate", "organization", 1), ("Republicans", "group", 1)]
    names = _names(_index(text, tagged))
    assert names.get("Senate Republicans") == "group" and names.get("House Harbour Committee Democrats") == "group"
    assert not {"Senate", "Republicans", "Democrats", "House Harbour Committee", "U.S. Senate Republicans"} & set(names)


def test_an_office_title_is_cut_off_the_name_before_it():
    text = "US Surgeon General Dr. Ama Reed warned on Thursday. Reed spoke in Veskia."
    tagged = [("US Surgeon", "organization", 0), ("Ama Reed", "person", 0), ("Reed", "person", 1), ("Veskia", "place", 0)]
    assert _names(_index(text, tagged)) == {"US": "place", "Ama Reed": "person", "Veskia": "place"}


def test_an_owners_possessive_before_a_person_is_cut_off():
    first = "Harbour TV\u2019s Tamsin Orr is in Corby this week, airing her show from the port."
    second = "So Tamsin Orr is in Corby. The host met the mayor."
    index = _index_many([first, second], [(0, "Harbour TV\u2019s Tamsin Orr", "organization", 0), (0, "Corby", "place", 0),
                                          (1, "Tamsin Orr", "person", 0), (1, "Corby", "place", 0)])
    assert _names(index) == {"Tamsin Orr": "person", "Corby": "place"}


def test_an_administration_after_a_no_break_space_is_one_organisation():
    text = "Ama Reed said the\xa0Veske\xa0administration\u2019s request was late. The Veske administration denied it."
    tagged = [("Ama Reed", "person", 0), ("Veske", "person", 0), ("Veske", "person", 1)]
    assert _names(_index(text, tagged)) == {"Ama Reed": "person", "Veske administration": "organization"}


def test_party_members_are_the_party_and_a_caucus_a_group():
    text = "Democrats walked out on Tuesday. Senate Republicans stayed, and a Republican from Veskia spoke."
    tagged = [("Democrats", "group", 0), ("Senate", "organization", 0), ("Republicans", "group", 0),
              ("Republican", "group", 1), ("Veskia", "place", 0)]
    names = _names(_index(text, tagged))
    assert names["Democrats"] == "organization" and names["Senate Republicans"] == "group"


def test_a_place_before_an_institution_is_part_of_its_name():
    text = ("Ama Reed, a former Veskia City Sanitation Department commissioner, voted at Corby Southern University. "
            "Reed lives in Veskia City.")
    tagged = [("Ama Reed", "person", 0), ("Veskia City", "place", 0), ("Sanitation Department", "organization", 0),
              ("Corby", "place", 0), ("Southern University", "organization", 0), ("Reed", "person", 1),
              ("Veskia City", "place", 1)]
    names = _names(_index(text, tagged))
    assert names["Veskia City Sanitation Department"] == "organization"
    assert names["Corby Southern University"] == "organization"
    assert "Sanitation Department" not in names and "Southern University" not in names and "Corby" not in names


def test_a_country_joined_by_a_hyphen_to_a_place_is_two_places():
    text = "Ama Reed will visit the U.S.-Veskia border on Wednesday. The U.S. sent troops."
    tagged = [("Ama Reed", "person", 0), ("U.S.-Veskia", "organization", 0), ("U.S.", "place", 1)]
    assert _names(_index(text, tagged)) == {"Ama Reed": "person", "U.S.": "place", "Veskia": "place"}


def test_a_compass_adjective_before_a_noun_is_no_group():
    text = "Ama Reed praised Western civilization in Corby. The Westerners left."
    tagged = [("Ama Reed", "person", 0), ("Western", "group", 0), ("Corby", "place", 0), ("Westerners", "group", 0)]
    assert _names(_index(text, tagged)) == {"Ama Reed": "person", "Corby": "place", "Westerners": "group"}
