"""Conflicts an editor would sign off, on fictional text written here."""

import datetime as dt

import pytest

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.framing import framing_conflicts, polarity
from newsweave.analyze.quantities import compatible, quantities
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id

SEG = RuleSegmenter()


def _docs(*texts):
    return tuple(SEG.split(Article(id=content_id(t), outlet=f"Outlet {i}", text=t, published=dt.date(2024, 3, 4))) for i, t in enumerate(texts))


def test_same_count_differing_is_a_conflict():
    docs = _docs(
        "Nine people were killed when the dam at Pellow burst on Monday. Rescue teams worked through the night.",
        "Eleven people were killed when the dam at Pellow burst on Monday, officials said.",
    )
    (c,) = value_conflicts(docs)
    assert c.kind == "number" and "killed" in c.about
    assert {s.value for s in c.sides} == {"9", "11"}
    assert {s.article_ids for s in c.sides} == {(docs[0].article.id,), (docs[1].article.id,)}


@pytest.mark.parametrize(
    "a, b",
    [
        # unrelated numbers
        ("The dam was built in 1961 and holds 40 million cubic metres of water.", "About 300 residents were moved to the school hall in Pellow."),
        # ranges that can both be true
        ("More than 100 homes were flooded in Pellow on Monday.", "At least 120 homes were flooded in Pellow on Monday."),
        ("The repair fund of $350 million was spent by Friday.", "The repair fund of $349 million was spent by Friday."),
        ("Nearly 500 people attended the vigil in Pellow.", "About 470 people attended the vigil in Pellow."),
        # the same noun, different places
        ("Six people died in Larkton after the storm.", "Four people died in Brisa after the storm."),
        # a forecast is not a result
        ("Economists had expected 200,000 new jobs in March.", "Employers added 150,000 new jobs in March, the ministry said."),
    ],
)
def test_compatible_or_unrelated_numbers_are_no_conflict(a, b):
    assert value_conflicts(_docs(a, b)) == []


def test_quantity_ranges_follow_the_words():
    (q,) = quantities("The fire destroyed between 80 and 100 houses on Monday night.")
    assert (q.low, q.high, q.unit) == (80, 100, "home")
    (q,) = quantities("Rescuers pulled at least 241 people from the rubble.")
    assert q.low == 241 and q.high == float("inf") and q.measure == "rescued"
    (a,) = quantities("The town lies about 90 kilometers (55 miles) south of the quake.")
    (b,) = quantities("The town lies just 34 miles (55 kilometers) away from the quake.")
    assert a.unit == b.unit == "length" and not compatible(a, b)
    assert quantities("The Senate voted 52-48 at 3:30 p.m. on Jan. 29, 2021.") == []


def _framing(*texts):
    docs = _docs(*texts)
    return [c for c in framing_conflicts(docs, ()) if c.kind == "framing"]


def test_opposite_sides_framing_the_same_meeting_is_a_conflict():
    found = _framing(
        "The council leader said the meeting had been “useful and productive”.",
        "Tenant groups have branded the meeting “a frustrating failure” to fix the flats.",
    )
    (c,) = found
    values = [s.value for s in c.sides]
    assert values == ["The council leader", "Tenant groups"]
    assert "useful and productive" in c.sides[0].text and "frustrating failure" in c.sides[1].text


def test_allies_framing_is_no_conflict():
    assert _framing(
        "Tenant groups have branded the meeting “a frustrating failure”.",
        "The residents' association said the meeting was “a shameful waste of time”.",
    ) == []


def test_polarity_needs_one_direction():
    assert polarity("“useful and productive”") == 1
    assert polarity("“a frustrating failure”") == -1
    assert polarity("“not a success”") == -1
    assert polarity("“positive, but disappointing”") == 0
