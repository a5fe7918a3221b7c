"""Session 28 (brief E8, an editor's read of `newsweave analyze` on AllSides dev 5690): an acronym written
mid-sentence ("ISIS-K") was listed in title case ("Isis-K"), the rule for datelines applied everywhere. Fictional text."""

from __future__ import annotations

import pytest

import newsweave
from newsweave.analyze.entity_caps import title_cased
from newsweave.types import Article

GAZETTE = ("MARROWBY, March 12 -- Inspectors from the harbour agency OSPREX said on Tuesday that the ferry Calder Star "
           "had failed two safety checks. OSPREX will publish its full report next month.")
COURIER = "The ferry failed two checks, according to OSPREX, the harbour safety agency in Marrowby."
LEDGER = "Marrowby port officials said the ferry would stay in dock while OSPREX finishes its report."


@pytest.fixture(scope="module")
def entities():
    arts = [Article(id="gaz", outlet="Gazette", text=GAZETTE), Article(id="cou", outlet="Courier", text=COURIER),
            Article(id="led", outlet="Ledger", text=LEDGER)]
    return {e.name: e for e in newsweave.analyze(arts, words=60).entities}


def test_an_acronym_inside_a_line_keeps_its_capitals(entities):
    assert "Osprex" not in entities
    assert set(entities["OSPREX"].mentions) == {"gaz", "cou", "led"}


def test_the_rule():
    text = "HARWICK, May 3 -- Staff of HARBOURCO met.\nNEW QUAY officials spoke."
    assert title_cased("HARWICK", text, 0)  # a dateline opens its line
    assert not title_cased("HARBOURCO", text, text.index("HARBOURCO"))  # an acronym inside the line
    assert title_cased("NEW QUAY", text, text.index("NEW QUAY"))  # two words: as before
