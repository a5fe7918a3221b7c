"""A planned weekday is still to come; a comparison's baseline is not an event (fictional text,
spaCy's parser reads the structure). Publication: Friday 7 June 2030."""

import datetime as dt

import pytest

from newsweave.analyze.facts import group_sentences
from newsweave.analyze.timeline import build_timeline
from newsweave.text.segment import segment
from newsweave.types import Article

FRIDAY = dt.date(2030, 6, 7)


def _dates(analyzer, text: str, published=FRIDAY) -> list[tuple[str, str | None]]:
    doc = segment(Article(id="a1", outlet="Portmere Post", text=text, published=published))
    docs = (doc,)
    return [(ev.expression, ev.date) for ev in build_timeline(docs, group_sentences(docs), nlp=analyzer.tagger.nlp)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb stating the plan is past; the planned day is the coming Saturday (8 June)
        ("A final council vote on the ferry levy was set for Saturday.", [("Saturday", "2030-06-08")]),
        ("The harbour board scheduled its hearing for Monday.", [("Monday", "2030-06-10")]),
        ("On Thursday the chairwoman moved to arrange the vote for Sunday.", [("Thursday", "2030-06-06"), ("Sunday", "2030-06-09")]),
        ("The inspectors' report was due on Tuesday, the ministry said.", [("on Tuesday", "2030-06-11")]),
        ("A march along the pier was planned for Sunday.", [("Sunday", "2030-06-09")]),
        ("The council postponed the levy vote until Wednesday.", [("until Wednesday", "2030-06-12")]),
        # not a plan: the past tense keeps the day behind
        ("The mayor opened the new pier on Wednesday.", [("on Wednesday", "2030-06-05")]),
        ("The board met for Monday's budget talks and left early.", [("Monday", "2030-06-03")]),
    ],
)
def test_a_planned_day_is_still_to_come(analyzer, text, expected):
    assert [d for _, d in _dates(analyzer, text)] == [d for _, d in expected]


def test_an_overtaken_plan_keeps_the_tense(analyzer):
    # "had been scheduled": the plan is told from after the day, which has passed
    got = _dates(analyzer, "The vote, which had been scheduled for Monday, went ahead after a recount.")
    assert [d for _, d in got] == ["2030-06-03"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried 41,210 passengers last month, up from March.",
        "Ticket prices rose 5% from April, the operator said.",
        "Harbour traffic was the highest since 2013.",
        "It is the most thorough survey of the pier since 2019.",
        "Exports through Portmere fell to their lowest level since 2011.",
        "Fares rose 4% compared with the same month in 2027.",
        "Turnout at the harbour ballot was lower than in 2026.",
    ],
)
def test_a_comparison_baseline_is_not_an_event(analyzer, text):
    assert _dates(analyzer, text) in ([], [("last month", "2030-05")])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range and a plain event are still dated; a bare span start is a bound since session 19 (the gold's
        # settled "since" rule, `analyze/timeline_since.py`): not dated
        ("The lighthouse keeper has lived on the island since 2013.", []),
        # (session 15) and the range's end month is read too (`timeline_relative.range_ends`)
        ("The night ferry ran from March to May.", [("from March", "2030-03"), ("May", "2030-05")]),
        ("The largest trawler in the fleet has fished these waters since 2014.", []),
        ("The harbour board has wanted to know since last month who sold the pier.", []),
        # a participle naming the event that began the state: that event's date (session 19)
        ("The old ferry has been impounded since last month.", [("since last month", "2030-05")]),
        # the baseline is itself told as an event
        ("The fare rise is the steepest since 1996, when the ferry fleet was sold.", [("since 1996", "1996")]),
    ],
)
def test_other_dates_stay(analyzer, text, expected):
    got = _dates(analyzer, text)
    assert [d for _, d in got] == [d for _, d in expected]
