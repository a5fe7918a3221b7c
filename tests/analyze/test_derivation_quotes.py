"""Quotations are no copy evidence, however the quote marks are laid out (fictional text)."""

from newsweave.analyze import find_derivations
from newsweave.analyze.derivation import _mostly_quoted, _quote_spans
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id


def _doc(text, outlet):
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text))


POST = (
    "Now the harbour board can finally go after the Marrowby ferry company and its second-rate lawyers. "
    "They will confirm the contract they signed last winter! "
    "They know nothing about running a harbour, a total sham!"
)


def test_a_short_scare_quote_does_not_shift_the_quotation_that_follows():
    # '"Tiny"' is shorter than any real quotation; pairing marks by length once shifted every
    # later pair, so the quoted post counted as the article's own text.
    article = (
        'Councillor Edda Strand mocked the ferry operator on Tuesday, calling its chief executive "Tiny" after the tribunal ruled.\n\n'
        f'"{POST}" Strand wrote on her page.\n\n'
        "The ferry company said it would appeal the tribunal's decision within the month.\n\n"
        "The harbour board meets again on Friday to discuss the contract."
    )
    a = _doc(article, "Marrowby Gazette")
    post = _doc(POST, "unknown")
    quoted = _mostly_quoted(a)
    in_post = {i for i, sent in enumerate(a.sentences) if sent.text.strip('"') in POST}
    assert len(in_post) == 3 and quoted == in_post
    # The post is what the article quotes: not a copy either way.
    assert find_derivations([a, post]) == ()


def test_quotes_open_across_paragraphs_and_at_a_truncated_end_count_as_quoted():
    statement = [
        "The valley line will reopen to passengers before the end of the summer timetable",
        "Every bridge on the route has been inspected twice and two of them strengthened",
        "We apologise to the commuters who have waited eighteen months for this news",
    ]
    # House style: each quoted paragraph reopens without closing the previous one.
    a = _doc(
        "Railway chief Orla Penhale spoke to reporters in Keswold on Monday.\n\n"
        f"\u201c{statement[0]}.\n\n\u201c{statement[1]}.\n\n\u201c{statement[2]},\u201d she said.\n\n"
        "Penhale did not give a date for the first train.",
        "Keswold Echo",
    )
    # A teaser cut off in the middle of the quotation (no closing mark at all).
    b = _doc(f"Orla Penhale has promised an early reopening. \u201c{statement[0]}. {statement[1]}. {statement[2]}.", "Dale Courier")
    spans = _quote_spans(b.article.text)
    assert spans[-1][1] == len(b.article.text)
    assert len(_mostly_quoted(a)) == 3 and len(_mostly_quoted(b)) == 3
    assert find_derivations([a, b]) == ()
