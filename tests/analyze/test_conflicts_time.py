"""Time-of-day and weekday conflicts, and counts tied to one named place, on fictional text written here."""

import pytest

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.daytime import time_conflicts

from .conftest import fictional_docs as _docs


def test_same_day_different_part_of_day_is_a_conflict(nlp):
    docs = _docs(
        "The old grain warehouse in Brellham burned down on Sunday afternoon after a blaze spread from the loading bay.",
        "Fire crews said the old grain warehouse in Brellham burned down on Sunday night after a blaze spread from the loading bay.",
    )
    (c,) = time_conflicts(docs, nlp=nlp)
    assert sorted(s.value for s in c.sides) == ["Sunday afternoon", "Sunday night"]
    assert {s.article_ids for s in c.sides} == {(docs[0].article.id,), (docs[1].article.id,)}


def test_same_event_on_two_weekdays_is_a_conflict(nlp):
    docs = _docs(
        "On Monday afternoon the parish council released a statement mocking the mayor's bypass plan.",
        "The row deepened on Tuesday afternoon, when the parish council mocked the mayor's bypass plan in a short statement.",
    )
    (c,) = time_conflicts(docs, nlp=nlp)
    assert sorted(s.value for s in c.sides) == ["Monday afternoon", "Tuesday afternoon"]


@pytest.mark.parametrize(
    "a, b",
    [
        # parts of a day that overlap
        ("The statue of the founder was removed from the Brellham town hall early Monday.",
         "The statue of the founder was removed from the Brellham town hall on Monday morning."),
        # two events of the same story on two days: told on Sunday, published on Saturday
        ("Forty percent of the Brellham staff are women, the campaign told the Gazette on Sunday.",
         "Forty percent of the Brellham staff are women, according to figures released on Saturday."),
        # no part of the day on one side
        ("The old grain warehouse in Brellham burned down on Sunday after a blaze spread from the bay.",
         "The old grain warehouse in Brellham burned down on Sunday night after a blaze spread from the bay."),
        # a weekday dating a noun, and one dating the saying rather than what was said (session 7)
        ("The mayor's office asked the Gazette to check the harbour figures during Monday's Brellham council vote.",
         "In one post Friday, the mayor said: “Did the Gazette check the harbour figures before the Brellham council vote?”"),
    ],
)
def test_compatible_or_different_events_are_no_conflict(nlp, a, b):
    assert time_conflicts(_docs(a, b), nlp=nlp) == []


def test_no_parser_reports_nothing():
    docs = _docs("The warehouse burned down on Sunday afternoon.", "The warehouse burned down on Sunday night.")
    assert time_conflicts(docs, nlp=None) == []


def test_death_toll_of_a_named_place_compares_with_deaths_there():
    docs = _docs(
        "Thirty people had been killed in Pellow by Tuesday, officials said, most of them in the old town.",
        "The Pellow death toll climbed to 24, many of the victims trapped by falling walls.",
    )
    (c,) = value_conflicts(docs)
    assert sorted(s.value for s in c.sides) == ["24", "30"]
    assert "Pellow" in c.about


def test_death_tolls_of_two_places_are_not_compared():
    docs = _docs(
        "Thirty people had been killed in Pellow by Tuesday, officials said.",
        "The Darnmouth death toll climbed to 24, many of the victims trapped by falling walls.",
    )
    assert value_conflicts(docs) == []


def test_running_death_toll_compares_with_an_unqualified_count_of_dead():
    docs = _docs(
        "The regional governor visited the valley on Wednesday and said the death toll stood at 40.",
        "The landslide killed at least 85 people and left hundreds without homes.",
    )
    (c,) = value_conflicts(docs)
    assert sorted(s.value for s in c.sides) == ["40", "at least 85"]


def test_running_death_toll_is_not_an_earlier_disaster():
    docs = _docs(
        "The regional governor said the death toll stood at 40.",
        "A landslide in 1998 killed at least 85 people in the same valley.",
    )
    assert value_conflicts(docs) == []


def test_a_weekday_dating_a_noun_anchors_no_verb(nlp):
    from newsweave.analyze.daytime import event_verbs
    from newsweave.analyze.parsing import parse_texts

    text = "The mayor's office asked the harbour board to check the ferry figures during Monday's council vote."
    (parsed,) = parse_texts(nlp, [text])
    start = text.index("Monday")
    assert event_verbs(parsed, start, start + len("Monday")) == frozenset()
    text = "The harbour board checked the ferry figures on Monday."
    (parsed,) = parse_texts(nlp, [text])
    start = text.index("Monday")
    assert event_verbs(parsed, start, start + len("Monday")) == {"check"}


# ------------------------------------------------------------------ one document, two weekdays (session 8)

def test_one_letter_dated_to_two_weekdays(nlp):
    from newsweave.analyze.document_day_conflicts import document_day_conflicts

    docs = _docs(
        "In a Tuesday letter to harbour chief Edwin Marrable, Brellham councillors accused the port of hiding the survey.",
        "Brellham councillors wrote a letter to harbour chief Edwin Marrable on Wednesday, accusing the port of hiding the survey.",
    )
    (c,) = document_day_conflicts(docs, nlp=nlp)
    assert c.kind == "date" and "letter" in c.about
    assert [s.value for s in c.sides] == ["Tuesday", "Wednesday"]
    judge = _docs("Judge Oakes said in a ruling Monday that the Brellham levy case was moot.",
                  "The Brellham levy case was dismissed by Judge Oakes in a ruling on Tuesday.")
    assert [s.value for s in document_day_conflicts(judge, nlp=nlp)[0].sides] == ["Monday", "Tuesday"]


@pytest.mark.parametrize("a, b", [
    # several letters: one of them on each day
    ("Edwin Marrable said one letter to the Brellham council arrived on Tuesday.", "Edwin Marrable sent a letter to the Brellham council on Thursday about the survey."),
    # different writers and recipients
    ("In a Tuesday letter to Edwin Marrable, Brellham councillors asked about the survey.", "Olive Oakes wrote a letter to the governor on Wednesday about her pension."),
    # a statement is not a one-off document
    ("Edwin Marrable said in a statement on Tuesday that the Brellham survey was sound.", "Edwin Marrable said in a statement on Wednesday that the Brellham survey was sound."),
    # the same day
    ("In a Tuesday letter to Edwin Marrable, Brellham councillors accused the port.", "Brellham councillors wrote a letter to Edwin Marrable on Tuesday accusing the port."),
])
def test_document_days_that_agree_or_differ_in_what_they_date(nlp, a, b):
    from newsweave.analyze.document_day_conflicts import document_day_conflicts

    assert document_day_conflicts(_docs(a, b), nlp=nlp) == []
