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

(session 14) `writers_voice`: a blog, a review or a column that rules in its own voice (a stance
word: "certainly", "it looks like", "perhaps") in an article that shows that voice in other
sentences too (the writer as "I", the reader as "you", a question, a judgment) loses those
sentences; an article that does so in at least a fifth of its sentences is a writer's piece, and
keeps only what it attributes while another article of the story is not one. Measured in
benchmarks/SUMMARIZATION.md, "Session 14 (issue 13, voice)".
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



# (session 14) The writer's stance: words by which a writer rules on what the article reports
# ("which are certainly understatements", "it looks like he has much to learn", "perhaps
# the most important element ...", "has somehow managed to", "pretty sure"), outside quotation
# marks, in a sentence that names no speaker. Such a word slips into news reports too ("perhaps"
# most of all; "apparently" and "of course" are news words and are not listed): one is never enough,
# it is the article as a whole that says whose voice it is (`writers_voice`).
_STANCE = re.compile(
    r"\b(?:certainly|surely|obviously|evidently|somehow|frankly|honestly|admittedly|arguably|undoubtedly|no\s+sugar-?coating|to\s+be\s+sure)\b|"
    r"\b(?:sadly|strangely|thankfully|mercifully),|,\s*it\s+seems,|"
    r"\bpretty\s+(?:sure|much|clear|obvious|easy|hard|good|bad|bold|simple|strange|weird|wild|cool|funny|amazing)\b|"
    r"\bperhaps\b|"
    r"(?<!what\s)(?<!how\s)(?<!that\s)(?<!so\s)\bit\s+(?:(?:sure|certainly|now|already|really)\s+)?(?:looks|seems)\s+(?:like|as\s+(?:if|though))\b|"
    r"^\W*(?:(?:now|well|so),?\s+)?(?:looks|seems)\s+like\b",
    re.I,
)
# An article speaks in the writer's voice when at least this many of its sentences carry a cue of
# it (a stance word, or `opinion.argued_mark`'s cues: a judgment, the writer as "I"/"we", the
# reader as "you", a question in the writer's voice), one of them a stance word. Not fitted: one
# cue is a slip, two are a manner.
VOICE_SENTENCES = 2
# ... and it is a writer's piece as a whole with at least this many, and at least
# `opinion.OPINION_SHARE` of its sentences (a reader's review that says "I", "my review" and
# "perhaps" in 5 of its 8 sentences): then every sentence of it that does not say whose words they
# are is left out, and what it attributes ("X told the magazine ...") stays. Not fitted.
PIECE_SENTENCES = 3


# The writer as a lower-case "i" (lower-cased copies; `opinion.argued_mark` reads a capital "I").
_LOWER_I = re.compile(r"(?<![\w.'’-])i(?:\s+[a-z]|\s?['’]\s?(?:m|ve|d|ll)\b)")


def _cue(text: str) -> bool:
    """A cue of the writer's voice in a sentence's own words: a stance word, `argued_mark`'s cues,
    or the writer as a lower-case "i" outside quotation marks."""
    from .opinion import argued_mark

    return stance(text) or bool(argued_mark(text)) or (not _says_whose(text) and bool(_LOWER_I.search(_QUOTED.sub(" ", text))))


def stance(text: str) -> bool:
    """Does the sentence rule on what it reports in the writer's own voice (`_STANCE`)?"""
    return not _says_whose(text) and bool(_STANCE.search(_QUOTED.sub(" ", text)))


def writers_voice(documents: Sequence[Document]) -> set[tuple[int, int]]:
    """(document index, sentence index) of the sentences in the writer's own voice in articles that
    speak in it as a whole: in an article with a stance word (`stance`) and at least
    VOICE_SENTENCES sentences with a cue of the writer's voice, every such sentence; in a writer's
    piece (PIECE_SENTENCES), every sentence that does not say whose words they are, while another
    article of the story is not one (when all are, only the cue sentences). A news report with one
    stance word keeps its sentence; a blog, a review or a column that rules, asks and says "I"
    loses what it says in its own voice and keeps what it attributes."""
    from .opinion import OPINION_SHARE, _own_texts

    rows: dict[int, set[int]] = {}
    pieces = set()
    for k, d in enumerate(documents):
        own = _own_texts(d)
        marked = {i for i, t in enumerate(own) if t.strip() and stance(t)}
        if not marked:
            continue
        cued = marked | {i for i, t in enumerate(own) if t.strip() and _cue(t)}
        if len(cued) >= PIECE_SENTENCES and len(cued) >= OPINION_SHARE * len(own):
            pieces.add(k)
            rows[k] = {i for i, t in enumerate(own) if t.strip() and not _says_whose(d.sentences[i].text)}
        elif len(cued) >= VOICE_SENTENCES:
            rows[k] = cued
    out = set()
    for k, found in rows.items():
        if k in pieces and len(pieces) == len(documents):
            found = found & {i for i, t in enumerate(_own_texts(documents[k])) if t.strip() and _cue(t)}
        out.update((k, documents[k].sentences[i].index) for i in found)
    return out

