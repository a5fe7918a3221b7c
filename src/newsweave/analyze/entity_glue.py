"""Words glued onto a name that the rest of the story shows are not part of it (issue 12, session 15).

Pure string rules over one story's repaired mentions (no model), applied last by
`entity_spans.repair_mentions`. Each asks the whole story, not a word list, whether the glued words
belong to the name (the first rule asks the term list the project already keeps):

- a disease term at a name's end is not part of it: "White House" + " COVID-19" (of "White House
  COVID-19 coordinator") -> "White House"; in a name with a function word it stays ("… Programme on
  HIV/AIDS"); the term list is `entity_phrases`' closed list of epidemics, which the story's own
  mentions already drop when they stand alone;
- a person's surname before an institution's name is its owner, not part of it: "Trump Justice
  Department" (a "former Trump Justice Department official") -> "Trump" (a person) and "Justice
  Department", when the story tags that person elsewhere and writes the institution as a mention of
  its own; "Trump administration" and "Obama Foundation" stay whole (the story never tags
  "administration" or "Foundation" alone).

Tried and dropped: the words right before an office title and its holder's name ("Public Health" of
"Public Health Director …") as no name: it also dropped "Health and Human Services" (of "Health and
Human Services Secretary …"), a gold organisation on another set.

Found on the first run of `entities_dev_z5` (fresh AllSides stories, session 15), each a form of a
kind pooled over earlier first runs (words glued on, two names run together, an office's words taken
for a name; benchmarks/ANALYSIS.md, "Session 14" and "Session 15"). Measured on all 30 entity gold
sets at once (ANALYSIS.md "Session 15" has the figures and what each rule costs).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_phrases import _DISEASE


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[ \xa0]+", text.strip()) if w]


def cut_term_tail(m):
    """'White House COVID-19' -> 'White House': a disease term after capitalised words only ends the
    name before it; in a name with a function word or a comma it is part of the name ("… Programme
    on HIV/AIDS", "… Fund to Fight AIDS, Tuberculosis and Malaria")."""
    words = _words(m.text)
    if m.kind == "person" or len(words) < 2 or not _DISEASE.fullmatch(re.sub(r"(?:'s|’s)$", "", words[-1])):
        return m
    if any(not w[:1].isupper() or w.endswith(",") or _DISEASE.fullmatch(w) for w in words[:-1]):
        return m  # a formal name with a function word, a list of terms
    head = m.text[: m.text.rstrip().rfind(words[-1])].rstrip(" \xa0")
    return replace(m, end=m.start + len(head), text=head)


def split_owner(m, surfaces: set[str], surnames: set[str]) -> list:
    """'Trump Justice Department' -> ['Trump' (person), 'Justice Department'] when the first word is a
    person's name the story tags and the rest is a mention of its own elsewhere."""
    words = _words(m.text)
    if m.kind == "person" or len(words) < 3 or words[0] not in surnames:
        return [m]
    rest_at = m.text.find(words[1], len(words[0]))
    rest = m.text[rest_at:]
    if rest.rstrip() not in surfaces:
        return [m]
    owner = replace(m, end=m.start + len(words[0]), text=words[0], kind="person")
    return [owner, replace(m, start=m.start + rest_at, text=rest)]


def unglue(mentions: list, texts: dict[str, str]) -> list:
    """The two rules above over one story's mentions (order kept)."""
    surfaces = {m.text.strip() for m in mentions}
    persons = [_words(m.text) for m in mentions if m.kind == "person"]
    surnames = {w[-1] for w in persons if w} | {w[0] for w in persons if len(w) == 1}
    out = []
    for m in mentions:
        for piece in split_owner(cut_term_tail(m), surfaces, surnames):
            out.append(piece)
    return out
