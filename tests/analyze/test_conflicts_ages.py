"""One person given two ages by two articles (`age_conflicts`), on fictional text written here."""

import pytest

from newsweave.analyze.age_conflicts import age_conflicts
from newsweave.analyze.conflicts import tally_and_duration_conflicts

from .conftest import fictional_docs as _docs


def test_two_ages_of_one_person_conflict(nlp):
    docs = _docs(
        "Harbour pilot Oswin Threlkeld, 52, was rescued from the Brellham estuary on Sunday. He had drifted for two days.",
        "Rescuers lifted Oswin Threlkeld, 54, from his capsized dinghy. Threlkeld told reporters he had run out of water.",
    )
    (c,) = age_conflicts(docs, nlp=nlp)
    assert c.kind == "number" and "Threlkeld" in c.about
    assert [s.value for s in c.sides] == ["52", "54"]
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]
    assert c in tally_and_duration_conflicts(docs, nlp=nlp)


def test_bare_surname_and_year_old_forms(nlp):
    docs = _docs(
        "Police charged Marta Quillon with arson on Friday. Quillon, 38, was held overnight.",
        "The 41-year-old Marta Quillon appeared in court on Monday.",
    )
    (c,) = age_conflicts(docs, nlp=nlp)
    assert sorted(s.value for s in c.sides) == ["38", "41"]


@pytest.mark.parametrize("a, b", [
    # the same age twice
    ("Oswin Threlkeld, 52, was rescued on Sunday.", "Rescuers lifted Oswin Threlkeld, 52, from the water."),
    # two people of one surname: a mother and her daughter
    ("Dana Threlkeld, 44, was found safe on Sunday.", "Her daughter Ivy Threlkeld, 16, was found safe on Sunday."),
    # a bare surname in an article naming two people of it is no one in particular
    ("Dana Threlkeld and Ivy Threlkeld were found on Sunday. Threlkeld, 16, was cold.", "Dana Threlkeld, 44, was found safe on Sunday."),
    # a role noun, not a name
    ("The pilot, 52, was rescued on Sunday.", "The pilot, 54, was taken to hospital."),
    # not ages: a distance and a score
    ("Oswin Threlkeld was found off Brellham, 25 miles from the coast.", "Oswin Threlkeld was found off Brellham, 30 miles out."),
    ("Harbour Kings beat Brellham Rovers, 24-17, on Sunday.", "Harbour Kings beat Brellham Rovers, 21-17, on Sunday."),
])
def test_no_conflict(nlp, a, b):
    assert age_conflicts(_docs(a, b), nlp=nlp) == []


def test_an_article_giving_two_ages_describes_two_moments(nlp):
    docs = _docs(
        "Oswin Threlkeld, 51, vanished in May. Now Oswin Threlkeld, 52, says he will sail again.",
        "Oswin Threlkeld, 52, was rescued on Sunday.",
    )
    assert age_conflicts(docs, nlp=nlp) == []


def test_no_parser_no_report():
    docs = _docs("Oswin Threlkeld, 52, was rescued.", "Oswin Threlkeld, 54, was rescued.")
    assert age_conflicts(docs, nlp=None) == []


def test_two_people_of_one_surname_are_compared_person_by_person(nlp):
    docs = _docs(
        "Staff found Edwin Marrable, 88, and his wife Olive Marrable, 81, at the Brellham care home.",
        "Edwin Marrable, 81, and Olive Marrable, 88, were found at the Brellham care home on Sunday.",
    )
    got = {c.about: sorted(s.value for s in c.sides) for c in age_conflicts(docs, nlp=nlp)}
    assert got == {"number: age of Edwin Marrable": ["81", "88"], "number: age of Olive Marrable": ["81", "88"]}


def test_lower_cased_names_after_a_given_name(nlp):
    docs = _docs(
        "Rescuers said peter threlkeld, 52, of brellham, was found on the beach.",
        "Peter threlkeld, 53, of brellham, was found on the beach on Sunday.",
    )
    (c,) = age_conflicts(docs, nlp=nlp)
    assert sorted(s.value for s in c.sides) == ["52", "53"]


def test_a_dated_file_photo_shows_another_moment(nlp):
    docs = _docs(
        "In this May 2, 1994 file photo, Oswin Threlkeld, 22, poses at the Brellham regatta.",
        "Oswin Threlkeld, 52, was rescued from the estuary on Sunday.",
    )
    assert age_conflicts(docs, nlp=nlp) == []
