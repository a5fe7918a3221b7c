"""Odd input: one article, undated articles, unbalanced quotes, hostile text."""

import datetime as dt

from newsweave import api
from newsweave.types import Article, content_id


def _article(text, outlet="Test Outlet", published=None):
    return Article(id=content_id(text), outlet=outlet, text=text, published=published)


def test_single_article(analyzer):
    text = 'The ferry left port on Monday.\n\n"We are delighted," said harbourmaster Alma Quist.\n\nIt returned a week later.'
    report = analyzer.analyze(api.summarize([_article(text, published=dt.date(2024, 5, 8))]))
    assert all(f.status == "unique" for f in report.facts)
    assert report.conflicts == () and report.derivations == ()
    (quote,) = report.quotes
    assert quote.speaker == "Alma Quist"
    (event,) = [t for t in report.timeline if t.expression == "on Monday"]
    assert event.date == "2024-05-06"


def test_undated_article_leaves_relative_dates_unresolved(analyzer):
    text = "Last month the council approved the plan for the new harbour wall.\n\nConstruction began in 2019 and stopped on Friday."
    report = analyzer.analyze(api.summarize([_article(text)]))
    by_expr = {t.expression: t for t in report.timeline}
    assert by_expr["Last month"].date is None and by_expr["Last month"].precision is None
    assert by_expr["2019"].date == "2019"
    assert [t.date for t in report.timeline][-1] is None  # unresolved last


def test_unbalanced_quotes_and_hostile_text_do_not_crash(analyzer):
    hostile = (
        '"This quote never closes and runs on and on\n\n'
        "<script>alert('x')</script> said nobody in particular.\n\n"
        "It's the workers' union's view that ‘this is fine’ — she said.\n\n"
        + "Word " * 3000
        + "\n\n\u202eReversed text and \x00 nulls, 14 people, 15 people.\n\n“Curly opens” and “never closes"
    )
    other = "The workers' union said 12 people were affected.\n\n'A single-quoted remark here,' he said."
    report = analyzer.analyze(api.summarize([_article(hostile, "A"), _article(other, "B")]))
    texts = {a.id: a.text for a in report.articles}
    for q in report.quotes:
        for c in q.citations:
            assert texts[c.article_id][c.start : c.end]
    assert all(q.speaker is None or isinstance(q.speaker, str) for q in report.quotes)


def test_same_quote_trimmed_differently_is_one_quote(analyzer):
    a = _article('"We will rebuild the pier before the summer season begins," said Mayor Ines Varga.\n\nThe pier burned down.', "One")
    b = _article('Ms Varga promised: "We will rebuild the pier before the summer season."\n\nFire crews attended.', "Two")
    report = analyzer.analyze(api.summarize([a, b]))
    pier = [q for q in report.quotes if "rebuild the pier" in q.text]
    assert len(pier) == 1
    assert set(pier[0].article_ids) == {a.id, b.id}
    assert pier[0].speaker == "Ines Varga"


def test_same_event_dated_differently_is_a_date_conflict(analyzer):
    a = _article("The museum reopened its east wing to visitors on Tuesday after a two-year restoration.", "One", dt.date(2024, 5, 9))
    b = _article("The museum reopened its east wing to visitors on Wednesday after a two-year restoration.", "Two", dt.date(2024, 5, 9))
    report = analyzer.analyze(api.summarize([a, b]))
    (conflict,) = [c for c in report.conflicts if c.kind == "date"]
    assert {(s.value, s.article_ids) for s in conflict.sides} == {("2024-05-07", (a.id,)), ("2024-05-08", (b.id,))}
