"""Cased news text (issue 13, session 14): three sentence kinds that read as news but are not.

`reason(text)` names the rule that keeps a sentence of a properly cased article from standing
alone (`standalone.reason` asks it for cased text only; the lower-cased copies have their own
rules in lowercase.py and bare_names.py), or gives None:

- "definite reference": a person called by an epithet as the possessor that opens the
  sentence ("The retired vicar's seaside cottage was searched ..."). The epithet rule of
  session 13 (`standalone._EPITHET`) takes an epithet straight away followed by its verb; a
  possessive is the same first mention of someone the article named before (or whose name was in
  a headline the page kept apart): a summary opened on one never says who (fulltext dev:
  multinews-fulltext-val-45753 opened on one).
- "points at words before": "<someone> was referring to ..." (or alluding to): the sentence
  explains words its article quoted just before; shown alone, the reader never sees what was
  referred to (neus-val-92).
- "page link": an imperative that sends the reader to the page's media ("Watch the full
  interview with ... (video).", "Listen to the podcast below", "Check out the questions"): page
  furniture, never a summary sentence (neus-val-300).
- "continues an earlier sentence": "similarly" or "likewise" anywhere outside quotation marks
  ("... is similarly worrying"; standalone._ALSO_EARLY only looks at the first ten words).
- "pronoun before any name": a sentence adverb opening with a comma ("Now, having become a
  broker himself, he gets ...") is capitalised by its place, not a name; standalone.py's pronoun
  rule counted it as one and let the pronoun pass.

- "page link" also for a news site's video widget ("JUST WATCHED <clip> Replay More Videos"),
  "caption" for a picture described as the page shows it ("A scale model of the pier is shown."),
  and "continues an earlier sentence" for an illustration of a claim made before ("Case in point
  is ...", "For example, ...").

Counted on every sentence of the cased dev text (fulltext_dev46 and neus_val100 articles, first
15 sentences each; AllSides and PolNeAR dev texts, first 30; 6,782 sentences), the sentences whose
`standalone.reason` changes against 1871843: 20, by reading 19 back-references, captions or page
text and one writer's aside whose pronoun is generic ("Remember, ... him or herself", the
writer's voice all the same). Small counts: kinds the earlier rules missed, found
in the gold's failures and in the 26 fulltext_dev46 clusters outside the readability gold and
20 AllSides stories (read as development evidence, session 14), not frequent ones.

`stale_previews(documents)` (used by prepare._mark_development): a sentence that looks forward to
an event on a weekday ("is expected to defend the plan in a Friday address") while another article of the
cluster reports that event on that day in the past ("in an address on Friday, she defended ..."):
the preview is stale, the event has happened (neus-val-222, where the preview and the report sat
in one summary). The document-level rule (development.stages) misses it when the previewing
article's lead is itself a report. On the fulltext_dev46 and neus_val100 clusters it takes one
sentence, that preview (benchmarks/SUMMARIZATION.md, "Session 14 (issue 13, readability, cased)").

Patterns are anchored or bounded: linear in the sentence length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Document
from .casing import _outside_quotes
from .standalone import _PERSON_NOUN

# "The retired vicar's", "The Episcopal priest’s", "The 34-year-old driver's": modifiers may be
# capitalised here (a denomination, a nationality), unlike the verb-subject epithet.
_POSSESSIVE_EPITHET = re.compile(
    r"""^["'“‘]?The\s+(?:(?!(?:of|in|at|on|for|with|from|by|and|or|to|who|which|that)\b)[A-Za-z0-9][\w'’-]*,?\s+){0,4}"""
    + _PERSON_NOUN
    + r"""(?:'s|’s)\s"""
)
_REFERRING = re.compile(r"\b(?:was|were|is|are|had\s+been)\s+(?:[a-z]+ly\s+)?(?:referring|alluding)\s+to\s+(?!what\b|whom?\b)")
_PAGE_LINK = re.compile(
    r"""^(?:Check\s+out\b|(?:Watch|Listen\s+to|Click|Tap|Scroll\s+down)\b(?=.{0,200}?(?:\((?:video|audio|watch|listen|photos?)\)|\b(?:below|above|here|video|clip|podcast|interview|footage|livestream)\b)))"""
)
# A news site's video widget (CNN's "JUST WATCHED <clip title> Replay More Videos ...", "MUST
# WATCH <clip title> 03:22"): the page's player, never a sentence. Case-sensitive: the widget's own
# capitals (the lower-cased copies glue it to the news text; their trims are copy_edges.py's).
_WIDGET = re.compile(r"^(?:JUST\s+WATCHED|MUST\s+WATCH)\b|\bReplay\s+More\s+Videos\b")
# A photo or a model described as the page shows it: "A 3D model of the ship is shown.", "Televised
# images from the capital showing crowds who ..." (no finite verb after "showing").
_CAPTION = re.compile(
    r"""^[^.]{0,120}\b(?:is|are)\s+(?:shown|pictured)(?:\s+(?:here|above|below))?\s*\.$|"""
    r"""^(?:[A-Z][a-z]+\s+)?(?:[Ii]mages|[Pp]hotos|[Pp]hotographs|[Pp]ictures|[Ff]ootage)(?:\s+and\s+[a-z]+)?(?:\s+(?:from|of)\s+[^,.]{1,60})?\s+showing\b"""
    r"""(?![^.]*\b(?:is|was|are|were|has|have|had|will|would)\b)"""
)
# "Case in point is ...", "For example, ...": an illustration of a claim made before.
_ILLUSTRATES = re.compile(r"""^["'“‘]?(?:Case\s+in\s+point\b|For\s+(?:example|instance),|As\s+an\s+example,)""")
# "... is similarly disconcerting", "shows X likewise ahead": a comparison with what came before,
# wherever it stands outside quotation marks (standalone._ALSO_EARLY looks at the first ten words).
_COMPARED = re.compile(r"\b(?:similarly|likewise)\b", re.I)
# Sentence adverbs that open a sentence with a comma: capitalised only by their place, never a
# name. "Now, having become a broker himself, he gets ...": the pronoun rule of standalone.py
# counts any capitalised word before the pronoun as a name, so such an opening hid the pronoun.
_ADVERB_OPENING = re.compile(
    r"""^["'“‘]?(?:Now|Still|Today|Yesterday|Instead|Finally|Second|Third|Obviously|Remember|Indeed|Yet|Then|Once|Soon|"""
    r"""Ultimately|Eventually|Clearly|Certainly|Surely|Perhaps|Again|Sadly|Unfortunately|Fortunately|Ironically|Apparently|"""
    r"""Reportedly|Initially|Originally|Previously|Recently|Currently|Separately|Additionally|Anyway|Of\s+course),\s+"""
)


