"""The role an abbreviated title gives a person (issue 12, session 16): "Sen. Ada Vance" was
introduced as a senator, so a later "the senator said" is Vance when she is the one senator the
article named so (the existing rule of `ArticleContext.person_by_role`).

Why: `ArticleContext._role_words` reads the title words before a name up to the last full stop,
so an abbreviated title ("Sen.", "Gov.", "Rep.") was cut off and the person had no role; "the
senator said" then stayed unknown. Only the abbreviations whose role noun is unambiguous are
expanded; a full title ("Senator Ada Vance") was already read. The person must still be the only
one the article introduced with that abbreviation, so two senators give no one (a full title
keeps the existing rule: the last one introduced before).

Measured with benchmarks/quote_precision.py and quote_quality.py against a14b5b4
(benchmarks/ANALYSIS.md, "Session 16 (role nouns)").
"""

from __future__ import annotations

import re

# Abbreviated title -> the role nouns a later reference uses for that person.
_TITLES = {
    "sen": ("senator",),
    "gov": ("governor",),
    "rep": ("representative", "congressman", "congresswoman"),
}
# The abbreviation right before the name (the mention may also start with it).
_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:(Lt)\.\s+)?(Sen|Gov|Rep)\.\s*$")


def title_roles(before: str) -> set[str]:
    """Role words ("senator", and "+senator" for modifier matching) that the abbreviated title
    ending `before` (the text right before a person's name) gives that person; empty if none."""
    m = _BEFORE.search(before)
    if not m:
        return set()
    if m.group(1):
        return set()  # "Lt. Gov. Ada Vance" is not "the governor"
    nouns = _TITLES[m.group(2).lower()]
    return set(nouns) | {"+" + n for n in nouns}


def with_title_roles(text: str, roles: list[tuple[int, set[str], str]]) -> list[tuple[int, set[str], str]]:
    """`roles` ((position, role words, name) of each person mention) with the roles of an
    abbreviated title added, for a title that exactly one person of the article carries."""
    titled = [(k, title_roles(text[max(0, s - 12) : s])) for k, (s, _, _) in enumerate(roles)]
    holders: dict[str, set[str]] = {}
    for k, words in titled:
        for w in words:
            holders.setdefault(w, set()).add(roles[k][2])
    out = list(roles)
    for k, words in titled:
        sole = {w for w in words if len(holders[w]) == 1}
        if sole:
            s, own, name = roles[k]
            out[k] = (s, own | sole, name)
    return out
