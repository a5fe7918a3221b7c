"""A one-word name in capitals inside a line keeps its capitals (session 28, brief E8).

`entities.build_entities` writes a name of five or more capitals in title case ("MARROWBY" -> "Marrowby"), for the
datelines that open an article or a line ("MARROWBY, March 12 --"). It did so wherever the name stood, so an
acronym the text writes mid-sentence was misspelt: AllSides dev 5690 (the Kabul drone strike) listed "Isis-K" for
the text's "ISIS-K" (two articles, three mentions); "MSNBC" would be "Msnbc". `title_cased` keeps the old rule for a
mention that opens its line (a dateline) and for a name of two or more words ("NEW YORK", a shouted "JOHN DOE"), and
keeps a one-word name inside a line as the text writes it. A story that also writes the name in lower case
("Trump" beside a shouted "TRUMP") still joins the two under the more frequent spelling (the case join).

Counted on the dev texts (AllSides, NeuS val100, Multi-News full-text dev46): one-word capitals of five or more
letters inside a line, the most frequent MSNBC 13, ISIS-K 12, COVID 7, POLITICO 7; opening a line, WASHINGTON 15.
The entity scorer compares names without case, so `analysis_timeline_entities.py` cannot show this; see
benchmarks/ANALYSIS.md, "Session 28 (an editor's hour ...; brief E8)".
"""

from __future__ import annotations


def title_cased(bare: str, text: str, start: int) -> bool:
    """Whether the capitals `bare` (a mention at `start` of `text`) are written in title case: a dateline or a
    name of two or more words, not a one-word acronym inside a line."""
    if len(bare.split()) >= 2:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return not any(c.isalnum() for c in text[line_start:start])
