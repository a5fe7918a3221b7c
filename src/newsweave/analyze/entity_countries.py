"""One country, one entity: the names a story gives one country are joined (issue 12, session 18).

An editor reads "the United States", "U.S.", "US", "USA" and "America" as one country; the tagger
gives each its own mention and the acronym rule of `entities.build_entities` joins only "US" to
"United States", so a story listed "America" beside "U.S." (an editor's read of `allsides-5740`,
session 18). The entity gold says the same (benchmarks/gold/README.md, "One country, one name",
settled in session 18 over all 34 entity sets).

The rule is a fixed table of the second names of countries (not one story's names): when a story's
surfaces hold two or more names of one country, each of them that heads its own group (or is joined
only to another name of that country) joins the group of the most-mentioned one (a tie: the first
in its table row, "United States" before "U.S." before "America"). Only exact names
join: an adjective ("American", "British"), a plural ("Americans") or a country word inside a longer
name ("Bank of America", "U.S. Senate") is not in the table. A surface typed a person or a group
never joins (a "Jordan" who is a person is not the country).

Measured with `benchmarks/analysis_timeline_entities.py` on all 34 entity sets vs 200aad0 in one run
(benchmarks/ANALYSIS.md, "Session 18 (entities: one country, one name)"); no threshold, one table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

# Each line: the names of one country as stories write them (compared after dropping dots, case kept
# for the acronyms, so the pronoun "us" is never the country). "the States" is a name of the United
# States too, but its bare "States" is not (a cut piece of "United States", a sentence's "States").
_COUNTRIES = (
    ("United States", "United States of America", "U.S.", "U.S.A.", "US", "USA", "America"),
    ("United Kingdom", "U.K.", "UK", "Britain", "Great Britain"),
    ("United Arab Emirates", "U.A.E.", "UAE"),
    ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    ("South Korea", "Republic of Korea"),
    ("China", "People's Republic of China", "PRC"),
    ("Russia", "Russian Federation"),
    ("Czech Republic", "Czechia"),
    ("Myanmar", "Burma"),
    ("Turkey", "Türkiye"),
    ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
)


def _key(surface: str) -> str:
    return surface.replace(".", "").replace("’", "'").strip()


COUNTRY_OF: dict[str, tuple[int, int]] = {_key(name): (i, j) for i, names in enumerate(_COUNTRIES) for j, name in enumerate(names)}


def country_of(surface: str) -> int | None:
    """The table row of a country name ("U.S." and "America" -> the same row), else None."""
    found = COUNTRY_OF.get(_key(surface))
    return None if found is None else found[0]


def _order(surface: str) -> int:
    """Its place in its row: on a tie of mentions the head is the name written first there
    ("United States" before "U.S." before "America")."""
    return -COUNTRY_OF[_key(surface)][1]


def country_joins(kind_of: Mapping[str, str], count: Callable[[str], int], root: Callable[[str], str]) -> dict[str, str]:
    """{surface: head} for the second names of a country a story also names otherwise.

    `kind_of`: surface -> kind; `count`: surface -> mentions; `root`: surface -> the head of the group
    the other rules put it in. A country name whose group is headed by a name that is not of the same
    country (it was joined elsewhere) is left where it is."""
    by_country: dict[int, set[str]] = {}
    for surface, kind in kind_of.items():
        row = country_of(surface)
        if row is None or kind in ("person", "group"):
            continue
        head = root(surface)
        if country_of(head) == row and kind_of.get(head) not in ("person", "group"):
            by_country.setdefault(row, set()).add(head)
    joins: dict[str, str] = {}
    for heads in by_country.values():
        if len(heads) < 2:
            continue
        best = max(heads, key=lambda h: (count(h), _order(h), h))
        joins.update({h: best for h in heads if h != best})
    return joins
