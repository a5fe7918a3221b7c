"""Name-shape rules for entity merging: which surface form is a cut, padded or run-together copy of
another name in the same story. Pure string rules over the story's surfaces (no model), used by
`entities.build_entities`.

- a headline run into the next one ("... for Kim" + "Clapper: it is getting harder"): a two-word
  person name followed by a colon whose last word is another person's surname is cut to that word;
- an epithet before a full name ("Crooked Hillary Clinton"): a pejorative (or a word the text writes
  in lower case) in front of a full person name is not part of it;
- a compass word alone ("the North's media" beside "North Korea") joins the only place it starts;
- an institution cut before "of" ("Episcopal Diocese" + " of " + "Long Island") is extended to the
  place that follows;
- a surname tagged as a place ("Dunham" beside "Lena Dunham") joins the one person it ends;
- one bare name under two different titles ("Pope Francis", "Mr Justice Francis") is two people;
- an "X of Y" name's stem or tail ("Episcopal Diocese", "Diocese of Long Island") joins the longer
  name it is cut from.

Also the line helpers the merging uses to tell headline-case lines (`title_line`, `line_of`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

# General English pejoratives used as epithets before a name; not first names.
EPITHETS = frozenset(
    """crooked lyin lyin' lying crazy sleepy dirty corrupt phony fake shifty nasty little sneaky
    dopey goofy cryin cryin' crying""".split()
)
COMPASS = frozenset("north south east west northern southern eastern western".split())
_COLON_AFTER = re.compile(r"\s?:")
_LOWER_BEFORE = re.compile(r"(?<![\w'’-])[a-z][a-z'’]*[ \t]+$")


def headline_run_cut(surface: str, before: str, after: str, surnames: set[str]) -> str | None:
    """The part of a person mention to keep when it runs two headlines together, else None.

    `before` / `after`: the text right before / after the mention; `surnames`: the story's other
    person names of one word and last words of its other multi-word person names. "... do for Kim
    Clapper: It's getting ..." with "Clapper" named elsewhere -> "Clapper". A speaker label at a
    line's start ("Owen Marsh: we will ...") is left whole: the run needs a lower-case word before."""
    tokens = surface.split()
    if len(tokens) != 2 or not _COLON_AFTER.match(after) or not _LOWER_BEFORE.search(before):
        return None
    return tokens[-1] if tokens[-1] in surnames and tokens[-1] != tokens[0] else None


def without_epithet(surface: str, persons_full: set[str], common_word) -> str | None:
    """The full person name behind an epithet ("Crooked Hillary Clinton" -> "Hillary Clinton"), or None.

    The leading word must be a pejorative with two or more capitalised words after it, or a word the
    text writes in lower case (`common_word`) before a full name the story names on its own."""
    tokens = surface.split()
    if len(tokens) < 3:
        return None
    first = tokens[0].lower()
    if first not in EPITHETS and not (first.isalpha() and common_word(first)):
        return None
    rest = " ".join(tokens[1:])
    if rest in persons_full:
        return rest
    # A common word may be a first name ("Mark Anthony Turner"): alone it is not enough.
    return rest if first in EPITHETS and all(t[:1].isupper() for t in tokens[1:]) else None


def compass_owner(surface: str, places: list[str]) -> str | None:
    """'North' -> 'North Korea' when it is the only multi-word place the story names with that word first."""
    if surface.lower() not in COMPASS:
        return None
    owners = [p for p in places if len(p.split()) >= 2 and p.split()[0] == surface]
    return owners[0] if len(owners) == 1 else None


def surname_place_owner(surface: str, persons_full: list[str], articles_of) -> str | None:
    """The one full person name a one-word place-tagged surface is the surname of ("Dunham" -> "Lena
    Dunham"), when every article that writes the word also names that person in full; else None
    (a city named "Washington" in a story that also names a George Washington stays a place)."""
    owners = [p for p in persons_full if p.split()[-1] == surface]
    if len(owners) != 1 or not articles_of(surface) <= articles_of(owners[0]):
        return None
    return owners[0]


def of_name_owner(surface: str, names: list[str], count) -> str | None:
    """The longer 'X of Y' name a multi-word surface is cut from: its stem ('Episcopal Diocese' of
    'Episcopal Diocese of Long Island') or its tail ('Diocese of Long Island'); the most mentioned
    when several share the stem."""
    if len(surface.split()) < 2:
        return None
    stems = [n for n in names if n.startswith(surface + " of ")]
    tails = [n for n in names if " of " in surface and n.endswith(" " + surface) and n != surface]
    owners = stems or tails
    if not owners:
        return None
    return max(owners, key=lambda n: (count(n), len(n), n))


# Institution heads that take "of" + a place ("Diocese of ...", "University of ...").
OF_HEAD = re.compile(
    r"(?i)^(?:(?:arch)?diocese|church|university|college|school|institute|academy|museum|bank|department|ministry|"
    r"office|bureau|board|council|court|commission|committee|authority|society|association|federation|union|"
    r"state|republic|kingdom|province|county|city|district|port)$"
)


