"""Scare quotes: a short quoted term the writer uses as a noun in their own clause (issue 12,
session 15).

`arms_length(text, start, end, speaker, tags)` says whether text[start:end] is a term held at
arm's length rather than words someone said:
- with no speaker found, a quotation of at most four words right after an article ("part of a
  “sick out”", "the case of the “lab leak theory”"): it fills a noun slot of the writer's own
  sentence. After "as a" it is a reported characterisation ("praised the ferry as a “...”"):
  kept, so a phrase quoted after "as an" (a self-satisfied “told-you-so” label) is still listed. Real short
  quotations in that slot come with a speaker ("called the move a “power grab”"), and an
  adjective with its noun ("an “extraordinary success”", "a “national dialogue”") is somebody's
  verdict even when the speaker is not found: both kept. After "about" or "of" a few words are often a claim being discussed
  ("Trump's statement about “thousands of shootings”"): kept;
- a single word after "about" ("complaining about “wokeness”"): the topic talked about, even
  when the complainer is named ("called them “deplorables”" is not after "about": kept).

Measured on the hand-labelled AllSides draw `seed21` of benchmarks/quote_precision.py (read to
find the kind): 3 of its 5 listed non-speech terms dropped, no speech lost there or in any other
seed; PolNeAR dev and the lower-cased golds unchanged (benchmarks/ANALYSIS.md, "Session 15 (fresh
AllSides and NeuS draw)").
"""

from __future__ import annotations

import re

_NOUN_SLOT = re.compile(r"(?i)\b(?:a|an|the)\s*(?:''|[\"“'‘])\s*$")
# "praised the ferry as a “...”", "described it as an “...”": the frame that reports a speaker's
# characterisation, so the words are theirs.
_AS = re.compile(r"(?i)\bas\s+(?:a|an|the)\s*(?:''|[\"“'‘])\s*$")
_ABOUT = re.compile(r"(?i)\babout\s*(?:''|[\"“'‘])\s*$")


def arms_length(text: str, start: int, end: int, speaker: str | None, tags: list[str]) -> bool:
    """Whether the quotation text[start:end] is a scare-quoted term (see the module docstring).
    `tags`: the Penn tags of the words inside, from the sentence's parse."""
    inner = text[start:end].strip()
    words = inner.split()
    if not words or inner[-1:] in ".!?…":
        return False  # a sentence, however short, is quoted as said
    before = text[max(0, start - 20) : start]
    if len(words) == 1 and _ABOUT.search(before):
        return True
    if tags and tags[0].startswith("JJ") and tags[-1].startswith("NN"):
        return False  # an adjective and its noun: somebody's verdict on a thing ("a “severe punishment”")
    return speaker is None and len(words) <= 4 and bool(_NOUN_SLOT.search(before)) and not _AS.search(before)
