"""Reports survive the trip through the database's JSON unchanged."""

from __future__ import annotations

from newsweave.store.codec import report_from_json, report_to_json
from newsweave.types import (
    Citation,
    Conflict,
    ConflictSide,
    Derivation,
    Entity,
    Fact,
    Quote,
    SentencePair,
    SetAside,
    StoryReport,
    Summary,
    SummarySentence,
    TimelineEvent,
)


def test_round_trip_keeps_every_field():
    c1, c2 = Citation("a1", 0, 20, 0), Citation("a2", 5, 40, 1)
    report = StoryReport(
        story_id="s1",
        documents=(),
        summary=Summary("s1", "extractive", (SummarySentence("One.", (c1,)), SummarySentence("Two.", (c1, c2), "supported", "checked")), ("short",)),
        facts=(Fact("Twelve hurt", "partial", (c1,), ("a1",)),),
        conflicts=(Conflict("injured", "number", (ConflictSide("12", (c1,), "12", ("a1",)), ConflictSide("14", (c2,), "14", ("a2",)))),),
        quotes=(Quote("A dark day", "Mayor Okafor", ("a1", "a2"), (c2,)),),
        entities=(Entity("Port Alder", "place", {"a1": 2, "a2": 1}, ("the harbour",)),),
        timeline=(TimelineEvent("2025-03", "month", "It opened.", (c1,), ("a1",), "last month"),),
        derivations=(Derivation("a1", "a2", 0.75, (SentencePair(c1, c2, 0.9),), "earlier"),),
        set_aside=(SetAside("a3", "not an article: browser or error page (80% of its words)", "boilerplate", "Page"),),
    )
    back = report_from_json(report_to_json(report), story_id="s1", documents=())
    assert back == report


def test_missing_analysis_stays_none():
    report = StoryReport("s2", (), Summary("s2", "extractive", ()))
    back = report_from_json(report_to_json(report), story_id="s2", documents=())
    assert back == report and back.facts is None and back.quotes is None
