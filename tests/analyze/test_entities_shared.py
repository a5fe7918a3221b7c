"""A bare surname two named people share (analyze/entity_shared.py) through build_entities, on
fictional text with the tagger's mentions written by hand."""

from newsweave.analyze.entities import Mention, build_entities
from newsweave.analyze.entity_shared import context_owners, same_person, shared_owners
from newsweave.text.segment import segment
from newsweave.types import Article


def _index(texts: list[str], tagged: list[tuple[int, str, str, int]]):
    """`tagged`: (article, surface, kind, occurrence) -> a Mention at that occurrence in that article."""
    docs = tuple(segment(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t)) for i, t in enumerate(texts))
    mentions = []
    for art, surface, kind, nth in tagged:
        pos = -1
        for _ in range(nth + 1):
            pos = texts[art].index(surface, pos + 1)
        mentions.append(Mention(f"a{art}", pos, pos + len(surface), surface, kind))
    return build_entities(docs, mentions)


ARTICLE_ONE = (
    "Ruth Kellan and Abel Kellan bought a flat on the ninth floor of the Harrow Spire. "
    "Ruth Kellan: The view was the reason. Abel Kellan: We still love it. "
    "A retired surveyor, Kellan checks the cracks in the garage every morning. "
    "Ruth Kellan said the board had warned them."
)
ARTICLE_TWO = "Spire resident Abel Kellan, a surveyor, said the cracks had grown. Kellan says the tilt is visible."


def test_a_shared_surname_is_no_alias_of_the_more_frequent_full_name():
    index = _index(
        [ARTICLE_ONE, ARTICLE_TWO],
        [(0, "Ruth Kellan", "person", 0), (0, "Abel Kellan", "person", 0), (0, "Ruth Kellan", "person", 1),
         (0, "Abel Kellan", "person", 1), (0, "Kellan", "person", 4), (0, "Ruth Kellan", "person", 2),
         (1, "Abel Kellan", "person", 0), (1, "Kellan", "person", 1)],
    )
    names = {e.name: e for e in index.everyone}  # the bare shared surname is not listed (entity_listing), only looked up
    # was: "Ruth Kellan" (3 mentions against 2) with the alias "Kellan", taking both bare mentions
    assert names["Ruth Kellan"].aliases == () and names["Abel Kellan"].aliases == ()
    # article two names only Abel: its bare mention is his; article one names both: it stays apart
    assert names["Abel Kellan"].mentions == {"a0": 2, "a1": 2}
    assert names["Ruth Kellan"].mentions == {"a0": 3}
    assert names["Kellan"].mentions == {"a0": 1}


def test_a_shared_surname_with_no_clear_referent_stays_its_own_name():
    text = "Kellan was not at the meeting. Ruth Kellan and Abel Kellan live on the ninth floor."
    index = _index([text], [(0, "Kellan", "person", 0), (0, "Ruth Kellan", "person", 0), (0, "Abel Kellan", "person", 0)])
    names = {e.name: e for e in index.everyone}
    assert set(names) == {"Kellan", "Ruth Kellan", "Abel Kellan"}
    assert {e.name for e in index.entities} == {"Ruth Kellan", "Abel Kellan"}  # not listed (entity_listing)
    assert names["Ruth Kellan"].aliases == () and names["Kellan"].mentions == {"a0": 1}


def test_one_person_under_two_full_names_is_one_owner():
    text = "Ruth Ann Kellan spoke first. Ruth Kellan said the board knew. Kellan left early."
    index = _index([text], [(0, "Ruth Ann Kellan", "person", 0), (0, "Ruth Kellan", "person", 0), (0, "Kellan", "person", 2)])
    assert [(e.name, e.aliases) for e in index.entities] == [("Ruth Ann Kellan", ("Kellan", "Ruth Kellan"))]


def test_one_person_under_two_spellings_is_one_owner():
    assert same_person("Matt Kellan", "Matthew Kellan") and same_person("Ines Kellán", "Ines Kellan")
    assert same_person("Kellan Ruth", "Ruth Kellan")
    assert not same_person("Ruth Kellan", "Abel Kellan") and not same_person("Abel Kellan", "Abel Dorne")
    text = "Matt Kellan spoke first. Matthew Kellan, the surveyor, said the board knew. Kellan left early."
    index = _index([text], [(0, "Matt Kellan", "person", 0), (0, "Matthew Kellan", "person", 0), (0, "Kellan", "person", 2)])
    assert "Kellan" not in {e.name for e in index.entities}  # joins one of them, as before


def test_context_rules_directly():
    shared = shared_owners({"Kellan": ["Ruth Kellan", "Abel Kellan"], "Ode": ["Ode Varn"], "Lesk": ["Matt Lesk", "Matthew Lesk"]}, lambda s: s)
    assert shared == {"Kellan": frozenset({"Ruth Kellan", "Abel Kellan"})}
    items = [
        (1, "x", 0, "Kellan", "Kellan"),  # both owners named in article x: stays
        (2, "x", 10, "Ruth Kellan", "Ruth Kellan"),
        (3, "x", 20, "Abel Kellan", "Abel Kellan"),
        (4, "x", 30, "Kellan", "Kellan"),  # the last owner named before it does not decide
        (5, "y", 0, "Kellan", "Kellan"),  # article y names only Ruth (after it)
        (6, "y", 9, "Ruth Kellan", "Ruth Kellan"),
        (7, "z", 0, "Kellan", "Kellan"),  # article z names neither: stays
    ]
    assert context_owners(items, shared) == {5: "Ruth Kellan"}


def test_an_owner_named_far_more_often_keeps_the_bare_name():
    text = (
        "Corin Vale opened the pier. Corin Vale cut the ribbon beside Mira Vale. Mayor Corin Vale spoke next. "
        "Corin Vale thanked the crews. Vale said the pier would stay open."
    )
    tagged = [(0, "Corin Vale", "person", 0), (0, "Corin Vale", "person", 1), (0, "Mira Vale", "person", 0),
              (0, "Corin Vale", "person", 2), (0, "Corin Vale", "person", 3), (0, "Vale", "person", 5)]
    index = _index([text], tagged)
    names = {e.name: e for e in index.entities}
    assert set(names) == {"Corin Vale", "Mira Vale"} and names["Corin Vale"].aliases == ("Vale",)
    # named about as often: the bare name stays apart
    index = _index([text.replace("Mayor Corin Vale", "Mayor Mira Vale")], tagged[:3] + [(0, "Mira Vale", "person", 1), (0, "Corin Vale", "person", 2), (0, "Vale", "person", 5)])
    assert "Vale" in {e.name for e in index.everyone} and "Vale" not in {e.name for e in index.entities}  # not listed (entity_listing)