def of_place_end(surface: str, after: str, place_end_at, end: int) -> int | None:
    """Where an institution name cut before "of <place>" really ends, or None.

    `after`: text right after the mention (which ends at `end`); `place_end_at(pos)`: the end of the
    article's place mention starting at pos, or None."""
    if len(surface.split()) < 2 or not after.startswith(" of ") or not OF_HEAD.match(surface.split()[-1]):
        return None
    return place_end_at(end + 4)


_HONORIFICS = frozenset("mr mrs ms miss mx dr".split())
_SAME_TITLE = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "capt": "captain", "col": "colonel",
               "lt": "lieutenant", "sgt": "sergeant", "prof": "professor", "rev": "reverend", "cllr": "councillor"}


def _title_of(mention_text: str, before: str, name: str, titles) -> str | None:
    """The nearest title before a name, other than Mr/Mrs/Dr ("Mr Justice Francis" -> "justice")."""
    words = re.findall(r"[A-Za-z]+", before[-40:] + " " + mention_text)
    words = words[: len(words) - len(re.findall(r"[A-Za-z]+", name))]
    for word in reversed(words):
        low = word.lower()
        if low not in titles:
            return None
        if low not in _HONORIFICS:
            return _SAME_TITLE.get(low, low)
    return None


def titled_names(items, titles) -> dict:
    """Two people behind one bare name ("Pope Francis", "Mr Justice Francis" -> "Francis"): when the
    mentions of a one-word person name carry two or more different titles, each titled mention is
    named with its title ("Pope Francis", "Justice Francis"). `items`: (key, name, kind, mention
    text, text before it); returns {key: titled name}."""
    by_name: dict[str, dict] = {}
    for key, name, kind, mention_text, before in items:
        if kind == "person" and " " not in name:
            by_name.setdefault(name, {})[key] = _title_of(mention_text, before, name, titles)
    out = {}
    for name, per in by_name.items():
        if len({t for t in per.values() if t}) >= 2:
            out.update({key: f"{t.capitalize()} {name}" for key, t in per.items() if t})
    return out


def line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", max(0, pos - 300), pos) + 1
    end = text.find("\n", pos, pos + 300)
    return text[start : end if end >= 0 else min(len(text), pos + 300)]


_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with vs via as is".split())


def title_line(line: str) -> bool:
    """A headline-case line: three or more words, nearly all capitalised ("Full List: Hollywood's
    Highest-Paid TV Actresses", "PHOTO GALLERY …")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.9 * len(words)


_INITIAL = re.compile(r"[A-Z]\.")


def initial_owner(surface: str, persons_full: list[str]) -> str | None:
    """The one full person name an initialled form stands for ("D. Aune" -> "Dagfinn Aune", as a
    citation writes it), or None when no or several full names fit ("J. Hale" beside "Jon Hale"
    and "Joan Hale" stays apart)."""
    tokens = surface.split()
    if len(tokens) != 2 or not _INITIAL.fullmatch(tokens[0]):
        return None
    owners = [p for p in persons_full if p != surface and p.split()[-1] == tokens[1] and p.split()[0][:1] == tokens[0][0]
              and not _INITIAL.fullmatch(p.split()[0])]
    return owners[0] if len(owners) == 1 else None


def plural_owner(surface: str, names: list[str]) -> str | None:
    """The group a one-word member noun belongs to ("a Beatle" -> "Beatles", "a Democrat" ->
    "Democrats"): the story's name that is the word plus "s"; None for none."""
    if " " in surface or not surface[:1].isupper():
        return None
    return surface + "s" if surface + "s" in names else None


def reshape_mentions(kept: list, texts: dict[str, str], lower_word, strip_title) -> list:
    """Cut person mentions that run two headlines together or carry an epithet, and extend an organisation
    or place to "<name> of <place>" (moved here from `entities`, session 12)."""
    persons = {strip_title(m.text) for m in kept if m.kind == "person"}
    full = {p for p in persons if len(p.split()) >= 2}
    last_words = Counter(p.split()[-1] for p in persons)
    place_ends = {(m.article_id, m.start): m.end for m in kept if m.kind == "place"}
    out = []
    for m in kept:
        bare = strip_title(m.text)
        if m.kind in ("organization", "place"):
            text = texts[m.article_id]
            end = of_place_end(bare, text[m.end : m.end + 4], lambda pos: place_ends.get((m.article_id, pos)), m.end)
            if end:
                m = replace(m, end=end, text=text[m.start : end])
        if m.kind == "person" and len(bare.split()) >= 2:
            text, last = texts[m.article_id], bare.split()[-1]
            surnames = {last} if last_words[last] >= 2 else set()  # named by another person surface too
            part = headline_run_cut(bare, text[max(0, m.start - 40) : m.start], text[m.end : m.end + 2], surnames) or without_epithet(bare, full, lower_word)
            offset = m.text.rfind(part) if part else -1
            if offset >= 0:
                m = replace(m, start=m.start + offset, end=m.start + offset + len(part), text=part)
        out.append(m)
    return out
