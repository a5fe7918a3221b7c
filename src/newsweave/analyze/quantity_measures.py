"""What a number in a sentence is about: the event class near it ("killed", "injured", "expected",
...) or, for a length, the dimension it gives of a thing ("size", "height", "depth", "distance").
Split from `quantities` (which re-exports these names under their old private ones); also holds
the hedges before a number ("more than", "up to", "about"), which both the range reading there and
the measure reading here use.

The death words are whole words or their inflections, not the start of any word: "die" is
"die"/"dies", not "diet", "diesel" or "San Diego"; "dead" is not "deadline"; "toll" is not
"tollway"; "lives" is not "livestock". So are the other event words: "settle" is not "settlement",
"burn" not "Burnley", "total" not "totalitarian", "hurt" not "hurtle", "sink" not "sinkhole".
"""

from __future__ import annotations

import re

HEDGE_BEFORE = [
    (re.compile(r"(?:more than|over|at least|upwards of|in excess of|exceeding|above|a minimum of)\s*$", re.I), "ge"),
    (re.compile(r"(?:up to|as strong as|as strong as magnitude|as high as|as large as|as many as|as much as|at most|no more than|less than|fewer than|under|below|a maximum of)\s*$", re.I), "le"),
    (re.compile(r"(?:nearly|almost|close to|just under|just shy of)\s*$", re.I), "near"),
    (re.compile(r"(?:about|around|roughly|approximately|some|an estimated|estimated|approx\.|circa|just over|more or less|upward of)\s*$", re.I), "about"),
]

# Event words near a number: what happened to the counted things (one class per line).
MEASURES = [
    # Whole words or their inflections, not the start of any word ("diet", "settlement", "Burnley").
    ("killed", r"kill(?:s|ed|ing|ings|ers?)?\b|dead(?:ly|lier|liest)?\b|deaths?\b|died\b|dies?\b|fatal(?:ly|ity|ities)?\b|lives\b|perish(?:es|ed|ing)?\b|tolls?\b(?![\s-]+(?:road|way|booth|plaza|bridge|lane|free|tunnel)\w*)|claimed\b"),
    ("injured", r"injur(?:e[ds]?|ies|y|ing)\b|wound(?:s|ed|ing)?\b|hurt(?:s|ing)?\b|hospitali[sz](?:e[ds]?|ing|ations?)\b"),
    ("rescued", r"rescu(?:e[ds]?|ing|ers?)\b|plucked\b|pulled from\b|saved\b"),
    ("missing", r"missing\b|unaccounted\b"),
    ("arrested", r"arrest(?:s|ed|ing)?\b|detain(?:s|ed|ing|ees?)?\b|charged\b"),
    ("evacuated", r"evacu(?:at(?:e[ds]?|ing|ions?)|ees?)\b|displac(?:e[ds]?|ing|ements?)\b|homeless(?:ness)?\b|shelter(?:s|ed|ing)?\b"),
    ("cancelled", r"cancel(?:s|led|ed|ling|ing|lations?|ations?)?\b"),
    ("expected", r"expect(?:s|ed|ing|ations?)?\b|forecast(?:s|ed|ing|ers?)?\b|predict(?:s|ed|ing|ions?)?\b|consensus\b|surveyed\b|polled\b|anticipat(?:e[ds]?|ing|ions?)\b"),
    ("revised", r"revis(?:e[ds]?|ing|ions?)\b"),
    ("destroyed", r"destroy(?:s|ed|ing)?\b|reduced .* to ash(?:es)?\b|burn(?:s|ed|t|ing)?\b|razed\b"),
    ("damaged", r"damag(?:e[ds]?|ing)\b"),
    ("sinking", r"sink(?:s|ing)?\b|sank\b|sunk(?:en)?\b|settl(?:e[ds]?|ing)\b"),
    ("tilt", r"tilt(?:s|ed|ing)?\b|lean(?:s|ed|ing|t)?\b"),
    ("aftershock", r"aftershocks?\b|tremors?\b"),
    ("total", r"of the$|of$|out of$|totals?\b|total(?:l)?ed\b|total(?:l)?ing\b"),
]
LENGTH_MEASURES = [("depth", re.compile(r"\b(?:depths?|deep|below|beneath|under)\b", re.I)),
                   ("distance", re.compile(r"\b(?:away|from|north|south|east|west|off the|distance|miles? (?:of|to))\b", re.I))]
