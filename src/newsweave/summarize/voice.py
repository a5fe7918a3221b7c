"""Whose voice a sentence is in (issue 13: "opinion pieces are not stated as fact: attribute them,
or leave them out").

A sentence of article A whose own words (outside quotation marks) are, near-verbatim, words that
another article B of the story puts INSIDE quotation marks with a speaker is that speaker's
statement, not a fact in A's voice: a press release's judgment that a news report quotes as its
president's ("... the irresponsibility of the academy," the league's president said), an agency's
or a campaign's page that another outlet quotes. Shown as it stands, A's sentence would state the
speaker's view as the summary's own.

The extractive mode never adds words, so A's sentence cannot be shown attributed. What carries the
speaker is B's sentence, which quotes the same words and says whose they are. So A's sentence is
never chosen (`quoted_elsewhere`: its rows join `cf.excluded`), and B's sentence stays a candidate
like any other: chosen when it stands alone by the usual rules (`standalone.py`: a speaker named in
it or introduced before; `quotations.py`: a piece of a longer quotation is shown whole or not at
all), left out when it does not. Either way the words are shown with their speaker, or not at all.

"Near-verbatim": at least MATCH of A's own content words (MIN_WORDS or more; stop words aside)
appear in order in the content words of one quotation of B (the longest common subsequence), so a
sentence that shares a topic with a quotation, or a paraphrase, does not count. "With a speaker":
B's words around the quotation (the text from the sentence before it to the sentence after it,
quotations taken out) hold a verb of saying or a source (`opinion._ATTRIBUTED`, plus the verbs
that carry a quotation on: "continued", "added", ...). A sentence of A that names its own source
("..., he added") or is a piece of A's own quotation (blanked over A's whole text) is left as it was.
Measured in benchmarks/SUMMARIZATION.md, "Session 13, part 2 (voice)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..embed.hashing import STOPWORDS
from ..types import Document
from .opinion import _ATTRIBUTED, _QUOTED

# Share of A's own content words that must appear, in order, inside one quotation of B.
MATCH = 0.8
# A's own words must hold at least this many content words (shorter sentences match by chance).
MIN_WORDS = 5
# How far around a quotation (characters) its speaker is looked for: about a sentence each side.
FRAME = 200

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_QUOTE_MARK = re.compile("[\"“”]")
_QUOTE_EDGE = re.compile("^\\W{0,3}[\"“”]|[\"“”]\\W{0,3}$")  # opens or closes on a quotation mark

_CARRIES_ON = re.compile(r"\b(?:continued|continues|added|adds|explained|explains|noted|notes|stated|states|concluded|concludes|went\s+on|announced|announces|declared|declares)\b", re.I)


def _says_whose(own: str) -> bool:
    """The sentence names whose words they are, by a verb of saying outside quotation marks."""
    return bool(_ATTRIBUTED.search(own) or _CARRIES_ON.search(own))



def content_words(text: str) -> list[str]:
    """Lower-cased words that are not stop words, in order (curly apostrophes made straight)."""
    words = (m.group(0).lower().replace("’", "'") for m in _WORD.finditer(text))
    return [w for w in words if w not in STOPWORDS and len(w) > 1]


def _in_order(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of `a` and `b`."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def bare(text: str) -> str:
    """The article's own words at their offsets: every quotation blanked out (over the whole text,
    so a quotation that runs over several sentences is blanked in each of them)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def quotations(text: str) -> list[tuple[list[str], bool]]:
    """The quotations of an article's text: (their content words, whether a speaker is given
    around them)."""
    out = []
    spans = [m.span() for m in _QUOTED.finditer(text)]
    own = bare(text)
    for start, end in spans:
        words = content_words(text[start + 1 : end - 1])
        if len(words) < MIN_WORDS:
            continue
        frame = own[max(0, start - FRAME) : start] + " | " + own[end : end + FRAME]
        out.append((words, bool(_ATTRIBUTED.search(frame) or _CARRIES_ON.search(frame))))
    return out


def quoted_by(own: list[str], quotes: list[tuple[list[str], bool]]) -> bool:
    """Whether these own content words are, near-verbatim, inside one of the attributed quotations."""
    need = MATCH * len(own)
    vocab = set(own)
    for words, attributed in quotes:
        if not attributed or len(vocab.intersection(words)) < need:
            continue
        if _in_order(own, words) >= need:
            return True
    return False


def quoted_elsewhere(documents: Sequence[Document]) -> set[tuple[int, int]]:
    """(document index, sentence index) of every sentence whose own words another article of the
    story quotes, with a speaker, near-verbatim (module docstring)."""
    quotes = [quotations(d.article.text) for d in documents]
    if not any(quotes):
        return set()
    out = set()
    for k, d in enumerate(documents):
        others = [q for j, qs in enumerate(quotes) if j != k and documents[j].article.text != d.article.text for q in qs]
        if not others:
            continue
        text = bare(d.article.text)
        for s in d.sentences:
            mine = text[s.start : s.end] if d.article.text[s.start : s.end] == s.text else _QUOTED.sub(" ", s.text)
            if _says_whose(mine) or _QUOTE_MARK.search(mine) or _QUOTE_EDGE.search(s.text):
                continue  # it names its source ("..., he added"), or it is a piece of its own article's quotation
            own = content_words(mine)
            if len(own) >= MIN_WORDS and quoted_by(own, others):
                out.add((k, s.index))
    return out

