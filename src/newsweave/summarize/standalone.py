"""Does a sentence stand alone in a summary, or does it lean on what came before it?

`context_need(text, cased)` answers with one of:

- `STANDS` (0): publishable on its own;
- `NEEDS_PREVIOUS` (1): it leans on the sentence before it in its article: it opens on a pronoun
  or a connective ("He later said", "But", "Also"), on a definite role with no name ("The judge
  also ordered", "The company"), is a quotation with no speaker ('"We got out."'), names its
  speaker by a pronoun ('"...," she said.'), or (in properly cased text) uses "he"/"she"/"his"/
  "her" before any name. The summarizer shows it only right after that sentence;
- `NEVER` (2): no neighbour makes it publishable: a colon lead-in ("Here's the bit that...:"),
  a piece of a quotation that runs over several sentences (unbalanced quotes), an orphan
  attribution whose quote is elsewhere ("Brown writes on his Kickstarter page.").

`reason(text, cased)` gives the rule's name (for readability checks and tests). Patterns are
anchored or bounded: linear in the sentence length.
"""

from __future__ import annotations

import re

STANDS, NEEDS_PREVIOUS, NEVER = 0, 1, 2

_OPEN_Q = "\"“‘'"
_CONNECTIVE = re.compile(
    r"""^["'“‘(]?\s?(?:He|She|They|It|Its|His|Her|Their|Them|Him|This|That|These|Those|But|And|Or|Nor|However|Also|Still|Yet|
    So|Then|Meanwhile|Instead|Moreover|Furthermore|Nevertheless|Nonetheless|Otherwise|Therefore|Thus|Hence|Such|Both|Another|
    Later|Earlier|Afterward|Afterwards|Here|Even\s+so|In\s+addition|In\s+turn|As\s+a\s+result|By\s+contrast|
    On\s+the\s+other\s+hand|At\s+the\s+same\s+time|Indeed|Again|Other|Others|Similarly|Likewise|Plus|Now,|The\s+same)\b""",
    re.X,
)
_ROLE = re.compile(
    r"""^["'“‘]?(?:The|That|This|These|Those)\s+(?:[a-z]+-year-old\s+)?(?:man|woman|men|women|boy|girl|boys|girls|couple|pair|duo|trio|
    company|firm|group|groups|suspect|suspects|victim|victims|judge|landlord|billionaire|candidate|official|officials|officer|
    officers|teen|teenager|child|children|mother|father|son|daughter|wife|husband|singer|actor|actress|star|player|team|agency|
    department|move|decision|deal|bill|measure|statement|incident|letter|lawmaker|senator|congressman|congresswoman|president|
    leader|minister|spokesman|spokeswoman|spokesperson|driver|pilot|student|students|teacher|researchers?|scientists?|study|
    report|former|latter|two|three|four|five|organization|organisation|network|paper|newspaper|magazine|site|website|show|book|
    film|movie|video|post|tweet|comments?|remarks?|claims?|allegations?|accuser|plaintiff|defendant|lawyer|attorney|source|sources|
    panel|committee|board|court|jury|city|state|country|party|campaign|administration|ruling|verdict|vote|plan|proposal)\b""",
    re.X,
)
_ALSO_EARLY = re.compile(r"^(?:\S+\s+){1,4}?(?:also|too|again|instead|however|though|meanwhile)\b", re.I)
# '"...," she added.' A quotation whose speaker is only a pronoun.
_PRONOUN_SPEAKER = re.compile(
    r"""[,.?!]["”’']\s+(?:he|she|they|it|him|her|his|their|its)(?:\s+[a-z]+){0,2}?\s+(?:said|says|added|adds|told|continued|wrote|writes|explained|insisted|argued|noted|asked)\b|"""
    r"""[,.?!]["”’']\s+(?:said|says|added|adds|wrote|writes)\s+(?:he|she|they)\b""",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|write|explained|insisted|argued|noted|claimed|claims|asked|"
    r"tweeted|stated|declared|announced|according\s+to|continued|promised|warned|replied|responded)\b",
    re.I,
)
# "Brown writes on his Kickstarter page." / "Smith told CNN." / "the company said in a statement."
_ORPHAN = re.compile(
    r"""^["'“‘]?(?:[A-Z][\w.'’-]*|the|a|an)(?:\s+[A-Z]?[\w.'’-]+){0,3}\s+(?:said|says|writes|wrote|reports|reported|told|tells|added|
    adds|explains|explained|notes|noted|tweeted|posted|wrote|argues|argued|continued|continues|insisted)
    (?:\s+(?:the\s+)?[A-Z][\w.&'’-]*){0,4}
    (?:\s+(?:on|in|at|to|from|via|during|through|with|for|after|before|later|earlier|yesterday|today)(?:\s+[\w.'’-]+){0,6})?\s*[.!]?["”’']?$""",
    re.X,
)
_SINGULAR = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)
_CAP = re.compile(r"\b[A-Z][a-z'’]+|\b[A-Z]{2,}\b")
_NOT_NAMES = frozenset(
    """The A An In On At For From By With After Before When While As If But And Or So It Its This That These Those There
    Here He She His Her They Their I We You Our My Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec Last Next Earlier Later Meanwhile According""".split()
)


