"""Openings that presuppose what their article told just before (issue 13, session 19).

A summary sentence must stand alone. `standalone.py` reads a sentence that opens on a pronoun, a
connective ("But", "Later") or a definite role as leaning on the sentence before it. Some openings
lean without any of those words: they presuppose a set, a sequence or an event the article gave
just before, and in a summary that does not give it they point at nothing:

- a step of an enumeration: "Finally, the band played ...", "For one, the search failed.",
  "Secondly, ...", "For starters, ..." (the earlier items or the question they answer);
- a time set by an event not named in the sentence: "Almost immediately, the results ...",
  "Moments later, ...", "Shortly after, ...", "Within hours, ...", "By then, ...", "The next day,
  ...";
- a distributive or partitive over a set the sentence does not name: "Each conquest left ...",
  "One of the names mentioned was ..." (not time units, "Each year, ..."; not a superlative,
  "One of the largest banks ..." is a first mention);
- an emphatic contrast: "One thing officials do know is ..." (answers what they do not know).

`presupposes(text)` says whether a sentence (or a trimmed part of one) opens so; the summarizer
then treats it as leaning on its predecessor (`standalone.NEEDS_PREVIOUS`: shown only right after
the sentence before it in its article, or not chosen). Quotations are left alone (the speaker's
words are judged by `standalone`'s quotation rules). Only the opening is read: linear and short.

Measured (SUMMARIZATION.md, "Session 19 (openings that presuppose)"): every span the readability
gold judged that opens so (7) was judged not publishable for what it presupposes; 6 of them were in
852ccd6's summaries. With the rule: all sets 741/869 -> 748/870 publishable (128 -> 122 not), ROUGE R-1
equal on fulltext_dev46 and neus_val100, -0.04 on val100. In 2,000 training clusters (development
evidence) 47 of 36,881 candidate sentences match.
"""

from __future__ import annotations

import re

import numpy as np

from .standalone import NEEDS_PREVIOUS, STANDS

# A step of an enumeration, or a time relative to an event the sentence does not name. The opener
# is matched in any case: a lower-cased copy's sentence, or a trimmed part, opens in lower case.
_SEQUENCE = re.compile(
    r"""(?i:finally|lastly|firstly|secondly|thirdly|for\s+one|for\s+another|for\s+starters|
    (?:almost|nearly)\s+immediately|immediately|
    (?:moments|minutes|hours|days|weeks|seconds|a\s+(?:moment|minute|day|week)|an\s+hour)\s+(?:later|afterwards?)|
    shortly\s+(?:after|afterwards?|thereafter)|soon\s+(?:after|afterwards?|thereafter)|
    within\s+(?:minutes|hours|days)|by\s+then|at\s+that\s+(?:point|moment)|the\s+next\s+(?:day|morning|night))\s*,""",
    re.X,
)
# "Each conquest", "each pile": a distributive over things named before (not a time unit: "Each
# year, ...", nor "each other"/"each of": the set is then said or the phrase is reciprocal).
_TIME_UNITS = (
    r"(?:year|month|week|day|night|morning|afternoon|evening|hour|minute|second|time|season|spring|summer|fall|autumn|"
    r"winter|weekend|decade|century|semester|quarter|term|other|one|of)\b"
)
# A complement or a relative clause after the noun says which set ("One of the founders of the
# project", "Each individual who is a candidate"): a first mention, left alone (training clusters,
# development evidence: 5 such of the 52 matches in 2,000 clusters before this look-ahead).
_SAYS_WHICH = r"(?!\s+(?:of|who|whom|whose|that|which|known|named|called|in|at|on|from)\b)(?!\s*\()"
_EACH = re.compile(r"(?i:each)\s+(?!" + _TIME_UNITS + r")[a-z][a-z'’-]{2,}\b" + _SAYS_WHICH)
# "One of the names mentioned", "One of the victims": a member of a set named before. Not a
# superlative or an order word ("One of the largest ...", "one of the most ...", "one of the
# first ..."), a possessive's set ("one of the country's ..."), a number or a proper name (only a
# lower-case noun is read).
_ONE_OF_THE = re.compile(
    r"(?i:one)\s+of\s+the\s+(?!(?:most|least|more|best|worst|few|many|first|last|top|only|biggest|largest|"
    r"greatest|oldest|youngest|highest|lowest|main|major|key|leading|world|nation|country|city|state)\b)"
    r"(?![a-z]+est\b)(?![a-z]+['’]s\b)[a-z][a-z'’-]{2,}\b" + _SAYS_WHICH
)
# "One thing officials do know is ...": the emphatic "do" contrasts with what was said before.
_EMPHATIC = re.compile(r"(?i:one\s+thing)\s+(?:[\w'’-]+\s+){1,3}(?:do|does|did)\s+(?:know|agree|seem|remain)\b")


def presupposes(text: str) -> bool:
    """Does `text` open on words that presuppose what its article told just before it?"""
    t = text.lstrip()
    if t[:1] in "\"“‘'(":
        return False  # a quotation or an aside: the speaker's words, standalone.py's rules
    return bool(_SEQUENCE.match(t) or _EACH.match(t) or _ONE_OF_THE.match(t) or _EMPHATIC.match(t))


def presupposing(cf) -> np.ndarray:
    """Indices of the sentences of a cluster (`ClusterFeatures`) read as standing alone
    (`cf.context` STANDS) that open on a presupposing phrase: the summarizer sets them to
    NEEDS_PREVIOUS."""
    return np.array(
        [i for i, s in enumerate(cf.sentences) if cf.context[i] == STANDS and presupposes(s.text)], dtype=np.int64
    )


__all__ = ["presupposes", "presupposing", "NEEDS_PREVIOUS"]
