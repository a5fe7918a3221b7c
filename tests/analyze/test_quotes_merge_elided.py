"""One quotation, one outlet cutting a few words from its middle: still one quote (`analyze.quote_merge._one_gap`,
session 23: two obituaries' one quotation was listed twice, once per wording). Fictional text."""

from newsweave.analyze.quote_merge import _one_gap, merge_story_quotes, norm_words
from newsweave.analyze.quotes import QuoteMention
from newsweave.types import Sentence

_S = Sentence("a", 0, 0, 10, "x")
WHOLE = "she was tired but kept her good humour and kept on painting right up to the end"
CUT = "she was tired but kept her good humour right up to the end"


def _m(article, text, speaker, rank):
    return QuoteMention(article, 0, 10, text, speaker, _S, rank=rank)


def test_a_quotation_with_words_cut_from_its_middle_is_the_same_quotation():
    (quote,) = merge_story_quotes([_m("a", CUT, "Mira Solberg", 3), _m("b", WHOLE, "Solberg", 3)])
    assert quote.text == WHOLE and quote.article_ids == ("a", "b")
    assert quote.speaker == "Mira Solberg"


def test_pieces_must_be_in_order_long_enough_and_across_articles():
    whole = norm_words(WHOLE)
    assert _one_gap(norm_words(CUT), whole)
    assert not _one_gap(norm_words("right up to the end she was tired but kept"), whole)  # out of order
    assert not _one_gap(norm_words("she was right up to"), whole)  # a piece under three words
    assert not _one_gap(norm_words(CUT + " again"), whole)  # a word the longer one does not have
    # within one article the stricter rule holds: a reporter may paraphrase a different statement
    assert len(merge_story_quotes([_m("a", CUT, "Mira Solberg", 3), _m("a", WHOLE, "Mira Solberg", 3)])) == 2
