"""The bundled fictional example against its known answers (tests/data/example_truth.md)."""

import json
from pathlib import Path

import pytest

GAZ, LED, COAST, HARB, RADIO = "Marrowby Gazette", "Northern Ledger", "Coastline News Agency", "Harbourside Daily", "Radio West"
ALL = {GAZ, LED, COAST, HARB, RADIO}


def _text(report, c):
    return next(a for a in report.articles if a.id == c.article_id).text[c.start : c.end]


def _fact_with(report, words):
    matches = [f for f in report.facts if all(w in f.text for w in words) or any(all(w in _text(report, c) for w in words) for c in f.citations)]
    assert matches, words
    return max(matches, key=lambda f: len(f.article_ids))


def test_every_citation_resolves_to_its_sentence(report):
    sentences = {(s.article_id, s.index): s for d in report.documents for s in d.sentences}
    cites = [c for f in report.facts for c in f.citations]
    cites += [c for x in report.conflicts for side in x.sides for c in side.citations]
    cites += [c for q in report.quotes for c in q.citations] + [c for t in report.timeline for c in t.citations]
    cites += [c for d in report.derivations for p in d.pairs for c in (p.source, p.copy)]
    assert cites
    for c in cites:
        # A citation is its sentence, or the contiguous part of it that is content (a fact drops
        # Coastline's dateline "MARROWBY, March 12 (Coastline) -"), never text outside it.
        s = sentences[(c.article_id, c.sentence_index)]
        assert s.start <= c.start < c.end <= s.end
        assert s.text.endswith(report_text(report, c)) or s.text.startswith(report_text(report, c))
    trimmed = [c for c in cites if (c.start, c.end) != (sentences[(c.article_id, c.sentence_index)].start, sentences[(c.article_id, c.sentence_index)].end)]
    assert trimmed and all(not report_text(report, c).startswith("MARROWBY") for c in trimmed)


def report_text(report, c):
    return next(a.text for a in report.articles if a.id == c.article_id)[c.start : c.end]


def test_shared_facts(report, outlet_of):
    # Numbers must agree: the four outlets that count 14 injured carry the collapse together, and
    # Coastline's "twelve" is a fact of its own (and the number conflict below).
    collapse = _fact_with(report, ["Kestrel Footbridge", "collapsed"])
    assert collapse.status == "partial" and {outlet_of[a] for a in collapse.article_ids} == ALL - {COAST}
    twelve = _fact_with(report, ["Twelve people"])
    assert twelve.status == "unique" and [outlet_of[a] for a in twelve.article_ids] == [COAST]
    board = _fact_with(report, ["Transport Safety Board"])
    assert board.status == "shared" and {outlet_of[a] for a in board.article_ids} == ALL


@pytest.mark.parametrize(
    "words, outlets, status",
    [
        # The Ledger is a rewrite of the Gazette: together they are one independent source.
        # Coastline's "gave way during the evening rush hour" gives the same moment in other words.
        (["central span", "5.40pm"], {GAZ, LED, COAST}, "partial"),
        (["nine people"], {GAZ, LED}, "unique"),
        (["corrosion"], {GAZ, LED}, "unique"),
        (["1998"], {GAZ, LED, RADIO}, "partial"),
        (["inspection"], {COAST, HARB}, "partial"),
    ],
)
def test_partial_facts(report, outlet_of, words, outlets, status):
    fact = _fact_with(report, words)
    assert fact.status == status
    assert {outlet_of[a] for a in fact.article_ids} == outlets
    assert (LED in outlets) == bool(fact.copies) and {outlet_of[a] for a in fact.copies} <= {LED}


@pytest.mark.parametrize(
    "words, outlet",
    [(["Ferry services", "Friday"], COAST), (["cracks"], HARB), (["Tomas Lindqvist"], GAZ), (["Investigators arrived"], RADIO), (["review the safety of every bridge"], COAST)],
)
def test_unique_facts(report, outlet_of, words, outlet):
    fact = _fact_with(report, words)
    assert fact.status == "unique" and [outlet_of[a] for a in fact.article_ids] == [outlet]


def test_number_conflict_14_vs_12(report, outlet_of):
    numbers = [c for c in report.conflicts if c.kind == "number"]
    assert len(numbers) == 1
    (conflict,) = numbers
    assert "injured" in conflict.about
    sides = {s.value: {outlet_of[a] for a in s.article_ids} for s in conflict.sides}
    assert sides == {"14": {GAZ, LED, HARB, RADIO}, "12": {COAST}}


def test_framing_contrast_bridge_company_vs_union(report):
    framing = [c for c in report.conflicts if c.kind == "framing"]
    assert framing
    sides = {s.value: s.text for s in framing[0].sides}
    assert "The bridge passed its last full inspection and was safe to use" in sides["Priya Nandakumar"]
    assert "Our members raised concerns again and again, and nobody listened" in sides["Gareth Pryce"]


