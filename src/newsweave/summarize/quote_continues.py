"""A quotation that goes on after its speaker was named, in a lower-cased copy (issue 13, session 19).

News writes one speaker's words as '"We will reopen the pier," trump said. "It is safe now."': the
second quotation names nobody because the sentence before it just did. In a cased article
`standalone.supplies_person` sees the speaker by its capital; in a lower-cased copy (the truncated
Multi-News sources, "... " resident ada quill said.") it cannot, and `lowercase.supplies_person_lowercase`
keeps the capitals test for quotations (a looser test, any sentence naming a person, let a
first-person aside and a quotation opening on "it" in: session 12). So the continuation, and any
quotation over several sentences that starts right after such a sentence, was never shown, though
its speaker is the sentence before it.

`continues_quotation(previous, text)` accepts that one shape only: `text` opens on a quotation mark
and lacks only its speaker (`standalone._SPEAKERLESS`), and the sentence right before it is itself a
whole quotation closed and then attributed (a verb of saying after the closing mark, the speaker
around it, at most a few words and no other quotation). The two are shown together (the caller's
chain or `quotations.block_speaker`), so whatever the second quotation's "it" or "they" points at
is in the first.

`speaker_given(text)`: a lower-cased copy's quotation that names its own speaker and leans only
through its opening ('"they are not our friend," trump said.', '"they can't wait," a friend of the
couple said.'). `supplies_person` asked the sentence before it for a speaker (capitals and a verb of
saying), which it does not need; what it needs is what "they" or "it" points at, and the chain
shows the sentence before it as it does for any sentence opening on "they" or "it" (the capitals
test never passes in a lower-cased copy, so these were never shown).

Measured on val100 (benchmarks/SUMMARIZATION.md, "Session 19").
"""

from __future__ import annotations

import re

from .casing import _outside_quotes
from .standalone import _ATTRIBUTION, _SPEAKERLESS, reason

_SAY = r"(?:said|says|told|tells|added|adds|wrote|writes|tweeted|posted|explained|insisted|continued|recounted|replied|stated|declared|recalled|warned)"
# '... , " trump said.' / '... " resident ada quill told the daily news.' / '... , " said ada quill, a ...'
_ATTRIBUTED_TAIL = re.compile(
    r"""["”]\s*(?:(?:[\w.'’-]+\s+){1,5}?""" + _SAY + r"""\b|""" + _SAY + r"""\s+[\w'’-]+)[^"“”]{0,120}\.\s*$""",
    re.I,
)
# the narrator's own quotation ('..." i said.') or a reader's ('..." you say.') is no speaker to go on with
_NOT_SPEAKER = re.compile(r"""["”]\s*(?:i|we|you)\s+""" + _SAY + r"""\b""", re.I)


def continues_quotation(previous: str, text: str) -> bool:
    """Is `text` (a lower-cased copy's quotation without a speaker) the same speaker going on after
    `previous` (the text shown right before it; its last sentence counts), a whole quotation
    attributed after its closing mark?"""
    if text.lstrip()[:1] not in "\"“" or reason(text, False) not in _SPEAKERLESS:
        return False
    tail = previous.rstrip()[-400:]
    return bool(_ATTRIBUTED_TAIL.search(tail)) and not _NOT_SPEAKER.search(tail)


def speaker_given(text: str) -> bool:
    """Is `text` (a lower-cased copy's quotation) attributed in itself, its only lean the reference
    it opens on ("quotation opens on a reference")?"""
    if text.lstrip()[:1] not in "\"“" or reason(text, False) != "quotation opens on a reference":
        return False
    outside = _outside_quotes(text)
    return bool(_ATTRIBUTION.search(outside)) and not _NOT_SPEAKER.search(text) and not re.search(r"\b(?:he|she|they|i|we|you)\s+" + _SAY, outside, re.I)

