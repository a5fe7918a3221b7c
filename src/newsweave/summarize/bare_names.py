"""Names a summary sentence uses bare: the surname or role a quotation is attributed to with
nothing else ('..." Davis said.'), the surname a sentence opens on ("Wertheim spoke with ..."),
and the surnames the articles also write after a first name. In a summary such a name must have
been introduced before (`coverage` checks it). Split out of `standalone.py`."""
from __future__ import annotations

import re

from .lowercase import _NOT_SUBJECT_NAMES, _ROLE_WORDS, _TITLES
from .casing import is_cased
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
# said", "Up until now, Dodson had ..."; tenth session: heldout10 opened on the second form), also
# with an age between commas ("Dodson, 51, was led away": session 14, a summary opened on one).
_SUBJECT = re.compile(
    r"""^(?:[A-Z][^,"“”—]{0,40},\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?([A-Z][a-z'’-]{2,})(?:,\s+(?:who|whose)\b|(?:,\s+\d{1,3},)?\s+(?:[a-z]+(?:ed|s)|said|spoke|told|wrote|met|made|took|gave|went|came|saw|found|began|ran|won|lost|led|left|kept|sent|got|put|set|paid|heard|"""
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
    titled = bare_titled(text, surnames)
    if titled and (surnames is None or titled in surnames or titled.lower() in surnames or titled.capitalize() in surnames):
        return titled  # (with `surnames`: only a person the cluster also names in full, as below)
    m = _SUBJECT.match(text)
    if m and m.group(1) not in _NOT_NAMES and m.group(1) not in _GROUPS and m.group(1).lower() not in common_words and (surnames is None or m.group(1) in surnames):
        return m.group(1)
    m = _FAMILY.search(text)
    if m and m.group(1).lower() not in common_words and (m.group(1) + "s").lower() not in common_words and (surnames is None or m.group(1) in surnames):
        return m.group(1)
    if surnames:
        from .cased_leans import bare_object  # a cased sentence's surname as an object (session 14)

        return bare_lowered(text, surnames) or bare_object(text, surnames, common_words)
    return None


# "Mr. Davutoglu struck notes ...", "Ms. Jama, 27, ...", "Mr jha had sought ...": a courtesy title
# before a surname is how a report names someone it introduced before (the full name comes first),
# wherever the sentence names them (session 13: heldout19 and heldout20 each opened a summary on
# such a name, in the truncated copies where `_SUBJECT`'s capitals or position did not see it). Not
# when a first name follows the title ("Mr John Quill, 45,": a full name) or inside a quotation.
_TITLED = re.compile(r"(?<![\w.])(?:[Mm]rs?\.?|[Mm]s\.|Ms)\s+([A-Za-z][a-z'’-]{2,})\b(?!\s+[A-Z])(?!['’]s\s+[A-Z])")


def bare_titled(text: str, names: set[str] | frozenset[str] | None = None) -> str | None:
    """The surname `text` names by a courtesy title only ("Mr. Davutoglu", "ms. jama", "Mr
    Jha"), outside quotation marks, as written after the title, or None. In a lower-cased copy
    "mr. ada quill" is a full name when `names` (`surnames`) holds the pair "ada quill"."""
    outside = re.sub(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”", " ", text)
    m = _TITLED.search(outside)
    name = re.sub(r"['’]s?$", "", m.group(1)) if m else ""
    if len(name) < 3 or name.lower() in _FUNCTION_WORDS:
        return None
    if re.search(r"\b" + re.escape(name.lower()) + r"\b", outside[: m.start()].lower()):
        return None  # named earlier in the sentence ("Iran's foreign minister, Ada Zarif, ... Mr. Zarif's claim")
    following = outside[m.end() :].split()[:1]
    if names and following and f"{name.lower()} {following[0].lower().strip(',.;:')}" in names:
        return None
    return name


_FULL_NAME = re.compile(r"\b([A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?(?=(?:(?:al|el|bin|ibn|de|da|van|von)[-\s])?([A-Z][a-z'’-]{2,})\b)")


def surnames(texts: list[str]) -> frozenset[str]:
    """Words the texts write right after a capitalised first word that is not a function word,
    weekday or month ("Jerry Dodson", "Susan M. Collins"): the names that can be used bare later.
    In a text whose names were lower-cased, the surnames other marks show are added in lower case,
    each with its "first surname" pair (`lowered_names`)."""
    out = set()
    for t in texts:
        for m in _FULL_NAME.finditer(t):
            if m.group(1) not in _NOT_NAMES:
                out.add(m.group(2))
        if not is_cased(t[:5000]):
            out |= lowered_names(t)
    if any(" " in n for n in out):
        seen: dict[str, list[bool]] = {}
        for t in texts:
            for m in _AFTER_DETERMINER.finditer(t):
                seen.setdefault(m.group(1).lower(), []).append(m.group("modifier") is None)
        after_determiner = {w for w, uses in seen.items() if any(uses) or len(uses) > 1}
        out = {n for n in out if not n.islower() or n.split()[-1] not in after_determiner}
        out = {n for n in out if not n.islower() or " " in n or any(p.endswith(" " + n) for p in out)}
    return frozenset(out)


# Lower-cased copies (the truncated Multi-News sources: "brian kornbluth was arrested", "jose
# padilla, a u.s. citizen") have no capitals to tell a name, so `bare_subject` could not see
# "Padilla was captured" or "requests by kornbluth" (twelfth session, heldout17: three summaries
# used a surname the summary never introduced). A pair of words is a name when other marks say
# so: a person's role or title before it ("coroner vernon collins said", "maj. steve morris"), an
# age after it ("desiree diaz molina, 34;"), an appositive naming a role ("jose padilla, a u.s.
# citizen"), or a sentence opening on it with a verb ("Brian kornbluth was arrested"). A word the
# cluster writes after a determiner ("the county") is no surname.
_W = r"([a-z][a-z'’-]{2,})"
_LOWERED = (
    re.compile(r"\b(?:" + _TITLES + r"\.|" + _ROLE_WORDS + r")\s+" + _W + r"\s+" + _W + r"(?=\s*(?:[,.;:)]|said\b|says\b|told\b|who\b|was\b|is\b|has\b|had\b|'s\b|’s\b))", re.I),
    re.compile(r"\b" + _W + r"\s+" + _W + r",\s\d{1,3}[,;).]"),
    re.compile(r"\b" + _W + r"\s+" + _W + r",\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?" + _ROLE_WORDS + r"\b", re.I),
    re.compile(r"(?:^|[.!?][\"”’']?\s+)([A-Z][a-z'’-]{1,})\s+" + _W + r"\s+(?:pleaded|admitted|denied|died|allegedly|was\s+(?:arrested|charged|sentenced|convicted|indicted|killed|shot|born|found\s+guilty))\b"),
    # a sentence opening on a name and its role with no article ("James quillon, associate professor
    # at the school of ..."; session 13, heldout21: 49919 used the surname bare before it)
    re.compile(r"(?:^|[.!?][\"”’']?\s+)([A-Z][a-z'’-]{1,})\s+" + _W + r",\s+(?:[a-z-]+\s+)?" + _ROLE_WORDS + r"\s+(?:at|of|for|with|in)\s", re.I),
    # the speaker named after a quotation, then an appositive or a relative clause ('... rewarding, "
    # said erin hanlon, a research associate ...'; twelfth session part 3: val100 48261 showed
    # "hanlon, working as ..." bare)
    re.compile(r"""[,.?!]\s?["”’']\s*(?:said|says|added|explained|wrote|noted)\s+""" + _W + r"\s+" + _W + r",\s+(?:a|an|the|who|whose)\b"),
)
_DETERMINERS = r"(?:the|a|an|his|her|its|their|our|your|my|this|these|those|some|any|every|each|no)"
# "the county," "the allegations against": a common noun. Once before another word ("the padilla
# case") a name may be a modifier; twice is a common noun too.
_AFTER_DETERMINER = re.compile(r"\b(?i:" + _DETERMINERS + r")\s+" + _W + r"(?P<modifier>\s+(?!(?:" + "|".join(
    "of to in on at by for from with and or but as than who which was were is are has have had will would said says".split()) + r")\b)[a-z])?")
_FUNCTION_WORDS = frozenset(w.lower() for w in _NOT_NAMES) | frozenset(
    """of to in on at by for from with and or but as than that which who whom whose was were is are be been has have had
    will would could can may might must not said says told year years old also went named then now just still even only
    over about into up down out off back there here because""".split()
)
_ROLE = re.compile(_ROLE_WORDS + r"s?", re.I)
_DETERMINER = re.compile(_DETERMINERS)


def lowered_names(text: str) -> set[str]:
    """Surnames of a lower-cased `text` shown by marks other than capitals (see `_LOWERED`), each
    in lower case and with its "first surname" pair."""
    out = set()
    for pattern in _LOWERED:
        for m in pattern.finditer(text):
            first, last = m.group(1).lower(), m.group(2).lower()
            if first in _FUNCTION_WORDS or last in _FUNCTION_WORDS or first.capitalize() in _NOT_SUBJECT_NAMES:
                continue
            if _ROLE.fullmatch(first) or _ROLE.fullmatch(last) or last.endswith("ed"):
                continue  # "daughter coco", "massachusetts governor", "trump signed"
            before = re.split(r"[.!?;:,]", text[max(0, m.start(1) - 40) : m.start(1)])[-1].split()[-2:]
            if any(_DETERMINER.fullmatch(w.lower()) for w in before) and not (before and _EXCUSED.fullmatch(before[-1].lower())):
                continue  # "the harvey weinstein allegations, a writer ...": a noun phrase, no name
            out |= {last, f"{first} {last}"}
    return out


def bare_lowered(text: str, names: set[str] | frozenset[str]) -> str | None:
    """A lower-cased copy's surname (`lowered_names`, in `names`) that `text` uses bare: its first
    mention in `text` comes after neither its first name, a role or title word, nor a determiner
    ("... requests by kornbluth ...", "Padilla was captured")."""
    found = []
    for name in names:
        if " " in name or not name.islower():
            continue
        m = re.search(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])", text, re.I)
        if not m:
            continue
        before = text[: m.start()].split()
        previous = before[-1].lower().strip("\"'“‘(,") if before else ""
        after = text[m.end() :].split()[:1]
        following = after[0].lower().strip("\"'”’),.;:") if after else ""
        if f"{previous} {name}" in names or f"{name} {following}" in names or _EXCUSED.fullmatch(previous):
            continue  # after its first name, a role or a determiner, or a first or middle name itself
        if previous and previous[-1:].isalpha() and previous not in _FUNCTION_WORDS and previous not in _BEFORE_BARE:
            continue  # after another word that may be a first name the copy lost ("hillary clinton")
        found.append((m.start(), name))
    return min(found)[1] if found else None


# Words after which a surname stands bare ("requests by kornbluth", "deputies said molina", "than
# padilla"); after any other word it may follow a first name no pattern showed ("georgia ferrell").
_BEFORE_BARE = frozenset(
    """against about between including like than told asked called urged thanked accused blamed sued charged named
    whom whose where while whether though although unless until since because
    gave sent met paid showed joined hired fired replaced defeated interviewed visited praised criticized endorsed
    attacked arrested nominated appointed questioned""".split()
)
_EXCUSED = re.compile(_DETERMINERS + "|" + _TITLES + r"\.?|" + _ROLE_WORDS + "s?", re.I)
