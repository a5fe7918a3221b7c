"""The writer's own voice in one sentence, stated as fact (issue 13: "opinion pieces are not stated
as fact: attribute them, or leave them out"; session 19, brief C2).

`opinion.py` reads judging WORDS ("a farce", "disastrous policy") and `voice.writers_voice` reads
a stance word ("perhaps", "it looks like") only in an article that shows the writer's voice in a
second sentence too, because a stance word slips into news reports. What stayed in 852ccd6's
summaries, judged not publishable, were single sentences whose FORM is the writer's and never a
report's, whatever the article around them:

- "stance": the sentence as a whole is the writer's guess or ruling: it opens on a sentence
  adverb of stance ("Perhaps the best part was ...", "But surely ...", "Arguably, ...", "Looks
  like the firm has not ...", "it looks like he has much to learn", the `voice._STANCE` family),
  or gives a motive as the writer's guess ("... - almost surely because its backer was ..."), or
  rules with "arguably", "undoubtedly", "doubtless" anywhere. A hedge on a figure or a phrase
  inside a report ("and perhaps longer", "perhaps its only chance") is not read: only the opener
  and the guessed motive.
- "question": a question in the writer's own words ("How did it come to this?"): a summary states
  what happened, and the writer's question is an argument's turn, not a fact.
- "allegation": a verb of blame whose reason is a wrongdoing given as fact ("Parents slammed the
  board for covering up the assault"): the accusers' charge, told in the writer's voice as what the accused did. "X
  accused the board of covering up ..." says whose charge it is and is left alone. (Not applied
  to the story headline: of the 900 titles of the AllSides stream and NeuS val100 one reads so,
  allsides-5622's, and the headline `development.story_headline` falls back to there is a summary
  sentence opening on "This follows ...": no better.)

Words inside quotation marks are someone else's and are not read; a "stance" or a "question" in
a sentence that names whose words it is (`opinion._ATTRIBUTED`: "said", "wrote", "according to")
is left alone ("Perhaps it was a mistake, she said"). An "allegation" is read even so: its verb
of blame is itself in `_ATTRIBUTED`, and it is the reason, not the blame, that is told as fact.

`own_voice_rows(documents)` -> {(document index, sentence index)} of such sentences.
`leans_on_left_out(cf, i, position_of)`: wired in (`coverage._candidates`): a left-out sentence
never comes back as the predecessor of one that leans on it (see its docstring).

`own_voice` is NOT WIRED INTO THE SUMMARIZER (measured, benchmarks/SUMMARIZATION.md, "Session 19 (the writer's voice
in one sentence)"). As a reader it is precise: of the 1,258 spans the readability gold has judged
it marks 5, all judged not publishable for the writer's voice, and none of the 859 judged
publishable; in 1,000 training clusters (development evidence) 40 of 18,660 sentences, nearly all a
column's, a blog's or page furniture. As a one-line hook in `prepare._mark_development` (its rows
never chosen) it changed 3 of the 219 readability summaries, 0 of 17 sealed AllSides stories and 0 of
600 training clusters, and did not pay: what came in was the same writer's voice (allsides-6004,
multinews-val-46006), and a lower-cased copy whose lead it refused lost the followers that lean on
that lead, its summary falling to one quotation (multinews-val-50386: the development lost, val100
R-1 -0.15). Readability all sets 748/869 -> 745/865 (121 -> 120 not, development 213 -> 212).
A summary-level use (a writer's piece as a whole, or the sentence shown marked as a view) is the
next step; this reader is kept, tested, for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Document
from .opinion import _ATTRIBUTED, _QUOTED

# A sentence adverb of stance opening the sentence (after a conjunction at most): the writer's guess
# or ruling on all that follows.
_STANCE_OPENER = re.compile(
    r"^\W*(?:(?:but|and|so|yet|still|or|now|well)\s*,?\s+)?(?:perhaps|surely|arguably|presumably|undoubtedly|doubtless)\b",
    re.I,
)
# A motive or a cause given as the writer's guess ("- almost surely because ...").
_GUESSED_MOTIVE = re.compile(r"\b(?:(?:almost|most|quite)\s+)?(?:surely|perhaps|presumably)\s*,?\s+(?:because|why)\b", re.I)
# Words that rule wherever they stand (a report says who argues; "arguably" is the writer arguing).
_RULING = re.compile(r"\b(?:arguably|undoubtedly|doubtless|indisputably|unquestionably)\b", re.I)
# "it looks like ...", "Looks like ...": the writer's conclusion (as voice._STANCE reads it).
_LOOKS = re.compile(
    r"(?<!what\s)(?<!how\s)(?<!that\s)(?<!so\s)\bit\s+(?:(?:sure|certainly|now|already|really)\s+)?(?:looks|seems)\s+like\b|"
    r"^\W*(?:(?:now|well|so),?\s+)?(?:looks|seems)\s+like\b",
    re.I,
)
# A verb of blame, its object, then "for" and a wrongdoing as a gerund: the reason told as fact. Not a
# sanction ("fined", "fired", "punished for ..."): its reason is a ruling's finding, which news reports.
_BLAME = (
    r"(?:slam\w*|blast\w*|admonish\w*|rip(?:s|ped|ping)?|criticiz\w*|criticis\w*|condemn\w*|lambast\w*|scold\w*|"
    r"berat\w*|chastis\w*|rebuk\w*|denounc\w*|fault\w*)"
)
# ... a concealment, a deceit or a crime: what an accuser alleges. Not an omission ("ignoring
# requests", "failing to ..."): an inquiry faults officials so for what its record shows (a training
# cluster's report of an investigation's findings, development evidence).
_WRONGDOING = (
    r"(?:covering|hiding|lying|concealing|abusing|bullying|harass\w*|stealing|rigging|colluding|misleading|"
    r"deceiving|defrauding|cheating|smearing|obstructing|whitewashing)"
)
_ALLEGATION = re.compile(rf"\b{_BLAME}\s+(?:[^.;:,]{{0,120}}?\s)?for\s+(?:\w+ly\s+)?{_WRONGDOING}\b", re.I)


def own_voice(text: str) -> str:
    """The form by which `text` states the writer's own voice as fact: "stance", "question",
    "allegation", or "" for none."""
    own = _QUOTED.sub(" ", text)
    if _ALLEGATION.search(own):
        return "allegation"
    if _ATTRIBUTED.search(text):
        return ""
    if _STANCE_OPENER.search(own) or _GUESSED_MOTIVE.search(own) or _RULING.search(own) or _LOOKS.search(own):
        return "stance"
    if own.rstrip().rstrip("\"”’')").endswith("?") and not re.search("[\"“”]", text):
        return "question"
    return ""


def own_voice_rows(documents: Sequence[Document]) -> set[tuple[int, int]]:
    """(document index, sentence index) of every sentence that states the writer's voice as fact
    (`own_voice`)."""
    return {(k, s.index) for k, d in enumerate(documents) for s in d.sentences if own_voice(s.text)}


def leans_on_left_out(cf, i: int, position_of: dict) -> bool:
    """Does sentence `i` of a cluster (`ClusterFeatures`) lean on the sentence before it
    (`standalone.NEEDS_PREVIOUS`) while that one is left out (`cf.excluded`: a judgment in the
    writer's voice, an opinion piece's sentence, page furniture)? Chosen, it would be shown with it.

    (Session 19, brief C2.) The candidates' last fallback (`coverage._candidates`, when nothing
    stands alone) took every sentence not left out, so such a sentence came in and brought its
    left-out predecessor as its chain: with `own_voice` wired in as tried, allsides-5622's "This
    follows ..." brought back the lead that tells the parents' charge as fact; a Twitter widget's second line brought back its first
    (multinews-val-47803 before 1b2589f; multinews-train-18360). At HEAD 4ab9c2b no dev, sealed or
    training summary of those measured changes (benchmarks/SUMMARIZATION.md, "Session 19 (the
    writer's voice in one sentence)"): a guard of what the fallback promised."""
    from .standalone import NEEDS_PREVIOUS

    if cf.context[i] != NEEDS_PREVIOUS:
        return False
    s = cf.sentences[i]
    prev = position_of.get((s.article_id, s.index - 1))
    return prev is not None and prev in cf.excluded


__all__ = ["leans_on_left_out", "own_voice", "own_voice_rows"]
