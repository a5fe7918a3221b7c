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
    "A ferry carrying commuters across the Harl estuary ran aground near Velmont on Tuesday morning, the coast guard said. "
    "Twelve passengers were injured when the Dalmore Star struck a sandbank in thick fog, according to Captain Ines Marrow. "
    "Rescue boats from Velmont and Oskerby reached the vessel within an hour and carried everyone ashore. "
    "The operator, Harl Lines, said the ferry had been inspected in March and would be towed to a yard at Oskerby. "
    "Passengers described a loud scrape and a sudden stop as the deck tilted toward the shore. "
    "Investigators from the Dalmore maritime board will interview the crew and examine the charts on Wednesday."
)


def _lower(text):
    return re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text.lower())


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_settings(Settings(words=60))


def test_lower_cased_articles_are_named_in_the_problems(pipeline):
    cased = Article(id="cased", text=_TEXT, source="cased.txt", outlet="Harl Post")
    lower = Article(id="lower", text=_lower(_TEXT + " " + _TEXT.replace("Tuesday", "Monday")), source="lower.txt", outlet="Velmont Echo")
    report = pipeline.report([cased, lower])
    notes = [p for p in report.problems if "lower case" in p.reason]
    assert [(p.source, p.level) for p in notes] == [("lower.txt", "warning")]
    assert "conflicts" in notes[0].reason and "entities" in notes[0].reason


def test_no_notice_for_text_in_its_own_casing_or_without_analysis(pipeline):
    cased = Article(id="cased", text=_TEXT, source="cased.txt", outlet="Harl Post")
    assert not [p for p in pipeline.report([cased]).problems if "lower case" in p.reason]
    lower = Article(id="lower", text=_lower(_TEXT + " " + _TEXT), source="lower.txt", outlet="Velmont Echo")
    assert not [p for p in pipeline.report([lower], analyze=False).problems if "lower case" in p.reason]
