"""The tokenised copies (Multi-News val100) put a space between a comma and the quotation mark
that closes a quotation ('... the citizen, " he said'): the speaker rules must read it as the
cased copies' '...the citizen," he said'. Fictional text, written for these tests."""

from __future__ import annotations

from newsweave.summarize.bare_names import bare_speaker
from newsweave.summarize.standalone import reason


def test_a_pronoun_speaker_after_a_spaced_closing_quote_leans():
    assert reason('" our first concern is the ferry, to bring it back to the harbour, " he said at a press conference.', False) == "pronoun speaker"
    assert reason('"Our first concern is the ferry, to bring it back to the harbour," he said at a press conference.') == "pronoun speaker"
    assert reason('" we will reopen the pier by june, " said ada quill, the harbour master.', False) is None


def test_a_bare_surname_speaker_after_a_spaced_closing_quote_is_seen():
    assert bare_speaker('"We will reopen the pier by June, " Quill said.') == "Quill"


def test_a_sentence_ending_on_a_month_whose_day_was_cut_off_is_cut():
    assert reason("Passengers pose for a photo in front of the ferry at the pier in tollbridge, saturday, feb.", False) == "cut"
    assert reason("The council met on Feb. 12 and voted to close the pier for a month.") is None
