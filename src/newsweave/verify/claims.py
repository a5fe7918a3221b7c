"""The checkable parts of a sentence: names, numbers, dates, quoted words, negation.

These are the parts an LLM most often invents or flips, and the parts a reader trusts most. Each
extractor is plain regular expressions over the text (no model), so the checks are fast,
deterministic and explainable ("names 'Elmira' not in the cited sources").
"""

from __future__ import annotations

import re

from ..text.numbers import numbers_in
from ..text.tokens import STOP_WORDS, content_terms

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
RELATIVE_DAYS = "yesterday today tomorrow tonight overnight weekend".split()
_DATE_WORDS = frozenset(MONTHS + WEEKDAYS + RELATIVE_DAYS)
# "last week", "next month", "earlier this year": the unit must be backed by the same phrase.
_RELATIVE_PHRASE = re.compile(r"\b(last|next|this|earlier this|later this|past)\s+(week|month|year|decade|spring|summer|autumn|fall|winter)\b", re.I)
# "May" is a month and a verb: count it as a date only when capitalised mid-sentence.
_AMBIGUOUS_DATE = frozenset({"may", "march", "sun", "sat", "wed", "jan"})

# Words that open sentences and carry no name ("However, ...", "Officials said ...").
_OPENERS = frozenset(
    """however meanwhile officials authorities police rescuers witnesses residents investigators
    according after before earlier later several many some most both each during despite although
    though while since because when where there here this that these those it its their his her
    our an the in on at of for from by with as""".split()
)
# Titles are often added or dropped between outlets ("Mayor Helen Okafor" / "Ms Okafor").
HONORIFICS = frozenset(
    """mr mrs ms mx dr prof sir dame lord lady mayor president minister secretary chief senator
    governor judge captain general sergeant officer inspector superintendent councillor spokesman
    spokeswoman spokesperson st""".split()
)
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:['’][A-Za-z]+)?(?:-[A-Za-zÀ-ÿ]+)*")
_CONNECTORS = frozenset({"of", "de", "la", "van", "von", "der", "del", "da", "al", "and", "&"})
NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor without cannot denied denies deny refused refuses
    refuse failed fails unable""".split()
)
# Words that attribute a claim to someone, which makes repeating their quoted words fair.
ATTRIBUTION = re.compile(r"\b(said|says|say|told|added|according|claimed|claims|stated|insisted|insists|argued|warned|described|called)\b", re.I)
_QUOTE = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]|‘([^‘’]{3,}?)’|(?<!\w)'([^']{3,}?)'(?!\w)")


def norm(text: str) -> str:
    """Lower case, curly quotes straightened, runs of non-word characters to one space."""
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


def tokens(text: str) -> list[str]:
    return [_bare(t) for t in _TOKEN.findall(text)]


def _bare(token: str) -> str:
    """Token without a possessive ("Okafor's" -> "okafor"), lower-cased."""
    low = token.replace("’", "'").lower()
    return low[:-2] if low.endswith("'s") else low


def _is_cap(token: str) -> bool:
    return token[:1].isupper() and not token.isdigit()


def name_spans(text: str) -> list[tuple[str, ...]]:
    """Runs of capitalised words (names of people, organisations, places), lower-cased, e.g.
    ("helen", "okafor"). The sentence's first word counts only when it is not a common opener and
    is followed by another capitalised word, an all-caps acronym, or a speech verb."""
    raw = _TOKEN.findall(text)
    spans: list[tuple[str, ...]] = []
    current: list[str] = []
    for i, token in enumerate(raw):
        low = _bare(token)
        if _is_cap(token) and low not in _DATE_WORDS:
            if i == 0 and not _first_word_is_name(raw, token):
                continue
            current.append(low)
        elif current and low in _CONNECTORS and i + 1 < len(raw) and _is_cap(raw[i + 1]):
            current.append(low)
        else:
            if current:
                spans.append(tuple(current))
            current = []
    if current:
        spans.append(tuple(current))
    return [tuple(t for t in s if t not in _CONNECTORS) for s in spans if any(t not in _CONNECTORS for t in s)]


def _first_word_is_name(raw: list[str], token: str) -> bool:
    low = _bare(token)
    if low in _OPENERS or low in STOP_WORDS:
        return False
    if token.isupper() and len(token) > 1:
        return True  # an acronym: NATO, BBC
    if len(raw) > 1 and (_is_cap(raw[1]) or raw[1].lower() in {"said", "says", "told", "added", "warned", "confirmed"}):
        return True
    return False


def date_terms(text: str) -> set[str]:
    """Month, weekday and relative-day words, plus phrases like "last month" (lower-cased)."""
    found: set[str] = set()
    for i, token in enumerate(_TOKEN.findall(text)):
        low = token.lower().rstrip(".")
        if low in _DATE_WORDS:
            if low in _AMBIGUOUS_DATE and not (token[0].isupper() and i > 0):
                continue
            found.add(low)
    for match in _RELATIVE_PHRASE.finditer(text):
        found.add(" ".join(match.group(0).lower().split()))
    return found


def quoted(text: str) -> list[str]:
    """Quoted passages (double, curly or spaced single quotes), normalised."""
    spans = []
    for match in _QUOTE.finditer(text):
        inner = next(g for g in match.groups() if g)
        if len(inner.split()) >= 1:
            spans.append(norm(inner))
    return [s for s in spans if s]


def negations(text: str) -> list[tuple[str, str | None]]:
    """(cue, the content word after it) for each negation: ("not", "speculat"), ("n't", "know")."""
    raw = [t.replace("’", "'").lower() for t in _TOKEN.findall(text)]
    found: list[tuple[str, str | None]] = []
    for i, token in enumerate(raw):
        if token in NEGATIONS or token.endswith("n't"):
            following = None
            for nxt in raw[i + 1 : i + 5]:
                terms = content_terms(nxt)
                if terms and nxt not in NEGATIONS:
                    following = terms[0]
                    break
            found.append(("n't" if token.endswith("n't") else token, following))
    return found


def numbers(text: str) -> set[str]:
    return numbers_in(text)
