"""Straight quote marks back in phase after a lost opening mark (analyze/quote_phase.py, session 17).

Fictional texts in the lower-cased, space-tokenised form of the standard Multi-News copies, where
joined paragraphs sometimes lose one quote mark. Before the repair, an article quoting a letter
with such a lost mark counted the letter's quoted sentences as its own text and was reported as
a rewrite of the letter.
"""

from __future__ import annotations

from newsweave.analyze.derivation import find_derivations
from newsweave.analyze.quote_phase import closes_lost_quote
from newsweave.analyze.rewrite import mostly_quoted
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

LETTER = (
    "Dear councillor, i read in the paper that you plan to sell the old lido to a parking company. "
    "Perhaps you have never swum there on a cold spring morning. "
    "Perhaps if you had, you would not treat it as an empty plot of land. "
    "A lido does not care whether you are a judge or a baker. "
    "It gives every family in the valley the same clear water and the same long summer evenings. "
    "I learned to swim there, and so did my daughter. "
    "Please keep it open for the children who come after us."
)
ARTICLE = (
    "( wnn ) the town council of brindle has shelved its plan to sell the old lido after a storm of protest. "
    "a council spokesman said the sale had been one option among several. "
    "on friday a retired teacher, mona pell, published an open letter to the council, saying, "
    '" perhaps you have never swum there on a cold spring morning. '
    'perhaps if you had, you would not treat it as an empty plot of land. " '
    "a lido does not care whether you are a judge or a baker, \" pell wrote. "
    '" it gives every family in the valley the same clear water and the same long summer evenings. " '
    "the council will meet again next month."
)


def _doc(aid: str, outlet: str, text: str):
    return RuleSegmenter().split(Article(id=aid, outlet=outlet, text=text))


def test_a_mark_after_a_comma_before_a_speech_tag_closes_a_quotation():
    text = 'he went on. a lido does not care who you are, " pell wrote. later'
    mark = text.index('"')
    assert closes_lost_quote(text, mark, mark + 1)
    said_first = 'it is over, " said the mayor.'
    assert closes_lost_quote(said_first, said_first.index('"'), said_first.index('"') + 1)


def test_marks_that_open_a_quotation_are_left_alone():
    for text in (
        'she said, " the mayor told us nothing.',  # a tag before the mark: it opens
        'we waited. " the mayor said nothing more.',  # after a full stop
        'they asked, " we told them the truth.',  # a tag before the mark, first person inside
        'in his book, " Forward: Notes on a town.',  # a title: no lower-case tag verb
        'at the end, " we said we would stay.',  # the first person may open a quotation
    ):
        mark = text.index('"')
        assert not closes_lost_quote(text, mark, mark + 1), text


def test_an_article_quoting_a_letter_with_a_lost_mark_is_not_its_rewrite():
    letter, article = _doc("letter", "Mona Pell", LETTER), _doc("article", "WNN", ARTICLE)
    quoted = mostly_quoted(article)
    # the sentence whose opening mark was lost is quoted, and so is the next quotation
    lost = next(i for i, s in enumerate(article.sentences) if s.text.startswith("a lido does not care"))
    kept = next(i for i, s in enumerate(article.sentences) if "same clear water" in s.text)
    assert {lost, kept} <= quoted
    assert find_derivations((letter, article)) == ()
