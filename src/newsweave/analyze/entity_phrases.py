"""Phrases the tagger takes for names: span repairs on its raw mentions (issue 12, session 10).

Kinds read from the first-run errors of entities_dev_n (and the "Super" of "Super Tuesday" in
entities_dev_k). Each rule is a pure string rule over one story's mentions and texts (no model),
applied by `entity_spans.trim` and `entity_spans.repair_mentions`:

- a parenthesis or square bracket (part 5: "Vladimir] Putin") never sits inside a name: a credit glued to the next word with no space
  ("(CNN)The US announced") is cut off ("The US"), and a name runs up to an opening parenthesis
  ("Ola Brand (D" -> "Ola Brand");
- a named day is a date, not an entity: a non-person mention whose last word is "Day" or "Eve"
  ("Armenian Genocide Remembrance Day", "Election Day"), a person's name with a suffix and "Day"
  ("Martin Luther King Jr. Day", checked again after the suffix join), or a day word right before a
  weekday ("Super" of "Super Tuesday", "Black Friday");
- a portfolio word right before a cabinet title ("Energy Secretary Jennifer Granholm", "Treasury
  Minister") is part of the title, unless the story writes the word as a name elsewhere ("the
  Treasury paid") or it is an abbreviation ("UN Secretary General") or a chamber ("House");
- a disease is a term, not a name (a short closed list of the epidemics news names: "COVID-19",
  "Ebola", "HIV"; gold rule of entities_dev_l, leftovers of entities_dev_m);
- "the <country> administration" is that country, not an administration named after a person
  (see `entity_spans.extend_administration`, which asks `place_word`).
"""

from __future__ import annotations

import re
from dataclasses import replace

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Words that make a weekday a named day ("Super Tuesday", "Good Friday", "Palm Sunday"): a closed list.
_DAY_WORDS = frozenset("super black cyber good ash fat palm easter holy maundy shrove giving bloody".split())
_DAY_END = re.compile(r"(?:^|\s)(?:Day|Eve|" + _WEEKDAY + r")$")
_DAY_AFTER = re.compile(r"[ \xa0](?:" + _WEEKDAY + r")\b")
_CABINET_TITLE = re.compile(r"[ \xa0](?:Secretary|Minister|Commissioner|Czar)\b")
_DISEASE = re.compile(
    r"(?i)(?:covid(?:-?19)?|coronavirus|novel coronavirus|sars(?:-cov-?2)?|mers|ebola|zika|hiv|aids|hiv/aids|h1n1|h5n1|"
    r"influenza|measles|polio|malaria|tuberculosis|cholera|monkeypox|mpox)"
)
_CHAMBERS = frozenset("house senate congress parliament commons assembly council cabinet".split())


def cut_at_paren(m):
    """'CNN)The US' -> 'The US' (a credit glued to the next word); 'Ola Brand (D' -> 'Ola Brand'.
    Returns None when nothing of a name is left."""
    text, start = m.text, m.start
    for opening, closing in ("()", "[]"):  # an editor's insertion: "[Vladimir] Putin" -> "Putin"
        close = text.find(closing)
        if close >= 0 and opening not in text[:close]:
            rest = text[close + 1 :]
            start += len(text) - len(rest.lstrip())
            text = rest.strip()
        open_ = text.find(opening)
        if open_ >= 0 and closing not in text[open_:]:
            text = text[:open_].rstrip()
    if text == m.text:
        return m
    if not text or not any(c.isalpha() for c in text):
        return None
    return replace(m, start=start, end=start + len(text), text=text)


def named_day(m, text: str) -> bool:
    """A non-person mention that names a day: '… Remembrance Day', 'Christmas Eve', 'Super' + ' Tuesday'."""
    words = m.text.split()
    if m.kind == "person":  # "Doris Day" is a person; "Martin Luther King Jr. Day" is a day
        return len(words) >= 2 and words[-1] in ("Day", "Eve") and words[-2] in ("Jr.", "Sr.", "Jr", "Sr")
    if len(words) >= 2 and _DAY_END.search(m.text):
        return True
    return words[-1].lower() in _DAY_WORDS and bool(_DAY_AFTER.match(text, m.end)) if words else False


def disease_term(m) -> bool:
    """'COVID-19' (which the small tagger calls an organisation), 'Ebola': a disease, not an entity."""
    return bool(_DISEASE.fullmatch(re.sub(r"(?:'s|’s)$", "", m.text.strip())))


def portfolio_words(mentions: list, texts: dict[str, str]) -> list:
    """Drop a one-word organisation mention that is only the portfolio of a cabinet title ("Energy"
    of "Energy Secretary"): not when the story writes that word alone anywhere ("the Treasury
    paid"), nor for an abbreviation or a chamber."""
    out = []
    for m in mentions:
        word = m.text.strip()
        text = texts[m.article_id]
        if (m.kind == "organization" and " " not in word and word.isalpha() and not word.isupper()
                and word.lower() not in _CHAMBERS and _CABINET_TITLE.match(text, m.end)):
            if not any(_alone(t, hit.start(), hit.end()) for t in texts.values()
                       for hit in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", t)):
                continue
        out.append(m)
    return out


def _alone(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] stands alone: no capitalised word right after it, none right
    before it but "The" ("the Treasury paid", not "Harbour Board" or "Department of Energy")."""
    after = re.match(r"[ \xa0]+([\w(]+)", text[end : end + 30])
    if after and after.group(1)[:1].isupper() or re.match(r"[ \xa0]+of\b", text[end : end + 5]):
        return False
    before = re.search(r"([\w.'’-]+)[ \xa0]+$", text[max(0, start - 30) : start])
    return not before or not before.group(1)[:1].isupper() or before.group(1) == "The"


def place_word(m, mentions_kinds: dict[str, set[str]]) -> bool:
    """A mention the tagger typed a place and never a person anywhere in the story ("US" of "the US
    administration"), so "<it> administration" is the country's government, not a name."""
    return m.kind == "place" and "person" not in mentions_kinds.get(m.text.strip(), set())
