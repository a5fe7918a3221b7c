"""Session 17 (issue 12, PolNeAR halves): the quote windows are parsed with the article's own
sentence boundaries (`analyze/quote_sentences.py`), and a quotation inside what "it" (a thing) is
said to tell is the words of the one reporting it. Fictional sentences written for these tests."""

from newsweave.analyze.quote_sentences import preset_starts


def test_the_parser_keeps_one_article_sentence_whole(analyzer):
    text = "Orrick told us she felt the 13th Amendment was worth a film because “few people read that clause,” she said."
    assert len(list(analyzer.quotes.parse([text])[0].sents)) == 2  # left to itself, the parser splits after "13th"
    assert [s.text for s in analyzer.quotes.parse([text], [[]])[0].sents] == [text]


def test_the_article_sentence_starts_are_kept(analyzer):
    text = "Vance cheered. Orrick told us she felt the 13th Amendment was worth a film."
    assert [s.text for s in analyzer.quotes.parse([text], [[15]])[0].sents] == ["Vance cheered.", text[15:]]


def test_what_it_will_tell_is_the_reporters_words(quotes_of):
    got = quotes_of(
        "PORTVILLE -- Dana Orrick, opening the harbour museum on Saturday, said it would tell a coastal story, "
        "one of “salt and sorrow, of storms and of the boats that came home anyway.”\n\n"
        "Orrick said the museum was long overdue."
    )
    assert got["salt and sorrow, of storms and of the boats that came home anyway."] == "Dana Orrick"


def test_preset_starts_marks_only_the_given_offsets():
    class Tok:
        def __init__(self, i, idx, text):
            self.i, self.idx, self.text, self.is_space, self.is_sent_start = i, idx, text, False, None

    doc = [Tok(0, 0, "Gov."), Tok(1, 5, "Vance"), Tok(2, 11, "spoke"), Tok(3, 16, "."), Tok(4, 18, "She")]
    preset_starts([doc], [[17]])
    assert [t.is_sent_start for t in doc] == [True, False, False, False, True]
