"""One country, one entity (issue 12, session 18; analyze/entity_countries.py), on fictional text with
the tagger's mentions written by hand."""

from .test_entities_rules import _index


def _groups(index) -> dict[str, set[str]]:
    return {e.name: {e.name, *e.aliases} for e in index.entities}


def test_america_joins_the_us_named_more_often():
    text = ("The U.S. sent grain to Quessa on Monday. U.S. officials said the ships left Portmere. "
            "Ama Reed said America would keep the port open.")
    tagged = [("U.S.", "place", 0), ("Quessa", "place", 0), ("U.S.", "place", 1), ("Portmere", "place", 0),
              ("Ama Reed", "person", 0), ("America", "place", 0)]
    groups = _groups(_index(text, tagged))
    assert groups["U.S."] == {"U.S.", "America"}
    assert "America" not in groups


def test_britain_and_uk_are_one_place():
    text = "Britain closed its embassy in Quessa. The U.K. envoy, Ama Reed, flew home. Britain said more talks would follow."
    tagged = [("Britain", "place", 0), ("Quessa", "place", 0), ("U.K.", "place", 0), ("Ama Reed", "person", 0), ("Britain", "place", 1)]
    groups = _groups(_index(text, tagged))
    assert groups["Britain"] == {"Britain", "U.K."}


def test_the_adjective_and_a_longer_name_stay_apart():
    text = ("The U.S. sent grain to Quessa. Americans in Portmere cheered, and Bank of America said it would "
            "lend more, Ama Reed said.")
    tagged = [("U.S.", "place", 0), ("Quessa", "place", 0), ("Americans", "group", 0), ("Portmere", "place", 0),
              ("Bank of America", "organization", 0), ("Ama Reed", "person", 0)]
    groups = _groups(_index(text, tagged))
    assert groups["U.S."] == {"U.S."}
    assert groups["Bank of America"] == {"Bank of America"}


def test_a_person_named_like_a_country_is_not_the_country():
    text = "Jordan Vale met the U.S. envoy in Quessa. Jordan said the talks went well; America agreed."
    tagged = [("Jordan Vale", "person", 0), ("U.S.", "place", 0), ("Quessa", "place", 0), ("Jordan", "person", 1), ("America", "place", 0)]
    groups = _groups(_index(text, tagged))
    assert groups["Jordan Vale"] == {"Jordan Vale", "Jordan"}
