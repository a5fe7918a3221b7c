"""A tiny, dependency-free language guesser for news text (en, fr, de, es, it, pt, nl).

It counts very common function words of each language in the first few thousand words. That is
enough to tell a French article from an English one; it is not a general language identifier and
returns None when unsure (too little text, or no clear winner).
"""

from __future__ import annotations

import re
from collections import Counter

# Function words chosen to be frequent in news prose and rare in the other six languages.
# Words shared between languages (de, a, o, en, la, e, que) are left out on purpose.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is was that with for are were have has been this which from by its their will would said".split()),
    "fr": frozenset("les des est et une dans du pour qui au sur pas sont ont été avec cette aux ce elle ils leur mais".split()),
    "de": frozenset("der die das und ist nicht ein eine mit auf dem den des sich von zu im auch wurde sind hat für wird".split()),
    "es": frozenset("el los las y es por con para se su sus fue han pero como más también ha entre muy".split()),
    "it": frozenset("di che è della per gli sono non nel alla anche dei delle più stato questo nella degli hanno".split()),
    "pt": frozenset("os do da das dos não uma com ao pelo pela foi são mais também ser em seu sua".split()),
    "nl": frozenset("het een van niet op met zijn voor dat ook aan wordt werd bij naar heeft maar".split()),
}
NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MAX_WORDS = 3000
_MIN_WORDS = 12
_MIN_HITS = 3  # "los angeles" alone must not make a headline Spanish
_MIN_SHARE = 0.08  # at least this share of words must be the winner's function words
_MARGIN = 1.5  # and the winner must beat the runner-up by this factor


def detect_language(text: str) -> str | None:
    """Return an ISO 639-1 code ('en', 'fr', ...) for `text`, or None when unsure."""
    words = _WORD.findall(text[: _MAX_WORDS * 8].lower())[:_MAX_WORDS]
    if len(words) < _MIN_WORDS:
        return None
    counts = Counter(words)
    scores = {code: sum(counts[w] for w in vocab if w in counts) for code, vocab in STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < _MIN_HITS or top / len(words) < _MIN_SHARE or top < _MARGIN * second:
        return None
    return best
