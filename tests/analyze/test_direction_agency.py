"""An agency restating a paper's story keeps its own dateline and credits the paper: the paper is the
source (rewrite_direction, session 17). Fictional texts; outlets unknown and undated, as in the
standard Multi-News copies, so the credit cannot be linked by outlet name."""

from __future__ import annotations

from newsweave.analyze.rewrite_direction import direction
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

PAPER = (
    "A plan to close the Fenwick ferry landing for the winter has been dropped after a week of protests.\n\n"
    "The county transport board voted on Tuesday to keep the landing open until the new pier is finished.\n\n"
    "About 300 islanders use the landing every weekday, a board member said."
)
AGENCY = (
    "FENWICK, Ore. (WNA) — A county board has dropped a plan to close the Fenwick ferry landing this winter, "
    "the Fenwick Daily Tribune reports.\n\n"
    "The transport board voted Tuesday to keep the landing open until a new pier is built.\n\n"
    "About 300 islanders use it on weekdays."
)
WIRE = (
    "FENWICK, Ore. (WNA) — A county board has dropped a plan to close the Fenwick ferry landing this winter.\n\n"
    "The transport board voted Tuesday to keep the landing open until a new pier is built."
)


def _doc(aid, text):
    return RuleSegmenter().split(Article(id=aid, outlet=f"unknown {aid}", text=text))


def test_the_paper_credited_by_the_datelined_agency_is_the_source():
    paper, agency = _doc("paper", PAPER), _doc("agency", AGENCY)
    assert direction(paper, agency)[0] is True
    assert direction(agency, paper)[0] is False
    assert "credits someone else's reporting" in direction(agency, paper)[1]


def test_a_dateline_without_a_credit_still_marks_the_original():
    wire, rewrite = _doc("wire", WIRE), _doc("rewrite", PAPER)
    assert direction(wire, rewrite) == (True, "it carries the original dateline")
