"""A conflict whose two sides come from one article says so in every format, and its "about"
names no bare "it" (session 19, brief E2b, defect 12)."""

from __future__ import annotations

import dataclasses
import json

from newsweave.render import render
from newsweave.types import Citation, Conflict, ConflictSide


def _framing(report, ids):
    a, b = ids
    sides = (
        ConflictSide("“The quay works were rushed.”", (Citation(a, 0, 20),), "Wendeline Throssel", (a,)),
        ConflictSide("“The crews followed every rule.”", (Citation(b, 30, 50),), "Osric Malveen", (b,)),
    )
    c = Conflict("Osric Malveen vs Wendeline Throssel: how each characterises it", "framing", sides)
    return dataclasses.replace(report, conflicts=(c,))


def test_one_article_conflict_says_both_sides_come_from_that_outlet(example_report):
    a = example_report.articles[0]
    report = _framing(example_report, (a.id, a.id))
    note = f"both sides as reported by {a.outlet}"
    for fmt in ("text", "markdown", "html"):
        out = render(report, fmt)
        assert note in out, fmt
        assert "how each characterises the events" in out and "characterises it" not in out, fmt
    shown = json.loads(render(report, "json"))["conflicts"][0]
    assert shown["about"].endswith("how each characterises it") and shown["note"] == note


def test_two_article_conflict_has_no_one_outlet_note(example_report):
    a, b = example_report.articles[0], example_report.articles[1]
    report = _framing(example_report, (a.id, b.id))
    out = render(report, "text")
    assert "both sides as reported by" not in out and "how each characterises the events" in out
    assert "note" not in json.loads(render(report, "json"))["conflicts"][0]
