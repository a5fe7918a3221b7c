"""Whose day a news lead's time anchor is (issue 13, session 14, the main development).

`development.news_lead` takes a sentence from the top of an article as the summary's opening when
it ties an event to a day ("on Sunday", "this week"). In "The survey was finished before the
ministry announced this week that ..." the day belongs to the other event, the one in the clause
after "before"; the sentence is background, and as a dated lead it took the opening from the
article's own lead ("A new survey shows ...", a weaker "newly out" lead), so the summary never
stated the survey's finding (multinews-val-45579; `benchmarks/SUMMARIZATION.md`, "Session 14
(issue 13, the main development)").

`main_clause(text)`: `text` without a clause that another event opens in the middle of the sentence:
"before" or "until", a subject (a determiner, a pronoun or a name, not a day) and a past form
within five words ("before the ministry announced", "before he opened"), up to the next comma or
semicolon. The time anchor is then looked for in what is left. Wider forms were measured first
(lead-window sentences: 1,362 in the three dev summary sets; 11,233 in the first 2,000 training
clusters, lower-cased: training, development evidence): any "before/after/until/since" clause
flipped 7 dev sentences, 2 wrongly ("since Tuesday", "after failing ... was sentenced Friday");
asking for a subject, 4 dev (all right) but 50 training sentences, most of the 30 read wrongly
("died after their truck crashed on Sunday": the "after" clause is the news); "before"/"until"
with a subject, 6 training, 2 wrongly ("sat before the committee Tuesday", "before a game Saturday
night"). As shipped: 1 dev sentence (45579's) and 1 training sentence (a lead whose main clause is
background to "days before he opened fire Monday") flip, both the other event's day by reading.
"""

from __future__ import annotations

import re

# "before"/"until" opening a clause with its own subject and a past form ("before the ministry
# announced"; a determiner's past form is the verb only after its noun: not "before a packed hall"),
# up to the next comma or semicolon (bounded: linear). Not a bare time ("until Tuesday"), a place
# ("sat before the committee") or an event named by a noun ("before a game").
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b"
_W = r"[\w'’.-]+\s+"
_OTHER_EVENT = re.compile(
    r"(?<=\w)\s+(?:before|until)\s+"
    r"(?=(?:(?:the|a|an|his|her|its|their)\s+" + _W + r"(?:" + _W + r"){0,3}?|(?:it|he|she|they|we)\s+|(?!" + _DAYS + r")[A-Z]" + _W + r"(?:" + _W + r"){0,3}?)[a-z]+ed\b)"
    r"[^,;]{0,300}"
)


def main_clause(text: str) -> str:
    """`text` without a mid-sentence "before/until" clause of another event (see module docstring)."""
    return _OTHER_EVENT.sub(" ", text)
