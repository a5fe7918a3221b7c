"""View models: citation chips resolve to exact text; article text splits into cited runs."""

from __future__ import annotations

import datetime as dt

from newsweave import api
from newsweave.web.views import ReportView, date_span, human_date, segments

from .conftest import EXAMPLE


def test_segments_cover_text_exactly_and_mark_spans():
    text = "One. Two two. Three."
    segs = segments(text, {(5, 13): "summary", (14, 20): "ref"})
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.kind, s.start) for s in segs] == [("One. ", "", 0), ("Two two.", "summary", 5), (" ", "", 13), ("Three.", "ref", 14)]


def test_segments_skip_overlapping_and_out_of_range_spans():
    text = "abcdefghij"
    segs = segments(text, {(0, 4): "summary", (2, 6): "ref", (8, 50): "ref", (7, 7): "ref"})
    assert "".join(s.text for s in segs) == text
    assert [s.kind for s in segs if s.kind] == ["summary"]


def test_dates_read_like_a_newsroom():
    assert date_span([dt.date(2025, 3, 12), dt.date(2025, 3, 13), None]) == "12–13 Mar 2025"
    assert date_span([dt.date(2025, 3, 12)]) == "12 Mar 2025"
    assert date_span([dt.date(2024, 12, 30), dt.date(2025, 1, 2)]) == "30 Dec 2024 – 2 Jan 2025"
    assert date_span([None]) == "undated"
    assert human_date("2025-03-12") == "12 Mar 2025"


def test_report_view_chips_point_at_exact_source_sentences():
    report = api.analyze([EXAMPLE])
    view = ReportView(report)
    summary = view.summary()
    assert summary and all(s["chips"] for s in summary)
    by_id = {a.id: a for a in report.articles}
    for s in summary:
        for chip in s["chips"]:
            assert chip.text == by_id[chip.article_id].text[chip.start:chip.end]
            assert chip.outlet == by_id[chip.article_id].outlet
            assert chip.href == f"/articles/{chip.article_id}#s-{chip.start}"
    cited = view.cited_spans(report.articles[0].id)
    assert all(kind in ("summary", "ref") for kind in cited.values())
