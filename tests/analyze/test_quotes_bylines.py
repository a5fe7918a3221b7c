"""Session 20 (issue 12, brief D): a digest's "“Title,” by Outlet’s X: “...”" gives X even when the
tagger missed the name or the outlet has a slash in its name (`quote_frames.byline_author`).
Fictional digest lines written for these tests."""


def test_a_byline_after_an_outlet_with_a_slash(quotes_of):
    got = quotes_of("HARBOUR WATCH -- “Piers of the north coast,” by Re/code’s Edmund Lowe: “The piers were built in 1901 and have not been repaired since then.”")
    assert got["The piers were built in 1901 and have not been repaired since then."] == "Edmund Lowe"


def test_a_byline_with_no_outlet_still_needs_a_known_person(quotes_of):
    got = quotes_of("HARBOUR WATCH -- “Piers of the north coast,” by Staff Reports: “The piers were built in 1901 and have not been repaired since then.”")
    assert got.get("The piers were built in 1901 and have not been repaired since then.") != "Staff Reports"


def test_a_name_then_the_title_then_the_excerpt(quotes_of):
    got = quotes_of("Tom Reed wrote about the port this week.\n\nTHE BIG IDEA – Harbour Weekly columnist Tom Reed, “Piers of the north coast”: “The piers were built in 1901 and have not been repaired since then.”")
    assert got["The piers were built in 1901 and have not been repaired since then."] == "Tom Reed"
