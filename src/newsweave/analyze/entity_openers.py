"""A one-word "name" the story only writes at a sentence's start, where any word is capitalised
(issue 12, session 15).

The largest kind left among the pooled first-run errors is a common word taken for a name, and its
commonest form is a word that opens a sentence: "Time is also a factor …", "Secrecy is not a
stranger …", "Harsh? …". There the capital letter is no evidence (every word there has one), yet the
small spaCy tagger leans on it. So the sentence is tagged again with the word in lower case: when the
tagger then reads it as an ordinary word (no proper-noun token, no entity over it) at every one of the
entity's mentions, the story never writes it anywhere else, and it is a word the training text uses
(20+ times in the 20,000 lower-cased training clusters: a floor, so that a name the small model does
not know, "Portmere", is never re-read), the entity is not listed. It stays in
`EntityIndex.everyone`, so quote and speaker look-ups do not move (as `entity_listing`).

A mid-sentence capital is real evidence, so only sentence openers are re-read (re-read everywhere, the
lower-case tagging calls "Twitter", "House" and "Pfizer" ordinary words too: on the 30 gold sets it
flags 12 of 22 one-mention noise names and 310 real ones). Session 14 tried the
opener test alone (28 gold entities lost: "Washington (AP) —" opens its line) and the tagger's part of
speech on the capitalised word (a sentence-initial "Trump" is tagged a common noun >20 times); the
lower-case re-reading keeps those. Measured on all 30 entity gold sets at once (benchmarks/ANALYSIS.md,
"Session 15"): top-15 noise -3 ("Time", "Secrecy", "Harsh", on three sets of three sessions), one
gold entity lost ("Yonhap", which the small model does not know in lower case). On the 122 dev
stories no entity gold reads (85 AllSides stories, 37 PolNeAR articles; no gold, read by eye) it first
hid 6 names: 4 right (a misspelt "Initital", "Crosstalk", "Scholars", a page number "A6") and 2 real
ones, a dateline and a transcript's speaker label in capitals ("FAIRVIEW, W.Va. -", "WALLACE:"); a
mention written in capitals now keeps its entity, and it hides 2 there, both right. A word followed
by another capitalised word ("Portmere Mayor …", an unknown place opening a sentence) is kept too.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..shipped import shipped_model
from .doc_cache import run_steps

# What may stand between a sentence's (or a line's) start and its first word.
_LEAD = " \t\n\"'“”‘’([—–-:*•"
_CAPITAL_NEXT = re.compile(r"(?:'s|’s)?[ \xa0]+[A-Z]")


def _opens(text: str, sent_start: int, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[sent_start:start].strip(_LEAD) or not text[line_start:start].strip(_LEAD)


def _ordinary(nlp, sentence: str, start: int, end: int) -> bool:
    """The tagger reads sentence[start:end], written in lower case, as an ordinary word."""
    doc = run_steps(nlp, [sentence[:start] + sentence[start:end].lower() + sentence[end:]])[0]
    if any(e.start_char < end and e.end_char > start for e in doc.ents):
        return False
    return not any(t.pos_ == "PROPN" for t in doc if start <= t.idx < end)


def ordinary_openers(entities: tuple, resolved: list, documents: tuple, load_nlp) -> set[str]:
    """Names of one-word entities every mention of which opens a sentence or a line, that the story
    writes nowhere else with a capital, and that the tagger reads as ordinary words in lower case
    (`load_nlp()` gives the spaCy pipeline or None; it is called only when a name passes the rest)."""
    candidates = {e.name for e in entities if len(e.name.split()) == 1}
    if not candidates:
        return set()
    texts = {d.article.id: d.article.text for d in documents}
    sentences = {d.article.id: sorted(d.sentences, key=lambda s: s.start) for d in documents}
    starts = {aid: [s.start for s in ss] for aid, ss in sentences.items()}
    places: dict[str, list] = {}
    for m, name in resolved:
        if name in candidates:
            places.setdefault(name, []).append(m)
    out = set()
    for name, mentions in places.items():
        spots = []
        for m in mentions:
            i = bisect.bisect_right(starts.get(m.article_id, []), m.start) - 1
            sent = sentences[m.article_id][i] if i >= 0 else None
            if sent is None or not sent.start <= m.start < sent.end or not _opens(texts[m.article_id], sent.start, m.start):
                break
            if texts[m.article_id][m.start : m.end].strip().isupper():
                break  # a dateline or a transcript's speaker ("FAIRVIEW, W.Va. -", "WALLACE:"): capitals chosen, not forced
            if _CAPITAL_NEXT.match(texts[m.article_id], m.end):
                break  # "Portmere Mayor Ines Reed …": a run of capitals, not one forced capital
            spots.append((sent, m))
        else:
            if name.lower() not in common_words():
                continue  # not a word the training text uses often: an unknown name ("Portmere"), never re-read
            written = sum(len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t)) for t in texts.values())
            if written > len(mentions) or (nlp := load_nlp()) is None:
                continue
            if all(
                    _ordinary(nlp, texts[m.article_id][sent.start:sent.end], m.start - sent.start, m.end - sent.start) for sent, m in spots):
                out.add(name)
    return out


def without_openers(entities: tuple, resolved: list, documents: tuple, load_nlp=None) -> tuple:
    """The entities shown, in order, less the ordinary words that only open sentences."""
    hidden = ordinary_openers(entities, resolved, documents, load_nlp or tagger_or_none)
    return tuple(e for e in entities if e.name not in hidden) if hidden else entities


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words the training text uses at least 20 times (`data/common_words.json`, built by
    benchmarks/build_common_words.py); empty, so the rule is off, when the file is missing."""
    return shipped_model("common_words.json", lambda d: frozenset(d["words"])) or frozenset()


def tagger_or_none():
    """The shared spaCy pipeline, or None where spaCy or its model is missing (the rule is then off)."""
    from .entities import shared_nlp  # (a late import: entities imports this module)

    try:
        return shared_nlp()
    except Exception:  # ModelError, ImportError: no tagger, no re-reading
        return None
