"""Session 28, brief P5: one subject-pronoun set (`cue_words.SUBJECT_PRONOUNS`) for speech acts and
credited phrases; credited phrases add relatives and pointers, as before."""

from newsweave.analyze import credited_phrases, cue_words, speech_acts


def test_speech_acts_use_the_shared_set():
    assert speech_acts._PRONOUNS is cue_words.SUBJECT_PRONOUNS
    assert cue_words.SUBJECT_PRONOUNS == frozenset({"he", "she", "they", "we", "i", "you", "it"})


def test_credited_phrases_add_relatives_and_pointers_to_it():
    assert credited_phrases._PRONOUNS - cue_words.SUBJECT_PRONOUNS == frozenset({"who", "that", "which", "this", "one"})
    assert cue_words.SUBJECT_PRONOUNS <= credited_phrases._PRONOUNS
