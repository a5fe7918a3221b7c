"""Session 28 (brief E8, an editor's read of `newsweave analyze` on AllSides dev 5679): "U.N. General Assembly" was
listed beside "UN General Assembly", one body twice. Fictional text."""

from __future__ import annotations

import pytest

import newsweave
from newsweave.types import Article

GAZETTE = ("Harbour leaders met on Tuesday on the sidelines of the U.N. Security Council to talk about ferry safety. "
           "The U.N. Security Council will vote on the plan next week, officials said.")
COURIER = "Ministers from nine ports spoke at the UN Security Council on Tuesday about a new ferry code."
LEDGER = "The ferry code was first drafted by Marta Velloso, who chairs the port board in Calder."


@pytest.fixture(scope="module")
def entities():
    arts = [Article(id="gaz", outlet="Gazette", text=GAZETTE), Article(id="cou", outlet="Courier", text=COURIER),
            Article(id="led", outlet="Ledger", text=LEDGER)]
    return {e.name: e for e in newsweave.analyze(arts, words=60).entities}


def test_a_name_with_and_without_its_initials_periods_is_one_entity(entities):
    assert "UN Security Council" not in entities
    assert set(entities["U.N. Security Council"].mentions) == {"gaz", "cou"}


def test_the_key():
    from newsweave.analyze.entity_dots import spelling_key

    assert spelling_key("U.N. General Assembly") == spelling_key("UN General Assembly") == "un general assembly"
    assert spelling_key("George W. Bush") == spelling_key("George W Bush")
    assert spelling_key("St. Louis Cardinals") != spelling_key("St Louis Cardinals")  # only a lone capital's period
    assert spelling_key("U.S.") != spelling_key("US")  # one word: entity_countries' table decides
