"""A rewrite that names its source and restates its lead in order, with heavier rewording (fictional text)."""

from newsweave.analyze import find_derivations
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id

SOURCE = (
    "The Pellow county council voted on Tuesday to close the old ferry terminal at the end of the month, ending ninety years of crossings to Skerry Island. "
    "Councillors said repairs to the slipway would cost more than the terminal earns in a decade. "
    "Island residents will be offered a subsidised water taxi from the marina instead. "
    "The terminal opened in 1931 and once carried sheep, mail and holidaymakers."
)
# Credits the source, then its next two sentences follow the source's, reworded more heavily than
# the uncredited bar allows (their overlap with the source sentences is 0.35-0.45).
HEAVY = (
    "Skerry Island is about to lose its ferry: Pellow councillors agreed on Tuesday that the crossing, which has run for ninety years, will stop when the month ends, the Harbour Post reported. "
    "Fixing the slipway would eat up more than a decade of ticket money, according to councillors. "
    "People living on the island are being promised a cheaper water taxi leaving from the marina. "
    "Since 1931 the crossing has carried everything from post bags to flocks and summer visitors."
)
# Credits the same scoop for its lead, then reports on its own: a follow-up, not a rewrite.
FOLLOW = (
    "Skerry Island is about to lose its ferry: Pellow councillors agreed on Tuesday that the crossing, which has run for ninety years, will stop when the month ends, the Harbour Post reported. "
    "Fishermen on the island said they would blockade the marina on Saturday in protest. "
    "The island's only shop depends on the morning boat for bread and newspapers. "
    "A petition against the closure has gathered two thousand names since Wednesday."
)


def _doc(text, outlet):
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text))


def test_a_credited_heavier_rewording_of_the_lead_is_a_rewrite():
    source, copy = _doc(SOURCE, "Harbour Post"), _doc(HEAVY, "Bay Times")
    (d,) = find_derivations([copy, source])
    assert (d.source_id, d.copy_id) == (source.article.id, copy.article.id)
    assert "sentence by sentence" in d.reason and "credited by name" in d.reason
    assert [p.copy.sentence_index for p in d.pairs] == [0, 1, 2]
    assert all(0.35 <= p.similarity < 0.6 for p in d.pairs)


def test_without_the_credit_the_same_rewording_stays_apart():
    uncredited = HEAVY.replace(", the Harbour Post reported", "")
    # Below the uncredited lead bar, and its last sentence (0.21) has no counterpart at the
    # permuted-cover floor: rewrite_align does not take it either.
    assert find_derivations([_doc(uncredited, "Bay Times"), _doc(SOURCE, "Harbour Post")]) == ()


def test_a_follow_up_crediting_the_scoop_for_its_lead_only_is_no_rewrite():
    assert find_derivations([_doc(FOLLOW, "Bay Times"), _doc(SOURCE, "Harbour Post")]) == ()
