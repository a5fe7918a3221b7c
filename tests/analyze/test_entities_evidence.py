"""Session 13's entity rules (issue 12), written from the first run on the PolNeAR set `entities_dev_z3`:
where a name ends, decided from the rest of the story (analyze/entity_evidence.py, entity_tails.py),
on fictional text with the tagger's mentions written by hand."""

from .test_entities_rules import _index


def _kinds(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_name_cut_at_for_the_is_one_organisation_when_neither_part_stands_alone():
    text = "Lawyers will argue before the Marrow Court of Appeals for the Quillon Circuit on Tuesday, Ama Reed said."
    tagged = [("Marrow Court of Appeals", "organization", 0), ("Quillon Circuit", "place", 0), ("Ama Reed", "person", 0)]
    assert _kinds(_index(text, tagged)) == {"Marrow Court of Appeals for the Quillon Circuit": "organization", "Ama Reed": "person"}


def test_for_the_does_not_join_a_part_the_story_names_alone():
    text = ("Ama Reed of the Tessel Party campaigned for the Senate seat. The Senate meets in Marrowby. "
            "Tessel Party leaders agreed.")
    tagged = [("Ama Reed", "person", 0), ("Tessel Party", "organization", 0), ("Senate", "organization", 0),
              ("Senate", "organization", 1), ("Marrowby", "place", 0), ("Tessel Party", "organization", 1)]
    assert set(_kinds(_index(text, tagged))) == {"Ama Reed", "Tessel Party", "Senate", "Marrowby"}


def test_a_hyphenated_pair_of_names_written_apart_elsewhere_is_two_names():
    text = ("A new Portmere Ledger-Vane News poll has Ama Reed ahead. The last Portmere Ledger/Vane News poll "
            "had her behind.")
    tagged = [("Portmere Ledger-Vane News", "organization", 0), ("Ama Reed", "person", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Portmere Ledger", "Vane News", "Ama Reed"}


def test_a_hyphenated_name_never_written_apart_stays_whole():
    text = "Ama Reed drove a Tessel-Varga Motors truck to Marrowby."
    tagged = [("Ama Reed", "person", 0), ("Tessel-Varga Motors", "organization", 0), ("Marrowby", "place", 0)]
    assert "Tessel-Varga Motors" in _kinds(_index(text, tagged))


def test_an_organisations_possessive_is_not_part_of_what_it_owns():
    text = "Backers include Quarrow Inc’s Tindle and the Heron Party’s Ama Reed, who spoke in Marrowby."
    tagged = [("Quarrow Inc’s Tindle", "organization", 0), ("Heron Party’s Ama Reed", "organization", 0), ("Marrowby", "place", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Quarrow Inc", "Tindle", "Heron Party", "Ama Reed", "Marrowby"}


def test_a_surname_written_only_before_family_is_the_family():
    text = ("Marrowby banker J. Vell Dunstan gave $5 million. The Dunstan family will give $1 million more, "
            "said Ama Reed, an adviser to the Dunstan family.")
    tagged = [("J. Vell Dunstan", "person", 0), ("Dunstan", "person", 1), ("Ama Reed", "person", 0), ("Dunstan", "person", 2)]
    index = _index(text, tagged)
    names = {e.name: e for e in index.entities}
    assert names["J. Vell Dunstan"].aliases == ()
    assert names["Dunstan"].kind == "group"


def test_an_authors_bio_at_the_foot_is_a_credit_when_the_article_never_names_the_author():
    text = ("My father stocked food in Marrowby for years.\n\nHe never trusted Ama Reed.\n\n"
            "He kept guns at the ready.\n\nTova Brannick is playwright-in-residence at Quillon College and director of the Heron Stage.")
    tagged = [("Marrowby", "place", 0), ("Ama Reed", "person", 0), ("Tova Brannick", "person", 0),
              ("Quillon College", "organization", 0), ("Heron Stage", "organization", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Marrowby", "Ama Reed"}


def test_a_one_paragraph_excerpt_is_no_bio():
    text = "Tova Brannick is leading the race in Marrowby, Ama Reed said."
    tagged = [("Tova Brannick", "person", 0), ("Marrowby", "place", 0), ("Ama Reed", "person", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Tova Brannick", "Marrowby", "Ama Reed"}


def test_a_foot_paragraph_about_someone_the_article_named_is_kept():
    text = ("Tova Brannick spoke in Marrowby on Monday.\n\nThe crowd was small.\n\nIt rained.\n\n"
            "Tova Brannick is expected to appear at Quillon College next week.")
    tagged = [("Tova Brannick", "person", 0), ("Marrowby", "place", 0), ("Tova Brannick", "person", 1), ("Quillon College", "organization", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Tova Brannick", "Marrowby", "Quillon College"}


def test_an_age_in_apposition_makes_a_person_and_the_full_name_takes_the_surname():
    text = ("Protesters marched after the shooting of Vell Amon Darrow near the stadium. The death of Darrow, 43, "
            "a father of seven, angered Marrowby. Darrow had been waiting for his son.")
    tagged = [("Vell Amon Darrow", "organization", 0), ("Darrow", "organization", 1), ("Marrowby", "place", 0),
              ("Darrow", "organization", 2)]
    index = _index(text, tagged)
    names = {e.name: e for e in index.entities}
    assert names["Vell Amon Darrow"].kind == "person" and names["Vell Amon Darrow"].aliases == ("Darrow",)


def test_a_name_with_a_place_vote_and_no_person_form_keeps_its_kind():
    text = "Fans filled Quillon Park before the game. Quillon, a town of 4,000, cheered. Ama Reed, 52, watched."
    tagged = [("Quillon Park", "place", 0), ("Quillon", "place", 1), ("Ama Reed", "person", 0)]
    kinds = _kinds(_index(text, tagged))
    assert kinds["Quillon Park"] == "place" and kinds["Ama Reed"] == "person"


def test_for_the_after_a_place_is_where_someone_acted():
    text = "Ama Reed campaigned in Quillon County for the Tessel Party on Monday."
    tagged = [("Ama Reed", "person", 0), ("Quillon County", "place", 0), ("Tessel Party", "organization", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Ama Reed", "Quillon County", "Tessel Party"}



def test_a_contributed_reporting_line_is_a_credit():
    text = ("Ama Reed, the harbour master, said Marrowby would reopen the pier.\n\n"
            "Tova Brannick and Vell Darrow contributed reporting.\n\n"
            "(Reporting by Ida Crane; Editing by Pell Amory.)")
    tagged = [("Ama Reed", "person", 0), ("Marrowby", "place", 0), ("Tova Brannick", "person", 0),
              ("Vell Darrow", "person", 0), ("Ida Crane", "person", 0), ("Pell Amory", "person", 0)]
    assert set(_kinds(_index(text, tagged))) == {"Ama Reed", "Marrowby"}
