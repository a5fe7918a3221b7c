"""Where a name starts and ends, part 5 (issue 12, session 10): kinds left over on the session's fresh
sets `_s`, `_t`, `_u` (now tuning data). Pure string rules over one story's mentions and texts (no
model), applied at the start of `entity_spans.repair_mentions`:

- a company's legal suffix is part of its name: a mention that is only the suffix ("SE" of
  "BioNTech SE", which the small tagger keeps alone) takes the capitalised words right before it, and
  a name right before a suffix takes it ("Orvane" + " AG"); a suffix with no name before it is dropped;
- a common-noun descriptor at the start of a sentence is not part of the name that follows it
  ("Drugmaker Pfizer", "Novelist Ama Reed"): a closed list of occupation and trade nouns, and any
  word ending in "-maker";
- an adjective of origin before "Americans", "Canadians" or "Australians" is part of that group
  ("Asian" + " Americans", "Native" + " Americans"; any other adjective stays apart: "British",
  "Fenlanders");
- `surname` reads the surname of a name ending with a generational suffix ("Cy Vance Jr." -> "Vance").
"""

from __future__ import annotations

import re
from dataclasses import replace

# Legal forms of companies written after their name.
_COMPANY_SUFFIX = r"(?:SE|AG|NV|N\.V\.|plc|PLC|Plc|Inc\.?|Corp\.?|Co\.|Ltd\.?|LLC|GmbH|S\.A\.|S\.p\.A\.|A/S|ASA|AB|Oyj|KGaA)"
_SUFFIX_ONLY = re.compile(_COMPANY_SUFFIX + r"$")
_SUFFIX_AFTER = re.compile(r"[ \xa0](" + _COMPANY_SUFFIX + r")(?![\w/])")
_CAP_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w&'’.-]*[ \xa0]){1,3})$")
_GENERATION = frozenset("jr jr. sr sr. ii iii iv".split())
# Nouns that describe what a person or company is, written before the name at a sentence start
# ("Drugmaker Pfizer said ..."): a closed list; any "-maker" word counts too.
_DESCRIPTORS = frozenset(
    """retailer insurer lender broker carrier airline conglomerate startup supplier manufacturer
    rapper singer songwriter actor actress comedian musician artist painter sculptor photographer
    novelist author poet playwright filmmaker screenwriter producer designer architect chef model
    billionaire tycoon entrepreneur businessman businesswoman investor philanthropist banker
    economist analyst journalist reporter columnist broadcaster blogger podcaster influencer
    activist campaigner scientist researcher historian
    athlete footballer striker goalkeeper quarterback pitcher golfer swimmer gymnast boxer sprinter
    skier cyclist wrestler skater runner
    suspect defendant plaintiff victim witness""".split()
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’')\]]*\s+|\n\s*)$")
# Adjectives of origin written before a group ("Asian Americans", "Native Hawaiians").
_ORIGIN = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)$")
# Only the nations whose people are named by origin this way ("Asian Americans", "Chinese Canadians");
# any other adjective before a group stays apart ("British" + "Fenlanders", the gold rule of `_b`).
_HYPHENATED_NATIONS = frozenset("Americans Canadians Australians".split())
_ORIGIN_WORDS = frozenset("Native Latino Latina Latinx Hispanic Arab Black Indigenous".split())


def surname(name: str) -> str:
    """The last word of a person's name that is not a generational suffix ("Cy Vance Jr." -> "Vance")."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].lower() in _GENERATION:
        tokens = tokens[:-1]
    return tokens[-1] if tokens else name


def company_suffixes(mentions: list, texts: dict[str, str]) -> list:
    """'BioNTech' + ' SE' is one organisation; a lone 'SE' takes the capitalised words before it."""
    out = []
    by_end = {(m.article_id, m.end): i for i, m in enumerate(mentions)}
    gone: set[int] = set()
    fixed: dict[int, object] = {}
    for i, m in enumerate(mentions):
        text = texts[m.article_id]
        if _SUFFIX_ONLY.match(m.text.strip()):
            before = by_end.get((m.article_id, m.start - 1))
            if before is not None and text[m.start - 1] in " \xa0" and before not in gone:
                b = mentions[before]
                fixed[before] = replace(b, end=m.end, text=text[b.start : m.end], kind="organization")
                gone.add(i)
                continue
            words = _CAP_WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
            if not words:
                gone.add(i)
                continue
            start = m.start - len(words.group(1))
            fixed[i] = replace(m, start=start, text=text[start : m.end], kind="organization")
            continue
        after = _SUFFIX_AFTER.match(text, m.end)
        if after and m.kind in ("organization", "person") and (m.article_id, after.end()) not in {
                (x.article_id, x.end) for x in mentions if x is not m}:
            fixed[i] = replace(m, end=after.end(), text=text[m.start : after.end()], kind="organization")
    for i, m in enumerate(mentions):
        if i not in gone:
            out.append(fixed.get(i, m))
    return out


def cut_descriptor(m, text: str):
    """'Drugmaker Pfizer' at a sentence start -> 'Pfizer'."""
    words = m.text.split(" ")
    first = words[0]
    if (len(words) < 2 or not first.isalpha() or not first[:1].isupper() or not first[1:].islower()
            or not words[1][:1].isupper()):
        return m
    if first.lower() not in _DESCRIPTORS and not first.lower().endswith("maker"):
        return m
    if not _SENTENCE_START.search(text, max(0, m.start - 6), m.start):
        return m
    cut = len(first) + 1
    return replace(m, start=m.start + cut, text=m.text[cut:])


def origin_groups(mentions: list, texts: dict[str, str]) -> list:
    """'Asian' + ' Americans' (the tagger keeps 'Americans' only) is one group."""
    out, dropped = [], set()
    starts = {(m.article_id, m.start): i for i, m in enumerate(mentions)}
    for m in mentions:
        text = texts[m.article_id]
        word = m.text.strip()
        if m.kind == "group" and word in _HYPHENATED_NATIONS:
            hit = re.search(r"([A-Z][a-z]+)[ \xa0]$", text[max(0, m.start - 20) : m.start])
            if hit and (hit.group(1) in _ORIGIN_WORDS or _ORIGIN.match(hit.group(1))):
                start = m.start - len(hit.group(0))
                if (at := starts.get((m.article_id, start))) is not None:
                    dropped.add(at)  # the adjective tagged on its own ("Asian")
                m = replace(m, start=start, text=text[start : m.end])
        out.append(m)
    return [m for i, m in enumerate(out) if i not in dropped]