@pytest.mark.parametrize(
    "start, speaker, outlets",
    [
        ("This is a dark day for Marrowby", "Helen Okafor", {GAZ, LED, COAST}),
        ("There was a loud crack", "Tomas Lindqvist", {GAZ}),
        ("The bridge passed its last full inspection", "Priya Nandakumar", {HARB}),
        ("We will publish every maintenance record", "Priya Nandakumar", {HARB}),
        ("Our members raised concerns", "Gareth Pryce", {HARB}),
        ("a race against the tide", "Daniel Reyes", {RADIO}),
        ("We will not speculate about the cause", "Ruth Adebayo", {RADIO}),
    ],
)
def test_quotes_and_speakers(report, outlet_of, start, speaker, outlets):
    matches = [q for q in report.quotes if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in report.quotes]
    assert matches[0].speaker == speaker
    assert {outlet_of[a] for a in matches[0].article_ids} == outlets


def test_exactly_the_seven_quotes(report):
    assert len(report.quotes) == 7


def test_entities_canonical_and_noise_free(report):
    by_name = {e.name: e for e in report.entities}
    for name, kind in [
        ("Helen Okafor", "person"), ("Priya Nandakumar", "person"), ("Gareth Pryce", "person"), ("Daniel Reyes", "person"),
        ("Ruth Adebayo", "person"), ("Tomas Lindqvist", "person"), ("Alder Bridgeworks", "organization"),
        ("Transport Safety Board", "organization"), ("Transport Workers' Union", "organization"), ("Marrowby", "place"),
        ("Port Alder", "place"), ("Kestrel Footbridge", "place"),
    ]:
        assert by_name[name].kind == kind, name
    assert "Okafor" in by_name["Helen Okafor"].aliases and len(by_name["Helen Okafor"].mentions) == 3
    assert by_name["St Brannoc's Hospital"].kind in ("place", "organization")
    names = " | ".join(by_name).lower()
    for noise in ("image", "caption", "copyright", "twitter", "ellen marsh", "advertisement"):
        assert noise not in names
    assert not any(n.isupper() for n in by_name)  # no dateline "MARROWBY"


@pytest.mark.parametrize(
    "expression, date, precision, outlets",
    [
        ("1998", "1998", "year", {GAZ, LED, RADIO}),
        ("Last month", "2025-02", "month", {GAZ, LED}),
        ("until Friday", "2025-03-14", "day", {COAST}),
    ],
)
def test_timeline_dates(report, outlet_of, expression, date, precision, outlets):
    events = [t for t in report.timeline if expression in (t.expression or "")]
    assert len(events) == 1
    assert (events[0].date, events[0].precision) == (date, precision)
    assert {outlet_of[a] for a in events[0].article_ids} == outlets


def test_collapse_on_tuesday_and_yesterday_is_one_event(report, outlet_of):
    (event,) = [t for t in report.timeline if "collapse" in t.text.lower() and t.date == "2025-03-11" and len(t.article_ids) > 1]
    assert {outlet_of[a] for a in event.article_ids} == ALL
    assert "yesterday" in event.expression and "on Tuesday" in event.expression


def test_radio_west_yesterday_is_the_day_before_it_published(report, outlet_of):
    (event,) = [t for t in report.timeline if "Investigators arrived" in t.text]
    assert (event.date, event.precision, [outlet_of[a] for a in event.article_ids]) == ("2025-03-12", "day", [RADIO])


def test_timeline_is_ordered(report):
    dates = [t.date for t in report.timeline if t.date]
    padded = [d + "-00-00"[len(d) - 4 :] if len(d) < 10 else d for d in dates]
    assert padded == sorted(padded)


def test_ledger_is_a_rewrite_of_the_gazette(report, id_of):
    assert len(report.derivations) == 1
    (d,) = report.derivations
    assert (d.source_id, d.copy_id) == (id_of[GAZ], id_of[LED])
    # 7 of 7 sentences are reused; the mayor's quoted words are left out of the evidence (outlets
    # quoting the same speaker are not copying each other), so 6 aligned pairs remain.
    assert d.reused_share == 1.0 and len(d.pairs) == 6
    assert "credited" in d.reason


def test_json_output_validates_against_schema(report):
    jsonschema = pytest.importorskip("jsonschema")
    from newsweave.render.json import report_dict

    schema = json.loads((Path(__file__).resolve().parents[2] / "src/newsweave/schema/story.schema.json").read_text())
    data = report_dict(report)
    jsonschema.validate(data, schema)
    for key in ("facts", "conflicts", "quotes", "entities", "timeline", "derivations"):
        assert key in schema["properties"], key
        assert data[key]
