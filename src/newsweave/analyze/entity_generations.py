"""A person named with and without a generational suffix: one person unless the story shows two.

One outlet writes a man's full formal name with a middle initial and a suffix ("Walter K. Ostrander Jr.") and
the others write "Walter Ostrander": `entities.build_entities` joined names by their first and last words, and
the last word of the formal one is the suffix, so one person was listed twice, in the entities and in who said
what (AllSides dev story 5848, found by brief E5, fixed in session 25, E6 item 1). A middle initial alone was
already joined (same first word, same last word).

The suffix is also what tells a son from his father of the same name, so the plain name joins the suffixed one
only when nothing in the story says two generations are in it:
- exactly one suffix is written with that first name and surname ("Jr." and "Sr." both written: two people,
  and the plain name stays apart as neither);
- no article writes both the plain and the suffixed name (a writer who names "X Jr." and "X" means two men);
- the story never shortens the suffixed name to the surname with the suffix ("Ostrander Jr.", "Mr. Ostrander
  Jr."): a suffix kept in a short form is the one thing telling two people apart;
- no article that writes either name has a father/son word (father, son, dad, namesake, the elder, the
  younger), nor is either name one a family word in its sentence belongs to (`entity_family`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .entity_edges import surname

_SUFFIXES = {"jr": "jr", "sr": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
_KIN = re.compile(r"(?i)\b(?:father|fathers|son|sons|dad|namesake|the elder|the younger)(?:'s|’s)?\b")
_TITLE_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Judge|President|Senator|Governor)\.?$")


def generation(name: str) -> str:
    """The name's generational suffix, normalised ("jr", "sr", "ii", ...), or '' for none."""
    tokens = name.split()
    return _SUFFIXES.get(tokens[-1].lower().rstrip(".,"), "") if len(tokens) >= 2 else ""


def _short_form_with_suffix(last: str, texts: Iterable[str]) -> bool:
    """Whether some text writes the surname and a suffix without a first name before it ("Ostrander Jr.")."""
    pattern = re.compile(rf"(\S*)\s+{re.escape(last)},?\s+(?:Jr|Sr|II|III|IV)\b\.?")
    for text in texts:
        for hit in pattern.finditer(text):
            before = hit.group(1)
            if not before[:1].isupper() or _TITLE_BEFORE.match(before) or before.endswith((".", ",", ";", ":")) and not re.fullmatch(r"[A-Z]\.", before):
                return True
    return False


def suffix_owner(surface: str, persons_full: list[str], articles_of: Callable[[str], set[str]], texts: dict[str, str],
                 guarded: set[str]) -> str | None:
    """The one suffixed full person name that the plain full name `surface` is a shorter form of ("Walter
    Ostrander" -> "Walter K. Ostrander Jr."), or None when the story shows or may show two generations.
    `articles_of(name)`: the ids of the articles writing it; `guarded`: names a family word belongs to."""
    tokens = surface.split()
    if len(tokens) < 2 or generation(surface):
        return None
    first, last = tokens[0], surname(surface)
    kin = [p for p in persons_full if p != surface and generation(p) and p.split()[0] == first and surname(p) == last]
    if not kin or len({generation(p) for p in kin}) != 1:
        return None
    if surface in guarded or any(p in guarded for p in kin):
        return None
    plain_articles = articles_of(surface)
    suffixed_articles = set().union(*(articles_of(p) for p in kin))
    if plain_articles & suffixed_articles:
        return None
    if any(_KIN.search(texts.get(a, "")) for a in plain_articles | suffixed_articles):
        return None
    if _short_form_with_suffix(last, texts.values()):
        return None
    return max(kin, key=lambda p: (len(articles_of(p)), len(p), p))
