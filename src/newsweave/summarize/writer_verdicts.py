"""A writer's verdict told as news, and a plan another article reports done (issue 13, session 15).

Read on the first reading of `allsides15` (12 AllSides stories never read as summaries: short
cased excerpts of three outlets, several of them columns) and the cased sets' remaining failures.
`opinion.py` knows judging WORDS ("a farce", "disastrous policy"); a column often rules on the news
with plain words instead. Five forms, each in the writer's own voice (quoted words and sentences
that say whose view it is, `opinion._ATTRIBUTED`, are left alone by the caller):

- "ruling": the writer rules an act right or wrong: "<the board> was wrong to <act>", "was
  entirely right to ...", "This decision is the wrong one". Not after "it" ("it is wrong to
  say ..." is a general statement, not a ruling on someone's act).
- "verdict tag": a verdict tagged onto a fact: "..., and that's a good thing.", "which is a bad
  thing", "That is a welcome thing."
- "feeling": the writer telling the public what to feel: "should be concerned", "ought to be
  alarmed", "must be grateful" (not what to do: "residents should be prepared" is advice news
  reports pass on).
- "lie": the writer calling a claim a lie or a joke ("... becomes a lie", "the pledge is a joke");
  "pretext": an event named as an actor's cover ("Under cover of the crisis, X is moving to ...").
  Both came from two NeuS editorials' sentences the readability gold had long failed (neus-val-203,
  146): tuning, and their only hits on the cased dev text.

`verdict(own)` gives the kind or "" (`opinion.judgment` asks it after its own lists, on the
sentence without its quoted words). `reported_question(title)`: a headline's "should" inside a
reported question ("Voters split on whether X should ...") does not argue. `argues(title)` adds
two forms of an arguing headline to `opinion.argues_in_title`: a ruling ("Board Is Wrong to
Uphold ...") and an imperative to the reader or the powerful that closes a two-part headline ("X Stays Banned. Keep It That Way."); a news
headline's imperative sends the reader to the page ("Watch: ...", "Read ..."), never this.

`such_reference(text)`: "One such cause ..." points back at a kind named before (a marked opinion
sentence from neus-val-146 leaned so once the sentence before it was refused).

`stale_intentions(documents)`: a sentence that announces someone intends or plans to <act> on a
thing ("announced she intends to sign an emergency order ...") while another article of the
cluster reports the act done ("signed an emergency order on Friday"): the plan is stale, as
session 14's `cased_leans.stale_previews` found for a weekday's event; that rule needs a weekday in
both. Regular verbs only (past in -ed), the thing's head noun must match: bounded patterns, no
parse.

Checked by reading every sentence they change on the cased dev text (benchmarks/SUMMARIZATION.md,
"Session 15 (issue 13, readability on fresh AllSides stories)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Document
from .casing import _outside_quotes

_APOS = "['’]"
_RULING = re.compile(
    r"(?<![Ii]t\s)(?<![Ii]t['’]s\s)\b(?:is|was|are|were)\s+(?:(?:entirely|absolutely|completely|quite|exactly|simply|clearly|dead|so|not)\s+)?"
    r"(?:wrong|right)\s+to\s+[a-z]"
    r"|\b(?:is|was)\s+the\s+(?:wrong|right)\s+(?:one|call|decision|move|choice|answer)\b"
)
_TAG = re.compile(
    rf"\b(?:that|this|which)(?:{_APOS}s|\s+is|\s+was)\s+(?:a\s+)?(?:very\s+|really\s+)?"
    r"(?:good|bad|great|terrible|welcome|healthy|dangerous|wonderful|sad)\s+thing\b",
    re.I,
)
_FEELING = re.compile(
    r"\b(?:should|ought\s+to|must)\s+(?:all\s+)?be\s+(?:very\s+|deeply\s+|gravely\s+|extremely\s+|more\s+)?"
    r"(?:concerned|worried|alarmed|outraged|troubled|grateful|ashamed|afraid|scared|terrified|appalled|disturbed|thankful|embarrassed)\b"
)

# "... the very notion that X becomes a lie", "the pledge is a joke": the writer calling a claim a
# lie or a joke (neus-val-203's editorial). "saying it was a joke" says whose words (`_SAYING`).
_LIE = re.compile(r"\b(?:is|was|becomes|became|are|were)\s+(?:(?:just|simply|all)\s+)?(?:a|an|nothing\s+but\s+a)\s+(?:big\s+)?(?:lie|joke)\b")
# "Under cover of the crisis, <a government> is moving to ...": a motive imputed to an actor, an
# event as its pretext (neus-val-146's editorial); "under cover of darkness/secrecy" is how, not why.
_PRETEXT = re.compile(r"(?i)\bunder\s+(?:the\s+)?cover\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:crisis|pandemic|war|emergency|outbreak|chaos|confusion|turmoil)\b")

# Whose words they are, in the participle `opinion._ATTRIBUTED` does not list ("..., saying the
# comedian should be ashamed": a training sentence that is news).
_SAYING = re.compile(r"\b(?:saying|adding|writing|arguing|insisting|tweeting|telling|declaring|noting)\b")


def verdict(own: str) -> str:
    """The kind of verdict (`ruling`, `verdict tag`, `feeling`) the writer states in `own` (a
    sentence without its quoted words), or ""."""
    if _SAYING.search(own):
        return ""
    for kind, rule in (("ruling", _RULING), ("verdict tag", _TAG), ("feeling", _FEELING), ("lie", _LIE), ("pretext", _PRETEXT)):
        if rule.search(own):
            return kind
    return ""


# A headline's ruling ("Board Is Wrong to Uphold Ban", "Court Was Right to ...") and an imperative
# part after a first one ("Trump Stays Banned. Keep It That Way."): verbs that order or urge, not the
# page's own ("Watch", "Read", "Listen", "See", "Meet", "Check out").
_TITLE_RULING = re.compile(r"(?i)(?<!\bit\s)\b(?:is|was|are|were)\s+(?:(?:dead|so|not)\s+)?(?:wrong|right)\s+to\s+[a-z]")
_IMPERATIVE = re.compile(
    rf"^(?:Keep|Stop|Don{_APOS}t|Do\s+not|Let{_APOS}s|Leave|Forget|Ignore|End|Give|Stand|Fix|Save|Quit|Resist|Reject|Remember)\b"
    rf"(?:\s+(?:it|them|him|her|this|that|the|us|up|out))?",
)


def argues(title: str | None) -> bool:
    """Does the headline rule on an act ("X Is Wrong to ...") or close on an imperative to the
    reader ("... . Keep It That Way.")?"""
    if not title:
        return False
    own = re.sub(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’", " ", title)
    if _TITLE_RULING.search(own):
        return True
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])", own) if p.strip()]
    return len(parts) > 1 and any(_IMPERATIVE.match(p) for p in parts[1:])


# "One such cause is ...", "Another such case": "such" names a kind the words before gave (a marked
# opinion sentence, shown alone after the news, must not lean: opinion_marked._points_back asks).
_SUCH = re.compile(r"(?i)\b(?:one|another|any|each)\s+such\b|^\W*such\s+(?!as\b)[a-z]")


def such_reference(text: str) -> bool:
    """Does the sentence point back with "one such", "another such", or an opening "Such <noun>"?"""
    return bool(_SUCH.search(text))


# "Voters split on whether the mayor should resign": the modal inside a reported question is the
# question's, not the writer's argument (a Pew survey's headline in allsides15 read as opinion).
_REPORTED_QUESTION = re.compile(r"(?i)\b(?:whether|if)\b[^.?!:]{0,80}?\b(?:should|must|ought\s+to|needs?\s+to)\b")


def reported_question(title: str | None) -> bool:
    """Is the headline's modal inside a reported question ("... divided on whether X should ...")?"""
    return bool(title) and bool(_REPORTED_QUESTION.search(title))


