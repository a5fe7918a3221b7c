"""A story whose articles write names in lower case (the standard Multi-News copies) says so in its
problems: the analysis finds few entities there and withholds number and denial conflicts citing them
(`analyze.lower_conflicts`), and a user must be able to see why. Fictional articles."""

from __future__ import annotations

import re

import pytest

from newsweave.config import Settings
from newsweave.pipeline import Pipeline
from newsweave.types import Article

_TEXT = (
    "The Orvale town council voted on Monday to close the Brenna Street library for two years of repairs, the mayor's office said. "
    "Mayor Lidia Kross told reporters that the roof had leaked into the reading room since the storms of February. "
    "Readers will borrow books from a temporary branch in the Orvale market hall, which opens next week. "
    "The Brenna Street Friends group said it would raise money to keep the children's room open on Saturdays. "
    "Builders from Castan and Sons will start by replacing the slate roof and the old heating pipes. "
    "The council expects to reopen the library in the spring after next, Kross said."
)


def _lower(text):
    return re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text.lower())


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_settings(Settings(words=60))


def test_lower_cased_articles_are_named_in_the_problems(pipeline):
    cased = Article(id="cased", text=_TEXT, source="cased.txt", outlet="Orvale Post")
    lower = Article(id="lower", text=_lower(_TEXT + " " + _TEXT.replace("Monday", "Tuesday")), source="lower.txt", outlet="Castan Echo")
    report = pipeline.report([cased, lower])
    notes = [p for p in report.problems if "lower case" in p.reason]
    assert [(p.source, p.level) for p in notes] == [("lower.txt", "warning")]
    assert "conflicts" in notes[0].reason and "entities" in notes[0].reason


def test_no_notice_for_text_in_its_own_casing_or_without_analysis(pipeline):
    cased = Article(id="cased", text=_TEXT, source="cased.txt", outlet="Orvale Post")
    assert not [p for p in pipeline.report([cased]).problems if "lower case" in p.reason]
    lower = Article(id="lower", text=_lower(_TEXT + " " + _TEXT), source="lower.txt", outlet="Castan Echo")
    assert not [p for p in pipeline.report([lower], analyze=False).problems if "lower case" in p.reason]
