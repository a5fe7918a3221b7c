"""A US state's abbreviation and its full name are one place (session 24, brief E5).

A senator's tag "(W.Va.)" or "(R-Mass.)" is tagged as a place whose span drops the abbreviation's last period, and the
entity list showed "W.Va" beside "West Virginia" (AllSides dev 6005, the GOP infrastructure counteroffer): one state,
listed twice. `state_joins` joins an AP-style abbreviation (with or without its last period) to the full state name
when the story names that state in full; alone, the abbreviation stays as written (no name is made up).
Postal codes ("WV", "MA") are left alone: two capitals are too often something else ("IN", "OR", "ME").
"""

from __future__ import annotations

from typing import Callable

# AP style (the list `entity_tails` splits "<city> Va." at), each with its state.
_AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}


def state_name(surface: str) -> str | None:
    """'W.Va' or 'W.Va.' -> 'West Virginia'; None for anything that is not an AP state abbreviation."""
    text = surface.strip()
    return _AP_STATES.get(text if text.endswith(".") else text + ".")


def state_joins(kind_of: dict[str, str], root: Callable[[str], str]) -> dict[str, str]:
    """{abbreviation surface: full state name} for each place abbreviation whose state the story names in full.
    "Wash." is not in the table: "Washington" in a story that tags a senator "(D-Wash.)" is as often the capital."""
    out: dict[str, str] = {}
    for surface, kind in kind_of.items():
        full = state_name(surface) if kind == "place" else None
        if full and full != surface and kind_of.get(full) == "place" and root(surface) == surface:
            out[surface] = root(full)
    return out
