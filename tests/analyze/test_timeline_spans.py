"""Session 13, from the held-out PolNeAR set `timeline_dev_g`'s errors: span starts and limits, a quoted
claim the article calls a lie, a dateline with a state, months and years used as adjectives of an event,
and "a few days ago". Fictional text, with and without spaCy's parser."""

import datetime as dt

import pytest

from newsweave.text.dates import find_dates

from .conftest import one_article_dates

SATURDAY = dt.date(2031, 9, 13)


def _dates(text: str, published=SATURDAY, nlp=None) -> list[tuple[str, str | None]]:
    return one_article_dates(text, published, nlp)


@pytest.fixture(params=["words", "parse"])
def nlp(request, analyzer):
    return None if request.param == "words" else analyzer.tagger.nlp


def test_span_starts_and_limits_are_not_events(nlp):
    assert _dates("The county struck off ferry users who have not sailed since 2026, in what critics call a purge.", nlp=nlp) == []
    assert _dates("The harbour board said the pier was not inspected at least before 2027.", nlp=nlp) == []
    assert _dates("The mayor hasn't held a rally since February.", nlp=nlp) == []
    # a plain span start, absolute or relative, is a bound too (session 19, the gold's settled "since" rule:
    # `analyze/timeline_since.py`); one told as an event is still read
    assert _dates("The keeper has lived on the rock since 2024.", nlp=nlp) == []
    assert _dates("It was the steepest toll rise since 2019, when tolls rose by a third.", nlp=nlp) == [("2019", "2019")]
    assert _dates("The crews have waited since last month for an answer.", nlp=nlp) == []
    assert _dates("The pier was rebuilt in 2027.", nlp=nlp) == [("2027", "2027")]


def test_a_quoted_claim_the_article_calls_a_lie_dates_nothing(nlp):
    text = ("The mayor blamed his rival again on Friday. “Her campaign of 2026 started the pier rumour. I ended it,” he said. "
            "That comment is a lie. The rumour began with a 2029 leaflet.")
    assert _dates(text, nlp=nlp) == [("2029", "2029"), ("on Friday", "2031-09-12")]
    # not called false: the quoted year stands
    text = "“Her campaign of 2026 started the pier rumour,” he said. The rival answered on Friday."
    assert ("2026", "2026") in _dates(text, nlp=nlp)


def test_a_dateline_with_a_state_is_not_an_event():
    assert [m.expression for m in find_dates("LOWMARSH, Kent., Sept. 12 (CPA) — The ferry sailed at noon.", SATURDAY)] == []
    assert [m.expression for m in find_dates("LOWMARSH, Sept. 12 (CPA) — The ferry sailed at noon.", SATURDAY)] == []
    assert [m.expression for m in find_dates("The ferry sailed on Sept. 12 (CPA) from Lowmarsh.", SATURDAY)] == ["Sept. 12"]


def test_months_and_years_as_adjectives_of_an_event(nlp):
    assert _dates("During a May interview on Harbour Radio, the mayor said he won every debate.", nlp=nlp) == [("May", "2031-05")]
    assert _dates("The quarrel led the league at its July summit in Lowmarsh to send four ferries.", nlp=nlp) == [("July", "2031-07")]
    assert _dates("She met her rivals several times in her 2022 and 2026 council races in Kent.", nlp=nlp) == [("2022", "2022"), ("2026", "2026")]
    # without a parse, a future word elsewhere in the sentence does not move the noun's month
    text = "During a May interview, the mayor said he won and it would be wise to hold more debates."
    assert [(m.expression, m.date) for m in find_dates(text, SATURDAY)] == [("May", "2031-05")]
    # not an event noun after it: a name or a count
    assert _dates("The May government sent the ferry crews a letter.", nlp=nlp) == []
    assert _dates("She thanked her 2000 supporters in Lowmarsh.", nlp=nlp) == []


def test_a_few_days_ago(nlp):
    assert _dates("A few days ago, speaking to Harbour Radio, the mayor praised the crews.", nlp=nlp) == [("A few days ago", "2031-09")]
    # Thursday 4 September: six to two days before straddles August and September
    assert _dates("Several days ago the crews walked out.", published=dt.date(2031, 9, 4), nlp=nlp) == [("Several days ago", "2031")]


def test_upcoming_on_a_noun_does_not_make_the_clause_future(analyzer):
    nlp = analyzer.tagger.nlp
    text = ("Councillor Ann Vale (L), the mayor's opponent in the upcoming harbour election, called Friday for releasing "
            "the pier videos, saying that openness \"builds trust.\"")
    assert _dates(text, nlp=nlp) == [("Friday", "2031-09-12")]


def test_a_year_on_an_event_noun_that_is_a_baseline(analyzer):
    nlp = analyzer.tagger.nlp
    text = "The crews fought the fiercest fires on the coast since their 2026 flood, the coastguard said."
    assert _dates(text, nlp=nlp) == []
    assert _dates("The crews rebuilt the pier after their 2026 flood.", nlp=nlp) == [("2026", "2026")]
