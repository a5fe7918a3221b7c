"""A copy's last sentence cut off by the end of the copy: its complete leading clause (cut_ends.py,
cut_excerpts.py; issue 13, session 20). Fictional text."""

import pytest

from newsweave.summarize.cut_excerpts import complete_excerpts
from newsweave.text.segment import segment
from newsweave.types import Article

pytest.importorskip("spacy")

LEAD = "The harbour council of Marlow voted on tuesday to close the old pier for good. Repairs would have cost more than the town spends on its roads in a year. "


def _last(cut: str):
    text = LEAD + cut
    docs, keys = complete_excerpts([segment(Article(id="a", outlet="a", text=text))])
    s = docs[0].sentences[-1]
    assert text[s.start : s.end] == s.text  # cited at exactly the span shown
    return s.text if ("a", s.index) in keys else None


@pytest.mark.parametrize(
    "cut, part",
    [
        # a comma and a coordinating conjunction before a clause with its own subject
        (
            "The fishing families who moor their boats beside the pier asked for a second vote, and the mayor said she would",
            "The fishing families who moor their boats beside the pier asked for a second vote",
        ),
        # a subordinate clause of time
        (
            "The ferry company suspended every crossing to the island on wednesday morning after the storm had",
            "The ferry company suspended every crossing to the island on wednesday morning",
        ),
        # a loose modifier after a comma, as for a one-sentence excerpt
        (
            "A second plan to rebuild the pier in steel was turned down last spring, leaving the",
            "A second plan to rebuild the pier in steel was turned down last spring",
        ),
    ],
)
def test_cut_last_sentence_gives_its_clause(cut, part):
    assert _last(cut) == part


@pytest.mark.parametrize(
    "cut",
    [
        "The council will close the old pier to walkers for good next spring if the repairs",  # a condition
        "The storm did no harm to the fishermen on the quay and the harbour master",  # nouns joined by "and"
        "Officials in the harbour office said on tuesday that the old wooden pier, which",  # "pier" waits for its verb
        "The mayor asked",  # no clause long enough
    ],
)
def test_no_complete_clause_no_part(cut):
    assert _last(cut) is None


def test_whole_last_sentence_untouched():
    text = LEAD + "The fishing families asked for a second vote, and the mayor said she would think about it."
    docs, keys = complete_excerpts([segment(Article(id="a", outlet="a", text=text))])
    assert not keys and docs[0].sentences[-1].text.endswith("think about it.")


def test_attribution_never_dropped():
    """', according to ...' goes on with who says so: the part would state it as fact."""
    assert _last("The harbour council will close the old pier to walkers for good next spring, according to the") is None
