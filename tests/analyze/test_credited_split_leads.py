"""A rewrite crediting its source in its first sentence and splitting the source's long lead over
its own first sentences (analyze/credited_split_leads.py, session 19). Fictional text."""

from newsweave.analyze import find_derivations
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id

SOURCE = (
    "The Marrowby water board has decided against raising household tariffs this winter and will instead press the regional assembly to fund emergency repairs to the cracked Dunholm reservoir dam, which engineers closed to boats in September, three board members told the Marrowby Gazette on Thursday evening. "
    "Why it matters: several assembly members had urged the board to charge households directly after the assembly refused an emergency grant for the dam last month, leaving the repair without any agreed funding. "
    "The choice leaves the bill with the assembly's finance committee. "
    "Engineers have kept the reservoir a third below its usual level since the cracks appeared."
)
# Credits the Gazette in its first sentence, then spreads the Gazette's long first sentence over its
# own short first two, in other words (its third restates the Gazette's second): no single
# sentence reaches the lead bars (nor the credited sentence bar) against the Gazette's.
SPLIT = (
    "Marrowby's water board won't raise tariffs, the Marrowby Gazette reported Friday. "
    "Instead it wants the regional assembly to pay for dam repairs, according to the Gazette. "
    "Some assembly members had wanted households billed once the grant was refused. "
    "Dunholm's dam, finished in 1962, supplies about forty thousand homes across three valleys."
)
# The same article crediting the Gazette only further down, for one detail: its opening is its own.
CREDIT_LATER = (
    "Marrowby's water board won't raise household tariffs this winter, its chair announced. "
    "Instead it wants the regional assembly to pay for dam repairs, she added. "
    "Some assembly members had wanted households billed once the grant was refused. "
    "The dam has supplied about forty thousand homes since 1962, the Marrowby Gazette reported."
)
# Two outlets quoting the same statement of a third party (the board's chair): not copying each other.
QUOTE_ONE = (
    "The chair of the Marrowby water board said on Friday that tariffs would not rise this winter. "
    "\"We will not send this bill to families who are already struggling with their heating costs,\" Ilse Varga said in a statement. "
    "\"The assembly built this dam and the assembly must now repair it before the spring rains,\" she said. "
    "Engineers have lowered the reservoir while the cracks are surveyed."
)
QUOTE_TWO = (
    "Households in Marrowby will not pay more for water this winter, the chair of the water board said on Friday. "
    "\"We will not send this bill to families who are already struggling with their heating costs,\" Ilse Varga said in a statement. "
    "\"The assembly built this dam and the assembly must now repair it before the spring rains,\" she said. "
    "The regional assembly is expected to discuss the dam at its meeting next week."
)


def _doc(text, outlet):
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text))


def test_a_credited_split_lead_is_a_rewrite_of_its_source():
    source, copy = _doc(SOURCE, "Marrowby Gazette"), _doc(SPLIT, "Valley Ledger")
    (d,) = find_derivations([copy, source])
    assert (d.source_id, d.copy_id) == (source.article.id, copy.article.id)
    assert "credits the other in its first sentence" in d.reason
    assert [p.copy.sentence_index for p in d.pairs] == [0, 1]
    assert [p.source.sentence_index for p in d.pairs] == [0, 0]


def test_a_credit_for_a_later_detail_leaves_the_opening_independent():
    assert find_derivations([_doc(CREDIT_LATER, "Valley Ledger"), _doc(SOURCE, "Marrowby Gazette")]) == ()


def test_two_outlets_quoting_the_same_statement_are_not_copies():
    assert find_derivations([_doc(QUOTE_ONE, "Valley Ledger"), _doc(QUOTE_TWO, "Marrowby Gazette")]) == ()
