"""Text a page prints twice: a picture's caption, shown with the picture and again (in a gallery, as
alternative text, or under the picture's date). `furniture.strip_furniture` drops every copy.

- `repeated_paragraphs(text)`: whole lines of five words or more printed twice in one article.
- `dated_caption_runs(text, spans)`: a run of sentences printed again right after itself under a
  date stamp, in one line ("<caption>. <caption 2>. June 7, 2015 <caption>. <caption 2>. <lead>").
  A copy that lost its line breaks (the truncated Multi-News copies are one line) keeps a gallery's
  caption block at its top so, and no line is repeated (issue 13, session 27, brief R5: val100
  48530's two caption sentences were chosen for a summary; on dev 2 documents, on every 20th
  training cluster 1, all captions).

A plain run printed twice in a row with no date is NOT taken: on every 20th training cluster 11
documents have one, and 6 of them are the story's lead printed twice (a standfirst equal to the lead),
which is story text, not furniture.
"""

from __future__ import annotations

import re

# The date a gallery prints before a caption's second copy ("June 7, 2015 ...", "Oct. 9, 2012 ...").
_DATE_STAMP = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2},\s+\d{4}\s+")
_RUN_WORDS = 6  # a run shorter than this is a label or a phrase a page may well print twice
_MAX_RUN = 3  # a caption is a few sentences; a longer run is not looked for


def repeated_paragraphs(text: str) -> set[str]:
    """Paragraphs of five words or more printed twice in one article: picture captions (the page
    shows a caption with its picture and again in the gallery or as alternative text)."""
    seen: set[str] = set()
    out: set[str] = set()
    for line in text.split("\n"):
        line = line.strip()
        if len(line.split()) >= 5:
            (out if line in seen else seen).add(line)
    return out


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def dated_caption_runs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indices into `spans` (sentence spans of `text`, in order) of both copies of a run of one to
    three sentences, of six words or more together, that the next sentences of the same line print
    again word for word (case and spacing aside) after a date stamp."""
    words = [_norm(text[s:e]) for s, e in spans]
    out: set[int] = set()
    i = 0
    while i < len(spans):
        for k in range(1, _MAX_RUN + 1):
            if i + 2 * k > len(spans) or "\n" in text[spans[i][0] : spans[i + 2 * k - 1][1]]:
                break
            first, second = words[i : i + k], words[i + k : i + 2 * k]
            if sum(len(w.split()) for w in first) < _RUN_WORDS or first[1:] != second[1:]:
                continue
            stamp = _DATE_STAMP.match(second[0])
            if stamp and second[0][stamp.end() :] == first[0]:
                out.update(range(i, i + 2 * k))
                i += 2 * k - 1
                break
        i += 1
    return out