def reason(text: str, cased: bool = True) -> str | None:
    """The name of the rule that makes `text` depend on its context, or None when it stands."""
    t = text.strip()
    if not t:
        return "empty"
    body = t.rstrip("\"'”’) ")
    if body.endswith(":"):
        return "colon lead-in"
    straight = t.count('"')
    if straight % 2 == 1 or t.count("“") != t.count("”"):
        return "quote piece"
    if _ORPHAN.match(t) and not any(q in t for q in "\"“”"):
        return "orphan attribution"
    if t[:1] in _OPEN_Q and t.rstrip()[-1:] in "\"”’'" and not _ATTRIBUTION.search(_outside_quotes(t)):
        return "quote without speaker"
    if _PRONOUN_SPEAKER.search(t):
        return "pronoun speaker"
    if _CONNECTIVE.match(t):
        return "opens on a pronoun or connective"
    if _ROLE.match(t):
        return "definite reference"
    if _ALSO_EARLY.match(t):
        return "continues an earlier sentence"
    if cased:
        m = _SINGULAR.search(t)
        if m and not any(w not in _NOT_NAMES for w in _CAP.findall(t, 0, m.start())):
            return "pronoun before any name"
    return None


_NEVER = frozenset({"empty", "colon lead-in", "quote piece", "orphan attribution"})


_PERSON_PRONOUN = re.compile(r"""^["'“‘]?(?:He|She|His|Her|Him)\b""")


def supplies_person(previous: str, text: str) -> bool:
    """Can `previous` be the antecedent of a sentence opening on he/she? (It names someone: a
    capitalised word after its first that is not a weekday, month or function word.)"""
    if not _PERSON_PRONOUN.match(text):
        return True
    return any(w not in _NOT_NAMES for w in _CAP.findall(previous, len(previous.split(" ", 1)[0])))


def context_need(text: str, cased: bool = True) -> int:
    r = reason(text, cased)
    if r is None:
        return STANDS
    return NEVER if r in _NEVER else NEEDS_PREVIOUS


def is_cased(text: str) -> bool:
    """Does `text` keep proper-noun capitals (not lower-cased or sentence-cased like the
    truncated Multi-News copies)? Judged on capitals after the first word of each line."""
    tokens = text.split()
    if len(tokens) < 20:
        return True
    caps = sum(1 for a, b in zip(tokens, tokens[1:]) if b[:1].isupper() and not a.endswith((".", "!", "?", '"', "”")))
    return caps / len(tokens) >= 0.03


def _outside_quotes(text: str) -> str:
    """`text` with quoted stretches removed (straight or curly quotes)."""
    return re.sub(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”", " ", text)
