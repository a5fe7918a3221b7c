"""A company the tagger calls a person, decided from the whole story (issue 12, session 12).

The small tagger types many one-word company names as persons ("Pfizer", "Moderna", "Refinitiv",
"Dell", "Gannett": the left-alone wrong kinds of sessions 9-11 and of `entities_dev_z1`). A one-word
surface typed a person is an organisation when the story treats it as one somewhere and never as a person:

- as a firm somewhere: "the <name> <common noun>" ("the Gannett newspaper chain", "the Pfizer
  vaccine"), a firm's noun right after it ("Pfizer booster shots", "Refinitiv data") or before it with
  "of"/"from" ("doses from Pfizer"), a firm's descriptor right before it ("computer company Dell",
  "drugmaker Pfizer"), a stock ticker after it ("Pfizer (PFE.N)", "Dell (NYSE: DELL)"), or "surveyed
  by"/"polled by" before it ("analysts polled by Refinitiv");
- never as a person: it is no word of a longer person name in the story ("Trump" of "the Trump
  campaign" is Donald Trump's), no title or honorific comes before any of its mentions ("President
  Obama" of "the Obama administration"), and the noun after "the <name>" is not one a person owns
  ("administration", "campaign", "family", ...).

Pure string evidence over the story's mentions; no thresholds.
"""

from __future__ import annotations

import re

# Nouns after a name that make the name a firm's ("the Pfizer vaccine", "Gannett newspaper chain").
_FIRM_NOUNS = frozenset(
    """vaccine vaccines dose doses booster boosters pill pills drug drugs shares stock stocks
    data survey surveys poll polls index newspaper newspapers chain chains products product stores store brand
    brands subsidiary subsidiaries headquarters executives employees plant plants factory factories app apps
    platform website customers subscribers users devices computers phones cars trucks""".split()
)
# Descriptors before a name that make it a firm ("computer company Dell", "drugmaker Pfizer").
_FIRM_BEFORE = frozenset(
    """company firm drugmaker carmaker automaker chipmaker retailer conglomerate corporation publisher insurer
    airline contractor startup start-up manufacturer maker giant brand outlet network chain bank""".split()
)
# Nouns a person's name is written before ("the Obama administration", "the Clinton campaign").
_PERSON_OWNED = frozenset(
    """administration administrations campaign campaigns family families presidency era years camp team
    government doctrine foundation estate household children supporters voters allies aides""".split()
)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_TICKER = re.compile(r"[ \xa0]*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX)[:\xa0 ]+)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?\)")
_POLLED_BY = frozenset("surveyed polled compiled".split())


def firm_names(kind_of: dict[str, str], mentions, texts: dict[str, str], bare, titles) -> set[str]:
    """The surfaces typed a person that the story's evidence says are organisations (see the module)."""
    person_words = {w for s, k in kind_of.items() if k == "person" and len(s.split()) >= 2 for w in s.split()}
    firm, personal = set(), set()
    for m in mentions:
        name = bare(m.text)
        if kind_of.get(name) != "person" or " " in name or name in person_words or name in personal:
            continue
        text = texts[m.article_id]
        before = _WORD.findall(text[max(0, m.start - 40) : m.start])
        after = _WORD.findall(text[m.end : m.end + 40])
        prev = before[-1] if before else ""
        nxt = after[0] if after and text[m.end : m.end + 1] in (" ", "\xa0") else ""
        if prev.lower().rstrip(".") in titles or m.text != name and m.text.split()[0].lower().rstrip(".") in titles:
            personal.add(name)  # "President Obama", "Mr. Dell"
            continue
        if nxt.lower() in _PERSON_OWNED:
            continue
        of_firm_noun = prev in ("of", "from") and len(before) >= 2 and before[-2].lower() in _FIRM_NOUNS
        polled = prev == "by" and len(before) >= 2 and before[-2].lower() in _POLLED_BY
        if (nxt.lower() in _FIRM_NOUNS or prev.lower() in _FIRM_BEFORE or prev == "the" and nxt[:1].islower() or of_firm_noun
                or polled or _TICKER.match(text, m.end)):
            firm.add(name)
    return firm - personal
