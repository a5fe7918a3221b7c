"""The rules added after the first hand-labelled run of issue 14: a prepositional phrase modifies
the same word as in its source, a participle clause keeps its source's subject, a clause keeps
the speaker of the words it repeats, and states its fact for the same time (not as done when the
source only looks forward to it, not without the source's hedge). Fictional sentences."""

from __future__ import annotations

import pytest

from newsweave.verify.grounding import GroundedVerifier

VICTORY = "Harbour Party members watched in dismay as Orla Brennick cruised to a comfortable victory in Tarnshire."
ADDED = "The footage also suggests that the mayor could resign, the Marrowby Gazette added, citing two councillors."
PREVIEW_LEAD = "Orla Brennick will visit the ferry terminal later today to discuss the timetable."
HEDGED = "The inspection report suggests the pier could be unsafe."


@pytest.fixture(scope="module")
def verifier():
    return GroundedVerifier()


def test_a_phrase_moved_onto_another_noun_is_rejected(verifier):
    verdict = verifier.check("The Harbour Party members in Tarnshire watched in dismay as Orla Brennick cruised to a comfortable victory.", [VICTORY])
    assert not verdict.supported
    assert "'in Tarnshire' modifies 'members'" in verdict.reasons[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla Brennick cruised to a comfortable victory in Tarnshire.",
        VICTORY,
        "Harbour Party members watched in dismay as Orla Brennick cruised to victory in Tarnshire.",
    ],
)
def test_a_phrase_on_the_same_word_or_its_verb_is_accepted(verifier, sentence):
    verdict = verifier.check(sentence, [VICTORY])
    assert verdict.supported, verdict.reasons


def test_a_phrase_may_move_between_a_noun_and_its_own_verb(verifier):
    source = "Rescuers pulled fourteen people from the harbour in Marrowby on Friday."
    assert verifier.check("In Marrowby, rescuers pulled fourteen people from the harbour on Friday.", [source]).supported


def test_a_participle_keeps_the_sources_subject(verifier):
    verdict = verifier.check("The footage also suggests that the mayor could resign, citing two councillors.", [ADDED])
    assert not verdict.supported
    assert any("citing" in r and "not the doer" in r for r in verdict.reasons) or any("Gazette" in r for r in verdict.reasons)
    # the implied subject itself is checked, not only the dropped speaker
    source = "Pavel Ostrow left the harbour on Monday, citing the storm."
    verdict = verifier.check("Greta Holm left the harbour on Monday, citing the storm.", [source])
    assert not verdict.supported
    assert verifier.check("Pavel Ostrow left the harbour on Monday, citing the storm.", [source]).supported


def test_a_kept_verb_does_not_keep_a_dropped_speaker(verifier):
    verdict = verifier.check("The footage also suggests that the mayor could resign.", [ADDED])
    assert not verdict.supported
    assert "Gazette" in " ".join(verdict.reasons)
    assert verifier.check("The footage also suggests that the mayor could resign, the Marrowby Gazette added.", [ADDED]).supported


def test_an_outcome_is_not_supported_by_a_preview(verifier):
    verdict = verifier.check("Orla Brennick visited the ferry terminal to discuss the timetable.", [PREVIEW_LEAD])
    assert not verdict.supported
    assert "looks forward" in " ".join(verdict.reasons)
    assert verifier.check("Orla Brennick will visit the ferry terminal to discuss the timetable.", [PREVIEW_LEAD]).supported
    set_for = "Orla Brennick is set to visit the ferry terminal on Tuesday."
    assert not verifier.check("Orla Brennick visited the ferry terminal on Tuesday.", [set_for]).supported
    # what the event is for is ahead too, and so is what someone wants or tries to do
    assert not verifier.check("Orla Brennick discussed the timetable.", [PREVIEW_LEAD]).supported
    assert verifier.check("Orla Brennick will discuss the timetable.", [PREVIEW_LEAD]).supported
    wanted = "Orla Brennick wanted to repair the ferry terminal."
    verdict = verifier.check("Orla Brennick repaired the ferry terminal.", [wanted])
    assert not verdict.supported and "looks forward" in verdict.reasons[0]
    # and the reverse: a report of the outcome does not say it is still to come
    report = "Orla Brennick visited the ferry terminal on Tuesday."
    assert not verifier.check("Orla Brennick will visit the ferry terminal on Tuesday.", [report]).supported
    assert verifier.check("Orla Brennick visited the ferry terminal on Tuesday.", [report]).supported


def test_a_previews_present_tense_looks_ahead(verifier):
    source = "Orla Brennick visits the ferry terminal in Marrowby."
    claim = "Orla Brennick visited the ferry terminal in Marrowby."
    assert verifier.ground(claim, [source]).supported  # a report's present tense (a headline) may tell a past event
    clause = verifier.clauses(claim)[0]
    assert "looks forward" in " ".join(verifier.entails(claim, clause, source, preview=True))
    # saying is not looking ahead, even in a preview
    said = "Orla Brennick says the ferry terminal in Marrowby reopened."
    claim = "Orla Brennick said the ferry terminal in Marrowby reopened."
    assert not verifier.entails(claim, verifier.clauses(claim)[0], said, preview=True)


def test_a_dropped_hedge_is_rejected(verifier):
    verdict = verifier.check("The inspection report suggests the pier is unsafe.", [HEDGED])
    assert not verdict.supported
    assert "hedge" in " ".join(verdict.reasons)
    assert verifier.check("The inspection report suggests the pier could be unsafe.", [HEDGED]).supported


def test_a_speaker_without_their_words_is_rejected(verifier):
    source = '"Nobody listened to the divers," one harbour pilot said.'
    verdict = verifier.check("One harbour pilot said.", [source])
    assert not verdict.supported and "without their words" in verdict.reasons[0]
    assert verifier.check("One harbour pilot said nobody listened to the divers.", [source]).supported
    assert verifier.check("The harbour master posted on Marrowby Radio.", ["The harbour master posted on Marrowby Radio on Friday."]).supported


def test_a_routine_report_by_a_public_body_may_be_stated_plainly(verifier):
    report = "Ferry bookings rose by 4,000 in May, according to the Marrowby Bureau of Statistics."
    assert verifier.check("Ferry bookings rose by 4,000 in May.", [report]).supported
    person = "Ferry bookings rose by 4,000 in May, according to Orla Brennick."
    assert not verifier.check("Ferry bookings rose by 4,000 in May.", [person]).supported
