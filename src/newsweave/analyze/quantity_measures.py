"""What a number in a sentence is about: the event class near it ("killed", "injured", "expected",
...) or, for a length, the dimension it gives of a thing ("size", "height", "depth", "distance").
Split from `quantities` (which re-exports these names under their old private ones); also holds
the hedges before a number ("more than", "up to", "about"), which both the range reading there and
the measure reading here use.

The death words are whole words or their inflections, not the start of any word: "die" is
"die"/"dies", not "diet", "diesel" or "San Diego"; "dead" is not "deadline"; "toll" is not
"tollway"; "lives" is not "livestock".
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
    # Whole words or their inflections: not "diet", "diesel", "San Diego", "deadline", "tollway", "livestock".
    ("killed", r"kill\w*|dead(?:ly|lier|liest)?\b|deaths?\b|died\b|dies?\b|fatal\w*|lives\b|perish\w*|tolls?\b|claimed\b"),
    ("injured", r"injur|wound|hurt|hospitali"),
    ("rescued", r"rescu|plucked|pulled from|saved"),
    ("missing", r"missing|unaccounted"),
    ("arrested", r"arrest|detain|charged"),
    ("evacuated", r"evacu|displac|homeless|shelter"),
    ("cancelled", r"cancel"),
    ("expected", r"expect|forecast|predict|consensus|surveyed|polled|anticipat"),
    ("revised", r"revis"),
    ("destroyed", r"destroy|reduced .* to ash|burn|razed"),
    ("damaged", r"damag"),
    ("sinking", r"sink|sank|sunk|settl"),
    ("tilt", r"tilt|lean"),
    ("aftershock", r"aftershock|tremor"),
    ("total", r"of the$|of$|out of$|total"),
]
LENGTH_MEASURES = [("depth", re.compile(r"\b(?:depth|deep|below|beneath|under)", re.I)),
                   ("distance", re.compile(r"\b(?:away|from|north|south|east|west|off the|distance|miles? (?:of|to))\b", re.I))]
MEASURE_RES = [(name, re.compile(rf"\b(?:{pat})", re.I)) for name, pat in MEASURES]


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
        return "aftershock" if re.search(r"aftershock|tremor", text[max(0, start - 90): end + 40], re.I) else ""
    if unit in ("celsius", "usd", "gbp", "eur", "percent"):
        return "expected" if re.search(r"\b(?:expect|forecast|predict|consensus)", text[max(0, start - 40): end + 25], re.I) else ""
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
