"""A politician spoken of by party, state and office (session 17 of issue 12,
`analyze/party_roles.py`): "(D-W.Va.)" makes "the West Virginia Democrat", ", R-Texas," "the Texas
Republican", an apposition "a Democrat from Ohio" "the Ohio Democrat"; only when exactly one person
fits, else unknown. Fictional sentences written for these tests."""

from newsweave.analyze.party_roles import _profile, _state


def test_a_party_state_tag_pairs_the_later_description(quotes_of):
    got = quotes_of(
        "Sen. Dana Orrick (D-W.Va.) spoke on Sunday about the harbour bill. "
        "“It is far too costly for the state,” the West Virginia Democrat said."
    )
    assert got["It is far too costly for the state"] == "Dana Orrick"


def test_the_texas_republican_is_the_person_not_the_state(quotes_of):
    got = quotes_of(
        "Rep. Milo Strand, R-Texas, voted against the measure on Friday. "
        "“We should start over,” the Texas Republican said."
    )
    assert got["We should start over"] == "Milo Strand"


def test_party_and_office_pick_one_of_two_members(quotes_of):
    text = (
        "Sen. Dana Orrick (R-Ky.) and Rep. Lina Vost (D-Ore.) met on Sunday about the canal. "
        "“The talks went well,” the GOP senator said. "
        "“The talks went badly,” the Democratic lawmaker said."
    )
    got = quotes_of(text)
    assert got["The talks went well"] == "Dana Orrick"
    assert got["The talks went badly"] == "Lina Vost"


def test_an_apposition_gives_party_and_state(quotes_of):
    got = quotes_of(
        "Dana Orrick, a Democrat from Ohio, spoke on Sunday about the canal. "
        "“The talks went well,” the Ohio Democrat said."
    )
    assert got["The talks went well"] == "Dana Orrick"


def test_two_that_fit_or_one_that_may_give_no_one(quotes_of):
    two = quotes_of(
        "Sen. Dana Orrick (D-W.Va.) and Sen. Tam Birch (D-Mont.) met on Sunday. "
        "“The talks went well,” the Democratic senator said."
    )
    assert two["The talks went well"] is None
    silent = quotes_of(  # Birch's party is not given: she could be the GOP senator
        "Sen. Dana Orrick (R-Ky.) and Sen. Tam Birch met on Sunday. "
        "“The talks went well,” the GOP senator said."
    )
    assert silent["The talks went well"] not in ("Dana Orrick", "Tam Birch")  # at most the description


def test_he_after_a_described_subject_is_that_person(quotes_of):
    text = (
        "Sen. Dana Orrick (D-W.Va.) went on three talk shows on Sunday, as President Milo Strand pressed "
        "his budget plan.\n\nThe West Virginia senator came with a list of doubts. She spoke about prices "
        "and debt. (“Why rush this now?” she asked on one show.)"
    )
    assert quotes_of(text)["Why rush this now?"] == "Dana Orrick"
    other = text.replace("came with", "said Strand came with")  # another subject on the way: no one
    assert quotes_of(other)["Why rush this now?"] is None


def test_tags_and_state_abbreviations_are_read():
    text = "Rep. Lina Vost, D-Ill., and Sen. Tam Birch (R-NY) and Gov. Pell Quarry of Texas"
    assert _profile(text, 5, 14) == ({"D"}, {"illinois"}, {"representative", "lawmaker"})
    at = text.index("Tam")
    assert _profile(text, at, at + 9) == ({"R"}, {"new york"}, {"senator", "lawmaker"})
    at = text.index("Pell")
    assert _profile(text, at, at + 11) == (set(), {"texas"}, {"governor"})
    assert _state(["W.Va."]) == "west virginia" and _state(["Calif."]) == "california" and _state(["Utopia"]) is None


def test_an_apposition_without_article_gives_party_and_state(quotes_of):
    # session 17, brief M: "X, Democrat of Ohio," (no article) as "X, a Democrat from Ohio,"
    got = quotes_of(
        "Senator Dana Orrick, Democrat of Ohio, and Senator Lina Vost, Republican of Iowa, met on Sunday. "
        "“The talks went well,” the Ohio Democrat said."
    )
    assert got["The talks went well"] == "Dana Orrick"
