"""Title and office words the tagger reads as a name, alone or run into one (issue 12, session 17).

A title stands before a person's name and is no name itself. `entities.strip_title` drops a leading
title ("Senator Vale" -> "Vale") and `_is_noise` drops a bare one ("Sgt" cut off from "Sgt. Ed
Harris"), but two forms got through and were listed in the top 15:
- an office or rank of several words, or one the title list does not hold: "Lance Cpl" (of "Lance
  Cpl. <name>"), "Clerk" (of "the Chief Clerk of the House": "Chief" is stripped, the office noun
  stays), "Special Advisor" (the gold's *not a name*);
- a name the tagger ran into the title abbreviation after it: "GOP Sens" of "GOP Sens. <a list of
  senators>" (*extra words*; the party's "GOP" is the name).

Rule (no threshold): a mention every word of which is a title, rank or office word ("Lance", "Special",
"Chief" … only with one of those) is not a name and is dropped; a mention of several words whose
last word is a title abbreviation that the text writes with its dot right before a capitalised word
("Sens. Pat", "Cpl. Ames") is cut before that word, since a name never ends in the title of the next
one. Full title words ending a mention ("Prime Minister", "Attorney General") are left alone.

Found on `entities_dev_z9`'s first run ("Clerk", "GOP Sens"), with "Lance Cpl" (`_z8`) and "Special
Advisor" (`_k`) of the pooled noise lists; measured on all 33 entity sets against d8558a4
(benchmarks/ANALYSIS.md, "Session 17 (entities …)").
"""

from __future__ import annotations

import re
from dataclasses import replace

# Title abbreviations written with a dot before a person's name; never the last word of a name.
_ABBREVIATIONS = frozenset("sen sens rep reps gov govs lt sgt sgts cpl pvt pfc spc capt col gen adm maj cmdr det supt".split())
# Office and rank words that are no name on their own (beside `entities.TITLES`).
_OFFICES = frozenset("sens reps govs sgts cpl corporal pvt pfc spc clerk advisor adviser aide ayatollah".split())
# Words that make an office of a title ("Lance Cpl", "Special Advisor") but are names alone ("Lance").
_MODIFIERS = frozenset("lance special senior chief deputy acting staff first vice assistant executive press".split())
_TITLE_DOT = re.compile(r"\.[ \xa0]+[A-Z]")


def _word(w: str) -> str:
    return w.lower().rstrip(".,")


def only_title_words(name: str, titles: frozenset) -> bool:
    """True when every word of `name` (an article aside) is a title, rank or office word and one of
    them is more than a modifier: "Lance Cpl", "Clerk", "Special Advisor"; not "Lance", "Vale"."""
    words = [_word(w) for w in name.split() if _word(w) not in ("the", "a", "an")]
    offices = titles | _OFFICES
    return bool(words) and all(w in offices or w in _MODIFIERS for w in words) and any(w in offices for w in words)


def cut_title_words(mentions: list, texts: dict[str, str], titles: frozenset) -> list:
    """Mentions without title words taken for names (see the module docstring)."""
    out = []
    for m in mentions:
        if only_title_words(m.text, titles):
            continue
        words = m.text.split()
        if len(words) >= 2 and _word(words[-1]) in _ABBREVIATIONS and not m.text.endswith("."):
            text = texts.get(m.article_id, "")
            if _TITLE_DOT.match(text, m.end):
                head = m.text[: m.text.rstrip().rfind(words[-1])].rstrip()
                if head and not only_title_words(head, titles):
                    m = replace(m, end=m.start + len(head), text=head)
        out.append(m)
    return out