# "intends to sign an emergency order", "plans to file a lawsuit", "is set to unveil a plan":
# a plan (verb, the head noun of its object); the report: "signed an executive order".
_PLAN = re.compile(
    r"\b(?:intends|intend|plans|plan|planned|is\s+set|is\s+going|is\s+expected|are\s+expected)\s+to\s+"
    r"([a-z]{3,})\s+(?:an?|the|his|her|its|their|new)\s+((?:[a-z-]+[\s,]+){0,2}[a-z-]+)"
)
_PLAN_WILL = re.compile(r"\b(?:will|would)\s+([a-z]{3,})\s+(?:an?|the|his|her|its|their|new)\s+((?:[a-z-]+[\s,]+){0,2}[a-z-]+)")
_STOP = frozenset("that which who whom to on in for with from by at of and or as this next than into before after".split())


def _past(verb: str) -> str:
    return verb + "d" if verb.endswith("e") else verb + "ed"


def _plans(text: str) -> list[tuple[str, str]]:
    out = []
    for rule in (_PLAN, _PLAN_WILL):
        for m in rule.finditer(text):
            words = []
            for w in re.findall(r"[a-z-]+|,", m.group(2)):
                if w == "," or w in _STOP:
                    break
                words.append(w)
            if words and len(words[-1]) >= 3:
                out.append((m.group(1), words[-1]))
    return out


def stale_intentions(documents: Sequence[Document]) -> set[tuple[int, int]]:
    """(document index, sentence index) of sentences that announce a plan to act on a thing
    ("intends to sign an emergency order") that another document reports done in the past
    ("signed an executive order"), with no plan word in that report."""
    plans: list[tuple[int, int, str, str]] = []
    for k, d in enumerate(documents):
        for s in d.sentences:
            if re.search(r"\b(?:announced|announces|said|says)\b", s.text):
                plans.extend((k, s.index, v, noun) for v, noun in _plans(_outside_quotes(s.text)))
    if not plans:
        return set()
    out = set()
    for k, i, verb, noun in plans:
        done = re.compile(rf"\b{re.escape(_past(verb))}\s+(?:an?|the|his|her|its|their|new)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b")
        for j, d in enumerate(documents):
            if j == k:
                continue
            if any(done.search(_outside_quotes(s.text)) and not _plans(s.text) for s in d.sentences):
                out.add((k, i))
                break
    return out
