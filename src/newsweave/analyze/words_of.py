"""A quotation introduced as someone's own words (issue 12, session 20, brief D):

    The board is, to use Mayor Ada Vance's words, “out of its depth”.
    The pier was (in Vance's words) “a relic”; ... in the words of Ada Vance, “a relic”.

The phrase names whose words follow, but it has no speech verb, so the quotation stayed unknown
(story-level seed gold: one, seed22). The named one is the speaker when the phrase ends right
before the opening quotation mark (a closing bracket or a comma between at most) and the story
knows the name (there, or as the one person or body it calls so) as a person or a body; anything else (a name the tagger does not know, "in
other words", "his words") gives nothing.
"""

from __future__ import annotations

import re

_NAME = r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
_OWNED = re.compile(r"\b(?:[Ii]n|to (?:use|borrow|quote))\s+" + _NAME + r"[’']s?\s+(?:own\s+)?words\)?,?\s*(?:''|[\"“‘'])$")
_OF = re.compile(r"\b[Ii]n the (?:own\s+)?words of\s+" + _NAME + r"\)?,?\s*(?:''|[\"“‘'])$")


def words_owner(text: str, q_start: int, ctx) -> str | None:
    """Whose words the phrase right before the quotation at `q_start` says these are, else None."""
    lead = text[max(0, q_start - 120) : q_start]
    m = _OWNED.search(lead) or _OF.search(lead)
    if not m:
        return None
    at = q_start - len(lead) + m.start(1)
    kinds = ("person", "organization", "group")
    named = ctx.entity_at(at, at + len(m.group(1)), kinds)
    if named is None:  # the tagger missed the name here: the one person or body the story knows by it
        named = ctx.full_name(m.group(1))
    return named if ctx.kind(named) in kinds else None
