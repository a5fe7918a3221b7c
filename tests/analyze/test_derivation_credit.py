"""Rewrites that reword their source, and what is not enough to call two texts copies (fictional text)."""

from newsweave.analyze import find_derivations
from newsweave.analyze.derivation import _credits
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id


def _doc(text, outlet):
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text))


SOURCE = (
    "The Pellow county council voted on Tuesday to close the old ferry terminal at the end of the month, ending ninety years of crossings to Skerry Island. "
    "Councillors said repairs to the slipway would cost more than the terminal earns in a decade. "
    "Island residents will be offered a subsidised water taxi from the marina instead."
)
# Every sentence is the source's sentence reworded (same clauses, same order), as an aggregator does.
REWRITE = (
    "Pellow county councillors on Tuesday voted to shut the ferry terminal at the end of this month, the Harbour Post reported, ending nine decades of sailings to Skerry Island. "
    "Repairs to the crumbling slipway would cost more than the terminal takes in ten years, councillors said. "
    "Islanders will be offered a cheaper water taxi from the marina instead, according to the Harbour Post."
)


def test_a_reworded_rewrite_that_names_its_source_is_found():
    source, rewrite = _doc(SOURCE, "Harbour Post"), _doc(REWRITE, "Bay Times")
    (d,) = find_derivations([rewrite, source])
    assert (d.source_id, d.copy_id) == (source.article.id, rewrite.article.id)
    assert "credited" in d.reason and d.reused_share >= 0.66
    assert all(0.45 <= p.similarity < 0.9 for p in d.pairs)


def test_the_same_rewording_without_naming_the_source_is_found_by_its_parallel_lead():
    # Without the credit the reworded sentences are below the bar for copied sentences, but the
    # rewrite restates the source's lead sentence by sentence, in order (rewrite.lead_run).
    uncredited = REWRITE.replace("the Harbour Post reported", "a council spokesman confirmed").replace("according to the Harbour Post", "according to the council spokesman")
    (d,) = find_derivations([_doc(uncredited, "Bay Times"), _doc(SOURCE, "Harbour Post")])
    assert "credited" not in d.reason and "sentence by sentence" in d.reason


def test_one_similar_sentence_is_not_a_copy():
    # Two short leads: one narrative sentence each about the same vote, and the same statement
    # quoted by both (quotations are no copy evidence), as in two outlets' reports of one event.
    quote = '"We cannot keep pouring money into a slipway that is falling into the sea," the council leader said.'
    a = _doc("The Pellow county council voted on Tuesday to close the old ferry terminal at the end of the month. " + quote, "Harbour Post")
    b = _doc("Pellow county council voted on Tuesday to shut the old ferry terminal within weeks. " + quote, "Bay Times")
    assert find_derivations([a, b]) == ()


def test_a_short_outlet_name_credits_only_that_outlet():
    src = _doc("The marina reopened on Friday.", "Los Angeles Times")
    other = _doc("The marina reopened on Friday, the New York Times reported.", "Bay Times")
    by_initials = _doc("The marina reopened on Friday, the LA Times reported.", "Bay Times")
    by_last_word = _doc("The marina reopened on Friday, the Times reported.", "Bay Times")
    assert not _credits(other, src)
    assert _credits(by_initials, src) and _credits(by_last_word, src)
