"""Session 13 (issue 13, readability): a person called by an epithet as the subject, and a photo
caption ending on its date with the comma before the day lost. Fictional text; each case fails at
daa39c8."""

from __future__ import annotations

import pytest

from newsweave.summarize.standalone import reason
from newsweave.text.furniture import furniture_kind


@pytest.mark.parametrize(
    "text, cased",
    [
        # an epithet with modifiers, two roles joined by "and", straight away the subject of a verb
        ("The flamboyant shipping magnate and former quiz show host said on Friday he regrets nothing.", True),
        ("the flamboyant shipping magnate and former quiz show host said on friday he regrets nothing.", False),
        # a role noun the older list did not hold
        ("The musician accompanied Dorrow on a flight to Quillport for a 2009 treatment.", True),
        ("the veteran cleric was removed from his post in tollbridge.", False),
    ],
)
def test_epithet_subject_points_back(text, cased):
    assert reason(text, cased) == "definite reference"


@pytest.mark.parametrize(
    "text",
    [
        "The shipping market fell by a tenth in May.",  # no person
        "The musician of the year award went to Ada Quill.",  # a complement says which
        "The new quay opened on Friday.",
        "A flamboyant shipping magnate said on Friday he regrets nothing.",  # indefinite: a first mention
    ],
)
def test_not_an_epithet(text):
    assert reason(text) != "definite reference"


def test_caption_date_without_comma_before_the_day():
    assert furniture_kind("Harbour police patrol near the old quay in tollbridge, marrowshire tuesday, sept. 24, 2013.") == "caption"
    assert furniture_kind("Divers search the estuary near Quillport Friday, May 3, 2019.") == "caption"


def test_a_date_after_a_preposition_is_no_caption():
    assert furniture_kind("The ferry service will close on Friday, May 3, 2019.") is None
    assert furniture_kind("The bridge has been shut since Tuesday, Sept. 24, 2013.") is None
