"""A place abbreviation that ends a sentence, run by the tagger into the next sentence's first words.

"… flew back to the U.K. Mostly they …" and "… in Portmere, N.C. Ama Reed said …": the period of
"U.K." / "N.C." also ends the sentence, the tagger (and the sentence splitter) read on, and the story
lists "U.K. Mostly" or "N.C. Ama Reed", names the text never uses (the gold's *not a name* and *extra
words* kinds: "U.S. Fully" on `entities_dev_z6`, "D.C. <a person's name>" on `entities_dev_q`).

Rule: a mention "<A.B.> <rest>" (an abbreviation of capital letters and dots first) is cut to the
abbreviation when the story writes that abbreviation on its own elsewhere, and
- the rest is a name the tagger gives as a person elsewhere in the story: the rest is then a
  person mention of its own (a person's name never starts with a place abbreviation); or
- the rest is one word that the story also writes in lower case and that the tagger, reading it in
  lower case in its sentence, takes for a word no name ends in (an adverb, verb, pronoun,
  determiner, preposition, conjunction or number: "Fully", "Mostly", "There"); a noun or adjective
  ("U.N. Women", "U.S. Army", "U.S. Central") is never cut.
Initials before a surname ("J.R. Romano") are untouched: "J.R." is not written alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .doc_cache import run_steps

_ABBREVIATION = re.compile(r"(?:the\s+|The\s+)?((?:[A-Z]\.){2,})[ \xa0]+(\S.*)$")
_NOT_A_NAME_END = frozenset({"ADV", "VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "INTJ"})


def cut_run_on(mentions: list, texts: dict[str, str], load_nlp) -> list:
    """Mentions with run-on abbreviations cut (see the module docstring); `load_nlp()` gives the spaCy
    pipeline or None (the one-word case is then off); it is called only for a candidate."""
    story = "\n".join(texts.values())
    persons = {m.text for m in mentions if m.kind == "person"}
    kinds: dict[str, list[str]] = {}
    for m in mentions:
        kinds.setdefault(re.sub(r"^[Tt]he\s+", "", m.text), []).append(m.kind)
    out = []
    for m in mentions:
        hit = _ABBREVIATION.match(m.text)
        if not hit:
            out.append(m)
            continue
        abbr, rest = hit.group(1), hit.group(2)
        a_start = m.start + hit.start(1)
        r_start = m.start + hit.start(2)
        own = kinds.get(abbr, ["place"])
        kind = max(set(own), key=own.count)
        alone = len(re.findall(rf"(?<![\w.]){re.escape(abbr)}(?![\w])", story)) > story.count(f"{abbr} {rest}")
        if not alone:
            out.append(m)
        elif rest in persons:
            out.append(replace(m, start=a_start, end=a_start + len(abbr), text=abbr, kind=kind))
            out.append(replace(m, start=r_start, text=rest, kind="person"))
        elif " " not in rest and _ordinary_word(rest, texts[m.article_id], r_start, story, load_nlp):
            out.append(replace(m, start=a_start, end=a_start + len(abbr), text=abbr, kind=kind))
        else:
            out.append(m)
    return out


def _ordinary_word(word: str, text: str, start: int, story: str, load_nlp) -> bool:
    if not word.isalpha() or not re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", story):
        return False
    nlp = load_nlp()
    if nlp is None:
        return False
    left = max(text.rfind(". ", 0, max(0, start - 2)) + 2, start - 200, 0)
    right = min(len(text), start + 200)
    piece = text[left:start] + word.lower() + text[start + len(word) : right]
    doc = run_steps(nlp, [piece])[0]
    token = next((t for t in doc if t.idx == start - left), None)
    return token is not None and token.pos_ in _NOT_A_NAME_END
