"""The timeline dates the event each sentence reports, with tense, against the publication date
(fictional text; spaCy's parser decides the tense)."""

import datetime as dt

import pytest

from newsweave.analyze.facts import group_sentences
from newsweave.analyze.timeline import build_timeline
from newsweave.text.segment import segment
from newsweave.types import Article

TUESDAY = dt.date(2030, 6, 4)


def _timeline(analyzer, text: str, published=TUESDAY):
    doc = segment(Article(id="a1", outlet="Portmere Post", text=text, published=published))
    docs = (doc,)
    return build_timeline(docs, group_sentences(docs), nlp=analyzer.tagger.nlp)


def _dates(analyzer, text: str, published=TUESDAY) -> list[tuple[str, str | None]]:
    return [(ev.expression, ev.date) for ev in _timeline(analyzer, text, published)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # present progressive with a weekday: the coming day, even through a participle
        ("Harbour workers are boycotting a ferry hearing organised by the council on Wednesday amid a pay row.", [("on Wednesday", "2030-06-05")]),
        # the reporting verb is past, the future verb in its complement does not move the day
        ("The mayor said Sunday that she will reopen the pier before the summer.", [("Sunday", "2030-06-02")]),
        ("Ahead of the council's vote on Friday, campaigners marched through Portmere.", [("on Friday", "2030-06-07")]),
        ("The ferry company will present its repair plan on Thursday, officials said.", [("on Thursday", "2030-06-06")]),
        ("Last month, the harbour board apologised for the delays.", [("Last month", "2030-05")]),
        # a month without a year: the past tense keeps it in this year
        ("The board approved the new timetable in March, but it will cost more than planned.", [("in March", "2030-03")]),
        # the same weekday as publication is that day
        ("Inspectors will visit the pier on Tuesday afternoon.", [("on Tuesday", "2030-06-04")]),
    ],
)
def test_tense_decides_the_day(analyzer, text, expected):
    assert _dates(analyzer, text) == expected


def test_a_claims_content_is_not_an_event(analyzer):
    text = "Mr Tallis has been barred since 2021 for claiming the lighthouse keepers rigged a vote in 1932."
    assert _dates(analyzer, text) == [("2021", "2021")]


def test_today_in_a_quote_is_the_day_it_was_said(analyzer):
    text = 'The treasurer posted her letter on Monday. "Today I resigned from the harbour board," she wrote.'
    events = _timeline(analyzer, text)
    assert [(ev.expression, ev.date) for ev in events] == [("on Monday", "2030-06-03"), ("Today", "2030-06-03")] or [
        (ev.expression, ev.date) for ev in events
    ] == [("on Monday / Today", "2030-06-03")]


def test_page_date_header_is_not_an_event(analyzer):
    text = " date 2030-06-04 Photo agency\n\nThe pier reopened on Monday after repairs to its deck."
    assert _dates(analyzer, text) == [("on Monday", "2030-06-03")]


def test_without_a_parser_the_old_word_rule_applies(analyzer):
    doc = segment(Article(id="a1", outlet="x", text="The mayor said Sunday that she will reopen the pier.", published=TUESDAY))
    (ev,) = build_timeline((doc,), group_sentences((doc,)), nlp=None)
    assert ev.date == "2030-06-09"  # a future word anywhere in the sentence: the next Sunday


def test_an_undated_article_borrows_the_story_date_only_when_it_is_one(analyzer):
    dated = segment(Article(id="a1", outlet="Portmere Post", text="The pier closed on Monday after the storm.", published=TUESDAY))
    undated = segment(Article(id="a2", outlet="Marrowby Ledger", text="Engineers inspected the pier on Monday morning."))
    docs = (dated, undated)
    events = build_timeline(docs, group_sentences(docs), nlp=analyzer.tagger.nlp)
    assert {(ev.date, c.article_id) for ev in events for c in ev.citations} == {("2030-06-03", "a1"), ("2030-06-03", "a2")}
    other = segment(Article(id="a3", outlet="Quay Times", text="The pier stayed shut on Wednesday.", published=dt.date(2030, 6, 6)))
    docs = (dated, undated, other)
    events = build_timeline(docs, group_sentences(docs), nlp=analyzer.tagger.nlp)
    assert {ev.date for ev in events for c in ev.citations if c.article_id == "a2"} == {None}


def test_the_dateline_is_not_part_of_the_event(analyzer):
    text = "PORTMERE, June 4 (Harbour Wire) - Divers found a second crack in the pier on Monday, the council said."
    (ev,) = [e for e in _timeline(analyzer, text) if e.expression == "on Monday"]
    assert ev.date == "2030-06-03"
    assert ev.text.startswith("Divers found a second crack")
    (cite,) = ev.citations  # the citation is the whole sentence; the event text its content
    assert text[cite.start : cite.end] == text and text.endswith(ev.text)