def reason(text: str) -> str | None:
    """The rule's name when a sentence of a cased article leans on what it does not say, else None."""
    t = text.strip()
    if _PAGE_LINK.match(t) or _WIDGET.search(t):
        return "page link"
    if _CAPTION.match(t):
        return "caption"
    if _ILLUSTRATES.match(t):
        return "continues an earlier sentence"
    if _POSSESSIVE_EPITHET.match(t):
        return "definite reference"
    if _REFERRING.search(_outside_quotes(t)):
        return "points at words before"
    if _COMPARED.search(_outside_quotes(t)):
        return "continues an earlier sentence"
    m = _ADVERB_OPENING.match(t)
    if m and _pronoun_first(t, m.end()):
        return "pronoun before any name"
    return None


def _pronoun_first(t: str, at: int) -> bool:
    """Does a he/she/his/her/they come at or after `at` before any capitalised word that can be a
    name (the test of standalone.reason's last rule, from `at` on)?"""
    from .standalone import _CAP, _NOT_NAMES, _PLURAL, _SINGULAR, _names_next

    m = _SINGULAR.search(t, at)
    if m is None or any(w not in _NOT_NAMES for w in _CAP.findall(t, at, m.start())) or _names_next(t, m.end()):
        return False
    return not (m.group(0).lower().startswith(("the", "them")) and _PLURAL.search(t, at, m.start()) is not None)


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EVENT = r"(?:speech|address|vote|meeting|hearing|briefing|announcement|debate|summit|rally|interview|testimony|session|ruling|verdict|sentencing|news\s+conference|press\s+conference)"
# A look forward: "is expected to ...", "is set to ...", "will deliver ...".
_AHEAD = re.compile(r"\b(?:is|are)\s+(?:set|expected|due|scheduled|poised|slated)\s+to\b|\bwill\s+(?:deliver|give|hold|make|outline|address|announce|testify|speak)\b")
# The weekday and the event in one phrase: "a Tuesday speech", "a speech on Tuesday", "Tuesday's vote".
_DAY_EVENT = re.compile(
    r"\b(" + _WEEKDAY + r")(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}?(" + _EVENT + r")\b|\b(" + _EVENT + r")\s+(?:[a-z]+\s+){0,3}?on\s+(" + _WEEKDAY + r")\b"
)


