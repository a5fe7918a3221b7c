"""Rewrites the parallel lead misses: reordered, or after a lead-in of the copy's own; and two
reports of one event in different words that stay apart (fictional text)."""

from newsweave.analyze import find_derivations
from newsweave.analyze.rewrite_align import aligned_rewrite
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id


def _doc(text, outlet):
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text))


SOURCE = (
    "A Dunmore man is accused of taking more than $2 million from investors by selling shares in a vineyard that never existed. "
    "Prosecutors say Alder Quill, 61, began sending letters to retired teachers in March 2019, promising yearly returns of twelve percent. "
    "The scheme raised $2.3 million, according to charging papers, and Quill spent much of it on a yacht moored at Fenwick harbour. "
    "He pleaded not guilty to mail fraud on Friday and is free on a $40,000 bond."
)
# An aggregator's rewrite: every sentence restated, reworded, and moved (the plea first).
REORDERED = (
    "Quill, 61, denied a charge of mail fraud in court on Friday and was released after posting a $40,000 bond. "
    "The Dunmore resident allegedly pocketed over $2 million from savers who thought they were buying into a vineyard that was never there. "
    "He raised $2.3 million in all, the charging papers say, and a good part of it went on a yacht kept at Fenwick harbour. "
    "It started in March 2019, when he mailed retired teachers offers that promised twelve percent a year, prosecutors allege."
)
# A copy that opens with a teaser of its own, then restates the source's sentences in order.
LEAD_IN = (
    "Not every vineyard pitch ends in a glass of wine. "
    "A Dunmore man stands accused of taking more than $2 million from investors by selling shares in a vineyard that never existed. "
    "From March 2019, prosecutors allege, the 61-year-old mailed retired teachers offers that promised twelve percent a year. "
    "He raised $2.3 million in all, the charging papers say, and a good part of it went on a yacht kept at Fenwick harbour. "
    "Quill denied the charge of mail fraud in court on Friday."
)
# The same event reported on its own: the charge first, then the outlet's own reporting, a
# quotation, background the source does not have.
OWN_REPORT = (
    "Federal prosecutors have charged a Dunmore retiree with mail fraud over a vineyard investment that they say was never planted. "
    "Alder Quill appeared in court on Friday wearing a blue suit and said little beyond entering his plea. "
    '"These were people who had saved all their lives," said Petra Onslow, whose mother invested. '
    "Vineyard schemes have been a favourite of fraudsters in the county since a similar case in 2008. "
    "The harbour master at Fenwick said a yacht registered to Quill had not left its mooring since May. "
    "A trial date has not been set."
)


def test_a_reordered_rewrite_is_found():
    source, copy = _doc(SOURCE, "Valley Courier"), _doc(REORDERED, "Daily Roundup")
    (d,) = find_derivations([source, copy])
    assert {d.source_id, d.copy_id} == {source.article.id, copy.article.id}
    assert "another order" in d.reason
    # Each of the four sentences is paired with the one it restates: the plea with the plea.
    got = {(p.copy.sentence_index, p.source.sentence_index) if p.copy.article_id == copy.article.id
           else (p.source.sentence_index, p.copy.sentence_index) for p in d.pairs}
    assert got == {(0, 3), (1, 0), (2, 2), (3, 1)}


def test_a_copy_opening_with_its_own_lead_in_is_found():
    source, copy = _doc(SOURCE, "Valley Courier"), _doc(LEAD_IN, "Daily Roundup")
    (d,) = find_derivations([source, copy])
    assert {d.source_id, d.copy_id} == {source.article.id, copy.article.id}
    assert "in order" in d.reason
    got = {(p.copy.sentence_index, p.source.sentence_index) if p.copy.article_id == copy.article.id
           else (p.source.sentence_index, p.copy.sentence_index) for p in d.pairs}
    assert got == {(1, 0), (2, 1), (3, 2), (4, 3)}  # the teaser (0) has no counterpart


def test_two_reports_of_one_event_in_different_words_stay_apart():
    docs = [_doc(SOURCE, "Valley Courier"), _doc(OWN_REPORT, "Dunmore Herald")]
    assert find_derivations(docs) == ()
    # And the reordered rewrite and the lead-in copy are not flagged against the own report either.
    assert find_derivations([_doc(REORDERED, "Daily Roundup"), _doc(OWN_REPORT, "Dunmore Herald")]) == ()


def test_a_short_excerpt_covered_by_another_text_is_not_evidence():
    # Two sentences matched are what two leads of one event look like: ALIGN_MIN is 3.
    short = [{"quill": 1, "plead": 1, "fraud": 1}, {"vineyard": 1, "invest": 1}]
    other = [{"quill": 1, "plead": 1, "fraud": 1}, {"vineyard": 1, "invest": 1}, {"yacht": 1, "harbour": 1}]

    def overlap(a, b):
        return len(a.keys() & b.keys()) / max(len(a), len(b))

    assert aligned_rewrite(short, other, overlap) == ([], "")
    pairs, kind = aligned_rewrite(short + [{"yacht": 1, "harbour": 1}], other, overlap)
    assert kind == "in order" and [(i, j) for i, j, _ in pairs] == [(0, 0), (1, 1), (2, 2)]
