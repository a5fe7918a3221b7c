"""Quantities in sentences: what is counted or measured, and the range of values the words allow.

`quantities(text)` turns "at least 241 people were killed", "More than 9,000 trains were
cancelled", "a 25-meter wreck", "magnitude 6.2", "$484 billion", "up to 300 people" into
`Quantity` records:

- `unit`: the counted noun or measuring unit, canonical ("people", "flight", "seat", "length",
  "usd", "percent", "magnitude", "celsius"). Lengths are converted to metres, so "55 miles" and
  "90 kilometers" compare. A number with no noun of its own ("23 of them", "including 18") takes
  the unit of the number before it in the same sentence.
- `measure`: the event or attribute the number is about when the sentence says it near the number
  ("killed", "injured", "rescued", "expected", "revised", "depth"), folded to one word per class;
  for a length, the dimension it gives of a thing ("98 feet long", "a 25-meter wreck": "size";
  "tall"/"high": "height"; "wide": "width"; "deep"/"below": "depth"; "away"/"off": "distance").
- `low`, `high`: the values the words allow. "about" / "nearly" / "some" widen by 10%, "more than" /
  "at least" open upwards, "up to" / "as many as" downwards, "between 80 and 100" / "18 to 22" are
  ranges, and a round figure of 100 or more ("$350 billion", "18,000") allows its rounding
  ("$349 billion" is the same figure). Small exact counts ("20 students", "156 seats") are exact;
  an exact length is good to half its last digit in its own unit, so conversions compare.
- `place`: a capitalised place named just after the number ("18 in New York City").

`quantities(text, forms=True)` (what `conflicts.value_conflicts` uses; fact grouping keeps the
default) also reads counts in other forms: a share in words ("around a third", "more than half",
"two-thirds of"), a nationality as people ("28 Palestinians": people, qualified by the
nationality, so Palestinians are not Israelis); "28 Palestinians, including nine children, have
been killed" is read past the aside; a number inside a name ("COVID-19") is skipped.

Two reports of the same quantity conflict only when their ranges do not overlap (see
`conflicts.value_conflicts`). Years, clock times, days of the month, ages, phone numbers, vote
tallies ("52-48"), durations ("six hours") and list numbers are not quantities; tallies and
durations are compared only with their own kind (`tally_conflicts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.memo import kept_per_text
from ..text.numbers import NUMBER_WORDS
from ..text.tokens import stem
from .quantity_measures import HEDGE_BEFORE as _HEDGE_BEFORE
from .quantity_measures import measure as _measure
from .quantity_moments import NOT_ROAD as _NOT_ROAD
from .quantity_parts import PART_SENTENCE as _PART_SENTENCE
from .quantity_parts import length_rate as _length_rate
from .quantity_parts import with_member as _with_member
from .quantity_moments import is_age as _is_age
from .quantity_moments import moment as _moment
from .quantity_scope import changed_from as _changed_from
from .quantity_scope import within_before as _within_before
from .quantity_places import place_key, same_place  # noqa: F401  (re-exported: conflicts imports them from here)

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3, "mn": 1e6, "tn": 1e12}
_WORDNUM = {k: float(v) for k, v in NUMBER_WORDS.items() if k not in ("one",)}
_WORDNUM.update({"dozen": 12.0, "a dozen": 12.0, "half a dozen": 6.0, "half-dozen": 6.0, "two dozen": 24.0, "a hundred": 100.0, "hundred": 100.0})

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
for _t, _tv in _TENS.items():
    for _u, _uv in _UNITS.items():
        _WORDNUM[f"{_t}-{_u}"] = float(_tv + _uv)
        _WORDNUM[f"{_t} {_u}"] = float(_tv + _uv)  # "eighty two percent" is 82%, not "eighty" and "two percent"
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# Thousands grouped by a space ("800 000", "1 500 000"): read as one number only when the last group
# is 000, so two figures that happen to sit side by side ("ward 12 300 people") stay two.
_NUM_SPACED = r"(?:\d{1,3}(?: \d{3})* 000(?![\d,.])|" + _NUM[3:]
_WORDS_RE = "|".join(sorted((re.escape(w) for w in _WORDNUM), key=len, reverse=True))
# A bare "m" after a number is a million ("3m people", "£5m") unless a dimension word follows: "5 m high"
# and "a 300m-tall tower" are lengths in metres.
_TOKEN = re.compile(
    rf"(?:(?P<cur>[$£€])\s?)?(?P<num>{_NUM_SPACED})(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m(?![\s-]*(?:high|tall|long|wide|deep|thick|across|away|below|above|underground|offshore)\b)|k)\b)?(?P<pct>\s?%)?"
    rf"|\b(?P<word>{_WORDS_RE})\b(?:\s(?P<wscale>thousand|million|billion|trillion)\b)?",
    re.I,
)
_RANGE_AFTER = re.compile(rf"^\s*(?:to|and)\s*[$£€]?(?P<hi>{_NUM}|{_WORDS_RE})(?:\s?(?P<scale>thousand|million|billion|trillion|bn|m)\b)?", re.I)
_BETWEEN_BEFORE = re.compile(r"between\s*$", re.I)

_LENGTH = {"km": 1000.0, "kilometer": 1000.0, "kilometre": 1000.0, "kilometers": 1000.0, "kilometres": 1000.0,
           "mile": 1609.34, "miles": 1609.34, "meter": 1.0, "metre": 1.0, "meters": 1.0, "metres": 1.0, "m": 1.0,
           "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "inch": 0.0254, "inches": 0.0254, "yard": 0.9144, "yards": 0.9144}
_UNIT_SYNONYMS = {
    "peopl": "people", "person": "people", "individu": "people", "resid": "people", "live": "people", "victim": "people",
    "american": "people", "liv": "people", "life": "people", "civilian": "people", "men": "people", "women": "people", "adult": "people",
    "percent": "percent", "per": "percent", "pct": "percent",
    "student": "student", "pupil": "student", "swimmer": "swimmer", "hous": "home", "home": "home", "dwell": "home",
    "flight": "flight", "seat": "seat", "nation": "country", "countri": "country", "state": "state",
    "nat": "country", "investig": "investigation", "committe": "investigation", "hear": "hearing", "job": "job", "posit": "job",
    "vote": "vote", "dose": "dose", "case": "case", "death": "people", "fatal": "people",
}
UNIT_SYNONYMS = _UNIT_SYNONYMS  # stem of a counted noun -> its canonical unit (`quantity_frames` compares parsed nouns with it)
_SKIP_NEXT = {"of", "the", "a", "an", "other", "more", "new", "additional", "extra", "total", "further", "u.s.", "us", "american",
              "western", "industrialized", "high", "school", "full-time", "fellow", "young", "small", "major", "separate", "prior",
              "confirmed", "reported", "registered", "estimated", "local", "federal", "national", "key", "swing", "big", "large",
              "democratic", "republican", "gop", "senior", "chinese", "british", "foreign", "different", "previous", "recent",
              "them", "which", "whom", "those", "these", "domestic", "international", "public", "private", "police",
              "moreno", "valley-area", "valley", "rancho", "verde", "-", "valid", "invalid", "eligible", "verified"}
_NOT_UNITS = {"in", "on", "at", "to", "and", "or", "for", "with", "from", "by", "as", "than", "that", "who", "were", "was",
              "are", "is", "have", "has", "had", "will", "would", "a.m", "p.m", "am", "pm", "gmt", "et", "bst", "utc", "said",
              "says", "percentage", "points", "point", "times", "years", "year", "months", "month", "weeks", "week", "days", "day",
              "hours", "hour", "minutes", "minute", "seconds", "st", "nd", "rd", "th", "p", "a", "i"}
_MONTHS = set("jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december".split())
_PLACE_AFTER = re.compile(r"^\s*(?:(?:were|was|are|had|have|has|been|killed|dead|died)\s+){0,3}(?:in|of|worth of) (?:the )?(?P<place>(?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*|city\b)")
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*|\d[\d,.]*|%|\$")

# Shares in words (forms=True): "a third", "two-thirds", "a quarter", and "half" only where it
# is plainly a share ("more than half", "half of the ..."), never "half an hour" or "first half".
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_FRACTION_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_FRACTION = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four)[\s-](?P<f>third|quarter|fifth|tenth)s?|(?P<half>half))\b"
    r"(?=\s+(?:of\b|(?:of\s+)?(?:the|all|its|their|those|them)\b|\w+(?:ed|ied)\b))", re.I)
_HALF_OK_BEFORE = re.compile(r"(?:more than|over|at least|nearly|almost|about|around|roughly|less than|under|just over|just under|some)\s+$", re.I)
# A plural nationality or people ("Palestinians", "Israelis", "Afghans", "Chinese"): people of that
# nationality (forms=True).
_DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ians|ans|is|ese|ns)$")


@dataclass(frozen=True)
class Quantity:
    value: float  # as written, in the base unit
    low: float
    high: float
    unit: str
    measure: str
    place: str
    start: int  # character offsets of the number phrase within the sentence
    end: int
    surface: str
    part: bool = False  # "including 18", "23 of them": a part of a total given just before
    toll: bool = False  # "the death toll stood at 120": the story's running total of deaths
    in_words: bool = False  # a share in words ("around a third"; forms=True only)
    moment: str = ""  # "risen" ("the toll rose to 33") or "past" ("up from 70"); forms=True only, see `quantity_moments`


def _parse_value(m: re.Match) -> tuple[float, float] | None:
    """(value, rounding half-width) of a matched number."""
    if m.group("word"):
        v = _WORDNUM.get(m.group("word").lower())
        if v is None:
            return None
        scale = _SCALE.get((m.group("wscale") or "").lower(), 1.0)
        return v * scale, 0.0
    raw = m.group("num").replace(",", "").replace(" ", "")
    scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
    v = float(raw)
    if "." in raw:
        half = 0.49 * 10 ** -len(raw.split(".")[1]) * scale
    else:
        digits = raw.lstrip("0") or "0"
        zeros = len(digits) - len(digits.rstrip("0"))
        whole = v * scale
        half = 0.49 * 10 ** zeros * scale if whole >= 100 and (zeros or scale > 1) else 0.0
        # "39 million" is rounded to the million as "350 billion" is to ten billion: 39.1 million agrees
    return v * scale, half


def _is_year(m: re.Match, text: str) -> bool:
    raw = (m.group("num") or "").replace(",", "")
    if not re.fullmatch(r"(?:1[6-9]|20)\d\d", raw) or m.group("cur") or m.group("scale") or m.group("pct"):
        return False
    after = text[m.end(): m.end() + 12].lower()
    return not re.match(r"\s*(?:people|troops|jobs|homes|students|flights|seats|votes|cases|deaths|workers|employees)\b", after)


def _skip(m: re.Match, text: str) -> bool:
    s, e = m.start(), m.end()
    before, after = text[max(0, s - 12): s], text[e: e + 14]
    if _is_age(text, s, e):
        return True  # "Vell, 53, of Belmar", "aged between seven and 10"
    if m.group("num"):
        if re.match(r"[:.]\d", text[e: e + 2]) or re.match(r"\s?(?:a\.?m\.?|p\.?m\.?|GMT|ET|BST)\b", after, re.I):
            return True  # clock times
        if re.search(r"[A-Za-z]$", before) or re.match(r"/\d", text[e:e + 2]) or re.search(r"\d/$", before):
            return True  # "m3", "km2", "G7": a digit written onto a word is part of it; "9/12", "24/7": a date or a ratio
        if re.search(r"\d\s?[:.–-]\s?$", before):
            return True  # the second half of "52-48" or "3:36"
        if re.match(r"\s?[–-]\s?\d", after):
            return True  # vote tallies and scores ("52-48", "94-1")
        if re.match(r"-(?:year|month|week|day)s?-old|\s(?:years?|months?) old", after, re.I):
            return True  # ages
        if re.match(r"[dD]\b", text[e:e + 2]) and not m.group("scale"):
            return True  # "3D printer", "a 2d contour": a name of dimensions, not a count
        if re.match(r"[\s-]block\s+of\b", text[e:e + 14], re.I):
            return True  # a street address ("the 3600 block of Main Street"), not a count of blocks
        if re.match(r"(?:st|nd|rd|th)\b", after) or re.search(r"\b(?:No\.|Nos\.|number|#|Route|Highway|Interstate|Flight|page|Section|Article|Chapter)\s*$", before, re.I):
            return True
        words = before.lower().split()
        if words and words[-1].strip(".,()[]") in _MONTHS:
            return True  # "Jan. 29", "July 21"
        if re.match(r"\s?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", after):
            return True  # "24 April"
        if _is_year(m, text):
            return True
        if re.search(r"\(\d{3}\)\s?$|\d{3}[-.]$", before) or re.match(r"[-.]\d{3,4}\b", text[e:e + 6]):
            return True  # phone numbers
    return False


def _unit_after(text: str, end: int, tokens_cap: int = 4) -> tuple[str, float, int]:
    """(canonical unit, factor to base unit, end offset of the unit word) for the words after a number."""
    rest = text[end:end + 80]
    mdeg = re.match(r"\s?(?:degrees?\s?(?:C|Celsius)\b|°\s?C\b|º\s?C\b|C\b)", rest)
    if mdeg:
        return "celsius", 1.0, end + mdeg.end()
    mmag = re.match(r"[\s-]?magnitude\b", rest, re.I)
    if mmag:
        return "magnitude", 1.0, end + mmag.end()
    if re.match(r"\s?[,;:]", rest):
        return "", 1.0, end  # "dropped to 2,104,000, a fall of ...": the noun after the comma is not the number's
    for n, wm in enumerate(_WORD.finditer(rest)):
        if n >= tokens_cap:
            break
        w = wm.group(0).lower().strip(".’'")
        if w.startswith("-"):
            w = w[1:]
        if not w:
            continue
        if w in _LENGTH and re.match(r"[23²³]", rest[wm.end():wm.end() + 1]):
            power = 2 if rest[wm.end()] in "2²" else 3  # "1000 m3", "40 km2": a volume or an area, not a length
            return ("area" if power == 2 else "volume"), _LENGTH[w] ** power, end + wm.end() + 1
        if w in _LENGTH:
            rate = _length_rate(rest[wm.end():])
            return (rate, 1.0, end + wm.end()) if rate else ("length", _LENGTH[w], end + wm.end())
        if "-" in w and w.split("-")[0] in _LENGTH:
            return "length", _LENGTH[w.split("-")[0]], end + wm.end()  # "a 7-meter-long python", "36-metre-wide"
        if w in ("percent", "%", "per", "pct"):
            return "percent", 1.0, end + wm.end()
        if w == "of" and re.match(r"\s*(?:the\s+)?\d", rest[wm.end():]):
            continue  # "157 of 338 seats"
        if w.isdigit():
            continue
        if w in _SKIP_NEXT or w.endswith(("ly", "ized", "ised", "ous", "ful")) or w in ("similar", "such", "different", "various", "separate"):
            continue
        if w in _NOT_UNITS or w in _MONTHS or not w.isalpha() and "-" not in w:
            return "", 1.0, end
        head = w.split("-")[-1]
        st = stem(head)
        return _UNIT_SYNONYMS.get(st, _UNIT_SYNONYMS.get(head, st)), 1.0, end + wm.end()
    return "", 1.0, end


def _fractions(text: str, taken: list[Quantity]) -> list[Quantity]:
    """Shares in words as percent quantities ("around a third" is 30 to 36.7 percent)."""
    out = []
    for m in _FRACTION.finditer(text):
        if any(q.start <= m.start() < q.end for q in taken):
            continue
        before = text[max(0, m.start() - 30): m.start()]
        if m.group("half"):
            if not (_HALF_OK_BEFORE.search(before) or re.match(r"\s+of\b", text[m.end():])):
                continue
            value = 50.0
        else:
            if re.search(r"\b(?:the|every|each|per|first|last|this|next)\s+$", before, re.I):
                continue  # "the third quarter", "every third"
            value = 100.0 * _FRACTION_NUM[m.group("n").lower()] * _FRACTIONS[m.group("f").lower()]
            if value >= 100:
                continue
        low = high = value
        surface = m.group(0)
        for rx, kind in _HEDGE_BEFORE:
            hm = rx.search(before)
            if hm:
                low, high = {"ge": (value, 100.0), "le": (0.0, value), "near": (value * 0.9, value), "about": (value * 0.9, value * 1.1)}[kind]
                surface = f"{hm.group(0).strip()} {surface}"
                break
        else:
            low, high = value - 1.0, value + 1.0  # "a third" as written is about 33 percent, not 33.33 exactly
        measure = _measure(text, m.start(), m.end(), "percent")
        out.append(Quantity(value, low, high, "percent", measure, "", m.start(), m.end(), surface, in_words=True))
    return out


def quantities(text: str, *, forms: bool = False) -> list[Quantity]:
    """Every quantity in one sentence (see the module docstring; `forms`: also shares in words and
    nationalities as people; a number inside a name, "COVID-19", is no quantity). A pure function of
    the text, kept up to 2,000 characters (session 27, brief P3: conflicts, facts and fact matching each read a sentence's);
    each caller gets its own list."""
    return _quantities(text, forms)


@kept_per_text(maxsize=4096, fresh=list)  # session 28 (brief P5): the one helper; longer texts are read each time
def _quantities(text: str, forms: bool) -> list[Quantity]:
    return _read_quantities(text, forms=forms)


def _read_quantities(text: str, *, forms: bool = False) -> list[Quantity]:
    out: list[Quantity] = []
    last_unit, last_measure = "", ""
    consumed_until = -1
    for m in _TOKEN.finditer(text):
        if m.start() < consumed_until or _skip(m, text):
            continue
        if forms and m.group("num") and re.search(r"[A-Za-z]-$", text[max(0, m.start() - 2): m.start()]):
            continue  # "COVID-19", "F-35", "MH-17": part of a name
        if out and re.fullmatch(r"\s*\(\s*", text[out[-1].end:m.start()]):
            continue  # "90 kilometers (55 miles)": the same figure converted
        parsed = _parse_value(m)
        if parsed is None:
            continue
        value, half = parsed
        start, end = m.start(), m.end()
        low, high = value - half, value + half
        rng, ranged = _RANGE_AFTER.match(text[end:]), False
        if rng:
            hi_raw = rng.group("hi").lower()
            hi = (_WORDNUM[hi_raw] if hi_raw in _WORDNUM else float(hi_raw.replace(",", ""))) * _SCALE.get((rng.group("scale") or m.group("scale") or "").lower(), 1.0)
            if hi > value and (rng.group(0).strip().startswith("to") or _BETWEEN_BEFORE.search(text[max(0, start - 10): start])):
                low, high = value, hi
                end += rng.end()
                ranged = True
        before = text[max(0, start - 30): start]
        for rx, kind in _HEDGE_BEFORE + ([(None, "le")] if forms and _within_before(before) else []):  # "within 16 miles": a bound
            if rx is None or rx.search(before):
                if kind == "ge":
                    low, high = value, float("inf")
                elif kind == "le":
                    low, high = 0.0, value
                elif kind == "near":
                    low, high = value * 0.9, value
                else:
                    low, high = (low * 0.9, high * 1.1) if ranged else (value * 0.9, value * 1.1)  # "roughly 150 to 200 yards" keeps its range
                break
        if m.group("word") and m.group("word").lower() in ("hundred", "thousand", "dozen") and re.search(r"\b(?:several|a few|few|many)\s*$", before, re.I):
            low, high = 2 * value, 10 * value - 1  # "several hundred rounds" is 200 to 999, not 100
        cur = m.group("cur")
        exact = low == high == value
        if re.search(rf"\btoll\b{_NOT_ROAD}[^.]{{0,25}}$", text[max(0, start - 30): start], re.I):
            unit, factor, unit_end = "people", 1.0, end  # "the death toll stood at 120"
        elif m.group("pct"):
            unit, factor, unit_end = "percent", 1.0, end
        elif cur:
            unit, factor, unit_end = {"$": "usd", "£": "gbp", "€": "eur"}[cur], 1.0, end
        else:
            unit, factor, unit_end = _unit_after(text, end)
        demonym = ""
        if forms and not cur and not m.group("pct") and unit not in ("", "length", "percent", "people", "celsius", "magnitude"):
            nxt = re.match(r"\s+([A-Za-z]+)", text[end:end + 40])
            first = nxt.group(1) if nxt else ""
            if _DEMONYM_PLURAL.match(first):
                unit, unit_end, demonym = "people", end + nxt.end(1), first  # "28 Palestinians"
        if re.search(r"magnitude[\s-]*$", text[max(0, start - 12): start], re.I):
            unit, factor = "magnitude", 1.0
        if unit == "length" and exact:
            # A length is rounded to its last digit in its own unit, so a conversion agrees with it
            # ("98 feet" and "a 30-meter hull" are one length: 30 m is 98.4 feet).
            raw = (m.group("num") or "").replace(",", "").replace(" ", "")
            tol = 0.5 * 10 ** -(len(raw.split(".")[1]) if "." in raw else 0)
            low, high = value - tol, value + tol
        if unit == "percent" and exact and m.group("num") and "." not in m.group("num") and value < 100:
            low, high = value - 0.5, value + 0.5  # a whole percentage is rounded: "34 percent" agrees with "34.4 percent"
        if not unit and (m.group("scale") or m.group("wscale")):
            unit = "#"  # "a revised 6.9 million": a count whose noun is elsewhere
        if unit in ("other", "others"):
            unit = last_unit
        if not unit:
            # A percent is carried only to a figure that can be a share: not to a level reached ("rose 1.5
            # percent, to 10450") or a count given alongside ("39.5 %, or 11,265").
            carry = last_unit != "percent" or (value <= 100 and not re.search(r"(?:%|percent|per cent),?\s*(?:to|at|or)\s*$", text[max(0, start - 16): start], re.I))
            if re.match(r"\s+of (?:them|those|whom|these)\b|\s+in\b|\s*,|\s+were\b|\s*\)|\s+and\b", text[end:end + 12]) and last_unit and carry:
                unit = last_unit
            else:
                continue
        measure = _measure(text, start, unit_end, unit, aside=forms)
        if unit == "people" and not measure and re.search(rf"\btoll\b{_NOT_ROAD}", text[max(0, start - 30): start]):
            measure = "killed"
        if re.search(r"\b(?:could|may|might|would)\b(?:\s+\w+){0,3}\s*$", text[max(0, start - 40): start]) and measure not in ("total",):
            measure = "expected"  # "could reach perhaps 100,000 people": a prospect, not a count
        if re.search(r"\bby\s*$", text[max(0, start - 5): start]):
            measure = "change"  # "revised higher by 88,000": a difference, not the figure
        if re.match(r"\s*(?:an?|per|each|every)\s+(?:hour|day|week|month|year|minute|second)\b", text[unit_end:unit_end + 16], re.I):
            measure = "rate"
        if unit == last_unit and not measure and last_measure not in ("size", "height", "width", "depth"):
            measure = last_measure  # an event carries over ("12 killed and 3 more ..."); a dimension is one thing's
        pm = _PLACE_AFTER.match(text[unit_end:unit_end + 60])
        place = pm.group("place").rstrip(".,") if pm else ""
        if place.split(" ")[0].lower() in _MONTHS or place in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            place = ""
        possessive = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)['’]s\s+(?:\w+\s+)?$", text[max(0, start - 40): start])
        if possessive and not place:
            place = possessive.group(1)
        if demonym and not place:
            place = demonym  # Palestinians are not Israelis; "26 people" (no place) may be either
        toll_of = re.search(r"\b(?:[Tt]he|[Ii]ts)\s+((?:[A-Z][\w.]*\s+){1,3})(?:death|casualty)\s+toll\b[^.,;]{0,30}$", text[max(0, start - 60): start])
        if toll_of and not place:
            place = toll_of.group(1).strip()  # "The French death toll rose to 12": the toll of that place
        if re.match(r"\s+of the\b", text[end:end + 8]):
            place = ""  # "nine of the deaths in Pellow": the place is the whole's, not the part's
        part = _with_member(text, start, unit_end, unit) or bool(possessive or _PART_SENTENCE.match(text)) or bool(re.search(r"\b(?:including|includes|included|include|of whom|of which)\s*$", text[max(0, start - 20): start], re.I) or re.match(r"\s+of (?:them|those|whom|these|the)\b", text[end:end + 12]))
        toll = measure == "killed" and bool(re.search(rf"\b(?:death|casualty)?\s*toll\b{_NOT_ROAD}[^.,;]{{0,25}}$", text[max(0, start - 40): start], re.I))
        when = _moment(text, start, end) if forms else ""
        if forms and not when and not ranged and _changed_from(text, start, end):
            when = "past"  # "from 82 games to 48" (`quantity_scope`)
        out.append(Quantity(value * factor, low * factor, high * factor, unit, measure, place, start, unit_end, text[start:unit_end], part, toll, moment=when))
        last_unit, last_measure = unit, measure
        consumed_until = end
    if forms:  # "two-thirds" is a share, not two things called "thirds"
        out = [q for q in out if q.unit not in ("third", "quarter", "fifth", "tenth", "half")]
        out = sorted(out + _fractions(text, out), key=lambda q: q.start)
    return out


def compatible(a: Quantity, b: Quantity) -> bool:
    """Do two reports of the same quantity allow a common value?"""
    slack = 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    return a.low <= b.high + slack and b.low <= a.high + slack
