"""Session 17 (issue 12, PolNeAR halves): a right-hand quote mark that opens a paragraph closes
nothing, so it opens the quotation even when a space or an ellipsis follows it
(`speech._double_spans`); "lauded" is a speech verb (`cue_words`). Fictional sentences written
for these tests."""

from newsweave.analyze.speech import quote_spans


def _quoted(text):
    return [text[s:e] for s, e in quote_spans(text)]


def test_a_paragraph_opening_with_a_closing_mark_and_an_ellipsis_is_a_quotation():
    text = "Ada Vance praised the mayor.\n\n” … she kept a cool head and a warm voice all evening,” Vance wrote."
    assert _quoted(text) == ["… she kept a cool head and a warm voice all evening"]


def test_a_lone_closing_mark_opening_a_paragraph_is_no_quotation():
    assert _quoted("Ada Vance praised the mayor.\n\n” and then the hall went quiet.") == []


def test_lauded_is_a_speech_verb(quotes_of):
    got = quotes_of(
        "In March, Gov. Hal Vance of Eastmoor lauded Ms. Orrick in his annual address for helping develop "
        "\"bold and careful harbour plans.\" Ms. Orrick is giving an old quarry to the state."
    )
    assert got["bold and careful harbour plans."] == "Hal Vance"
