"""What a sentence adds: its main predicate and arguments (summarize/repeats.py), and the names
the same-claim check counts as new (coverage.py `_names`, `_new_names`). Fictional text."""

from __future__ import annotations

import pytest

from newsweave.summarize.repeats import names_and_numbers as _names, new_names as _new_names
from newsweave.summarize.repeats import frame, restates, words_of


@pytest.fixture(scope="module")
def parse():
    from newsweave.analyze.entities import shared_nlp
    from newsweave.analyze.parsing import parse_texts

    nlp = shared_nlp()
    return lambda text: parse_texts(nlp, [text])[0]


LEAD = "Mayor Ilse Brandt was forced to disband two harbour advisory panels in Tarnby on Wednesday after a row over fees."


def test_frame_goes_through_saying_and_control_verbs(parse):
    f = frame(parse("The harbour master said Brandt was forced to disband two of the panels on Wednesday."))
    assert "disband" in f.verbs and "said" not in f.verbs
    assert f.subjects == {"brandt"}
    assert f.objects == {"panel"}  # "two of the panels": the head is what follows "of"; no day


def test_the_same_claim_in_other_words_restates(parse):
    said = words_of(parse(LEAD))
    again = frame(parse("On Wednesday Brandt disbanded the panels, the council said."))
    assert restates(again, said)


def test_a_new_object_or_a_new_subject_is_something_added(parse):
    said = words_of(parse(LEAD))
    assert not restates(frame(parse("Brandt disbanded the ferry board on Wednesday.")), said)
    assert not restates(frame(parse("The fishermen welcomed the panels' end.")), said)


def test_no_subject_no_judgement(parse):
    # a sentence whose subject the parse does not give (a pronoun) is never called a repeat
    assert not restates(frame(parse("She disbanded the panels.")), words_of(parse(LEAD)))


def test_a_short_stem_does_not_match_a_longer_name(parse):
    # "bid" is not "Biden": a stem matches a word only one letter longer ("hom" / "home")
    said = {"okafor", "announced", "bidwell", "home"}
    assert not restates(frame(parse("Okafor announced her bid.")), said)
    assert restates(frame(parse("Okafor stayed in her homes.")), said | {"stayed"})


def test_initials_stop_words_and_weekdays_are_no_names():
    common = {"the", "to", "voters"}
    got = _names('"These voters go to the polls Tuesday for Roy S. Moore, As Okafor said.', common)
    assert got == {"roy moore", "okafor"}


def test_a_name_run_is_known_when_one_of_its_words_is():
    given = _names("Moore and Trump met in Tarnby on 3 May.", set())
    assert _new_names(_names("President Donald Trump met Roy S. Moore.", set()), given) == set()
    assert _new_names(_names("Doug Jones met Moore in Selby.", set()), given) == {"doug jones", "selby"}
    assert _new_names({"14"}, given) == {"14"}


def test_a_core_word_without_content_is_never_judged(parse):
    said = words_of(parse(LEAD)) | {"that", "more"}
    assert not restates(frame(parse("That disbanded more.")), said)
