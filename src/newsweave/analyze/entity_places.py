"""Place and publication kinds decided from the story (issue 12, session 18: an editor's read).

Read as an editor would, the entity list of four unread AllSides stories had two wrong kinds
that no earlier rule covered:

- a city in a list of cities typed an organisation: "the major cities of <A> and <B>", where the
  tagger calls the first a place and the second an organisation. A one-word name that stands in a
  list (joined by commas, "and" or "or") right after a plural place noun and "of" ("cities of",
  "provincial capitals of", "the states of") is a place, unless an organisation word ends it
  ("Council", "Party", ...); the list must hold only capitalised names;
- a publication whose name starts with "Daily" typed a place or a person ("the Daily <Name>
  report"): newspapers and news sites named "Daily <X>" are organisations.

One country under two names ("America" listed beside "U.S.") was left here; after the gold was settled
(session 18, brief I) `entity_countries` joins them.

Pure string rules over one story's mentions (no model, no thresholds). Measured with
`benchmarks/analysis_timeline_entities.py` on every entity set vs 200aad0 (benchmarks/ANALYSIS.md,
"Session 18 (an editor's read)").
"""

from __future__ import annotations

import re

from .entity_kinds import _ORG_SUFFIX

# A plural place noun and "of" right before a list of names ("the major cities of", "provincial
# capitals of").
_PLACE_NOUN_OF = re.compile(
    r"(?:cities|towns|villages|provinces|capitals|states|countries|regions|districts|counties|islands|ports)"
    r"[ \xa0]+of[ \xa0]+$"
)
_NAME = r"[A-Z][\w'’.-]*(?:[ \xa0][A-Z][\w'’.-]*)*"
# The names of the list before the mention, each followed by a comma, "and" or "or".
_LIST_BEFORE = re.compile(rf"(?:{_NAME}(?:,[ \xa0]+(?:and[ \xa0]+|or[ \xa0]+)?|[ \xa0]+(?:and|or)[ \xa0]+))+$")
_LIST_AFTER = re.compile(rf"^(?:,[ \xa0]+(?:and[ \xa0]+|or[ \xa0]+)?|[ \xa0]+(?:and|or)[ \xa0]+){_NAME}")


def _in_place_list(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands in a list of names right after "cities of" (or
    another plural place noun), or is itself the first name after it with more names following."""
    before = text[max(0, start - 120) : start]
    if _PLACE_NOUN_OF.search(before):
        return bool(_LIST_AFTER.match(text[end : end + 60]))  # "cities of <name> and <name>": the first
    listed = _LIST_BEFORE.search(before)
    return bool(listed and _PLACE_NOUN_OF.search(before[: listed.start()]))


def kind_overrides(kind_of: dict[str, str], mentions, texts: dict[str, str], bare) -> dict[str, str]:
    """Surfaces whose kind the story's wording settles (see the module): a one-word name in a list of
    cities is a place; a "Daily <Name>" publication is an organisation."""
    out: dict[str, str] = {}
    for m in mentions:
        name = bare(m.text)
        kind = kind_of.get(name)
        if kind is None or name in out:
            continue
        words = name.split()
        if words[0] == "Daily" and len(words) >= 2 and kind in ("place", "person"):
            out[name] = "organization"  # "the Daily <Name> report"
        elif kind == "organization" and len(words) == 1 and not _ORG_SUFFIX.search(name) and _in_place_list(texts[m.article_id], m.start, m.end):
            out[name] = "place"  # "the major cities of <A> and <B>"
    return out