# A report says the event happened: a past form (not "is holding a hearing on Friday", not a plan).
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|said|told|gave|made|held|met|spoke|took|won|lost|was|were|went|came|began|struck|fell|rose)\b")
_PLANNED = re.compile(r"\b(?:will|would|plans?\s+to|planned\s+to|scheduled|upcoming|ahead\s+of|is\s+to|are\s+to|expected|(?:is|are)\s+(?:\w+\s+)?(?:giving|holding|making|delivering))\b")


def _day_events(text: str) -> set[tuple[str, str]]:
    out = set()
    for m in _DAY_EVENT.finditer(text):
        day, event = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        out.add((day, event.split()[-1]))
    return out


def stale_previews(documents: Sequence[Document]) -> set[tuple[int, int]]:
    """(document index, sentence index) of sentences that look forward to a weekday's event that
    another document reports as past (the same weekday and event noun in a sentence that does not
    look forward). Cased articles only matter here: a lower-cased copy has lower-case weekdays and
    is never matched."""
    ahead: dict[tuple[str, str], list[tuple[int, int]]] = {}
    past: dict[tuple[str, str], set[int]] = {}
    for k, d in enumerate(documents):
        for s in d.sentences:
            pairs = _day_events(_outside_quotes(s.text))
            if not pairs:
                continue
            looks_ahead = _AHEAD.search(s.text) is not None
            for p in pairs:
                if looks_ahead:
                    ahead.setdefault(p, []).append((k, s.index))
                elif _PAST.search(_outside_quotes(s.text)) and not _PLANNED.search(s.text):
                    past.setdefault(p, set()).add(k)
    return {(k, i) for p, rows in ahead.items() for k, i in rows if past.get(p, set()) - {k}}


# A capitalised word (a surname candidate) and the word before it.
# The name must end its phrase: punctuation, the end, or a function word after it ("slammed Quill on
# Twitter"); a content word after it makes it a modifier ("losing Facebook friends"), a verb a
# subject ("The subdued Quill called ..."), an apostrophe a possessive.
_NAME_AFTER = re.compile(
    r"""(?:^|(?<=\s))([a-z][a-z'’-]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])"""
    r"""(?=\s*(?:[.,;:!?)—–]|$|\s(?:on|in|at|for|with|and|to|as|after|before|over|during|from|about|into|by|while|when|because|but|or)\b))"""
)
# Words after which a surname is the object of an act ("Trump slammed Quill", "slapping Dorrow"):
# a verb in -ed or -ing, or one of these; not a preposition ("a blow to Quill" is left alone).
_TAKES_PERSON = frozenset(
    """told asked called urged thanked accused blamed sued charged named gave sent met paid showed joined hired fired
    replaced defeated beat hit interviewed visited praised criticized criticised endorsed attacked arrested nominated
    appointed questioned slammed mocked blasted thanked hugged shot killed stabbed punched kicked robbed""".split()
)


# Words in -ing or -ed that work as prepositions ("including Rome", "according to").
_PREPOSITIONS = frozenset("including according during regarding concerning following excluding involving considering barring pending".split())


def bare_object(text: str, surnames, common_words=frozenset()) -> str | None:
    """The surname a cased sentence uses bare as the object of an act ("On Saturday, Trump slammed
    Quill on Twitter.", "... punching and slapping Dorrow."): a word the cluster writes after a
    first name (`surnames`, bare_names.surnames), right after a verb that takes a person, not
    followed by another capitalised word, not possessive, not named earlier in the sentence, never
    inside quotation marks. Like a bare subject (bare_names._SUBJECT) it must have been introduced
    earlier in the summary (coverage.py waits for that). Session 14: two of the 26 fulltext_dev46
    clusters outside the readability gold showed one (development evidence)."""
    from .bare_names import _GROUPS
    from .standalone import _NOT_NAMES

    outside = _outside_quotes(text)
    for m in _NAME_AFTER.finditer(outside):
        verb, name = m.group(1), m.group(2)
        if name not in surnames or name.lower() in common_words or name in _NOT_NAMES or name in _GROUPS:
            continue  # a weekday, a month, "Democrats"
        if outside[m.end(2) : m.end(2) + 1] == "." and outside[m.end(2) + 1 :].strip():
            continue  # a title's abbreviation ("met Gov. Ada Quill")
        if not (verb in _TAKES_PERSON or (len(verb) > 4 and verb.endswith(("ed", "ing")) and verb not in _PREPOSITIONS)):
            continue
        if name in outside[: m.start(2)]:
            continue  # named (in full) earlier in the sentence
        return name
    return None

