"""Entity merging and typing rules on fictional text, with the tagger's mentions written by hand
(so the rules, not the statistical tagger, are under test)."""

from newsweave.analyze.entities import Mention, build_entities
from newsweave.text.segment import segment
from newsweave.types import Article


def _index(text: str, tagged: list[tuple[str, str, int]]):
    """`tagged`: (surface, kind, occurrence) -> a Mention at that occurrence of the surface."""
    doc = segment(Article(id="a1", outlet="Portmere Post", text=text))
    mentions = []
    for surface, kind, nth in tagged:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(surface, pos + 1)
        mentions.append(Mention("a1", pos, pos + len(surface), surface, kind))
    return build_entities((doc,), mentions)


def _kinds(index) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities}


def test_a_daughter_is_not_merged_with_her_father():
    text = (
        "Dara Quill is known to have her father's ear on harbour matters. "
        "President Quill asked the council to fund the pier. Mr. Quill's plan would cost six million."
    )
    index = _index(text, [("Dara Quill", "person", 0), ("Quill", "person", 1), ("Quill", "person", 2)])
    names = {e.name: e for e in index.entities}
    assert set(names) == {"Dara Quill", "Quill"}
    assert names["Quill"].kind == "person" and names["Dara Quill"].aliases == ()


def test_a_surname_joins_the_only_full_name_without_a_relative():
    text = "Owen Marsh opened the yard on Monday. Marsh said the cranes were safe."
    index = _index(text, [("Owen Marsh", "person", 0), ("Marsh", "person", 1)])
    assert [(e.name, e.aliases) for e in index.entities] == [("Owen Marsh", ("Marsh",))]


def test_father_and_son_with_full_names_stay_two_people():
    text = "Owen Marsh took over the yard from his father, Peter Marsh, in the spring. Owen Marsh said the cranes were safe."
    index = _index(text, [("Owen Marsh", "person", 0), ("Peter Marsh", "person", 0), ("Owen Marsh", "person", 1)])
    assert sorted(e.name for e in index.entities) == ["Owen Marsh", "Peter Marsh"]


def test_an_administration_and_a_white_house_are_organisations():
    text = "The Halvard administration defended the tariff. Aides in the Halvard White House said the tariff would stay."
    index = _index(text, [("Halvard administration", "person", 0), ("Halvard White House", "person", 0)])
    assert _kinds(index) == {"Halvard administration": "organization", "Halvard White House": "organization"}


def test_credits_copyright_and_link_text_are_not_entities():
    text = (
        "Enlarge icon Pinterest icon Facebook icon Close icon\n\n"
        "The ferry Marigold ran aground near Portmere on Friday, the coastguard said.\n\n"
        "Ilse Varga/Northwind Pictures\n\n"
        "© 2031 Portmere Gazette"
    )
    index = _index(
        text,
        [("Pinterest", "organization", 0), ("Facebook", "organization", 0), ("Portmere", "place", 0),
         ("Ilse Varga/Northwind Pictures", "person", 0), ("Portmere Gazette", "organization", 0)],
    )
    assert [e.name for e in index.entities] == ["Portmere"]


def test_a_name_split_across_a_line_break_or_dash_is_cut():
    text = "Both live in Essex - Barbara in Dovermoor.\n\nThey met on Quay Road\n\nSTOLEN BICYCLES were found."
    index = _index(text, [("Essex - Barbara", "place", 0), ("Quay Road\n\nSTOLEN BICYCLES", "organization", 0)])
    assert _kinds(index) == {"Essex": "place", "Quay Road": "place"}


def test_headline_case_lines_and_lowercase_phrases_are_not_names():
    text = (
        "For Date Night, Lena Shore Took Her Husband To The Mariners Ball\n\n"
        "Lena Shore was charged with Unlawful Entry. Police said unlawful entry charges are rare, "
        "and an unlawful entry is hard to prove."
    )
    index = _index(
        text,
        [("Mariners Ball", "organization", 0), ("Lena Shore", "person", 0), ("Lena Shore", "person", 1), ("Unlawful Entry", "organization", 0)],
    )
    assert _kinds(index) == {"Lena Shore": "person"}


def test_a_pair_label_counts_less_than_each_names_own():
    text = "Tova Lind and Ada Rhee tie for first place. Tova Lind also writes the show."
    index = _index(text, [("Tova Lind and Ada Rhee", "organization", 0), ("Tova Lind", "person", 1)])
    assert _kinds(index)["Tova Lind"] == "person"


def test_a_title_alone_is_not_a_name_and_an_inner_possessive_is_kept():
    text = "Sgt. Ned Farrow said the Court of King's Bench heard the case. Sgt Farrow added nothing."
    index = _index(text, [("Sgt", "person", 0), ("Ned Farrow", "person", 0), ("Court of King", "organization", 0), ("Farrow", "person", 1)])
    assert _kinds(index) == {"Ned Farrow": "person", "Court of King's Bench": "organization"}
