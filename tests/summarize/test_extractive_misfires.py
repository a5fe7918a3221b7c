"""Stand-alone rules that refused sentences an editor would publish (issue 13, ROUGE, tenth
session): a time phrase read as a pronoun, an "it" with nothing to stand for, the country read as
the first person in a lower-cased copy, a mine read as "mine", a height or a quotation that mixes
curly and straight marks read as a piece of a quotation, a role with a complement that says which.
All text is fictional."""

from __future__ import annotations

import pytest

from newsweave.summarize.standalone import reason


@pytest.mark.parametrize(
    "text, cased",
    [
        ("This year, the Tollbridge regatta will add a race for rowing boats built before 1950.", True),
        ("This weekend, Marrowby was due to hold its annual oyster fair.", True),
        ("It is unknown whether the harbour board will appeal the ruling.", True),
        ("It is not clear if Pell turned herself in.", True),
        ("At the Tollbridge summit in 2019, it was decided that the towns would share a ferry.", True),
        ("a former us coast guard officer, ida pell ran the harbour of tollbridge for ten years.", False),
        ("a group of us navy divers found the wreck on tuesday.", False),
        ("Rescuers reached the trapped workers in the Marrowby silver mine on Sunday.", True),
        ("Police described the man as about 6’2”, wearing a tan coat and grey trousers.", True),
        ("“I did not want anyone misled,” Ida Pell told the committee on Tuesday.", True),
        ('“I did not want anyone misled," Ida Pell told the committee on Tuesday.', True),
        ("The mother of two young boys rowed across the estuary on Sunday.", True),
        ("The second harbour inquiry of the Tollbridge council opens on Tuesday.", True),
        ("The first woman to row across the Marrowby estuary was Ida Pell.", True),
        ("the news of ida pell's resignation reached tollbridge on sunday night.", False),
    ],
)
def test_stands(text, cased):
    assert reason(text, cased) is None


@pytest.mark.parametrize(
    "text, cased, rule",
    [
        ("This plan failed within a year.", True, "opens on a pronoun or connective"),
        ("It is unclear.", True, "opens on a pronoun or connective"),
        ("In truth, it was a copy of the old harbour map.", True, "opens on a pronoun or connective"),
        ("the board gave us a week to answer.", False, "first person without speaker"),
        ("A cousin of mine rowed for Tollbridge in 2011.", True, "first person without speaker"),
        ('Another post read: "Look up, Tollbridge.', True, "quote piece"),
        ("The son of the ferryman rowed across the estuary on Sunday.", True, "definite reference"),
        ("the news of his resignation reached tollbridge on sunday night.", False, "definite reference"),
        # the height and the mixed marks no longer hide what the sentence leans on
        ("The second suspect is described as a man of about 5’8” with a grey coat.", True, "definite reference"),
        ("The first ferry is an old steam boat from Marrowby.", True, "definite reference"),
        ("This year, the prize includes those aforementioned trips to Tollbridge.", True, "definite reference"),
    ],
)
def test_still_leans(text, cased, rule):
    assert reason(text, cased) == rule
