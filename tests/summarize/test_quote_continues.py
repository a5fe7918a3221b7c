"""A lower-cased copy's quotation that goes on after its speaker was named (quote_continues.py):
shown right after the attributed quotation, never after a sentence that names no speaker."""

from __future__ import annotations

from newsweave.summarize.lowercase import supplies_person_lowercase
from newsweave.summarize.quote_continues import continues_quotation

SAID = '" the pier will reopen on monday, " harbour master tobias dunmore said.'
GOES_ON = '" we have checked every plank twice. "'


def test_the_same_speaker_goes_on_after_an_attributed_quotation():
    assert continues_quotation(SAID, GOES_ON)
    assert continues_quotation('" the pier is safe, " said ada quill, the mayor of lowmarsh.', '" it was never in danger. "')
    assert continues_quotation('" the pier is safe, " dunmore told the gazette.', '" it was never in danger. "')
    # a quotation over several sentences, as quotations.block_speaker passes it
    assert continues_quotation(SAID, '" we have checked every plank. It took us a week. "')
    assert supplies_person_lowercase(SAID, GOES_ON)  # refused by the capitals test before session 19


def test_no_speaker_to_go_on_with():
    assert not continues_quotation("The pier was closed after the storm in march.", GOES_ON)  # no quotation before
    assert not continues_quotation('" it looked bad, " i said.', GOES_ON)  # the writer's own words
    assert not continues_quotation('Dunmore called the pier " a wreck " in march.', GOES_ON)  # no attribution after a closing mark
    assert not continues_quotation(SAID, "We have checked every plank twice.")  # not a quotation
    assert not continues_quotation(SAID, '" we have checked every plank, " the engineer said.')  # has its own speaker
    assert not supplies_person_lowercase("The pier was closed after the storm in march.", GOES_ON)


def test_a_quotation_with_its_own_speaker_leans_only_on_what_its_opening_points_at():
    from newsweave.summarize.quote_continues import speaker_given

    before = "Tobias dunmore and ada quill reopened the ferry on monday."
    text = '" they are thrilled to be back on the water, " a friend of the pair told the gazette.'
    assert speaker_given(text)
    assert supplies_person_lowercase(before, text)  # the capitals test asked `before` for a speaker it does not need
    assert not speaker_given('" they are thrilled to be back. "')  # no speaker: the sentence before must give one
    assert not speaker_given('" they are thrilled, " he said.')  # a pronoun speaker leans on its own
    assert not speaker_given('" the ferry runs again, " a friend of the pair said.')  # leans on nothing


def test_a_post_names_its_speaker_as_a_statement_does():
    assert continues_quotation('" the ferry runs again, " the harbour office posted on facebook.', '" it took us a week. "')
