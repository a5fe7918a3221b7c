"""How a fact's outlets are counted (issue 12, the over-grouping study): pages set aside are no
outlet, two articles of one outlet are one, and the shared / partial cut is the gold's (every
outlet, or at least 85% of them and two; fewer than that but two: partial). Fictional text written
for these tests. These guard kinds that the over-grouping study looked for and did not find on
the gold (benchmarks/ANALYSIS.md, Facts, session 9)."""

import datetime as dt

import pytest

from newsweave import api
from newsweave.analyze import StoryAnalyzer
from newsweave.analyze.facts import fact_status
from newsweave.types import Article, content_id

QUAY = (
    "The old Brindle quay collapsed into the estuary on Sunday evening after a spring tide, the port authority said.\n\n"
    "A crane operator was pulled from the water by the lifeboat crew and taken to hospital with a broken arm.\n\n"
    "Surveyors had told the council in March that the quay's iron ties were badly corroded."
)
QUAY_2 = (
    "Part of Brindle's old quay fell into the estuary on Sunday evening as a spring tide peaked, the port authority said.\n\n"
    "The harbour master said shipping would be diverted to the north berth for at least a month.\n\n"
    "Fishing crews moored their boats upriver until divers have checked the channel."
)
ARCHIVE = (
    "Snapshots of this page came from a web crawl run by a volunteer project. Archived pages like this one "
    "are kept in the Wayback Machine so old links still open. Part of the No More 404 effort."
)


def _art(text, outlet, day=4):
    return Article(id=content_id(text + outlet), outlet=outlet, text=text, published=dt.date(2025, 5, day))


@pytest.fixture(scope="module")
def analyzer():
    return StoryAnalyzer()


def _collapse(rep):
    facts = [f for f in rep.facts if "quay" in f.text and ("collapsed" in f.text or "fell" in f.text)]
    assert facts, [f.text for f in rep.facts]
    return facts[0]


def test_a_page_set_aside_is_not_an_outlet(analyzer):
    rep = api.analyze([_art(QUAY, "Estuary News"), _art(QUAY_2, "Port Gazette"), _art(ARCHIVE, "Archive")], analyzer=analyzer)
    assert [s.kind for s in rep.set_aside] == ["boilerplate"]
    fact = _collapse(rep)
    assert set(fact.independent_outlets) == {"Estuary News", "Port Gazette"}
    assert fact.status == "shared"  # 2 of the 2 outlets, not 2 of 3


def test_two_articles_of_one_outlet_are_one_outlet(analyzer):
    rep = api.analyze([_art(QUAY, "Estuary News"), _art(QUAY_2, "Estuary News", 5)], analyzer=analyzer)
    fact = _collapse(rep)
    assert len(fact.article_ids) == 2 and fact.independent_outlets == ("Estuary News",)
    assert fact.status == "unique"


@pytest.mark.parametrize("n,total,status", [(1, 3, "unique"), (2, 3, "partial"), (3, 3, "shared"), (2, 2, "shared"),
                                            (5, 7, "partial"), (6, 7, "shared"), (8, 10, "partial"), (9, 10, "shared")])
def test_the_shared_partial_cut(n, total, status):
    assert fact_status(n, total) == status
