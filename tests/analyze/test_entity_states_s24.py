"""Session 24 (brief E5, an editor's read of `newsweave analyze` on AllSides dev 6005): a senator's state tag
"(W.Va.)" was listed as a place "W.Va" beside "West Virginia", one state twice. Fictional text."""

from __future__ import annotations

import pytest

import newsweave
from newsweave.analyze.entity_states import state_joins, state_name
from newsweave.types import Article

GAZETTE = ("Harbour senators on Thursday offered a smaller ports bill, said Sen. Ada Varn (W.Va.), who leads the talks. "
           "The plan would spend $90 billion on docks.")
COURIER = "The West Virginia Republican said the group would keep talking with the governors about the docks plan."
LEDGER = "Sen. Milo Brandt (R-Mass.) said the offer was too small. Massachusetts docks would get less under it, Brandt said."


@pytest.fixture(scope="module")
def entities():
    arts = [Article(id="gaz", outlet="Gazette", text=GAZETTE), Article(id="cou", outlet="Courier", text=COURIER),
            Article(id="led", outlet="Ledger", text=LEDGER)]
    return {e.name: e for e in newsweave.analyze(arts, words=60).entities}


def test_an_abbreviated_state_is_the_state_named_in_full(entities):
    assert "W.Va" not in entities and "W.Va." not in entities
    assert set(entities["West Virginia"].mentions) == {"gaz", "cou"}
    assert "Mass" not in entities and entities["Massachusetts"].mentions == {"led": 2}


def test_the_rule_itself():
    assert state_name("W.Va") == state_name("W.Va.") == "West Virginia"
    assert state_name("WV") is None and state_name("Wash.") is None  # postal codes and Washington are left alone
    kinds = {"Mass": "place", "Massachusetts": "place", "Calif": "place", "Va.": "person", "Virginia": "place"}
    assert state_joins(kinds, lambda s: s) == {"Mass": "Massachusetts"}  # no "California" named; "Va." not a place
