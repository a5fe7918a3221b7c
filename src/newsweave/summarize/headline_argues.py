"""Is an article's title a thesis rather than the news? (issue 13: the story headline.)

`development.story_headline` takes the title of the article the summary's lead sentence cites.
An analysis piece that is not marked as opinion (`opinion.opinion_documents` misses it: few
judging sentences) still has a title that argues what the event means or will do, and that title
is not the story's headline. Two cues, both needed:

- the title does not report an act: in its own words (quotations left out) it speculates with a
  modal ("would", "may", "might", "could") or opens as an explainer ("How ...", "Why ..."), and it
  does not say whose words these are (a source verb: "..., officials say");
- the article's body judges in the writer's own voice at least once: a judgment or a signpost or
  a rebuttal fragment (`opinion.argued_mark`, weak marks and the first person not counted).

Measured (session 14, dev readability sets, all read before: tuning figures, one rule tried): of
the 530 dev articles, the title cue alone fires on 12 and the body cue alone on 23; both fire on 2,
the two arguing titles the gold judges `not` (an analysis of a budget's effects, an opinion thesis
about an agenda), and on none of the 91 titles judged `states`. A news title with a modal
("... could be incapacitated, officials say") has a source or a plain body and is kept. Arguing
titles with neither cue (a rebuttal in an idiom, "X doesn't back Y") are not caught.
"""

from __future__ import annotations

import re

from ..types import Document
from .opinion import _TITLE_SOURCE, argued_units, own_words

# a title that speculates or explains instead of reporting what happened
_SPECULATES = re.compile(r"\b(?:would|may|might|could)\b", re.I)
_EXPLAINS = re.compile(r"^\W*(?:how|why)\b", re.I)
# the writer's own judging marks that count (weak marks and "I"/"we" alone do not)
_WEAK = ("weak", "writer")


def title_speculates(title: str | None) -> bool:
    """The title, in its own words, speculates or explains, and names no source."""
    if not title:
        return False
    own = own_words(title)
    if not (_SPECULATES.search(own) or _EXPLAINS.match(own)):
        return False
    # a colon alone is no source here ("How X would do Y: ..." is the writer's own thesis)
    return not _TITLE_SOURCE.search(title.replace(":", " "))


def argues_as_headline(document: Document) -> bool:
    """The document's title argues a thesis: it speculates or explains (`title_speculates`) and the
    body judges in the writer's voice at least once."""
    if not title_speculates(document.article.title):
        return False
    marks, _ = argued_units(document)
    return any(m and m not in _WEAK for m in marks)
