"""Credit, citation and phrase words glued onto names: span repairs on the tagger's raw mentions.

Kinds read from the pooled first-run errors of entities_dev_d … _j (issue 12, session 9): the
small spaCy model runs a name on into the words that follow it when those words are capitalised.
Each rule is a pure string rule over one story's mentions and texts (no model), applied by
`entity_spans.repair_mentions`:

- a citation's "et al" ("… by D. Aune et al is published …") is not part of the name;
- a pull-quote or byline credit run into a name ("– Dr Lina Sorel Study author", "Lina Sorel Staff
  Writer"): a person name the story tags on its own, followed by capitalised words that the text
  also writes in lower case and that are not the head of an institution or place ("… Memorial
  Fund", "… University", "… Bridge"), is the person;
- a one-word member noun ("a Beatle" where the text writes "The Beatles") is not a name;
- a phrase before a place ("the Great State of Texas", "the State of Ohio", "the Commonwealth of
  Virginia") is cut when the story also names the place alone and never writes the phrase as a
  name of its own ("Islamic State" alone keeps "Islamic State of …" whole).
"""

from __future__ import annotations

import re
from dataclasses import replace

_ET_AL = re.compile(r"\s+et\.?\s+al\.?$")
# Heads that make "<person name> X" a name of its own ("Tessa Ward Memorial Fund", "George Ley
# University", "Ida Crane Day"): never a credit.
_NAME_HEADS = frozenset(
    """memorial fund foundation trust award awards prize medal lecture scholarship center centre hall library
    institute university college school academy hospital clinic museum stadium arena park bridge street road
    avenue square building house tower airport station act law bill day show hour prize cup trophy
    group company inc ltd llc corp agency partners associates""".split()
)
_STATE_OF = re.compile(r"^(?:(?P<adj>[A-Za-z]+) )?(?:State|Commonwealth) of (?P<place>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)$")


def _lower_words(texts: dict[str, str]) -> set[str]:
    return {w for t in texts.values() for w in re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", t)}


def cut_et_al(m):
    """'D. Aune et al' -> 'D. Aune'."""
    hit = _ET_AL.search(m.text)
    if not hit or hit.start() == 0:
        return m
    return replace(m, end=m.start + hit.start(), text=m.text[: hit.start()])


def cut_credit_tail(m, persons: set[str], lower_words: set[str], bare):
    """'Dagfinn Aune Study' (from "– Dr Dagfinn Aune Study author") -> 'Dagfinn Aune' when the story
    tags 'Dagfinn Aune' on its own (as a person, or as an organisation, which the small tagger often
    makes of a person) and writes 'study' in lower case."""
    if m.kind not in ("person", "organization"):
        return m
    words = bare(m.text).split()
    for k in range(len(words) - 1, 1, -1):
        prefix, tail = " ".join(words[:k]), words[k:]
        if prefix not in persons:
            continue
        if all(w[:1].isupper() and w.isalpha() and w.lower() in lower_words and w.lower() not in _NAME_HEADS for w in tail):
            at = m.text.rfind(prefix)
            if at >= 0:
                return replace(m, start=m.start + at, end=m.start + at + len(prefix), text=prefix)
        return m
    return m


def cut_state_of(m, places: set[str], texts: dict[str, str]):
    """'Great State of Texas' -> 'Texas' when the story also tags 'Texas' as a place and never writes
    the words in front as a name of their own ("Islamic State" alone: "Islamic State of …" stays)."""
    if m.kind != "place":
        return m
    hit = _STATE_OF.match(m.text.removeprefix("the ").removeprefix("The "))
    if not hit or hit.group("place") not in places:
        return m
    head = hit.group(0)[: hit.start("place")].removesuffix(" of ")
    if hit.group("adj") and any(re.search(rf"(?<![\w-]){re.escape(head)}(?! of)(?![\w-])", t) for t in texts.values()):
        return m
    at = m.text.rfind(hit.group("place"))
    return replace(m, start=m.start + at, text=hit.group("place"))


_COUNT_DETERMINER = re.compile(r"(?i)(?<![\w-])(?:a|an|another|every|each|one|fellow|former|then)\s+$")


def member_nouns(mentions: list, texts: dict[str, str], bare) -> list:
    """Drop a one-word non-person mention used as a count noun ("a Beatle", "the then Beatle") whose
    plural the text writes as a name that the tagger never tagged ("The Beatles"): a member noun,
    not a name ("the two Koreas" does not touch "North Korea": no determiner). When the plural is
    tagged, `entity_names.plural_owner` joins the two instead."""
    tagged = {bare(m.text) for m in mentions}
    out = []
    for m in mentions:
        word = bare(m.text)
        if (m.kind != "person" and word.isalpha() and word[:1].isupper() and " " not in word and word + "s" not in tagged
                and _COUNT_DETERMINER.search(texts[m.article_id], max(0, m.start - 12), m.start)):
            if any(re.search(rf"(?<![\w-]){word}s(?![\w-])", t) for t in texts.values()):
                continue
        out.append(m)
    return out


def cut_credits(mentions: list, texts: dict[str, str], bare) -> list:
    """All the repairs above, in order; `bare` strips titles and possessives."""
    mentions = member_nouns([cut_et_al(m) for m in mentions], texts, bare)
    lower_words = _lower_words(texts)
    # names tagged on their own (the tagger often types a researcher's name an organisation)
    persons = {bare(m.text) for m in mentions if m.kind in ("person", "organization") and len(bare(m.text).split()) >= 2}
    places = {bare(m.text) for m in mentions if m.kind == "place"}
    out = []
    for m in mentions:
        m = cut_credit_tail(m, persons - {bare(m.text)}, lower_words, bare)
        out.append(cut_state_of(m, places, texts))
    return out
