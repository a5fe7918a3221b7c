"""The English language pack: word lists the stages use for English text.

Moved here so far: the stop words of lexical similarity (`text.tokens`); the dangling-opener,
pronoun-attribution and boilerplate patterns (`summarize.features`, used by the analysis too). Still in their modules
(being edited elsewhere; to move next): month and weekday names (`text.dates`, `read.article`,
`analyze.conflicts`), honorifics (`analyze.entities`), speech verbs (`analyze.quotes`), the
splitter's abbreviations (`text.segment`), the clusterer's non-name capitals (`cluster.features`)
and the hashing embedder's stop words (`embed.hashing`).
"""

from __future__ import annotations

import re

CODE = "en"
NAME = "English"

# Lexical similarity (text.tokens): function words and news-reporting filler.
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's
    hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's
    me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out
    over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this those through
    to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
    where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
    you've your yours yourself yourselves said says say told tell will just one two new like get got
    would also mr mrs ms s t""".split()
)

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
HONORIFICS = frozenset("mr mrs ms mx dr prof sir dame lord lady rev sen rep gov gen col maj capt lt sgt president minister mayor chancellor".split())

# Sentence openers that lean on what came before (a summary sentence starting so cannot stand alone).
DANGLING = re.compile(
    r"""^["'“‘]?(He|She|They|It|Its|His|Her|Their|Them|This|That|These|Those|But|And|Or|However|Also|Still|Yet|
    So|Then|Meanwhile|Instead|Moreover|Furthermore|Nevertheless|Nonetheless|Otherwise|Therefore|Thus|Such|
    The\s+(?:two|three|four|groups?|company|man|woman|men|women|pair|latter|former)|Both|Another|Later|Earlier)\b""",
    re.X,
)
# A quote attributed to a bare pronoun ('"...," she added.') loses its speaker out of context.
PRONOUN_ATTRIBUTION = re.compile(r"""[,.?!]["”’']\s+(?:he|she|they|it)\s+(?:said|added|says|told|continued|wrote|explained|insisted)\b""", re.I)
BOILERPLATE = re.compile(
    r"(?i)(click here|sign up|subscribe|newsletter|all rights reserved|copyright|image caption|"
    r"image copyright|getty images|pic\.twitter|follow us|share this|read more|advertisement|"
    r"javascript|cookies?|your browser|terms of (?:use|service)|privacy policy|photo:|file photo|"
    r"related:|watch:|listen:|this material may not|\(ap\)|\bap photo\b|reuters\s*$|contributed to this report|"
    r"@\w+|https?://|www\.)"
)
