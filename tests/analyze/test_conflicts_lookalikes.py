"""Number and date look-alikes that are not conflicts, on fictional text written here."""

import datetime as dt

import pytest

from newsweave.analyze.conflicts import date_conflicts, value_conflicts
from newsweave.analyze.facts import group_sentences
from newsweave.analyze.quantities import quantities
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id

SEG = RuleSegmenter()


def _docs(*texts, published=(dt.date(2024, 3, 5),) * 4):
    return tuple(SEG.split(Article(id=content_id(t), outlet=f"Outlet {i}", text=t, published=published[i])) for i, t in enumerate(texts))


@pytest.mark.parametrize(
    "a, b",
    [
        # the other sentence gives the same figure too: its second number counts something else
        ("The clerk's office found that organisers had collected 1,204,311 signatures on the Brellham petition.",
         "The clerk's office said 1,204,311 valid signatures were collected on the Brellham petition, above the 1,100,000 signatures required."),
        # a rate is not the year's change
        ("Ferry crossings from Brellham fell 6% in 2023, the lowest level since 1990, the port said.",
         "Ferry crossings from Brellham have declined for five years, down an average of 2% per year since 1990, the port said."),
        # parts of two different wholes
        ("Nine of the deaths in Brellham were of one family, including three children, the port said.",
         "At least 30 people were killed in the Brellham storm, including eight children, the port said."),
        # a prospect is not a count
        ("About 1,000 people have signed up for the Brellham ferry pass so far, the port said.",
         "The Brellham ferry pass could reach perhaps 20,000 people, the port said."),
    ],
)
def test_number_lookalikes_are_no_conflict(a, b):
    assert value_conflicts(_docs(a, b)) == []


def test_same_weekday_words_from_different_publication_days_are_one_day():
    docs = _docs(
        "Deputy mayor Ilsa Marr on Sunday said she would lead a completely open administration in Brellham.",
        "Deputy mayor Ilsa Marr on Sunday vowed to lead a completely open administration in Brellham.",
        published=(dt.date(2024, 3, 4), dt.date(2024, 3, 11)),
    )
    fg = group_sentences(docs, threshold=0.2)
    assert date_conflicts(docs, fg) == []


def test_two_events_dated_differently_are_no_date_conflict():
    docs = _docs(
        "The council told the Gazette on Thursday that the Brellham refugees would be housed in the old barracks.",
        "The council notified Brellham residents on Wednesday that the refugees would be housed in the old barracks.",
    )
    fg = group_sentences(docs, threshold=0.2)
    assert date_conflicts(docs, fg) == []


def test_event_word_of_the_next_clause_is_not_the_numbers():
    (q, _) = quantities("Ferry bookings rose to 3,655 tickets, an increase of 450 tickets from the previous week's revised count.")
    assert q.value == 3655 and q.measure == ""
    (q,) = quantities("Bookings were revised upward to 3,655 tickets.")
    assert q.measure == "revised"


def test_a_number_followed_by_a_comma_takes_no_noun_from_the_next_clause():
    assert [q.unit for q in quantities("Ferry bookings fell to 3,655,000, a decrease of 45,000 tickets on the week.")] == ["ticket"]


def test_an_undated_rewrite_putting_a_coming_event_on_another_day_is_a_date_conflict():
    # Tuesday 5 March 2024: "are boycotting ... on Wednesday" is the coming Wednesday (the 6th);
    # the undated article is read against the story's day, as the timeline reads it: "today", the 5th.
    docs = _docs(
        "Three ferry unions are boycotting a separate harbour forum organised by the mayor on Wednesday amid concerns about its guest list.",
        "Three ferry unions are boycotting a separate harbour forum organised by the mayor today amid concerns about its guest list.",
        published=(dt.date(2024, 3, 5), None),
    )
    fg = group_sentences(docs, threshold=0.2)
    (c,) = date_conflicts(docs, fg)
    assert c.kind == "date" and [s.value for s in c.sides] == ["2024-03-05", "2024-03-06"]


def test_a_rewrite_published_the_next_day_naming_the_day_as_today_is_no_conflict():
    docs = _docs(
        "Three ferry unions are boycotting a separate harbour forum organised by the mayor on Wednesday amid concerns about its guest list.",
        "Three ferry unions are boycotting a separate harbour forum organised by the mayor today amid concerns about its guest list.",
        published=(dt.date(2024, 3, 5), dt.date(2024, 3, 6)),
    )
    fg = group_sentences(docs, threshold=0.2)
    assert date_conflicts(docs, fg) == []
