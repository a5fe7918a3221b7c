"""Session 25 (brief E6 item 1, from an editor's read of AllSides dev 5848): one man listed twice, once by the formal
name one outlet wrote (middle initial and "Jr.") and once by the plain name the others wrote. A plain name now joins
the suffixed one unless the story shows two generations (`analyze/entity_generations.py`). Fictional text."""

from __future__ import annotations

import newsweave
from newsweave.analyze.entity_generations import generation, suffix_owner
from newsweave.types import Article

FORMAL = ("Walter K. Ostrander Jr., a longtime friend of Governor Ines Calloway, was arrested in Marrowby on Tuesday "
          "on charges of hiding payments from a harbour fund. Mr. Ostrander, 71, denied any wrongdoing through a lawyer.")
PLAIN_1 = ("Walter Ostrander, who ran the harbour fund for Calloway, was charged Tuesday with hiding payments. "
           "Prosecutors said Ostrander moved the money through two shell firms in Dunmere.")
PLAIN_2 = ("Walter Ostrander appeared in a Marrowby court on Tuesday afternoon. Ostrander, 71, is due back in court "
           "next month, and his lawyer said he would fight the charges.")


def _people(*texts: str) -> dict[str, object]:
    arts = [Article(id=f"a{i}", outlet=f"Outlet {i}", text=t) for i, t in enumerate(texts)]
    return {e.name: e for e in newsweave.analyze(arts, words=60).entities if e.kind == "person"}


def test_plain_and_formal_name_are_one_person():
    people = _people(FORMAL, PLAIN_1, PLAIN_2)
    ostranders = [n for n in people if "Ostrander" in n]
    assert ostranders == ["Walter K. Ostrander Jr."], ostranders
    assert set(people["Walter K. Ostrander Jr."].mentions) == {"a0", "a1", "a2"}


def test_father_and_son_both_named_stay_apart():
    senior = "Robert Pellam Sr. founded the Dunmere ferry line in 1970 and sold it last year to a rival firm."
    junior = "Robert Pellam Jr. now runs the Dunmere ferry line and said fares would rise in the spring."
    plain = "Robert Pellam said on Monday that the Dunmere ferry would keep its winter timetable."
    people = _people(senior, junior, plain)
    assert {"Robert Pellam Sr.", "Robert Pellam Jr."} <= set(people), sorted(people)
    assert "Robert Pellam Jr." not in people["Robert Pellam Sr."].aliases


def test_the_rule_itself():
    texts = {"a": "Walter K. Ostrander Jr. was arrested.", "b": "Walter Ostrander was charged.", "c": "Greta Ostrander spoke."}
    where = {"Walter K. Ostrander Jr.": {"a"}, "Walter Ostrander": {"b"}, "Greta Ostrander": {"c"}}.__getitem__
    full = list(where.__self__)
    assert generation("Walter K. Ostrander Jr.") == "jr" and generation("Robert Pellam III") == "iii" and generation("Walter Ostrander") == ""
    assert suffix_owner("Walter Ostrander", full, where, texts, set()) == "Walter K. Ostrander Jr."
    assert suffix_owner("Greta Ostrander", full, where, texts, set()) is None  # another first name: another person
    # the same article writing both names: two men
    both = {**texts, "b": "Walter Ostrander was charged; Walter K. Ostrander Jr. was not."}
    assert suffix_owner("Walter Ostrander", full, {**where.__self__, "Walter K. Ostrander Jr.": {"a", "b"}}.__getitem__, both, set()) is None
    # a short form keeping the suffix ("Ostrander Jr.") tells two generations apart
    short = {**texts, "a": "Walter K. Ostrander Jr. was arrested. Mr. Ostrander Jr. said nothing."}
    assert suffix_owner("Walter Ostrander", full, where, short, set()) is None
    # a father/son word in an article naming either
    kin = {**texts, "b": "Walter Ostrander, whose son runs the fund, was charged."}
    assert suffix_owner("Walter Ostrander", full, where, kin, set()) is None
    # "Jr." and "Sr." both written: the plain name may be either
    two = [*full, "Walter Ostrander Sr."]
    assert suffix_owner("Walter Ostrander", two, {**where.__self__, "Walter Ostrander Sr.": {"c"}}.__getitem__, texts, set()) is None
    # a family word that belongs to one of the names (entity_family)
    assert suffix_owner("Walter Ostrander", full, where, texts, {"Walter Ostrander"}) is None