MEASURE_RES = [(name, re.compile(rf"\b(?:{pat})", re.I)) for name, pat in MEASURES]
_EXPECT_MONEY = re.compile(r"\b(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ed|ing|ers?)?|predict(?:s|ed|ing|ions?)?|consensus)\b", re.I)


def measure(text: str, start: int, end: int, unit: str, *, aside: bool = False) -> str:
    """The event class nearest to the number (within a short window), or "". `aside`: read past
    an "including ..." aside after the number ("28 Palestinians, including nine children, have
    been killed")."""
    if re.search(r"\bof(?: the)?\s*$", text[max(0, start - 8): start]):
        return "total"  # "157 of 338 seats": 338 is the whole, not the count
    before, after = text[max(0, start - 30): start], text[end: end + 20]
    if unit == "length":
        # The dimension a length gives of a thing: "98 feet long", "the 25-meter wreck" (its size).
        if re.match(r"\s*(?:long|in length)\b", after, re.I) or (
                re.fullmatch(r"[\d.,]+\s?[-‑]\s?[a-z]+", text[start:end].strip(), re.I)
                and re.match(r"\s+(?!(?:of|from|away|off|deep|below|beneath|under|high|tall|wide|long|north|south|east|west|and|or)\b)[a-z]", after)):
            return "size"
        if re.match(r"\s*(?:tall|high)\b", after, re.I):
            return "height"
        if re.match(r"\s*wide\b", after, re.I):
            return "width"
        if re.search(r"\b(?:depth of|below|beneath)\b[^.]{0,15}$", before, re.I) or re.match(r"\s*(?:deep|below|beneath|under)\b", after, re.I):
            return "depth"
        if re.match(r"[^.]{0,24}\b(?:away|from|(?:north|south)(?:east|west)?|east|west|off)\b", after, re.I):
            return "distance"
        for name in ("sinking", "tilt"):
            if dict(MEASURE_RES)[name].search(text, max(0, start - 40), min(len(text), end + 30)):
                return name
        return ""
    if unit == "magnitude":
        return "aftershock" if dict(MEASURE_RES)["aftershock"].search(text[max(0, start - 90): end + 40]) else ""
    if unit in ("celsius", "usd", "gbp", "eur", "percent"):
        return "expected" if _EXPECT_MONEY.search(text[max(0, start - 40): end + 25]) else ""
    lo, hi = max(0, start - 50), min(len(text), end + 45)
    aside = re.match(r"\s*,\s*(?:including|among them)\b[^,;()]{0,40},", text[end:]) if aside else None
    if aside:  # "28 Palestinians, including nine children, have been killed": the verb is past the aside
        hi = min(len(text), end + aside.end() + 45)
    stop = re.search(r"[,;(]", text[end + (aside.end() if aside else 0):hi])
    if stop:
        hi = end + (aside.end() if aside else 0) + stop.start()  # "dropped to 2,104,000, a fall ... from the revised ...": the next clause is about another figure
    for rx, _ in HEDGE_BEFORE:  # "killed more than 100": measure from the hedge, not the digits
        hm = rx.search(text[lo:start])
        if hm:
            start = lo + hm.start()
            break
    best, best_d = "", 10 ** 6
    for name, rx in MEASURE_RES:
        for m in rx.finditer(text, lo, hi):
            d = start - m.end() if m.end() <= start else m.start() - end
            if 0 <= d < best_d or (d < 0 and best_d > 0):
                best, best_d = name, max(d, 0)
    return best
