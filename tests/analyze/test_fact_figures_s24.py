"""Session 24 (brief F2, issue 12): a rounded or bounded figure and the precise one it allows are one figure term for the
fact similarity, so one claim told with "more than 2.4 million" and with 2,431,877 is one fact; figures that disagree
("1.6 million" / "2.1 million") or an open bound far from the count ("more than 12 million" / 33 million) stay apart.
Fictional sentences."""

from __future__ import annotations

from newsweave.analyze import facts as F
from newsweave.analyze.fact_figures import figure_aliases

from .test_facts_carried import _sentences


def test_a_bounded_or_rounded_figure_is_written_as_the_precise_one_it_allows():
    assert figure_aliases(["Nearly 500 workers left the Dunmore plant.", "The Dunmore plant let 497 workers go."]) == [{"#500": "#497"}, {}]
    assert figure_aliases(["About 3,000 homes in Keshwick lost power.", "Power failed in 2,960 homes."]) == [{"#3,000": "#2,960"}, {}]
    assert figure_aliases(["Organisers filed more than 1.6 million signatures.", "Clerks counted 1,626,042 signatures."])[0] == {"#1.6": "#1,626,042"}
    assert figure_aliases(["Some 1.6 million signatures were filed in Orlo.", "Orlo organisers filed 1,602,310 signatures."])[0] == {"#1.6": "#1,602,310"}


def test_figures_that_disagree_or_a_far_bound_are_not_aliased():
    assert figure_aliases(["Some 1.6 million signatures were filed in Orlo.", "Orlo organisers filed 2.1 million signatures."]) == [{}, {}]
    assert figure_aliases(["The singer has more than 12 million fans online.", "She counts 33,118,440 fans."]) == [{}, {}]
    assert figure_aliases(["Up to 800 guests an hour came through.", "The hall took 593 guests an hour."]) == [{}, {}]
    # two precise figures the bound allows: no way to tell which one it rounds, the term stays
    assert figure_aliases(["About 3,000 homes lost power.", "Power failed in 2,960 homes.", "Crews reached 3,040 homes."]) == [{}, {}, {}]
    # two hedged figures: neither is the precise one
    assert figure_aliases(["Nearly 500 workers left.", "About 480 workers left."]) == [{}, {}]


DOCS = [["The Velmar petition to recall Mayor Odile Brandt has qualified for the autumn ballot.",
         "Organisers handed in more than 2.4 million signatures, the county clerk said."],
        ["Mayor Odile Brandt of Velmar will face a recall vote this autumn.",
         "Clerks found {} valid signatures on the petition, above the 2,100,000 needed."],
        ["A recall of Velmar's mayor is going to voters.", "Nearly 900 volunteers collected names across the county."]]


def _groups(count: str) -> list[list[int]]:
    docs = [DOCS[0], [DOCS[1][0], DOCS[1][1].format(count)], DOCS[2]]
    _, _, documents = _sentences(docs)
    return F.group_sentences(documents, similarity="lexical").groups


def test_the_bounded_and_the_exact_count_are_one_fact():
    assert [1, 3] in _groups("2,431,877")  # "more than 2.4 million" and 2,431,877: one claim


def test_a_count_past_the_bound_s_reach_stays_apart():
    assert not any(1 in g and 3 in g for g in _groups("2,931,877"))
