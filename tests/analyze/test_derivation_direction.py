"""Which article is the source: general evidence, not length (fictional text)."""

import datetime as dt

from newsweave.analyze import find_derivations
from newsweave.analyze.rewrite_direction import cites_reporting, has_dateline
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id

BODY = (
    "The Pellow county council voted on Tuesday to close the old ferry terminal at the end of the month, ending ninety years of crossings to Skerry Island. "
    "Councillors said repairs to the slipway would cost more than the terminal earns in a decade. "
    "Island residents will be offered a subsidised water taxi from the marina instead."
)
# The copy keeps the source's sentences and adds one of its own at the end, so it is the longer
# text: the old "longer, more detailed" rule took it for the source.
EXTRA = " The marina's owners have not said what the water taxi will cost."


def _doc(text, outlet, day=None):
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text, published=dt.date(2024, 3, day) if day else None))


def _only(docs):
    (d,) = find_derivations(docs)
    return d


def test_publication_dates_come_before_a_credit_of_some_third_outlet():
    # The earlier article credits a third outlet for one detail; the later one copies it all.
    source = _doc(BODY + " Ferry fares had doubled since 2019, the Westshire Herald reported.", "Harbour Post", 4)
    copy = _doc(BODY + " Ferry fares had doubled since 2019." + EXTRA, "Bay Times", 5)
    d = _only([copy, source])
    assert (d.source_id, d.copy_id) == (source.article.id, copy.article.id)
    assert d.reason == "published earlier"


def test_the_article_with_the_dateline_is_the_source():
    source = _doc("PELLOW, Westshire \u2014 " + BODY, "Harbour Post")
    copy = _doc(BODY + EXTRA, "Bay Times")
    d = _only([copy, source])
    assert (d.source_id, d.copy_id) == (source.article.id, copy.article.id)
    assert "dateline" in d.reason
    assert has_dateline(_doc("LARKTON (AP) \u2014 The ferry stopped.", "x")) and has_dateline(_doc("Pellow, westshire - the ferry stopped.", "x"))
    assert not has_dateline(_doc("The Senate \u2014 in a late vote \u2014 passed the bill.", "x"))


def test_a_body_reporting_figures_is_no_credit_but_a_news_station_is():
    source = _doc(BODY + " Passenger numbers fell by a third last year, the Westshire Statistics Office reported on Wednesday.", "Harbour Post")
    copy = _doc(BODY + " Passenger numbers fell by a third last year, according to news station KXAB.", "Bay Times")
    d = _only([copy, source])
    assert (d.source_id, d.copy_id) == (source.article.id, copy.article.id)
    assert "credits someone else's reporting" in d.reason
    assert not cites_reporting(_doc("The ferry was late, according to Jane Roe, a harbour pilot.", "x"))
    assert cites_reporting(_doc("The ferry was late, according to two new reports.", "x"))
    assert cites_reporting(_doc("the ferry was late, the westshire times reports.", "x"))
    assert not cites_reporting(_doc("The harbour authority reported 300 sailings last year.", "x"))


def test_a_stock_lead_in_marks_the_rewrite():
    source = _doc(BODY, "Harbour Post")
    copy = _doc("Here's what we know about the ferry. " + BODY + EXTRA, "Bay Times")
    d = _only([copy, source])
    assert (d.source_id, d.copy_id) == (source.article.id, copy.article.id)
    assert "stock lead-in" in d.reason


def test_first_to_report_credits_the_outlet_by_name():
    source = _doc(BODY, "Harbour Post")
    copy = _doc(BODY + " The Harbour Post was first to report the vote." + EXTRA, "Bay Times")
    d = _only([copy, source])
    assert (d.source_id, d.copy_id) == (source.article.id, copy.article.id)
    assert "credited by name" in d.reason


def test_without_evidence_the_order_is_undetermined_not_decided_by_length():
    a, b = _doc(BODY, "Harbour Post"), _doc(BODY + EXTRA, "Bay Times")
    d1, d2 = _only([a, b]), _only([b, a])
    assert "undetermined" in d1.reason and "undetermined" in d2.reason
    assert d1.source_id == a.article.id and d2.source_id == b.article.id
