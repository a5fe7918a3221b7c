"""A copy is never a second outlet, even where the copy analysis was not asked for (session 17).

Fictional story: the Tidewater Courier reports a ferry pier fire, the Valley Echo republishes the
Courier's report with a new first line, and Harbour Radio writes its own report. Before
`analyze/copy_sources.py`, `summarize` (no analysis) counted the Echo as a second outlet of every
Courier sentence ("2/3 outlets") while `analyze` said "1/2"; a story update that only added the
Echo made the Courier's facts "now carried by more outlets".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import newsweave
from newsweave.analyze.copy_sources import derivations_for, source_map_for
from newsweave.pipeline.history import _outlets
from newsweave.render.common import independent_count
from newsweave.render.json import report_dict
from newsweave.types import Article

COURIER = (
    "A fire destroyed the old ferry pier at Saltmere on Sunday night, the harbour authority said.\n\n"
    "Flames were first seen near the ticket kiosk shortly after nine o'clock and spread along the wooden deck.\n\n"
    "Four fire crews from Saltmere and Brackwell fought the blaze for three hours before it was under control.\n\n"
    "Nobody was hurt, but two moored fishing boats were badly scorched by the heat.\n\n"
    "The pier, built in 1931, had been closed to foot passengers since a storm damaged its railings last winter.\n\n"
    "The harbour authority said ferries to Gull Island would sail from the north quay until further notice."
)
ECHO = (
    "Valley Echo readers on the coast woke up to a changed harbour on Monday.\n\n" + COURIER.replace("Sunday night", "Sunday evening")
)
RADIO = (
    "Saltmere's harbour master has asked investigators to examine the kiosk wiring after Sunday's blaze.\n\n"
    "Speaking on Monday morning, he said the authority hoped to rebuild a landing stage within a year.\n\n"
    "Island residents told the station they were worried about winter crossings from the exposed north quay."
)


def _articles() -> list[Article]:
    day = dt.date(2031, 5, 12)
    return [
        Article(id="courier", outlet="Tidewater Courier", text=COURIER, published=day),
        Article(id="echo", outlet="Valley Echo", text=ECHO, published=day + dt.timedelta(days=1)),
        Article(id="radio", outlet="Harbour Radio", text=RADIO, published=day + dt.timedelta(days=1)),
    ]


def test_summarize_without_analysis_counts_a_copy_as_its_original():
    report = newsweave.summarize(_articles(), words=80)
    assert report.derivations is None  # no copy analysis asked for, and none added to the report
    assert [(d.source_id, d.copy_id) for d in derivations_for(report)] == [("courier", "echo")]
    # a sentence carried by the Courier and its copy has one independent source of two in the story
    assert independent_count(report, ["courier", "echo"]) == (1, 2)
    assert source_map_for(report).label("echo") == "Valley Echo (copy of Tidewater Courier)"


def test_rendered_summary_counts_agree_with_analyze():
    arts = _articles()
    plain, full = newsweave.summarize(arts, words=80), newsweave.analyze(arts, words=80)
    for report in (plain, full):
        data = report_dict(report)
        both = [s for s in data["summary"]["sentences"] if set(s["outlets"]) >= {"Tidewater Courier", "Valley Echo"}]
        assert both, "a sentence of the Courier and its copy is in the summary"
        # the copy never counts as an outlet of its own; with the analysis the count is the sentence's
        # fact's (the n every format shows, render/one_count.py), which may add the radio's account
        assert all("Tidewater Courier" in s["independent_outlets"] and "Valley Echo" not in s["independent_outlets"] for s in both)
    assert "derivations" not in report_dict(plain)  # counting only: no copies section appears
    assert json.dumps(report_dict(plain)["summary"]["sentences"][0]["independent_outlets"])


def test_a_copy_arriving_does_not_widen_a_fact():
    arts = _articles()
    newer = newsweave.analyze(arts, words=80)
    older = dataclasses.replace(newer, documents=tuple(d for d in newer.documents if d.article.id != "echo"), derivations=())
    assert _outlets(older, ["courier"]) == ("Tidewater Courier",)
    assert _outlets(newer, ["courier", "echo"]) == ("Tidewater Courier",)
    assert _outlets(newer, ["courier", "echo", "radio"]) == ("Tidewater Courier", "Harbour Radio")
