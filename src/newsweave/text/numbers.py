"""Numbers in text, normalised so "fourteen", "14" and "14.0" compare equal."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12})
_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORDS = re.compile(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.I)


def _norm(raw: str) -> str:
    value = raw.replace(",", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value.lstrip("0") or "0"


def numbers_in(text: str) -> set[str]:
    """Normalised numbers mentioned in `text` (digits and number words up to a hundred).

    "one" is left out: it is far more often a pronoun ("one of the ...") than a count.
    """
    found = {_norm(m.group(0)) for m in _DIGITS.finditer(text)}
    for m in _WORDS.finditer(text):
        word = m.group(1).lower()
        if word != "one":
            found.add(str(NUMBER_WORDS[word]))
    return found


def numbers_compatible(a: str, b: str) -> bool:
    """False when each text has a number the other lacks: they likely report different values."""
    na, nb = numbers_in(a), numbers_in(b)
    return not (na - nb and nb - na)
