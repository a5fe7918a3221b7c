"""One name written with and without the periods of its initials is one entity (session 28, brief E8).

An editor's read of `newsweave analyze` on AllSides dev 5679 (the 500 million vaccine doses) found "U.N. General
Assembly" (2 mentions) listed beside "UN General Assembly" (1): one body, twice. `entities.build_entities` already joined
the case variants of a name ("Labour party" / "Labour Party") under the more frequent spelling, and "US" / "U.S." on
their own (`entity_countries`), but a multi-word name with dotted initials inside found no partner. `spelling_key` is
the key of that case join with the period after a lone capital letter dropped ("U.N." -> "un", "George W. Bush" ->
"george w bush"), so two spellings of one name differing only in those periods join; nothing else changes (a period
after a longer word, "St." or "Mr.", is kept, and names that differ in any letter stay apart). A one-word name keeps
its periods: "U.S." / "US" and the other country names are `entity_countries`' table (its tie order decides the name).

Measured (tuning data, `analysis_timeline_entities.py --baseline d8b9be0`, 34 entity sets): see benchmarks/ANALYSIS.md,
"Session 28 (an editor's hour ...; brief E8)".
"""

from __future__ import annotations

import re

_INITIAL_DOT = re.compile(r"(?<![A-Za-z])([A-Z])\.")


def spelling_key(surface: str) -> str:
    """'U.N. General Assembly' and 'UN General Assembly' -> 'un general assembly' (case and initials' periods aside)."""
    if len(surface.split()) >= 2:
        surface = _INITIAL_DOT.sub(r"\1", surface)
    return surface.lower().replace("’", "'")
