"""A block of page furniture opening a paragraph: a newsletter box, a sign-up form, a cookie or
JavaScript notice, a reprint or web-archive notice, an app promotion, or a button glued before
the text ("Subscribe", "Media playback is unsupported on your device"). `clean.clean_text` drops
it, so it is neither the clusterer's lead nor article text a summary or an analysis reads.

Built on `furniture` (the one place that knows the kinds); issue 13, session 24: copies that ran
a newsletter box or a reprint notice into an article's first line made it the article's lead,
and two unrelated articles opening on the same reprint notice were clustered as one story.
"""

from __future__ import annotations

import re

from .furniture import _DATELINE, _SLOT, content_span, furniture_kind
from .segment import split_spans

# The kinds a page's sign-up, consent or promotion block is made of: a run of them opening a
# paragraph goes whole (`leading_block_end`), wherever the copy lost the line break after it.
BLOCK_KINDS = frozenset({"newsletter", "cookie", "promo", "archive"})
_BLOCK_SCAN = 1500  # such a block is a few short sentences; a paragraph's first characters hold it
_BLOCK_WORDS = 30  # a longer one holds more than the block (a lead run into it), judged by its parts
_STAMP = re.compile(r"(?i)\s*/\s*updated\b\s*")
_NOTE = re.compile(r"(?i)editor[’']?s[’']?\s+note")
_LINK = re.compile(r"\b(?:www\.|https?://)\S+(?=\s)")
_STOP = re.compile(r"[.!?](?=\s)|" + _LINK.pattern)  # a sentence's end, or a link's
_BLOCK_CUE = re.compile(r"(?i)\b(?:sign(?:ing)?\s*-?\s*up|subscri\w*|inbox|e-?mails?|alerts|you|your|cookies?|apps?|download)\b")


def leading_block_end(paragraph: str) -> int:
    """Where the content starts in `paragraph` when it opens with whole sentences of sign-up,
    subscription, cookie, reprint, archive or app-promotion text (`BLOCK_KINDS`; a widget's
    sentence inside the run too) and a button glued before the text: the end of that, else 0.
    A paragraph that is nothing but such text returns its length."""
    head = paragraph[:_BLOCK_SCAN]
    end, cued = 0, False
    for a, b in split_spans(head):
        if len(head) < len(paragraph) and b >= len(head.rstrip()):
            break  # a sentence the scan cut off: judged whole or not at all
        if len(head[a:b].split()) > _BLOCK_WORDS and end:
            # a long "sentence" after the block is its last one run into the lead ("... delivered weekday
            # mornings. / updated <the lead>"): its first part up to a full stop or a link, when furniture
            cut = next((m.end() for m in _STOP.finditer(head, a, b) if _block_sentence(head[a : m.end()], within=True)), None)
            if cut is not None:
                end, cued = cut, cued or _cued(head[a:cut])
                a = cut + len(head[cut:b]) - len(head[cut:b].lstrip())
        elif _block_sentence(head[a:b], within=end > 0):
            end, cued = b, cued or _cued(head[a:b])
            # ... up to its link, when the text after that is no furniture (the lead run into it)
            link = next((m for m in _LINK.finditer(head, a, b) if len(head[m.end() : b].split()) >= 4), None)
            if link is None or furniture_kind(head[link.end() : b]) is not None:
                continue
            end = link.end()
            break
        # a button glued before the text ("Subscribe <the lead>"); an editor's note keeps its label
        slot = _DATELINE.match(head[a:b])
        if slot and _SLOT.match(slot.group(0)) and not _NOTE.match(slot.group(0)):
            rest = head[a + slot.end() : b]
            if rest.strip() and furniture_kind(rest) is None:
                end, cued = a + slot.end(), True
        break
    if not cued:  # "The newsletter was mailed to members." is news: a newsletter block speaks to the reader
        return 0
    stamp = _STAMP.match(paragraph, end)  # the page's "/ Updated" stamp left between the block and the lead
    end = stamp.end() if stamp and paragraph[stamp.end() :].strip() else end
    return len(paragraph) if end and not paragraph[end:].strip() else end


def _cued(sentence: str) -> bool:
    """Does this block sentence show it is one? Any kind but a newsletter's does; a sentence naming a
    newsletter must also speak to the reader or name the sign-up."""
    x, y = content_span(sentence)
    return furniture_kind(sentence[x:y]) not in ("newsletter", "widget") or _BLOCK_CUE.search(sentence) is not None


def _block_sentence(sentence: str, *, within: bool = False) -> bool:
    """A short sentence of a block's kind; `within` a block, a widget's too (the form's "Please try again later.")."""
    if len(sentence.split(None, _BLOCK_WORDS)) > _BLOCK_WORDS:  # (first: keeps the prefix scan linear)
        return False
    x, y = content_span(sentence)
    kind = furniture_kind(sentence[x:y])
    return kind in BLOCK_KINDS or (within and kind == "widget")
