"""Each clause must be stated by ONE source sentence: the four kinds of error issue 14 found
(merged facts, wrong actor, number on the wrong noun, dropped attribution) are rejected, and
faithful restatements are accepted. Fictional sentences written for this test."""

from __future__ import annotations

import pytest

from newsweave.verify.grounding import GroundedVerifier

SOURCES = [
    "Tarn Motors aired a thirty-second commercial during the Kestrel Cup final.",
    "A giant bottle of Fizzco lemonade featured in a cinema advert last spring.",
    "The petition to save Marrowby pier drew 910,000 votes, while the campaign video drew 40,000 views.",
    "Mayor Orla Brennick called the harbour festival a success.",
    "Councillor Ken Ardley, who has been suspended by the Harbour Party since 2016, resigned on Friday.",
    "The clip was posted on Monday by Pavel Ostrow, a friend of Greta Holm.",
    "Rescuers pulled fourteen people from the water after the footbridge collapsed.",
]


@pytest.fixture(scope="module")
def verifier():
    return GroundedVerifier()


def grounded(verifier, sentence):
    g = verifier.ground(sentence, SOURCES)
    return g.supported, [SOURCES[i] if i is not None else None for i in g.sources], g.reasons


@pytest.mark.parametrize(
    "sentence, cited",
    [
        ("Tarn Motors aired a commercial during the Kestrel Cup final.", [0]),
        ("The petition to save Marrowby pier drew 910,000 votes.", [2]),
        ("Mayor Orla Brennick called the harbour festival a success.", [3]),
        ("Ken Ardley has been suspended by the Harbour Party since 2016.", [4]),
        ("Pavel Ostrow posted the clip on Monday.", [5]),
        ("Rescuers pulled fourteen people from the water, and Pavel Ostrow posted the clip on Monday.", [6, 5]),
    ],
)
def test_faithful_sentences_are_grounded_one_source_per_clause(verifier, sentence, cited):
    ok, sources, reasons = grounded(verifier, sentence)
    assert ok, reasons
    assert sources == [SOURCES[i] for i in cited]


def test_merged_facts_are_rejected(verifier):
    # Each half is true of a different source sentence; together they claim something no source says.
    ok, sources, reasons = grounded(verifier, "Tarn Motors aired a commercial that featured a giant bottle of Fizzco lemonade.")
    assert not ok
    assert sources[0] == SOURCES[0] and sources[1] is None
    ok, _, _ = grounded(verifier, "Tarn Motors aired a commercial with a giant bottle of Fizzco lemonade.")
    assert not ok


def test_wrong_actor_is_rejected(verifier):
    ok, _, reasons = grounded(verifier, "Greta Holm posted the clip on Monday.")
    assert not ok
    verdict = verifier.check("Greta Holm posted the clip on Monday.", SOURCES[5:6])
    assert not verdict.supported and "'Holm' is not the doer" in verdict.reasons[0]
    ok, _, reasons = grounded(verifier, "The Harbour Party has been suspended since 2016.")
    assert not ok, reasons
    ok, _, reasons = grounded(verifier, "The footbridge pulled fourteen people from the water.")
    assert not ok, reasons


def test_number_on_the_wrong_noun_is_rejected(verifier):
    ok, _, reasons = grounded(verifier, "The campaign video drew 910,000 views.")
    assert not ok
    verdict = verifier.check("The campaign video drew 910,000 views.", SOURCES[2:3])
    assert "910,000" in verdict.reasons[0] and "views" in verdict.reasons[0]


def test_dropped_attribution_is_rejected(verifier):
    ok, _, reasons = grounded(verifier, "The harbour festival was a success.")
    assert not ok
    verdict = verifier.check("The harbour festival was a success.", SOURCES[3:4])
    assert "attribution" in verdict.reasons[0] and "Brennick" in verdict.reasons[0]


def test_check_follows_the_verifier_protocol(verifier):
    assert verifier.check("Pavel Ostrow posted the clip on Monday.", SOURCES[5:6]).supported
    verdict = verifier.check("Greta Holm posted the clip on Monday.", SOURCES[5:6])
    assert not verdict.supported and verdict.reasons
    assert not verifier.check("Pavel Ostrow posted the clip.", []).supported
