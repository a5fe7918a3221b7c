"""An abbreviated title gives a person a role (session 16 of issue 12, `analyze/role_titles.py`):
"Sen. X" is "the senator" later, "Gov. X" "the governor"; two senators, or "Lt. Gov.", give no
one. Fictional sentences written for these tests."""

from newsweave.analyze.role_titles import title_roles


def test_the_senator_is_the_one_introduced_as_sen(quotes_of):
    got = quotes_of(
        "Sen. Dana Orrick (D-Ohio) spoke on three shows on Sunday about the harbour bill. "
        "The senator said the bill was “far too costly for the state.”"
    )
    assert got["far too costly for the state."] == "Dana Orrick"


def test_the_governor_is_the_one_introduced_as_gov(quotes_of):
    got = quotes_of(
        "Gov. Hollis Fenwick toured the flooded quay on Monday. "
        "“We will rebuild every pier,” the governor said."
    )
    assert got["We will rebuild every pier"] == "Hollis Fenwick"


def test_two_senators_give_no_one(quotes_of):
    got = quotes_of(
        "Sen. Dana Orrick and Sen. Milo Strand met on Sunday about the harbour bill. "
        "The senator said the bill was “far too costly for the state.”"
    )
    assert got["far too costly for the state."] is None


def test_only_the_plain_abbreviations_give_a_role():
    assert title_roles("on Sunday, Sen. ") == {"senator", "+senator"}
    assert "congresswoman" in title_roles("(Rep. ")
    assert title_roles("Lt. Gov. ") == set()
    assert title_roles("the Gen. ") == set()
    assert title_roles("Senate ") == set()
