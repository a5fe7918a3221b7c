"""A detached opening mark after a sentence that began inside a quotation (text/quote_marks.py).
Fictional text."""

from newsweave.text.segment import split_spans


def sentences(text):
    return [text[s:e] for s, e in split_spans(text)]


def test_opening_mark_goes_to_the_quotation_it_opens():
    # The second sentence began inside the quotation and closed it: the mark after "tuesday." opens.
    text = (
        'the ferry was late again. " we waited two hours. Nobody told us anything, " a rider said on tuesday. '
        '" the company owes us an answer. " the operator did not reply.'
    )
    assert sentences(text) == [
        "the ferry was late again.",
        '" we waited two hours.',
        'Nobody told us anything, " a rider said on tuesday.',
        '" the company owes us an answer. "',
        "the operator did not reply.",
    ]


def test_opening_mark_before_a_quotation_the_copy_cut():
    # No mark follows (a truncated copy): the quotation opens and runs to the cut.
    text = '" the bridge is safe. We checked it twice, " the engineer told reporters. " the cracks are old'
    assert sentences(text)[-1] == '" the cracks are old'


def test_closing_mark_stays_when_the_count_was_thrown_off_before():
    # A stray inch mark earlier makes the sentence look as if it began inside a quotation, but its
    # first mark opens a title ('single " tides.'): the mark after it still closes the title.
    text = 'the 6 " bolt held. The band released its single " tides. " it sold well in march.'
    assert sentences(text)[-2:] == ['The band released its single " tides. "', "it sold well in march."]


def test_closing_mark_stays_when_the_next_mark_opens():
    # The next mark is glued to its word ('"we'): it opens, so the mark after "said." is no opener.
    text = '" it rained. We stayed in, " she said. " "we left at noon, " he said.'
    assert sentences(text)[1] == 'We stayed in, " she said. "'
