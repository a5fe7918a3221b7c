"""Two figures conflict only when they answer one question (issue 12, session 11): what each counts
and the event it is the subject or object of, read from the dependency parse (`quantity_frames`);
and "1000 m3" is a volume, not a length. Fictional sentences; each `*_is_no_conflict` test fails on
the code before these rules (0c639a6), where each pair was reported."""

from __future__ import annotations

import pytest

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.quantities import quantities
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article


@pytest.fixture(scope="module")
def nlp():
    from newsweave.analyze.entities import shared_nlp
    from newsweave.errors import ModelError

    try:
        return shared_nlp()
    except ModelError:
        pytest.skip("no spaCy English model")


def _values(a_text, b_text, nlp, **kw):
    seg = RuleSegmenter()
    docs = (seg.split(Article(id="a", outlet="A", text=a_text)), seg.split(Article(id="b", outlet="B", text=b_text)))
    return [sorted(s.value for s in c.sides) for c in value_conflicts(docs, nlp=nlp, **kw) if c.about.startswith("number:")]


BEARS = ("Wardens closed all four bear management units in Dalmore on Sunday, the wildlife agency of Dalmore said.",
         "The wildlife agency of Dalmore had allowed 320 bears to be taken in the Dalmore hunt, which ended on Sunday.")
VOTES = ("In Tuesday's ballot for speaker of the Dalmore council, Marta Quill attracted 12 votes from council members.",
         "In Tuesday's ballot for speaker of the Dalmore council, Ben Arvo lost 25 votes from council members.")
EACH = ("A court in Velmont ordered the Arden clinic to pay €1.8 million to the two families on Tuesday.",
        "On Tuesday a court in Velmont ordered the Arden clinic to pay €400,000 to each of the girls.")


def test_two_counted_nouns_are_no_conflict(nlp):
    # "four bear management units" counts units, not bears
    assert _values(*BEARS, nlp) == []
    assert _values(*BEARS, nlp, questions=False) == [["320", "4"]]  # the word window alone reads both as bears


def test_two_events_are_no_conflict(nlp):
    # one candidate's votes won, another's lost: two questions
    assert _values(*VOTES, nlp) == []
    assert _values(*VOTES, nlp, questions=False) == [["12", "25"]]


def test_a_sum_to_each_is_a_part(nlp):
    assert _values(*EACH, nlp) == []
    assert _values(*EACH, nlp, questions=False) == [["€1.8 million", "€400,000"]]


def test_one_event_in_two_forms_is_still_a_conflict(nlp):
    # the same verb as "killed" / "killing", a light verb, people-words for one noun: one question
    assert _values("Rebels killed 10 people near the consulate in Darnow on Friday, police said.",
                   "A bomber on Friday struck near the consulate in Darnow, killing 12 people, police said.", nlp) == [["10", "12"]]
    # one actor doing it in two words; a number word before the noun ("a dozen people")
    assert _values("Lifeguards at Belmar Cove plucked 22 swimmers of the Arden club out of the water on Tuesday.",
                   "Lifeguards at Belmar Cove helped 20 swimmers of the Arden club back to the beach on Tuesday.", nlp) == [["20", "22"]]
    assert _values("The 1997 tremor under upper Arden killed a dozen people and cracked the Velmont chapel.",
                   "In 1997, an earthquake under upper Arden killed more than 100 people and cracked the Velmont chapel.", nlp) == [["12", "at least 100"]]
    # a count as the active subject names a group, whatever it did; "killed" and "died" are one event class
    assert _values("Tom Vell of Belmar said the nine friends from Arden contacted him online in May.",
                   "The 10 friends from Arden turned to the web and found Tom Vell of Belmar in May.", nlp) == [["10", "9"]]
    assert _values("A gas blast in the Velmont mine killed 12 miners on Monday, officials in Velmont said.",
                   "Officials in Velmont said 14 miners died in the gas blast in the Velmont mine on Monday.", nlp) == [["12", "14"]]
    assert _values("Police in Arden said 14 victims were taken to the Arden hospital after the crash on Monday.",
                   "Police in Arden said 11 people were taken to the Arden hospital after the crash on Monday.", nlp) == [["11", "14"]]


def test_without_a_parser_nothing_changes():
    assert _values(*VOTES, None) == [["12", "25"]]


def test_cubic_and_square_metres_are_no_length():
    (q,) = quantities("The Velmont plant stores 1000 m3 of clean water.", forms=True)
    assert (q.unit, q.value) == ("volume", 1000.0)
    (q,) = quantities("The park covers 40 km2 of forest.", forms=True)
    assert (q.unit, q.value) == ("area", 40_000_000.0)
    assert _values("The Velmont plant stores 1000 m3 of clean water in a tower by the river.",
                   "The Velmont water tower by the river is 23 feet tall.", None) == []
