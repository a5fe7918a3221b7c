"""A bare name that two people of the story share ("Dodson" where Pat and Jerry Dodson are named).

`build_entities` joins a surname or first name alone to the one full person name it belongs to.
When two or more different people own it, the bare name is no alias of either (it stays a name of
its own, as a "Kim" beside a family word does); a MENTION of it is given to one owner only when its
article names only one of the owners (by any of their surfaces), else it stays with the bare name
(issue 12, session 9, from `entities_dev_m`'s "Pat Dodson" / "Dodson" merge).

Measured on the shared bare names of the gold clusters `entities_dev`-`_m` (each mention read by
hand; 3 surfaces with two different owners: "Trump" of Donald and Melania Trump, "Sandy" of the storm
and a cut "Md. Sandy", "Dodson"/"Jerry" of the Dodsons and Jerry Cauthen): "the article names only
one owner" was right 14 times in 14; "the last owner named before it in the article" 9 times in 24
(a "Trump" after "Melania Trump", a storm's "Sandy" after the cut "Md. Sandy", "the Dodson's"), so it
is not used. Where one owner is named at least three times as often as every other (Donald Trump 9
times against Melania Trump once; the storm 8 against the cut "Md. Sandy"), the bare name stays that
owner's alias, as before: splitting it left a "Trump" beside "Donald Trump" and a "Sandy" (19
mentions) beside "Superstorm Sandy" in the top 15; the Dodsons (11 and 10) and the two Jerrys (12
and 10) stay apart (`dominant_owners`; the factor 3 is a round number, not searched). Four more
shared surfaces there were ONE person under two full names ("Matt"/"Matthew
Lesser", "Mike"/"Michael Elliott", "Yulin"/"Yulín", a link text's "Trump Donald"): full names that
differ only by accents, by word order, or in one word whose two spellings start with the same
letter are one owner, and the bare name joins the more frequent one as before.
Pure functions over canonical names, no model.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def same_person(a: str, b: str) -> bool:
    """Two full names of one person: "Matt Lesser" / "Matthew Lesser", "Carmen Yulin Cruz" /
    "Carmen Yulín Cruz", "Trump Donald" / "Donald Trump"; not "Pat Dodson" / "Jerry Dodson"."""
    x, y = _fold(a).split(), _fold(b).split()
    if x == y or sorted(x) == sorted(y):
        return True
    if len(x) != len(y):
        return False
    differ = [(p, q) for p, q in zip(x, y) if p != q]
    return len(differ) == 1 and differ[0][0][:1] == differ[0][1][:1]


def shared_owners(candidates: dict[str, list[str]], root) -> dict[str, frozenset[str]]:
    """{bare surface: owners} for the surfaces whose candidate full names are two or more different
    people once their own joins are made (`root`: full name -> canonical name; "Jeremy Bernard
    Corbyn" and "Jeremy Corbyn" are one owner)."""
    out = {}
    for surface, owners in candidates.items():
        roots = sorted({root(o) for o in owners})
        people = [r for i, r in enumerate(roots) if not any(same_person(r, o) for o in roots[:i])]
        if len(people) >= 2 and not all(same_person(p, q) for p in people for q in people):
            out[surface] = frozenset(roots)
    return out


def context_owners(items, shared: dict[str, frozenset[str]], same=same_person) -> dict:
    """Per-mention owners of shared bare names. `items`: (key, article_id, start, bare surface,
    canonical name) for every kept mention; returns {key: owner} where the mention's article names
    one owner only (or only full names of one person)."""
    if not shared:
        return {}
    by_article: dict[str, list] = defaultdict(list)
    for item in items:
        by_article[item[1]].append(item)
    every_owner = frozenset().union(*shared.values())
    out = {}
    for rows in by_article.values():
        named = {name for _, _, _, bare, name in rows if name in every_owner and bare not in shared}
        for key, _, _, bare, name in rows:
            if bare in shared and name == bare:
                mine = sorted(named & shared[bare], key=len)
                if mine and all(same(mine[0], o) for o in mine):
                    out[key] = mine[0]
    return out


DOMINANT = 3  # an owner named at least this many times as often as any other keeps the bare name


def dominant_owners(shared: dict[str, frozenset[str]], items, in_context: dict) -> dict[str, str]:
    """{bare surface: owner} for shared bare names one owner dominates: its mentions in the story (by
    any of its own surfaces, plus bare mentions given to it by `context_owners`) are at least
    `DOMINANT` times those of every other owner, so the bare name stays its alias as before the
    split ("Trump" beside Donald Trump and a once-named Melania Trump; a storm's "Sandy" beside a cut
    "Md. Sandy"). Owners named about as often (the Dodsons: 11 and 10) keep the bare name apart."""
    named: Counter[str] = Counter(name for _, _, _, bare, name in items if bare not in shared)
    named.update(in_context.values())
    out = {}
    for surface, owners in shared.items():
        ranked = sorted(owners, key=lambda o: -named[o])
        if named[ranked[0]] >= DOMINANT * max(1, named[ranked[1]]):
            out[surface] = ranked[0]
    return out
